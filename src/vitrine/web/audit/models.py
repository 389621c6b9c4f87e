"""Append-only audit trail with a hash chain.

Each record stores the hash of the previous one; editing or deleting any record breaks the
chain, which ``vitrine audit-log verify`` detects. The database refuses UPDATE and DELETE on
the table (triggers created in the migration), and the model refuses them too.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS_HASH = "0" * 64


class AppendOnlyError(Exception):
    """Raised on an attempt to change or delete an audit record."""


class AuditRecord(models.Model):
    seq = models.PositiveBigIntegerField(unique=True)
    created_at = models.DateTimeField(db_index=True)
    # Snapshots, not only keys: the record must stay readable after a user or practice is deleted.
    actor_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    actor_email = models.CharField(max_length=254, blank=True)
    actor_name = models.CharField(max_length=150, blank=True)
    role = models.CharField(max_length=30, blank=True)
    practice_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    practice_name = models.CharField(max_length=200, blank=True)
    action = models.CharField(max_length=60, db_index=True)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    summary = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["-seq"]
        verbose_name = _("entrée du journal")

    def __str__(self) -> str:
        return f"#{self.seq} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("Le journal d'audit est en ajout seul.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Le journal d'audit est en ajout seul.")

    def payload(self) -> dict[str, Any]:
        """The fields covered by the hash, in a stable form."""
        return {
            "seq": self.seq,
            "created_at": self.created_at.isoformat(),
            "actor_id": self.actor_id,
            "actor_email": self.actor_email,
            "actor_name": self.actor_name,
            "role": self.role,
            "practice_id": self.practice_id,
            "practice_name": self.practice_name,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "summary": self.summary,
            "prev_hash": self.prev_hash,
        }

    def compute_hash(self) -> str:
        canonical = json.dumps(self.payload(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AuditHead(models.Model):
    """A single row locked by each writer, so that records are chained one after another."""

    last_seq = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)

    def __str__(self) -> str:
        return f"#{self.last_seq}"
