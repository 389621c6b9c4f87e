"""Browsing and exporting the practice's audit trail (praticien and admin)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone

from vitrine.web.audit.actions import record_for
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import practice_view, visible_audit_records


def _filtered(request: HttpRequest) -> tuple[QuerySet[AuditRecord], dict[str, str]]:
    records = visible_audit_records(request).order_by("-seq")
    filters = {key: request.GET.get(key, "").strip() for key in ("action", "personne", "du", "au")}
    if filters["action"]:
        records = records.filter(action=filters["action"])
    if filters["personne"]:
        records = records.filter(actor_email__icontains=filters["personne"])
    for key, lookup in (("du", "created_at__date__gte"), ("au", "created_at__date__lte")):
        if filters[key]:
            try:
                records = records.filter(**{lookup: datetime.strptime(filters[key], "%Y-%m-%d").date()})
            except ValueError:
                filters[key] = ""
    return records, filters


@practice_view(Cap.VIEW_AUDIT_LOG)
def journal(request: HttpRequest) -> HttpResponse:
    records, filters = _filtered(request)
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    actions = visible_audit_records(request).values_list("action", flat=True).distinct().order_by("action")
    query = "&".join(f"{k}={v}" for k, v in filters.items() if v)
    return render(
        request, "audit/journal.html", {"page": page, "filters": filters, "actions": actions, "query": query}
    )


class _Echo:
    def write(self, value: str) -> str:
        return value


@practice_view(Cap.VIEW_AUDIT_LOG)
def journal_csv(request: HttpRequest) -> HttpResponseBase:
    records, filters = _filtered(request)
    record_for(request.membership, "export-journal", None, filtres={k: v for k, v in filters.items() if v})  # type: ignore[attr-defined]
    writer = csv.writer(_Echo())
    header = [
        "seq",
        "date_utc",
        "personne",
        "email",
        "role",
        "action",
        "objet",
        "identifiant",
        "resume",
        "empreinte",
    ]

    def rows() -> Iterator[str]:
        yield writer.writerow(header)
        for r in records.iterator():
            yield writer.writerow(
                [
                    r.seq,
                    r.created_at.isoformat(),
                    r.actor_name,
                    r.actor_email,
                    r.role,
                    r.action,
                    r.object_type,
                    r.object_id,
                    r.summary,
                    r.hash,
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="journal-{stamp}.csv"'
    return response
