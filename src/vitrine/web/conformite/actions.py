"""Write actions of the compliance module; each one is recorded in the audit trail.

A check writes nothing but its audit record, which holds the channel, the length and the
counts per severity: never the text, which may hold patient data until the member saves it.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from vitrine.compliance import Report
from vitrine.web.audit.actions import record_for
from vitrine.web.conformite.checking import apply_replacement, counts, run_check, validate_input
from vitrine.web.conformite.models import CheckSettings, SavedCheck
from vitrine.web.practices.models import Membership
from vitrine.web.practices.roles import Cap


def _require(membership: Membership, capability: Cap) -> None:
    if not membership.can(capability):
        raise PermissionDenied("Votre rôle ne permet pas cette action.")


def do_check_text(
    membership: Membership, text: str, channel: str, input_format: str = "text", *, source: str = "page"
) -> Report:
    """Check a text for the member's practice and record that the check was made."""
    _require(membership, Cap.CHECK_TEXT)
    text, channel, input_format = validate_input(text, channel, input_format)
    report = run_check(membership.practice, text, channel, input_format)
    with transaction.atomic():
        record_for(
            membership,
            "texte-verifie",
            None,
            canal=channel,
            format=input_format,
            longueur=len(text),
            source=source,
            **counts(report.findings),
        )
    return report


def do_apply_replacement(
    membership: Membership, text: str, channel: str, input_format: str, *, rule: str, start: int, end: int
) -> tuple[str, Report]:
    """Apply the engine's replacement for one finding; return the new text and its report."""
    _require(membership, Cap.CHECK_TEXT)
    text, channel, input_format = validate_input(text, channel, input_format)
    before = run_check(membership.practice, text, channel, input_format)
    finding = next(
        (f for f in before.findings if (f.rule, f.start, f.end) == (rule, start, end)),
        None,
    )
    if finding is None:
        raise ValidationError("Ce constat n'existe plus dans le texte ; relancez la vérification.")
    new_text = apply_replacement(text, finding)
    report = run_check(membership.practice, new_text, channel, input_format)
    with transaction.atomic():
        record_for(
            membership,
            "correction-appliquee",
            None,
            regle=rule,
            canal=channel,
            longueur=len(new_text),
            **counts(report.findings),
        )
    return new_text, report


def do_save_check(membership: Membership, text: str, channel: str, input_format: str = "text") -> SavedCheck:
    """Save a text with a fresh report, because the member asked for it."""
    _require(membership, Cap.CHECK_TEXT)
    text, channel, input_format = validate_input(text, channel, input_format)
    if not text.strip():
        raise ValidationError("Le texte à enregistrer est vide.")
    report = run_check(membership.practice, text, channel, input_format)
    by_severity = counts(report.findings)
    with transaction.atomic():
        saved = SavedCheck.objects.create(
            practice=membership.practice,
            author=membership.user,
            channel=channel,
            input_format=input_format,
            text=text,
            report=report.to_dict(),
            **by_severity,
        )
        record_for(
            membership, "verification-enregistree", saved, canal=channel, longueur=len(text), **by_severity
        )
    return saved


def do_delete_saved_check(membership: Membership, saved: SavedCheck) -> None:
    _require(membership, Cap.CHECK_TEXT)
    if saved.practice_id != membership.practice_id:
        raise PermissionDenied
    with transaction.atomic():
        record_for(membership, "verification-supprimee", saved, canal=saved.channel)
        saved.delete()


def do_set_default_channel(membership: Membership, channel: str) -> CheckSettings:
    """Choose the channel the checker proposes first for this practice."""
    _require(membership, Cap.MANAGE_PRACTICE)
    _, channel, _ = validate_input("", channel)
    with transaction.atomic():
        settings, created = CheckSettings.objects.get_or_create(
            practice=membership.practice, defaults={"default_channel": channel}
        )
        previous = "" if created else settings.default_channel
        if previous != channel:
            settings.default_channel = channel
            settings.save(update_fields=["default_channel"])
        record_for(membership, "canal-par-defaut-modifie", settings, avant=previous, apres=channel)
    return settings
