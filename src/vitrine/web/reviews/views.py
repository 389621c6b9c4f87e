"""Pages of the « Avis » module. Views stay thin: writes go through ``actions``."""

from __future__ import annotations

import io
from functools import cache
from importlib import resources
from typing import Any

import yaml
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vitrine.reputation.importers import CSV_COLUMNS, ReviewImportError
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import current_practice, get_scoped_or_404, practice_view, scoped
from vitrine.web.reviews import actions, analytics
from vitrine.web.reviews.evidence import zip_bundle
from vitrine.web.reviews.forms import FilterForm, GbpForm, ImportForm, ReplyForm
from vitrine.web.reviews.llm import settings_for as llm_settings_for
from vitrine.web.reviews.models import Alert, Evidence, GbpConnection, Reply, Review

REASON_LABELS = {
    "hors-sujet": "Hors sujet",
    "spam": "Spam",
    "conflit-interets": "Conflit d'intérêts",
    "grossierete": "Grossièretés",
    "harcelement": "Intimidation ou harcèlement",
    "discrimination": "Discrimination ou incitation à la haine",
    "informations-personnelles": "Informations personnelles",
}


def _membership(request: HttpRequest) -> Any:
    return request.membership  # type: ignore[attr-defined]


@cache
def _topic_labels() -> dict[str, str]:
    """Topic ids and French labels, read from the core's data file (no language model)."""
    data = yaml.safe_load(
        resources.files("vitrine.reputation").joinpath("data/topics.yaml").read_text("utf-8")
    )
    return {topic: str(spec["label"]) for topic, spec in data.items()}


def _crisis(request: HttpRequest) -> Alert | None:
    return scoped(request, Alert).filter(kind=Alert.Kind.BOMBARDEMENT, closed_at__isnull=True).first()


@practice_view(Cap.VIEW)
def inbox(request: HttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or None)
    reviews = scoped(request, Review).order_by("-created_at")
    if form.is_valid():
        data = form.cleaned_data
        if data["sentiment"]:
            reviews = reviews.filter(sentiment=data["sentiment"])
        if data["priority"]:
            reviews = reviews.filter(priority=data["priority"])
        if data["unanswered"]:
            reviews = reviews.filter(reply_comment="")
        if data["reportable"]:
            reviews = reviews.filter(reportable=True)
        if data["defamation"]:
            reviews = reviews.filter(defamation_risk=True)
    page = Paginator(
        reviews.only(
            "id",
            "source",
            "reviewer_name",
            "stars",
            "comment",
            "created_at",
            "reply_comment",
            "sentiment",
            "priority",
            "reportable",
            "defamation_risk",
            "triaged_at",
        ),
        25,
    ).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    alerts = scoped(request, Alert).filter(closed_at__isnull=True).select_related("review")[:10]
    return render(
        request,
        "reviews/inbox.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "alerts": alerts,
            "crisis": _crisis(request),
        },
    )


@practice_view(Cap.VIEW)
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_scoped_or_404(request, Review, pk=pk)
    labels = _topic_labels()
    triage = review.triage or {}
    reasons = [
        {**reason, "label": REASON_LABELS.get(reason["reason"], reason["reason"])}
        for reason in review.report_reasons
    ]
    return render(
        request,
        "reviews/review.html",
        {
            "review": review,
            "topics": [labels.get(topic, topic) for topic in review.topics],
            "reasons": reasons,
            "defamation": triage.get("defamation"),
            "evidence": scoped(request, Evidence).filter(review=review).defer("json_content", "png_content"),
            "replies": scoped(request, Reply).filter(review=review).select_related("author", "approved_by"),
            "reply_form": ReplyForm(),
            "connected": scoped(request, GbpConnection).exists(),
            "llm_enabled": llm_settings_for(current_practice(request)).enabled,
        },
    )


