"""« Site web » pages: launch an audit, history, detail with fixes and changes, reports."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vitrine.siteaudit.report import to_html
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import current_practice, get_scoped_or_404, practice_view, scoped
from vitrine.web.siteaudit_web import actions, results
from vitrine.web.siteaudit_web.forms import LaunchForm, ScheduleForm
from vitrine.web.siteaudit_web.models import Alert, AuditSchedule, SiteAudit
from vitrine.web.siteaudit_web.runner import stored_report

HISTORY_LENGTH = 50


@practice_view(Cap.SITE_AUDIT)
def index(request: HttpRequest) -> HttpResponse:
    audits = scoped(request, SiteAudit).defer("result")[:HISTORY_LENGTH]
    schedule = scoped(request, AuditSchedule).first()
    context = {
        "website": current_practice(request).website,
        "audits": audits,
        "latest": scoped(request, SiteAudit).filter(status=SiteAudit.Status.DONE).first(),
        "alerts": scoped(request, Alert).filter(read_at__isnull=True).select_related("audit")[:10],
        "schedule": schedule,
        "launch_form": LaunchForm(),
        "schedule_form": ScheduleForm(
            initial={
                "frequency": schedule.frequency if schedule else AuditSchedule.Frequency.NEVER,
                "browser": schedule.render if schedule else False,
            }
        ),
    }
    return render(request, "siteaudit_web/index.html", context)


@practice_view(Cap.SITE_AUDIT)
@require_POST
def launch(request: HttpRequest) -> HttpResponse:
    form = LaunchForm(request.POST)
    render_pass = form.is_valid() and form.cleaned_data["browser"]
    try:
        audit = actions.do_request_site_audit(request.membership, render=render_pass)  # type: ignore[attr-defined]
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("siteweb:index")
    messages.success(request, _("Audit demandé : il s'exécute en arrière-plan."))
    return redirect("siteweb:detail", pk=audit.pk)


@practice_view(Cap.SITE_AUDIT)
@require_POST
def schedule(request: HttpRequest) -> HttpResponse:
    form = ScheduleForm(request.POST)
    if form.is_valid():
        actions.do_set_audit_schedule(
            request.membership,  # type: ignore[attr-defined]
            frequency=form.cleaned_data["frequency"],
            render=form.cleaned_data["browser"],
        )
        messages.success(request, _("Planification enregistrée."))
    else:
        messages.error(request, _("Choisissez une fréquence dans la liste."))
    return redirect("siteweb:index")


@practice_view(Cap.SITE_AUDIT)
@require_POST
def alert_read(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_scoped_or_404(request, Alert, pk=pk)
    actions.do_mark_alert_read(request.membership, alert)  # type: ignore[attr-defined]
    if request.htmx:  # type: ignore[attr-defined]
        return HttpResponse("")
    return redirect("siteweb:index")


@practice_view(Cap.SITE_AUDIT)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    audit = get_scoped_or_404(request, SiteAudit.objects.select_related("previous"), pk=pk)
    context: dict[str, object] = {"audit": audit}
    if audit.status == SiteAudit.Status.DONE:
        data = audit.result
        context.update(
            areas=results.area_scores(data),
            fixes=results.fixes(data),
            changes=results.changes(audit.previous.result, data) if audit.previous else None,
            alerts=scoped(request, Alert).filter(audit=audit, read_at__isnull=True),
        )
    return render(request, "siteaudit_web/detail.html", context)


@practice_view(Cap.SITE_AUDIT)
def status(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled by the detail page while the audit runs; reloads the page when it is over."""
    audit = get_scoped_or_404(request, SiteAudit.objects.defer("result"), pk=pk)
    response = render(request, "siteaudit_web/_status.html", {"audit": audit})
    if not audit.in_progress and request.htmx:  # type: ignore[attr-defined]
        response["HX-Refresh"] = "true"
    return response


def _filename(audit: SiteAudit, extension: str) -> str:
    day = (audit.finished_at or audit.created_at).strftime("%Y-%m-%d")
    return f"audit-site-{day}-{audit.pk}.{extension}"


@practice_view(Cap.SITE_AUDIT)
def report_html(request: HttpRequest, pk: int) -> HttpResponseBase:
    audit = get_scoped_or_404(request, SiteAudit, pk=pk, status=SiteAudit.Status.DONE)
    path = stored_report(audit.report_html)
    if path is not None:
        return FileResponse(
            path.open("rb"), as_attachment=True, filename=_filename(audit, "html"), content_type="text/html"
        )
    # No file (demo data, or media lost): the report is rebuilt from the stored result.
    response = HttpResponse(to_html(results.result_from_dict(audit.result)), content_type="text/html")
    response["Content-Disposition"] = f'attachment; filename="{_filename(audit, "html")}"'
    return response


@practice_view(Cap.SITE_AUDIT)
def report_pdf(request: HttpRequest, pk: int) -> HttpResponseBase:
    audit = get_scoped_or_404(request, SiteAudit, pk=pk, status=SiteAudit.Status.DONE)
    path = stored_report(audit.report_pdf)
    if path is None:
        raise Http404("Pas de rapport PDF pour cet audit.")
    return FileResponse(
        path.open("rb"), as_attachment=True, filename=_filename(audit, "pdf"), content_type="application/pdf"
    )
