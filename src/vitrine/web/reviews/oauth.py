"""Connecting a practice's Google account: OAuth 2.0 authorization code with PKCE and a signed state.

``start`` keeps the PKCE verifier and a nonce in the server-side session and sends the browser to
Google's consent screen with a ``state`` signed by the instance's secret key, bound to the user,
the practice and that nonce, and valid ten minutes. ``do_authorize_google`` accepts the answer
only if the state checks out against the same session, then exchanges the code (with the
verifier) and stores the tokens encrypted. Each outcome is audited; tokens never are.

Then ``do_choose_location`` stores the location the user picked among those Google lists for the
connected account (checked again at Google, never trusted from the form), and
``do_disconnect_google`` revokes the grant at Google and wipes the tokens, even when Google
cannot be reached (the caller then tells the user to revoke it in their Google account).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse

from vitrine.reputation.gbp import GbpError, Pkce, authorization_url, exchange_code, revoke
from vitrine.web.audit.actions import record_for
from vitrine.web.crypto import decrypt, encrypt
from vitrine.web.practices.models import Membership
from vitrine.web.practices.roles import Cap
from vitrine.web.reviews.actions import _own, _require
from vitrine.web.reviews.gbp import find_location, oauth_app
from vitrine.web.reviews.models import GbpConnection

SESSION_KEY = "vitrine_google_oauth"
STATE_SALT = "vitrine.reviews.google-oauth"
STATE_MAX_AGE_SECONDS = 600


def redirect_uri(request: HttpRequest) -> str:
    """The callback address to register in the Google Cloud console (absolute, HTTPS in production)."""
    return request.build_absolute_uri(reverse("reviews:gbp_callback"))


def start(request: HttpRequest, membership: Membership, connection: GbpConnection | None) -> str:
    """Prepare a connection attempt and return the consent-screen URL to redirect to.

    Without a connection yet, one is created with Google's addresses and no location: the location
    is chosen after consent. Nothing is created when the attempt cannot start (no client id).
    """
    _require(membership, Cap.MANAGE_PRACTICE)
    if connection is None:
        connection = GbpConnection(practice=membership.practice)
    _own(membership, connection)
    pkce = Pkce.new()
    nonce = secrets.token_urlsafe(16)
    state = signing.dumps(
        {"n": nonce, "u": membership.user_id, "p": membership.practice_id}, salt=STATE_SALT, compress=True
    )
    callback = redirect_uri(request)
    url = authorization_url(
        oauth_app(connection),
        redirect_uri=callback,
        state=state,
        code_challenge=pkce.challenge,
        auth_url=connection.auth_url,
    )
    if connection.pk is None:
        GbpConnection.objects.get_or_create(practice=membership.practice)
    # One attempt at a time per session: a new click replaces an abandoned one.
    request.session[SESSION_KEY] = {"nonce": nonce, "verifier": pkce.verifier, "redirect_uri": callback}
    return url


def _check_state(pending: dict[str, str] | None, state: str, membership: Membership) -> dict[str, str]:
    """The pending attempt when ``state`` is ours, recent, and bound to this user and practice."""
    if not pending:
        raise ValidationError(
            "Aucune connexion Google n'était en cours : recommencez depuis « Connecter Google »."
        )
    try:
        payload = signing.loads(state, salt=STATE_SALT, max_age=STATE_MAX_AGE_SECONDS)
    except signing.SignatureExpired as exc:
        raise ValidationError("La connexion Google a expiré (10 minutes) : recommencez.") from exc
    except signing.BadSignature as exc:
        raise ValidationError(
            "Réponse de Google invalide (paramètre « state » altéré) : recommencez."
        ) from exc
    if (
        not isinstance(payload, dict)
        or payload.get("u") != membership.user_id
        or payload.get("p") != membership.practice_id
        or not secrets.compare_digest(str(payload.get("n", "")), pending.get("nonce", ""))
    ):
        raise ValidationError(
            "Cette réponse de Google ne correspond pas à la connexion demandée par vous pour ce cabinet : "
            "recommencez."
        )
    return pending


def _fail(membership: Membership, connection: GbpConnection, reason: str, message: str) -> ValidationError:
    with transaction.atomic():
        record_for(membership, "google-autorisation-echouee", connection, motif=reason)
    return ValidationError(message)


def do_authorize_google(
    request: HttpRequest, membership: Membership, connection: GbpConnection, params: dict[str, Any]
) -> GbpConnection:
    """Finish the flow from Google's redirect (``params`` is its query string); audited either way."""
    _require(membership, Cap.MANAGE_PRACTICE)
    _own(membership, connection)
    attempt = request.session.pop(SESSION_KEY, None)  # single use, whatever happens next
    try:
        pending = _check_state(attempt, str(params.get("state", "")), membership)
    except ValidationError as exc:
        raise _fail(membership, connection, "etat-invalide", " ".join(exc.messages)) from exc
    error = str(params.get("error", ""))
    if error == "access_denied":
        with transaction.atomic():
            record_for(membership, "google-autorisation-refusee", connection)
        raise ValidationError(
            "Vous avez refusé l'accès sur la page de Google : le compte n'est pas connecté."
        )
    if error or not params.get("code"):
        raise _fail(
            membership, connection, "erreur-google", f"Google a répondu « {error[:60] or 'sans code'} »."
        )
    try:
        tokens = exchange_code(
            oauth_app(connection),
            str(params["code"]),
            redirect_uri=pending["redirect_uri"],
            code_verifier=pending["verifier"],
        )
    except GbpError as exc:
        raise _fail(membership, connection, f"echange-{exc.status or 0}", str(exc)) from exc
    with transaction.atomic():
        connection.access_token_enc = encrypt(tokens.access_token)
        connection.refresh_token_enc = encrypt(tokens.refresh_token)
        connection.expires_at = tokens.expires_at
        connection.last_error = ""
        connection.save(update_fields=["access_token_enc", "refresh_token_enc", "expires_at", "last_error"])
        record_for(membership, "google-autorise", connection, jetons=True)
    return connection


