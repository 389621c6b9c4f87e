"""Write actions of the website audit. Each one records itself in the audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from vitrine.web.audit.actions import record, record_for
from vitrine.web.practices.models import Membership, Practice
from vitrine.web.practices.roles import Cap
from vitrine.web.siteaudit_web.models import Alert, AuditSchedule, SiteAudit
from vitrine.web.siteaudit_web.tasks import run_site_audit

# An audit with no outcome after this long was lost (worker stopped): it no longer blocks new ones.
STALE_AFTER = timedelta(hours=1)


def _require(membership: Membership, capability: Cap) -> None:
    if not membership.can(capability):
        raise PermissionDenied("Votre rôle ne permet pas cette action.")


def _close_stale(practice: Practice, now: datetime) -> None:
    SiteAudit.objects.filter(
        practice=practice,
        status__in=(SiteAudit.Status.PENDING, SiteAudit.Status.RUNNING),
        created_at__lt=now - STALE_AFTER,
    ).update(
        status=SiteAudit.Status.FAILED,
        finished_at=now,
        error="Audit interrompu : aucun résultat au bout d'une heure (service de tâches arrêté ?).",
    )


def _in_progress(practice: Practice) -> bool:
    return SiteAudit.objects.filter(
        practice=practice, status__in=(SiteAudit.Status.PENDING, SiteAudit.Status.RUNNING)
    ).exists()


def do_request_site_audit(membership: Membership, *, render: bool = False) -> SiteAudit:
    """Ask the worker to audit the practice's website (``Practice.website``).

    ``render`` adds the headless-browser pass (JavaScript pages, requests before consent,
    screenshots). Raises ``ValidationError`` (French) when the practice has no website or an
    audit is already under way.
    """
    _require(membership, Cap.SITE_AUDIT)
    practice = membership.practice
    url = practice.website.strip()
    if not url:
        raise ValidationError(
            "Le cabinet n'a pas d'adresse de site web : un praticien peut la renseigner dans Paramètres."
        )
    now = timezone.now()
    with transaction.atomic():
        Practice.objects.select_for_update().filter(pk=practice.pk).first()  # one request at a time
        _close_stale(practice, now)
        if _in_progress(practice):
            raise ValidationError("Un audit du site est déjà en cours ; attendez son résultat.")
        audit = SiteAudit.objects.create(
            practice=practice, url=url, render=render, requested_by=membership.user
        )
        # The database task backend writes the task in this transaction: both or neither.
        run_site_audit.enqueue(audit.pk)
        record_for(membership, "audit-site-demande", audit, rendu=render)
    return audit


def do_set_audit_schedule(membership: Membership, *, frequency: str, render: bool = False) -> AuditSchedule:
    """Choose how often the worker audits the practice's website again."""
    _require(membership, Cap.SITE_AUDIT)
    if frequency not in AuditSchedule.Frequency.values:
        raise ValidationError(f"Fréquence inconnue : {frequency}")
    with transaction.atomic():
        schedule, _ = AuditSchedule.objects.select_for_update().get_or_create(practice=membership.practice)
        previous = schedule.frequency
        schedule.frequency, schedule.render = frequency, render
        period = schedule.period
        schedule.next_due_at = timezone.now() + period if period else None
        schedule.save()
        record_for(membership, "audit-site-planification", schedule, avant=previous, apres=frequency)
    return schedule


def do_mark_alert_read(membership: Membership, alert: Alert) -> None:
    """Acknowledge an alert: it leaves the list of alerts to look at."""
    _require(membership, Cap.SITE_AUDIT)
    if alert.practice_id != membership.practice_id:
        raise PermissionDenied
    if alert.read_at is not None:
        return
    with transaction.atomic():
        alert.read_at, alert.read_by = timezone.now(), membership.user
        alert.save(update_fields=["read_at", "read_by"])
        record_for(membership, "alerte-site-lue", alert, problemes=alert.count)


def enqueue_due_audits(now: datetime | None = None) -> list[int]:
    """Request the scheduled audits that are due (periodic job); return the new audits' ids."""
    now = now or timezone.now()
    created: list[int] = []
    due = (
        AuditSchedule.objects.filter(next_due_at__lte=now)
        .exclude(frequency=AuditSchedule.Frequency.NEVER)
        .select_related("practice")
    )
    for schedule in due:
        practice = schedule.practice
        period = schedule.period
        with transaction.atomic():
            locked = AuditSchedule.objects.select_for_update().get(pk=schedule.pk)
            if locked.next_due_at is None or locked.next_due_at > now or period is None:
                continue  # another worker took it
            locked.next_due_at = now + period
            locked.save(update_fields=["next_due_at"])
            url = practice.website.strip()
            if practice.deletion_requested_at or not url:
                continue
            _close_stale(practice, now)
            if _in_progress(practice):
                continue
            audit = SiteAudit.objects.create(
                practice=practice, url=url, render=locked.render, trigger=SiteAudit.Trigger.SCHEDULED
            )
            run_site_audit.enqueue(audit.pk)
            record(
                actor=None,
                action="audit-site-planifie",
                obj=audit,
                practice=practice,
                summary={"frequence": locked.frequency},
            )
            created.append(audit.pk)
    return created
