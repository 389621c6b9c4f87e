"""The « Connecter Google » flow: off to Google's consent screen and back (see ``oauth``), then
choosing the location among those Google lists, and « Déconnecter Google »."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from vitrine.reputation.gbp import GbpError
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import get_scoped_or_404, practice_view, scoped
from vitrine.web.reviews import oauth
from vitrine.web.reviews.forms import GbpLocationForm
from vitrine.web.reviews.gbp import LocationChoices, location_choices
from vitrine.web.reviews.models import GbpConnection

ACCOUNT_TYPES = {
    "PERSONAL": gettext_lazy("Compte personnel"),
    "LOCATION_GROUP": gettext_lazy("Groupe d'établissements"),
    "USER_GROUP": gettext_lazy("Groupe d'utilisateurs"),
    "ORGANIZATION": gettext_lazy("Organisation"),
}
GOOGLE_PERMISSIONS_URL = "https://myaccount.google.com/permissions"


def _membership(request: HttpRequest) -> Any:
    return request.membership  # type: ignore[attr-defined]


@practice_view(Cap.MANAGE_PRACTICE)
@require_POST
def gbp_connect(request: HttpRequest) -> HttpResponse:
    # Without a connection yet, ``start`` creates one: the location is chosen after consent.
    connection = scoped(request, GbpConnection).first()
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
        messages.error(request, _("Aucune connexion Google n'est en cours pour ce cabinet."))
        return redirect("reviews:gbp")
    try:
        oauth.do_authorize_google(request, _membership(request), connection, request.GET.dict())
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("reviews:gbp")
    if not connection.location_id:
        messages.success(
            request,
            _("Compte Google connecté ; les jetons sont chiffrés. Choisissez maintenant l'établissement."),
        )
        return redirect("reviews:gbp_location")
    messages.success(request, _("Compte Google connecté ; les jetons sont chiffrés."))
    return redirect("reviews:gbp")


@practice_view(Cap.MANAGE_PRACTICE)
@require_http_methods(["GET", "POST"])
def gbp_location(request: HttpRequest) -> HttpResponse:
    """« Choisir l'établissement »: the accounts and locations Google lists for the connected user."""
    connection = get_scoped_or_404(request, GbpConnection)
    if not oauth.has_tokens(connection):
        messages.error(request, _("Connectez d'abord le compte Google du cabinet."))
        return redirect("reviews:gbp")
    form = GbpLocationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_id, location_id = form.cleaned_data["etablissement"]
        try:
            oauth.do_choose_location(_membership(request), connection, account_id, location_id)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request,
                _("Établissement « %(title)s » choisi : ses avis seront synchronisés depuis Google.")
                % {"title": connection.location_title},
            )
            return redirect("reviews:gbp")
    only_account = str(request.GET.get("compte", ""))[:100]
    choices: LocationChoices | None
    try:
        choices = location_choices(connection, only_account)
    except GbpError as exc:
        messages.error(request, str(exc))
        choices = None
    return render(
        request,
        "reviews/gbp_location.html",
        {
            "connection": connection,
            "form": form,
            "choices": choices,
            "account_types": ACCOUNT_TYPES,
            "selected": f"{connection.account_id}/{connection.location_id}" if connection.location_id else "",
        },
    )


@practice_view(Cap.MANAGE_PRACTICE)
@require_POST
def gbp_disconnect(request: HttpRequest) -> HttpResponse:
    """« Déconnecter Google »: revoke at Google, wipe the tokens here in any case."""
    connection = get_scoped_or_404(request, GbpConnection)
    result = oauth.do_disconnect_google(_membership(request), connection)
    if result.revoked_at_google:
        messages.success(
            request,
            _(
                "Compte Google déconnecté : l'accès de Vitrine a été révoqué chez Google "
                "et les jetons effacés."
            ),
        )
    elif result.outcome == "sans-jeton":
        messages.success(
            request, _("Aucun jeton n'était enregistré ; la connexion Google est réinitialisée.")
        )
    else:
        messages.warning(
            request,
            _(
                "Les jetons ont été effacés de Vitrine, mais l'accès n'a pas pu être révoqué chez Google : "
                "%(problem)s Retirez l'accès de Vitrine vous-même dans votre compte Google : %(url)s"
            )
            % {"problem": result.problem, "url": GOOGLE_PERMISSIONS_URL},
        )
    return redirect("reviews:gbp")
