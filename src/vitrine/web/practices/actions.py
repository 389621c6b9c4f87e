"""Write actions on practices and their teams. Each one records itself in the audit trail."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from vitrine.web.accounts.models import User
from vitrine.web.audit.actions import record, record_for
from vitrine.web.practices.models import Membership, Organisation, Practice, Practitioner
from vitrine.web.practices.roles import Cap, Role

# Sent with ``practice=`` right before a practice is purged, outside any transaction, so a module
# can undo what the database cannot (revoke a grant at a third party). Best effort: receivers are
# called with ``send_robust``: what they raise is logged (``django.dispatch``), never stops the purge.
practice_purging = Signal()

PRACTICE_FIELDS = ("name", "address", "phone", "email", "website", "networks", "google_place_id")


def _require(membership: Membership, capability: Cap) -> None:
    if not membership.can(capability):
        raise PermissionDenied("Votre rôle ne permet pas cette action.")


def do_create_practice(
    *, actor: User | None, organisation: Organisation, name: str, **fields: Any
) -> Practice:
    """Create a practice (command line or agency admin)."""
    with transaction.atomic():
        practice = Practice.objects.create(organisation=organisation, name=name, **fields)
        record(actor=actor, action="cabinet-cree", obj=practice, practice=practice, summary={"nom": name})
    return practice


def do_update_practice(membership: Membership, changes: dict[str, Any]) -> list[str]:
    """Change the practice's profile; returns the names of the fields that changed."""
    _require(membership, Cap.MANAGE_PRACTICE)
    practice = membership.practice
    changed = [
        field for field in PRACTICE_FIELDS if field in changes and getattr(practice, field) != changes[field]
    ]
    if not changed:
        return []
    with transaction.atomic():
        for field in changed:
            setattr(practice, field, changes[field])
        practice.full_clean()
        practice.save(update_fields=changed)
        record_for(membership, "cabinet-modifie", practice, champs=changed)
    return changed


def do_add_practitioner(
    membership: Membership, *, title: str, full_name: str, rpps: str, specialty: str
) -> Practitioner:
    _require(membership, Cap.MANAGE_PRACTICE)
    practitioner = Practitioner(
        practice=membership.practice, title=title, full_name=full_name, rpps=rpps, specialty=specialty
    )
    practitioner.full_clean()
    with transaction.atomic():
        practitioner.save()
        record_for(membership, "praticien-ajoute", practitioner, rpps=rpps)
    return practitioner


def do_add_member(membership: Membership, *, email: str, full_name: str, role: str) -> Membership:
    """Give a person a role in the admin's practice; creates their account if needed.

    A new account has no usable password: the person sets one through the reset link.
    """
    _require(membership, Cap.MANAGE_MEMBERS)
    if role not in {r.value for r in Role}:
        raise ValidationError(f"Rôle inconnu : {role}")
    email = email.strip().lower()
    with transaction.atomic():
        user = User.objects.filter(email=email).first()
        created = user is None
        if user is None:
            user = User.objects.create_user(email=email, password=None, full_name=full_name)
            record_for(membership, "compte-cree", user)
        new, was_created = Membership.objects.get_or_create(
            user=user, practice=membership.practice, defaults={"role": role}
        )
        if not was_created:
            if new.active and new.role == role:
                return new
            previous = new.role
            new.role, new.active = role, True
            new.save(update_fields=["role", "active"])
            record_for(membership, "role-modifie", new, avant=previous, apres=role, membre=user.email)
        else:
            record_for(membership, "membre-ajoute", new, role=role, membre=user.email, compte_cree=created)
    return new


def do_change_role(membership: Membership, target: Membership, role: str) -> None:
    _require(membership, Cap.MANAGE_MEMBERS)
    if target.practice_id != membership.practice_id:
        raise PermissionDenied
    if role not in {r.value for r in Role}:
        raise ValidationError(f"Rôle inconnu : {role}")
    if target.pk == membership.pk and role != Role.ADMIN:
        raise ValidationError("Vous ne pouvez pas retirer votre propre rôle d'administrateur.")
    previous = target.role
    if previous == role:
        return
    with transaction.atomic():
        target.role = role
        target.save(update_fields=["role"])
        record_for(membership, "role-modifie", target, avant=previous, apres=role, membre=target.user.email)


def do_deactivate_member(membership: Membership, target: Membership) -> None:
    _require(membership, Cap.MANAGE_MEMBERS)
    if target.practice_id != membership.practice_id:
        raise PermissionDenied
    if target.pk == membership.pk:
        raise ValidationError("Vous ne pouvez pas vous retirer vous-même.")
    with transaction.atomic():
        target.active = False
        target.save(update_fields=["active"])
        record_for(membership, "membre-retire", target, membre=target.user.email)


def do_switch_practice(user: User, practice_id: int) -> Membership:
    """Choose the practice the user works on (explicit, recorded)."""
    membership = (
        Membership.objects.select_related("practice")
        .filter(user=user, practice_id=practice_id, active=True, practice__deletion_requested_at__isnull=True)
        .first()
    )
    if membership is None:
        raise PermissionDenied("Vous n'êtes pas membre de ce cabinet.")
    record_for(membership, "cabinet-choisi", membership.practice)
    return membership


def do_request_practice_deletion(membership: Membership) -> Practice:
    """Start the grace period after which the practice and its data are deleted."""
    _require(membership, Cap.MANAGE_MEMBERS)
    practice = membership.practice
    with transaction.atomic():
        practice.deletion_requested_at = timezone.now()
        practice.deletion_requested_by = membership.user
        practice.save(update_fields=["deletion_requested_at", "deletion_requested_by"])
        record_for(membership, "suppression-demandee", practice, delai_jours=settings.DELETION_GRACE_DAYS)
    return practice


def do_cancel_practice_deletion(actor: User, practice: Practice) -> None:
    membership = Membership.objects.filter(user=actor, practice=practice, active=True).first()
    if membership is None or not membership.can(Cap.MANAGE_MEMBERS):
        raise PermissionDenied
    with transaction.atomic():
        practice.deletion_requested_at = None
        practice.deletion_requested_by = None
        practice.save(update_fields=["deletion_requested_at", "deletion_requested_by"])
        record_for(membership, "suppression-annulee", practice)


def purge_due_practices(now: Any = None) -> list[str]:
    """Delete practices whose grace period is over; the audit trail keeps a record of it.

    Modules hear ``practice_purging`` first (e.g. the Google grant is revoked), best effort.
    """
    now = now or timezone.now()
    limit = now - timedelta(days=settings.DELETION_GRACE_DAYS)
    purged: list[str] = []
    for practice in Practice.objects.filter(deletion_requested_at__lte=limit):
        practice_purging.send_robust(sender=Practice, practice=practice)  # errors logged by Django
        with transaction.atomic():
            record(
                actor=None,
                action="cabinet-supprime",
                obj=practice,
                practice=practice,
                summary={"nom": practice.name},
            )
            purged.append(practice.name)
            practice.delete()
    return purged
