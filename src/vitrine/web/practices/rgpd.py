"""Exports of personal data held by the platform (RGPD art. 15 and 20).

A practice's export holds every row of every model linked to the practice (found by
introspection, so new modules are included without editing this file), as JSON and CSV.
Fields that hold secrets (tokens, passwords, keys) are left out.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from vitrine.web.accounts.models import User
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.models import Membership, Practice

_SECRET_MARKERS = ("password", "token", "secret", "key_", "_key")


def _is_secret(field_name: str) -> bool:
    return any(marker in field_name for marker in _SECRET_MARKERS)


def _rows(queryset: models.QuerySet[Any]) -> tuple[list[str], list[dict[str, Any]]]:
    model = queryset.model
    names = [f.attname for f in model._meta.concrete_fields if not _is_secret(f.attname)]
    return names, [dict(zip(names, values, strict=True)) for values in queryset.values_list(*names)]


def _add_table(archive: zipfile.ZipFile, name: str, queryset: models.QuerySet[Any]) -> int:
    names, rows = _rows(queryset)
    archive.writestr(f"{name}.json", json.dumps(rows, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=names)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, cls=DjangoJSONEncoder, ensure_ascii=False)
                if isinstance(v, dict | list)
                else v
                for k, v in row.items()
            }
        )
    archive.writestr(f"{name}.csv", buffer.getvalue())
    return len(rows)


def practice_models() -> list[tuple[type[models.Model], str]]:
    """Every model linked to Practice, with the lookup that reaches it.

    A direct foreign key (``practice``), or one step through a model that has one
    (``publication__practice`` for a draft's photos).
    """
    direct: dict[type[models.Model], str] = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.ForeignKey) and field.related_model is Practice:
                direct.setdefault(model, field.name)
    found = list(direct.items())
    for model in apps.get_models():
        if model in direct or model is Practice:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.ForeignKey) and field.related_model in direct:
                found.append((model, f"{field.name}__{direct[field.related_model]}"))
                break
    return found


def export_practice(practice: Practice) -> bytes:
    """A zip of the practice's data: one JSON and one CSV file per table, and a summary."""
    buffer = io.BytesIO()
    counts: dict[str, int] = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        counts["cabinet"] = _add_table(archive, "cabinet", Practice.objects.filter(pk=practice.pk))
        for model, field in practice_models():
            label = model._meta.label_lower.replace(".", "_")
            counts[label] = _add_table(archive, label, model._default_manager.filter(**{field: practice}))
        counts["journal"] = _add_table(
            archive, "journal", AuditRecord.objects.filter(practice_id=practice.pk).order_by("seq")
        )
        archive.writestr("LISEZMOI.txt", _readme(practice.name, counts))
    return buffer.getvalue()


def export_user(user: User) -> bytes:
    """A zip of what the platform holds about one person."""
    buffer = io.BytesIO()
    counts: dict[str, int] = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        counts["compte"] = _add_table(archive, "compte", User.objects.filter(pk=user.pk))
        counts["adhesions"] = _add_table(archive, "adhesions", Membership.objects.filter(user=user))
        counts["journal"] = _add_table(
            archive, "journal", AuditRecord.objects.filter(actor_id=user.pk).order_by("seq")
        )
        archive.writestr("LISEZMOI.txt", _readme(user.email, counts))
    return buffer.getvalue()


def _readme(subject: str, counts: dict[str, int]) -> str:
    lines = [
        f"Export des données Vitrine — {subject}",
        "",
        "Chaque table est fournie en JSON et en CSV :",
        "",
    ]
    lines += [f"- {name} : {count} ligne(s)" for name, count in counts.items()]
    lines += ["", "Les secrets (mots de passe, jetons d'accès) ne sont jamais exportés."]
    return "\n".join(lines) + "\n"
