"""Background processing of a practice's reviews: triage, automatic evidence, alerts, e-mail.

Triage needs the French language model, so it runs in the worker, never in a request: an
import or a sync stores reviews at once and this step follows within minutes.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from vitrine.reputation.bombing import detect_review_bombing
from vitrine.web.audit.actions import record
from vitrine.web.practices.models import Membership, Practice
from vitrine.web.reviews.evidence import capture, sha256_hex
from vitrine.web.reviews.models import Alert, Evidence, Review

logger = logging.getLogger(__name__)
RECENT = timedelta(days=30)  # older reviews found by a first import raise no alert
ALERT_ROLES = ("praticien", "secretariat", "community-manager")


def triage_fields(review: Review) -> dict[str, Any]:
    """Run the core triage on a stored review and return the fields to save."""
    from vitrine.reputation.triage import triage_text

    result = triage_text(review.comment, review.stars, review.review_id)
    data = result.to_dict()
    return {
        "sentiment": result.sentiment,
        "mismatch": result.mismatch,
        "topics": list(result.topics),
        "priority": result.priority,
        "report_reasons": data["report_reasons"],
        "reportable": bool(result.report_reasons),
        "defamation_risk": result.defamation_risk,
        "triage": data,
        "triaged_at": timezone.now(),
    }


def make_evidence(review: Review, *, actor: Any, reason: str, automatic: bool) -> Evidence:
    """Preserve ``review`` now (call inside a transaction that also records the audit entry)."""
    captured = timezone.now()
    json_bytes, png = capture(review, captured)
    return Evidence.objects.create(
        practice=review.practice,
        review=review,
        created_at=captured,
        json_content=json_bytes,
        json_sha256=sha256_hex(json_bytes),
        png_content=png,
        png_sha256=sha256_hex(png),
        requested_by_id=getattr(actor, "pk", None),
        requested_by=getattr(actor, "email", "") or "Vitrine (automatique)",
        automatic=automatic,
        reason=reason,
    )


def _alert_kinds(review: Review) -> list[str]:
    kinds: list[str] = []
    if review.sentiment == "negatif":
        kinds.append(Alert.Kind.NEGATIF)
    if review.reportable:
        kinds.append(Alert.Kind.SIGNALABLE)
    if review.defamation_risk:
        kinds.append(Alert.Kind.DIFFAMATION)
    return kinds


def process_pending(practice: Practice, limit: int = 2000) -> dict[str, int]:
    """Triage the practice's untriaged reviews, preserve evidence, raise alerts, send e-mail."""
    now = timezone.now()
    pending = list(
        Review.objects.filter(practice=practice, triaged_at__isnull=True).order_by("created_at")[:limit]
    )
    counts = {"tries": 0, "preuves": 0, "alertes": 0}
    for review in pending:
        fields = triage_fields(review)
        with transaction.atomic():
            Review.objects.filter(pk=review.pk).update(**fields)
            for name, value in fields.items():
                setattr(review, name, value)
            kinds = _alert_kinds(review)
            if kinds and not review.evidence.exists():
                evidence = make_evidence(review, actor=None, reason=",".join(kinds), automatic=True)
                record(
                    actor=None,
                    practice=practice,
                    action="preuve-conservee",
                    obj=evidence,
                    summary={"avis": review.pk, "automatique": True, "motif": ",".join(kinds)},
                )
                counts["preuves"] += 1
            if review.created_at >= now - RECENT:
                for kind in kinds:
                    if not Alert.objects.filter(practice=practice, review=review, kind=kind).exists():
                        Alert.objects.create(practice=practice, kind=kind, review=review)
                        counts["alertes"] += 1
        counts["tries"] += 1
    counts["alertes"] += check_bombing(practice, now)
    if counts["tries"]:
        record(actor=None, practice=practice, action="avis-tries", summary=counts)
    send_alert_emails(practice)
    return counts


def check_bombing(practice: Practice, now: Any) -> int:
    """Raise one bombing alert (crisis view) when the burst test fires and none is open."""
    since = now - timedelta(days=200)
    times = list(
        Review.objects.filter(practice=practice, sentiment="negatif", created_at__gte=since).values_list(
            "created_at", flat=True
        )
    )
    result = detect_review_bombing(times, now)
    if not result.is_bombing:
        return 0
    if Alert.objects.filter(practice=practice, kind=Alert.Kind.BOMBARDEMENT, closed_at__isnull=True).exists():
        return 0
    with transaction.atomic():
        alert = Alert.objects.create(
            practice=practice,
            kind=Alert.Kind.BOMBARDEMENT,
            details={
                "avis_negatifs_fenetre": result.count,
                "attendus": round(result.expected, 2),
                "p": float(f"{result.p_value:.2g}"),
                "heures": result.window_hours,
                "explication": result.explanation,
            },
        )
        record(
            actor=None,
            practice=practice,
            action="crise-avis-detectee",
            obj=alert,
            summary={"n": result.count},
        )
    return 1


def send_alert_emails(practice: Practice) -> int:
    """One e-mail per batch of new alerts to the members who handle reviews; no review text in it."""
    alerts = list(Alert.objects.filter(practice=practice, emailed_at__isnull=True))
    if not alerts:
        return 0
    recipients = sorted(
        Membership.objects.filter(practice=practice, active=True, role__in=ALERT_ROLES).values_list(
            "user__email", flat=True
        )
    )
    labels: dict[str, int] = {}
    for alert in alerts:
        label = str(Alert.Kind(alert.kind).label)
        labels[label] = labels.get(label, 0) + 1
    lines = [f"- {label} : {count}" for label, count in sorted(labels.items())]
    crisis = any(alert.kind == Alert.Kind.BOMBARDEMENT for alert in alerts)
    body = (
        f"Bonjour,\n\nNouvelles alertes sur les avis en ligne de {practice.name} :\n"
        + "\n".join(lines)
        + (
            "\n\nUn afflux inhabituel d'avis négatifs a été détecté : ouvrez la vue de crise dans Vitrine."
            if crisis
            else ""
        )
        + "\n\nConsultez la page « Avis » de Vitrine pour les traiter.\n"
    )
    if recipients:
        send_mail(f"Vitrine — alertes avis ({practice.name})", body, None, recipients)
    Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(emailed_at=timezone.now())
    return len(alerts)
