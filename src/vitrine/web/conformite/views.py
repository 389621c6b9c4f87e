"""« Vérifier un texte »: the page, its HTMX fragments, saved checks and the JSON API."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from vitrine.compliance import Report, Suppressed
from vitrine.web.conformite import actions
from vitrine.web.conformite.checking import finding_views, segments, summary
from vitrine.web.conformite.forms import ApplyForm, CheckForm, DefaultChannelForm
from vitrine.web.conformite.models import CheckSettings, SavedCheck
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import get_scoped_or_404, practice_view, scoped

SCHEMA_PATH = Path(__file__).resolve().parent / "static" / "conformite" / "openapi.json"
SAVED_SHOWN = 20


def _default_channel(request: HttpRequest) -> str:
    settings = scoped(request, CheckSettings).first()
    return settings.default_channel if settings else "autre"


def _results_context(
    text: str, findings: list[Any], checked: bool = True, set_aside: Sequence[Suppressed] = ()
) -> dict[str, Any]:
    views = finding_views(findings)
    return {"checked": checked, "findings": views, "segments": segments(text, views), "set_aside": set_aside}


def _saved_context(request: HttpRequest) -> dict[str, Any]:
    saved = scoped(request, SavedCheck).select_related("author")
    return {"saved_checks": saved[:SAVED_SHOWN], "saved_count": saved.count()}


def _first_error(form: CheckForm) -> str:
    return next((str(e) for errors in form.errors.values() for e in errors), _("Saisie invalide."))


@practice_view(Cap.CHECK_TEXT)
def check_page(request: HttpRequest) -> HttpResponse:
    """The page; a POST (HTMX as you type, or the « Vérifier » button without JavaScript) checks."""
    membership = request.membership  # type: ignore[attr-defined]
    context: dict[str, Any] = {"checked": False, "findings": [], "segments": []}
    if request.method == "POST":
        form = CheckForm(request.POST)
        if not form.is_valid():
            context["error"] = _first_error(form)
        elif form.cleaned_data["text"].strip():  # an emptied textarea just clears the results
            data = form.cleaned_data
            try:
                report = actions.do_check_text(
                    membership, data["text"], data["channel"], data["input_format"]
                )
            except ValidationError as exc:
                context["error"] = exc.messages[0]
            else:
                context.update(_results_context(data["text"], report.findings, set_aside=report.suppressed))
        if request.htmx:  # type: ignore[attr-defined]
            return render(request, "conformite/_results.html", context)
    else:
        form = CheckForm(initial={"channel": _default_channel(request)})
    context.update(_saved_context(request))
    context["form"] = form
    if membership.can(Cap.MANAGE_PRACTICE):
        context["channel_form"] = DefaultChannelForm(initial={"default_channel": _default_channel(request)})
    return render(request, "conformite/check.html", context)


@practice_view(Cap.CHECK_TEXT)
@require_POST
def apply(request: HttpRequest) -> HttpResponse:
    """« Appliquer »: put the engine's replacement in the text, then show the new text and report."""
    form = ApplyForm(request.POST)
    if not form.is_valid():
        return render(request, "conformite/_results.html", {"error": _first_error(form)}, status=400)
    data = form.cleaned_data
    try:
        new_text, report = actions.do_apply_replacement(
            request.membership,  # type: ignore[attr-defined]
            data["text"],
            data["channel"],
            data["input_format"],
            rule=data["rule"],
            start=data["start"],
            end=data["end"],
        )
    except ValidationError as exc:
        return render(request, "conformite/_results.html", {"error": exc.messages[0]}, status=400)
    context = _results_context(new_text, report.findings, set_aside=report.suppressed)
    context["new_text"] = new_text
    context["form"] = CheckForm(initial={**data, "text": new_text})
    return render(request, "conformite/_results.html", context)


