"""Pages for AI-assisted drafting: the practice's endpoint settings and the « draft with AI » action."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import current_practice, get_scoped_or_404, practice_view
from vitrine.web.reviews import llm
from vitrine.web.reviews.forms import LlmSettingsForm
from vitrine.web.reviews.models import Review


def _membership(request: HttpRequest) -> Any:
    return request.membership  # type: ignore[attr-defined]


@practice_view(Cap.MANAGE_PRACTICE)
def llm_settings(request: HttpRequest) -> HttpResponse:
    row = llm.settings_for(current_practice(request))
    initial = {name: getattr(row, name) for name in llm.SETTING_FIELDS}
    form = LlmSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            llm.do_save_llm_settings(
                _membership(request),
                api_key=data.pop("api_key"),
                clear_api_key=data.pop("clear_api_key"),
                **data,
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Réglages de la rédaction assistée par IA enregistrés."))
            return redirect("reviews:llm")
    return render(
        request, "reviews/llm.html", {"form": form, "settings": row, "has_key": bool(row.api_key_enc)}
    )


@practice_view(Cap.DRAFT)
@require_POST
def reply_llm_draft(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_scoped_or_404(request, Review, pk=pk)
    try:
        reply = llm.do_llm_draft_reply(_membership(request), review)
    except ValidationError as exc:
        messages.error(
            request,
            _("Aucun brouillon n'a été créé : %(error)s Les réponses existantes sont inchangées.")
            % {"error": " ".join(exc.messages)},
        )
    else:
        if reply.blocked:
            messages.error(request, _("Brouillon IA créé mais bloqué : un point interdit doit être corrigé."))
        else:
            messages.success(
                request, _("Brouillon rédigé par IA créé et vérifié : relisez-le avant approbation.")
            )
    return redirect("reviews:review", pk=review.pk)