def has_tokens(connection: GbpConnection) -> bool:
    return bool(connection.refresh_token_enc or connection.access_token_enc)


def do_choose_location(
    membership: Membership, connection: GbpConnection, account_id: str, location_id: str
) -> GbpConnection:
    """Store the location picked after consent, once Google confirms the user manages it; audited."""
    _require(membership, Cap.MANAGE_PRACTICE)
    _own(membership, connection)
    if not has_tokens(connection):
        raise ValidationError("Connectez d'abord le compte Google du cabinet.")
    try:
        location = find_location(connection, account_id, location_id)
    except GbpError as exc:
        raise ValidationError(str(exc)) from exc
    if location is None:
        raise ValidationError(
            "Cet établissement n'apparaît pas dans ce compte Google : choisissez-en un dans la liste."
        )
    with transaction.atomic():
        replaced = bool(connection.location_id) and (connection.account_id, connection.location_id) != (
            account_id,
            location_id,
        )
        connection.account_id = account_id
        connection.location_id = location_id
        connection.location_title = location.title[:300]
        connection.last_error = ""
        # Only these fields: the tokens may have been refreshed (and stored) while listing.
        connection.save(update_fields=["account_id", "location_id", "location_title", "last_error"])
        record_for(
            membership,
            "google-etablissement-choisi",
            connection,
            compte=account_id,
            etablissement=location_id,
            remplace=replaced,
        )
    return connection


@dataclass(frozen=True)
class Disconnection:
    """How revoking went: ``revoque``, ``deja-revoque``, ``sans-jeton`` or ``echec-<status>``."""

    outcome: str
    problem: str = ""  # Google's French error when it could not be reached or refused

    @property
    def revoked_at_google(self) -> bool:
        return self.outcome in ("revoque", "deja-revoque")


def _stored_token(connection: GbpConnection) -> str:
    """The refresh token (revoking it ends the whole grant), else the access token, else ``""``."""
    for encrypted in (connection.refresh_token_enc, connection.access_token_enc):
        if not encrypted:
            continue
        try:
            return decrypt(encrypted)
        except ValueError:  # unreadable (key changed): try the other one, then wipe anyway
            continue
    return ""


def do_disconnect_google(membership: Membership, connection: GbpConnection) -> Disconnection:
    """Revoke the grant at Google, then forget tokens and location whatever Google said; audited."""
    _require(membership, Cap.MANAGE_PRACTICE)
    _own(membership, connection)
    token = _stored_token(connection)
    if not token:
        result = Disconnection("sans-jeton")
    else:
        try:
            result = Disconnection(
                "revoque" if revoke(token, revoke_url=connection.revoke_url) else "deja-revoque"
            )
        except GbpError as exc:
            result = Disconnection(f"echec-{exc.status or 0}", str(exc))
    with transaction.atomic():
        connection.access_token_enc = ""
        connection.refresh_token_enc = ""
        connection.expires_at = None
        connection.account_id = ""
        connection.location_id = ""
        connection.location_title = ""
        connection.last_error = ""
        connection.save(
            update_fields=[
                "access_token_enc",
                "refresh_token_enc",
                "expires_at",
                "account_id",
                "location_id",
                "location_title",
                "last_error",
            ]
        )
        record_for(membership, "google-deconnecte", connection, revocation=result.outcome)
    return result