@practice_view(Cap.CHECK_TEXT)
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    """« Enregistrer »: keep the text and its report (only on the member's request)."""
    form = CheckForm(request.POST)
    error = ""
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.do_save_check(
                request.membership,  # type: ignore[attr-defined]
                data["text"],
                data["channel"],
                data["input_format"],
            )
        except ValidationError as exc:
            error = exc.messages[0]
    else:
        error = _first_error(form)
    if request.htmx:  # type: ignore[attr-defined]
        context = _saved_context(request)
        context["status"] = error or _("Vérification enregistrée.")
        context["status_error"] = bool(error)
        return render(request, "conformite/_saved.html", context, status=400 if error else 200)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Vérification enregistrée."))
    return redirect("conformite:check")


@practice_view(Cap.CHECK_TEXT)
def saved_detail(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_scoped_or_404(request, SavedCheck.objects.select_related("author"), pk=pk)
    context = _results_context(saved.text, saved.findings)
    context["saved"] = saved
    return render(request, "conformite/saved_detail.html", context)


@practice_view(Cap.CHECK_TEXT)
@require_POST
def saved_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_scoped_or_404(request, SavedCheck, pk=pk)
    actions.do_delete_saved_check(request.membership, saved)  # type: ignore[attr-defined]
    messages.success(request, _("Vérification supprimée."))
    return redirect("conformite:check")


@practice_view(Cap.MANAGE_PRACTICE)
@require_POST
def default_channel(request: HttpRequest) -> HttpResponse:
    form = DefaultChannelForm(request.POST)
    if form.is_valid():
        actions.do_set_default_channel(
            request.membership,  # type: ignore[attr-defined]
            form.cleaned_data["default_channel"],
        )
        messages.success(request, _("Canal par défaut enregistré."))
    else:
        messages.error(request, _("Canal inconnu."))
    return redirect("conformite:check")


# --- JSON API -------------------------------------------------------------------------------


def _api_error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def api_practice_view(
    capability: Cap,
) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    """``practice_view`` for JSON: a refusal is a JSON 403, never a redirect to a login page."""

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return _api_error("Authentification requise : connectez-vous à Vitrine.", 403)
            membership = getattr(request, "membership", None)
            if membership is None:
                return _api_error("Aucun cabinet choisi : choisissez un cabinet dans Vitrine.", 403)
            if not membership.can(capability):
                return _api_error("Votre rôle ne permet pas cette action.", 403)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


@require_POST
@api_practice_view(Cap.CHECK_TEXT)
def api_verify(request: HttpRequest) -> JsonResponse:
    """``POST /api/conformite/verifier``: the report of one text, with a summary."""
    try:
        payload = json.loads(request.body or b"")
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _api_error(
            "Le corps de la requête doit être un objet JSON (Content-Type: application/json).", 400
        )
    if not isinstance(payload, dict):
        return _api_error("Le corps de la requête doit être un objet JSON.", 400)
    unknown = sorted(set(payload) - {"text", "channel", "input_format"})
    if unknown:
        return _api_error(f"Champ inconnu : « {unknown[0]} » (champs : text, channel, input_format).", 400)
    if "text" not in payload:
        return _api_error("Le champ « text » est obligatoire.", 400)
    if "channel" not in payload:
        return _api_error("Le champ « channel » est obligatoire.", 400)
    try:
        report: Report = actions.do_check_text(
            request.membership,  # type: ignore[attr-defined]
            payload["text"],
            payload["channel"],
            payload.get("input_format", "text"),
            source="api",
        )
    except ValidationError as exc:
        return _api_error(exc.messages[0], 400)
    return JsonResponse(
        {**report.to_dict(), "summary": summary(report)}, json_dumps_params={"ensure_ascii": False}
    )


@require_GET
@cache_control(max_age=300, public=True)
def api_schema(request: HttpRequest) -> HttpResponse:
    """The OpenAPI 3.1 description of Vitrine's JSON API (a static file shipped with the code)."""
    return HttpResponse(SCHEMA_PATH.read_bytes(), content_type="application/json")
