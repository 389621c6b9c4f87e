"""The « Connecter Google » flow: off to Google's consent screen and back (see ``oauth``)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from vitrine.reputation.gbp import GbpError
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import practice_view, scoped
from vitrine.web.reviews import oauth
from vitrine.web.reviews.models import GbpConnection


def _membership(request: HttpRequest) -> Any:
    return request.membership  # type: ignore[attr-defined]


@practice_view(Cap.MANAGE_PRACTICE)
@require_POST
def gbp_connect(request: HttpRequest) -> HttpResponse:
    connection = scoped(request, GbpConnection).first()
    if connection is None:
        messages.error(request, _("Renseignez et enregistrez d'abord l'établissement Google ci-dessous."))
        return redirect("reviews:gbp")
    try:
        url = oauth.start(request, _membership(request), connection)
    except GbpError as exc:
        messages.error(request, str(exc))
        return redirect("reviews:gbp")
    return redirect(url)


@practice_view(Cap.MANAGE_PRACTICE)
@require_GET
def gbp_callback(request: HttpRequest) -> HttpResponse:
    connection = scoped(request, GbpConnection).first()
    if connection is None:
        messages.error(request, _("Aucun établissement Google n'est enregistré pour ce cabinet."))
        return redirect("reviews:gbp")
    try:
        oauth.do_authorize_google(request, _membership(request), connection, request.GET.dict())
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Compte Google connecté ; les jetons sont chiffrés."))
    return redirect("reviews:gbp")
