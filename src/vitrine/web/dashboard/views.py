"""The home page of a practice, and the personal data page of each user."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from vitrine.web.audit.actions import record
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.models import Membership, Practitioner
from vitrine.web.practices.rgpd import export_user
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import practice_view, scoped


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("account_login")
    return redirect("dashboard")


@practice_view(Cap.VIEW)
def dashboard(request: HttpRequest) -> HttpResponse:
    recent = scoped(request, AuditRecord, field="practice_id").order_by("-seq")[:8]
    context = {
        "practitioners": scoped(request, Practitioner),
        "team_size": scoped(request, Membership).filter(active=True).count(),
        "recent": recent if request.membership.can(Cap.VIEW_AUDIT_LOG) else [],  # type: ignore[attr-defined]
    }
    return render(request, "dashboard/dashboard.html", context)


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    return render(request, "dashboard/my_data.html")


@login_required
def my_data_export(request: HttpRequest) -> HttpResponse:
    data = export_user(request.user)  # type: ignore[arg-type]
    record(
        actor=request.user,
        action="export-donnees-personnelles",
        obj=request.user,  # type: ignore[arg-type]
        summary={"octets": len(data)},
    )
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="vitrine-mes-donnees-{timezone.now():%Y%m%d}.zip"'
    )
    return response