@practice_view(Cap.DRAFT)
def import_reviews(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            result = actions.do_import_reviews(_membership(request), upload.name, upload.read())
        except ReviewImportError as exc:
            error = str(exc)
        else:
            from vitrine.web.reviews.tasks import process_practice

            process_practice.enqueue(current_practice(request).pk)
            messages.success(
                request,
                _(
                    "Import terminé : %(c)s nouveaux avis, %(u)s mis à jour, %(s)s inchangés. "
                    "Le tri suit dans quelques minutes."
                )
                % {"c": result.created, "u": result.updated, "s": result.unchanged},
            )
            return redirect("reviews:inbox")
    return render(request, "reviews/import.html", {"form": form, "error": error, "columns": CSV_COLUMNS})


@practice_view(Cap.VIEW)
@require_POST
def evidence_create(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_scoped_or_404(request, Review, pk=pk)
    actions.do_preserve_evidence(_membership(request), review)
    messages.success(request, _("Preuve conservée (JSON, capture, empreintes SHA-256, heure UTC)."))
    return redirect("reviews:review", pk=review.pk)


@practice_view(Cap.VIEW)
def evidence_file(request: HttpRequest, pk: int, kind: str) -> HttpResponseBase:
    evidence = get_scoped_or_404(request, Evidence, pk=pk)
    if kind == "json":
        return FileResponse(
            io.BytesIO(bytes(evidence.json_content)),
            as_attachment=True,
            filename=f"preuve-{evidence.pk}.json",
            content_type="application/json",
        )
    return FileResponse(
        io.BytesIO(bytes(evidence.png_content)),
        as_attachment=True,
        filename=f"preuve-{evidence.pk}.png",
        content_type="image/png",
    )


def _zip_response(request: HttpRequest, review: Review | None) -> HttpResponseBase:
    rows = scoped(request, Evidence).select_related("review")
    if review is not None:
        rows = rows.filter(review=review)
    actions.do_export_evidence(_membership(request), review)
    data = zip_bundle(list(rows), exported_by=request.user.email)  # type: ignore[union-attr]
    name = f"preuves-avis-{review.pk}.zip" if review else f"preuves-avis-{timezone.now():%Y%m%d}.zip"
    return FileResponse(io.BytesIO(data), as_attachment=True, filename=name, content_type="application/zip")


@practice_view(Cap.VIEW)
def evidence_zip(request: HttpRequest, pk: int) -> HttpResponseBase:
    return _zip_response(request, get_scoped_or_404(request, Review, pk=pk))


@practice_view(Cap.VIEW)
def evidence_list(request: HttpRequest) -> HttpResponseBase:
    if request.GET.get("format") == "zip":
        return _zip_response(request, None)
    rows = scoped(request, Evidence).select_related("review").defer("json_content", "png_content")[:500]
    return render(request, "reviews/evidence.html", {"evidence": rows})


@practice_view(Cap.DRAFT)
@require_POST
def reply_draft(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_scoped_or_404(request, Review, pk=pk)
    actions.do_draft_reply(_membership(request), review)
    messages.success(request, _("Brouillon de réponse créé et vérifié."))
    return redirect("reviews:review", pk=review.pk)


def _reply_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    reply = get_scoped_or_404(request, Reply, pk=pk)
    membership = _membership(request)
    try:
        if step == "edit":
            form = ReplyForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Le texte de la réponse est obligatoire (4 000 caractères au plus)."))
            actions.do_edit_reply(membership, reply, form.cleaned_data["text"])
            reply.refresh_from_db()
            if reply.blocked:
                messages.error(
                    request, _("Réponse enregistrée mais bloquée : un point interdit doit être corrigé.")
                )
            else:
                messages.success(request, _("Réponse modifiée ; elle doit être approuvée à nouveau."))
        elif step == "approve":
            actions.do_approve_reply(membership, reply)
            messages.success(request, _("Réponse approuvée."))
        elif step == "publish":
            actions.do_publish_reply(membership, reply)
            messages.success(request, _("Réponse publiée sur Google."))
        else:
            actions.do_mark_copied(membership, reply)
            messages.success(request, _("Réponse marquée comme copiée et publiée sur la plateforme."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("reviews:review", pk=reply.review_id)


@practice_view(Cap.DRAFT)
@require_POST
def reply_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _reply_step(request, pk, "edit")


@practice_view(Cap.APPROVE)
@require_POST
def reply_approve(request: HttpRequest, pk: int) -> HttpResponse:
    return _reply_step(request, pk, "approve")


@practice_view(Cap.PUBLISH_APPROVED)
@require_POST
def reply_publish(request: HttpRequest, pk: int) -> HttpResponse:
    return _reply_step(request, pk, "publish")


@practice_view(Cap.PUBLISH_APPROVED)
@require_POST
def reply_copy(request: HttpRequest, pk: int) -> HttpResponse:
    return _reply_step(request, pk, "copy")


@practice_view(Cap.DRAFT)
@require_POST
def alert_close(request: HttpRequest, pk: int) -> HttpResponse:
    alert = get_scoped_or_404(request, Alert, pk=pk)
    actions.do_close_alert(_membership(request), alert)
    messages.success(request, _("Alerte close."))
    return redirect("reviews:inbox")


@practice_view(Cap.VIEW)
def crisis(request: HttpRequest) -> HttpResponse:
    alert = _crisis(request)
    recent = scoped(request, Review).filter(sentiment="negatif").order_by("-created_at")[:20]
    from vitrine.reputation.bombing import CRISIS_CHECKLIST

    return render(
        request, "reviews/crisis.html", {"alert": alert, "checklist": CRISIS_CHECKLIST, "recent": recent}
    )


@practice_view(Cap.VIEW)
def analytics_page(request: HttpRequest) -> HttpResponse:
    reviews = scoped(request, Review)
    labels = _topic_labels()
    tz = timezone.get_current_timezone()
    return render(
        request,
        "reviews/analytics.html",
        {
            "months": analytics.monthly(reviews, tz),
            "distribution": analytics.distribution(reviews),
            "topic_labels": list(labels.values()),
            "topics": analytics.topics(reviews, labels),
            "summary": analytics.summary(reviews),
        },
    )


def _place_id(request: HttpRequest) -> str:
    from vitrine.reputation.qr import review_form_url

    place_id = current_practice(request).google_place_id
    try:
        review_form_url(place_id)
    except ValueError:
        return ""
    return place_id


@practice_view(Cap.VIEW)
def qr_page(request: HttpRequest) -> HttpResponse:
    from vitrine.reputation.qr import review_form_url

    place_id = _place_id(request)
    return render(request, "reviews/qr.html", {"url": review_form_url(place_id) if place_id else ""})


@practice_view(Cap.VIEW)
def qr_svg(request: HttpRequest) -> HttpResponse:
    from vitrine.reputation.qr import review_qr_svg

    place_id = _place_id(request)
    if not place_id:
        return HttpResponse(status=404)
    return HttpResponse(review_qr_svg(place_id), content_type="image/svg+xml")


@practice_view(Cap.MANAGE_PRACTICE)
def gbp_settings(request: HttpRequest) -> HttpResponse:
    connection = scoped(request, GbpConnection).first()
    initial = (
        {
            k: getattr(connection, k)
            for k in (
                "account_id",
                "location_id",
                "base_url",
                "token_url",
                "auth_url",
                "account_api_url",
                "info_api_url",
                "revoke_url",
            )
        }
        if connection
        else None
    )
    form = GbpForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_connect_gbp(_membership(request), **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Connexion Google enregistrée ; les jetons sont chiffrés."))
            return redirect("reviews:gbp")
    from vitrine.web.reviews.oauth import has_tokens, redirect_uri

    return render(
        request,
        "reviews/gbp.html",
        {
            "form": form,
            "connection": connection,
            "has_tokens": connection is not None and has_tokens(connection),
            "redirect_uri": redirect_uri(request),
        },
    )
