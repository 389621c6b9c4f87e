"""Writing to the audit trail. Every write action of Vitrine calls ``record`` in its transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from vitrine.web.audit.models import GENESIS_HASH, AuditHead, AuditRecord


def _describe(obj: models.Model | None) -> tuple[str, str]:
    if obj is None:
        return "", ""
    return obj._meta.label_lower, str(obj.pk)


def record(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    practice: Any = None,
    role: str = "",
    summary: dict[str, Any] | None = None,
) -> AuditRecord:
    """Append one record (who, role, practice, what, object, when, summary) to the chain.

    ``summary`` must never hold patient data or secrets: field names and short values only.
    """
    object_type, object_id = _describe(obj)
    with transaction.atomic():
        head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
        entry = AuditRecord(
            seq=head.last_seq + 1,
            created_at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            actor_email=getattr(actor, "email", "") or "",
            actor_name=getattr(actor, "full_name", "") or "",
            role=role,
            practice_id=getattr(practice, "pk", None),
            practice_name=getattr(practice, "name", "") or "",
            action=action,
            object_type=object_type,
            object_id=object_id,
            summary=summary or {},
            prev_hash=head.last_hash,
        )
        entry.hash = entry.compute_hash()
        entry.save()
        AuditHead.objects.filter(pk=1).update(last_seq=entry.seq, last_hash=entry.hash)
    return entry


def record_for(membership: Any, action: str, obj: models.Model | None = None, **summary: Any) -> AuditRecord:
    """Record an action done by a member inside their practice."""
    return record(
        actor=membership.user,
        role=membership.role,
        practice=membership.practice,
        action=action,
        obj=obj,
        summary=summary,
    )


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_broken_seq: int | None
    reason: str

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(batch_size: int = 2000) -> ChainReport:
    """Walk the whole chain in order; report the first record whose hash or link is wrong."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for entry in AuditRecord.objects.order_by("seq").iterator(chunk_size=batch_size):
        if entry.seq != expected_seq:
            return ChainReport(checked, expected_seq, f"entrée n° {expected_seq} manquante")
        if entry.prev_hash != expected_prev:
            return ChainReport(checked, entry.seq, "lien vers l'entrée précédente rompu")
        if entry.compute_hash() != entry.hash:
            return ChainReport(checked, entry.seq, "contenu modifié (empreinte différente)")
        expected_prev = entry.hash
        expected_seq += 1
        checked += 1
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and head.last_seq != checked:
        return ChainReport(checked, checked + 1, "entrées supprimées en fin de journal")
    return ChainReport(checked, None, "")
