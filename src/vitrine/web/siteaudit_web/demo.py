"""Demo data: two finished audits of the demo practice's website, the changes and an alert.

The results are real outputs of the core audit (deontology checks included) on a small test
site written for the demo practice, stored as JSON: loading them needs neither network nor
spaCy. The older audit had small SEO and accessibility issues, since fixed; the newer one found
a testimonials page with a tracker loaded before consent: new problems, hence an alert.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import cache
from importlib import resources
from typing import Any

from django.db import transaction
from django.utils import timezone

from vitrine.web.practices.models import Membership, Practice
from vitrine.web.siteaudit_web.models import Alert, AuditSchedule, SiteAudit
from vitrine.web.siteaudit_web.results import alert_problems, changes

DEMO_SITE = "https://cabinet-fontaine.example"
AGES = (timedelta(days=34, hours=3), timedelta(days=4, hours=2))


@cache
def _documents() -> str:
    return resources.files("vitrine.web.siteaudit_web").joinpath("data/demo_audits.json").read_text("utf-8")


def demo_results(site: str) -> list[dict[str, Any]]:
    """The two stored audit results, moved to ``site``."""
    documents: list[dict[str, Any]] = json.loads(_documents().replace(DEMO_SITE, site.rstrip("/")))
    return documents


def load_demo_audits(practice: Practice, members: dict[str, Membership]) -> None:
    """Add the demo audits to ``practice`` unless it already has audits (idempotent)."""
    if SiteAudit.objects.filter(practice=practice).exists():
        return
    site = practice.website or DEMO_SITE
    webmaster = members.get("webmaster")
    now = timezone.now()
    with transaction.atomic():
        previous: SiteAudit | None = None
        for data, age in zip(demo_results(site), AGES, strict=True):
            started = now - age
            data["started_at"] = started.isoformat(timespec="seconds")
            delta = changes(previous.result, data) if previous else None
            audit = SiteAudit.objects.create(
                practice=practice,
                url=site,
                status=SiteAudit.Status.DONE,
                trigger=SiteAudit.Trigger.MANUAL if previous is None else SiteAudit.Trigger.SCHEDULED,
                requested_by=webmaster.user if webmaster and previous is None else None,
                started_at=started,
                finished_at=started + timedelta(seconds=float(data["duration_s"])),
                score=data["score"],
                result=data,
                previous=previous,
                new_problems=len(delta.new) if delta else 0,
                fixed_problems=len(delta.fixed) if delta else 0,
            )
            SiteAudit.objects.filter(pk=audit.pk).update(created_at=started)
            if delta and delta.new:
                alert = Alert.objects.create(
                    practice=practice,
                    audit=audit,
                    count=len(delta.new),
                    problems=alert_problems(delta.new),
                )
                Alert.objects.filter(pk=alert.pk).update(created_at=audit.finished_at)
            previous = audit
        AuditSchedule.objects.get_or_create(
            practice=practice,
            defaults={
                "frequency": AuditSchedule.Frequency.MONTHLY,
                "next_due_at": now + timedelta(days=26),
            },
        )
