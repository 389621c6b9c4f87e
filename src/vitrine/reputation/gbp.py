"""A small Google Business Profile client: reviews (API v4, list and reply) and, to choose the
location after connecting, the accounts (Account Management API v1) and their locations (Business
Information API v1).

The client takes OAuth tokens and hands refreshed ones back through ``on_tokens``; storing
them (encrypted at rest) is the web layer's job. The Business Profile API has no method to
report a review: reporting goes through Google's interface (see ``triage.REPORT_STEPS``).

``authorization_url`` and ``exchange_code`` implement the OAuth 2.0 authorization-code flow with
PKCE (RFC 7636, S256) that connects a practice's account in the first place; ``revoke`` ends it.

Transient failures are retried: 401 triggers one token refresh, 429 and 5xx are retried with
exponential backoff, honouring ``Retry-After``. ``sleep`` is injectable so tests stay fast.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

from vitrine.reputation.importers import parse_gbp_json
from vitrine.reputation.model import Review

GOOGLE_API_BASE = "https://mybusiness.googleapis.com/v4"
GOOGLE_ACCOUNT_API_BASE = "https://mybusinessaccountmanagement.googleapis.com/v1"
GOOGLE_INFO_API_BASE = "https://mybusinessbusinessinformation.googleapis.com/v1"
GOOGLE_REVOKE_URL = "https://oauth2.googleapis.com/revoke"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105 - endpoint, not a secret
GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GBP_SCOPE = "https://www.googleapis.com/auth/business.manage"
MAX_PAGE_SIZE = 50
MAX_ACCOUNTS_PAGE_SIZE = 20  # accounts.list: "The default and maximum is 20."
MAX_LOCATIONS_PAGE_SIZE = 100  # accounts.locations.list: "maximum page size is 100"
# accounts.locations.list requires a read mask; these are the fields shown to choose a location.
LOCATION_READ_MASK = "name,title,storefrontAddress"
RETRIABLE = frozenset({429, 500, 502, 503, 504})
# A list is followed for at most this many pages: even with fresh page tokens each time, a broken
# (or hostile) server cannot keep a sync or a web request looping forever.
MAX_PAGES = 1000


class GbpError(Exception):
    """The API refused or kept failing; the message is French and safe to show."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class GbpAuthError(GbpError):
    """The refresh token is no longer accepted: the practice must reconnect its account."""


@dataclass(frozen=True)
class OAuthApp:
    """The OAuth client registered by the instance operator."""

    client_id: str
    client_secret: str
    token_url: str = GOOGLE_TOKEN_URL


@dataclass(frozen=True)
class OAuthTokens:
    """A practice's tokens; ``expires_at`` lets the client refresh before a call fails."""

    access_token: str
    refresh_token: str
    expires_at: datetime | None = None


@dataclass(frozen=True)
class GbpAccount:
    """An account the user may manage (``accounts/{account_id}``)."""

    account_id: str
    name: str
    type: str = ""


@dataclass(frozen=True)
class GbpLocation:
    """A location of an account (``locations/{location_id}``); ``address`` is one line, maybe empty."""

    location_id: str
    title: str
    address: str = ""


class GbpClient:
    """List reviews and publish replies for one practice's Google account; list its locations."""

    def __init__(
        self,
        app: OAuthApp,
        tokens: OAuthTokens,
        *,
        base_url: str = GOOGLE_API_BASE,
        account_base_url: str = GOOGLE_ACCOUNT_API_BASE,
        info_base_url: str = GOOGLE_INFO_API_BASE,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_retries: int = 5,
        max_pages: int = MAX_PAGES,
        backoff_base: float = 1.0,
        backoff_cap: float = 60.0,
        on_tokens: Callable[[OAuthTokens], None] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._app = app
        self._tokens = tokens
        self._base = base_url.rstrip("/")
        self._account_base = account_base_url.rstrip("/")
        self._info_base = info_base_url.rstrip("/")
        self._http = http or httpx.Client(timeout=30.0)
        self._sleep = sleep
        self._max_retries = max_retries
        self._max_pages = max_pages
        self._backoff_base = backoff_base
        self._backoff_cap = backoff_cap
        self._on_tokens = on_tokens
        self._now = now

    @property
    def tokens(self) -> OAuthTokens:
        """The current tokens (possibly refreshed since construction)."""
        return self._tokens

    def close(self) -> None:
        """Close the underlying HTTP client."""
        self._http.close()

    def __enter__(self) -> GbpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- reviews -------------------------------------------------------------------------

    def list_review_pages(
        self, account_id: str, location_id: str, page_size: int = MAX_PAGE_SIZE
    ) -> Iterator[dict[str, Any]]:
        """Yield every raw ``reviews.list`` page, following ``nextPageToken``."""
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size doit être entre 1 et {MAX_PAGE_SIZE}")
        url = f"{self._location_path(account_id, location_id)}/reviews"
        yield from self._raw_pages(url, {"pageSize": str(page_size)})

    def list_reviews(self, account_id: str, location_id: str, page_size: int = MAX_PAGE_SIZE) -> list[Review]:
        """Fetch all reviews of a location as :class:`Review` objects (validated all or nothing)."""
        records: list[Any] = []
        for page in self.list_review_pages(account_id, location_id, page_size):
            page_reviews = page.get("reviews", [])
            if not isinstance(page_reviews, list):
                raise GbpError("Réponse inattendue de Google : liste « reviews » attendue.")
            records.extend(page_reviews)
        return parse_gbp_json(json.dumps({"reviews": records}), filename="réponse de Google")

    def put_reply(self, account_id: str, location_id: str, review_id: str, comment: str) -> dict[str, Any]:
        """Publish or replace the reply to a review; returns Google's ``ReviewReply``."""
        url = f"{self._location_path(account_id, location_id)}/reviews/{quote(review_id, safe='')}/reply"
        return _json_object(self._request("PUT", url, json={"comment": comment}))

    # --- accounts and locations (choosing the location to connect) --------------------------

    def list_accounts(self, page_size: int = MAX_ACCOUNTS_PAGE_SIZE) -> list[GbpAccount]:
        """Every account the user owns or manages (``accounts.list``, all pages)."""
        if not 1 <= page_size <= MAX_ACCOUNTS_PAGE_SIZE:
            raise ValueError(f"page_size doit être entre 1 et {MAX_ACCOUNTS_PAGE_SIZE}")
        url = f"{self._account_base}/accounts"
        accounts: list[GbpAccount] = []
        for items in self._pages(url, {"pageSize": str(page_size)}, "accounts"):
            for item in items:
                account_id = _resource_id(item, "accounts")
                name = str(item.get("accountName") or account_id)
                accounts.append(GbpAccount(account_id, name, str(item.get("type") or "")))
        return accounts

    def list_locations(
        self,
        account_id: str,
        page_size: int = MAX_LOCATIONS_PAGE_SIZE,
        read_mask: str = LOCATION_READ_MASK,
    ) -> list[GbpLocation]:
        """Every location of an account (``accounts.locations.list`` with its mandatory read mask)."""
        if not 1 <= page_size <= MAX_LOCATIONS_PAGE_SIZE:
            raise ValueError(f"page_size doit être entre 1 et {MAX_LOCATIONS_PAGE_SIZE}")
        if not account_id:
            raise ValueError("account_id est requis")
        url = f"{self._info_base}/accounts/{quote(account_id, safe='')}/locations"
        params = {"pageSize": str(page_size), "readMask": read_mask}
        locations: list[GbpLocation] = []
        for items in self._pages(url, params, "locations"):
            for item in items:
                location_id = _resource_id(item, "locations")
                title = str(item.get("title") or location_id)
                locations.append(
                    GbpLocation(location_id, title, _one_line_address(item.get("storefrontAddress")))
                )
        return locations

    # --- plumbing -------------------------------------------------------------------------

    def _raw_pages(self, url: str, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Every page (a JSON object), following ``nextPageToken``.

        A token seen before, or more than ``max_pages`` pages, is an error: the loop always ends.
        """
        seen: set[str] = set()
        page_token = ""
        for _page in range(self._max_pages):
            query = {**params, "pageToken": page_token} if page_token else params
            page = _json_object(self._request("GET", url, params=query))
            yield page
            page_token = str(page.get("nextPageToken") or "")
            if not page_token:
                return
            if page_token in seen:
                raise GbpError("Réponse inattendue de Google : la pagination tourne en rond.")
            seen.add(page_token)
        raise GbpError(f"Réponse inattendue de Google : plus de {self._max_pages} pages.")

    def _pages(self, url: str, params: dict[str, str], key: str) -> Iterator[list[dict[str, Any]]]:
        """The ``key`` list of every page (see ``_raw_pages``)."""
        for page in self._raw_pages(url, params):
            items = page.get(key, [])
            if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
                raise GbpError(f"Réponse inattendue de Google : liste « {key} » attendue.")
            yield items

    def _location_path(self, account_id: str, location_id: str) -> str:
        if not account_id or not location_id:
            raise GbpError(
                "Aucun établissement Google n'est choisi : choisissez-le dans « Connexion Google »."
            )
        return f"{self._base}/accounts/{quote(account_id, safe='')}/locations/{quote(location_id, safe='')}"

    def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if self._tokens.expires_at is not None and self._tokens.expires_at <= self._now():
            self._refresh()
        refreshed = False
        attempt = 0
        while True:
            try:
                response = self._http.request(
                    method, url, headers={"Authorization": f"Bearer {self._tokens.access_token}"}, **kwargs
                )
            except httpx.TransportError as exc:
                if attempt >= self._max_retries:
                    raise GbpError(f"Google est injoignable ({type(exc).__name__}).") from exc
                self._sleep(self._backoff(attempt, None))
                attempt += 1
                continue
            if response.status_code == 401 and not refreshed:
                self._refresh()
                refreshed = True
                continue
            if response.status_code in RETRIABLE and attempt < self._max_retries:
                self._sleep(self._backoff(attempt, response.headers.get("Retry-After")))
                attempt += 1
                continue
            if response.is_success:
                return response
            raise GbpError(_error_message(response), response.status_code)

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        delay = _parse_retry_after(retry_after, self._now())
        if delay is None:
            delay = self._backoff_base * 2**attempt
        return min(max(delay, 0.0), self._backoff_cap)

    def _refresh(self) -> None:
        data = {
            "grant_type": "refresh_token",
            "refresh_token": self._tokens.refresh_token,
            "client_id": self._app.client_id,
            "client_secret": self._app.client_secret,
        }
        try:
            response = self._http.post(self._app.token_url, data=data)
        except httpx.TransportError as exc:
            raise GbpError(
                f"Le service d'authentification de Google est injoignable ({type(exc).__name__})."
            ) from exc
        if response.status_code in (400, 401):
            raise GbpAuthError(
                "Google a refusé le renouvellement de l'accès : reconnectez le compte Google du cabinet.",
                response.status_code,
            )
        if not response.is_success:
            raise GbpError(_error_message(response), response.status_code)
        try:
            payload = response.json()
        except ValueError:
            payload = None
        access_token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(access_token, str) or not access_token:
            raise GbpError("Réponse inattendue du service d'authentification : jeton absent.")
        expires_in = payload.get("expires_in")
        expires_at = (
            self._now() + timedelta(seconds=int(expires_in) - 60) if isinstance(expires_in, int) else None
        )
        # Google may rotate the refresh token; keep the old one when it does not.
        refresh_token = payload.get("refresh_token") or self._tokens.refresh_token
        self._tokens = OAuthTokens(access_token, str(refresh_token), expires_at)
        if self._on_tokens is not None:
            self._on_tokens(self._tokens)


# --- OAuth authorization-code flow (connecting an account) --------------------------------------


@dataclass(frozen=True)
class Pkce:
    """A PKCE pair (RFC 7636): the verifier stays on the server, the challenge goes to Google."""

    verifier: str
    challenge: str

    @classmethod
    def new(cls) -> Pkce:
        """A fresh pair; the verifier has 256 bits of entropy (43 base64url characters)."""
        verifier = secrets.token_urlsafe(32)
        return cls(verifier, pkce_challenge(verifier))


def pkce_challenge(verifier: str) -> str:
    """The S256 challenge of ``verifier``: base64url(SHA-256(verifier)) without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(
    app: OAuthApp,
    *,
    redirect_uri: str,
    state: str,
    code_challenge: str,
    auth_url: str = GOOGLE_AUTH_URL,
    scope: str = GBP_SCOPE,
) -> str:
    """The consent-screen URL: offline access (a refresh token), consent forced, PKCE S256."""
    if not app.client_id:
        raise GbpError("Identifiant de l'application Google absent (VITRINE_GOOGLE_CLIENT_ID).")
    params = {
        "client_id": app.client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": scope,
        "access_type": "offline",
        # Without a forced consent Google omits the refresh token on a second connection.
        "prompt": "consent",
        "include_granted_scopes": "true",
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
    }
    separator = "&" if urlsplit(auth_url).query else "?"
    return f"{auth_url}{separator}{urlencode(params)}"


def exchange_code(
    app: OAuthApp,
    code: str,
    *,
    redirect_uri: str,
    code_verifier: str,
    scope: str = GBP_SCOPE,
    http: httpx.Client | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> OAuthTokens:
    """Exchange an authorization code for tokens at ``app.token_url`` (PKCE verifier included).

    Raises :class:`GbpAuthError` when Google refuses the code, or when the answer lacks a refresh
    token or the Business Profile scope (the user unticked it on the consent screen).
    """
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": app.client_id,
        "client_secret": app.client_secret,
        "code_verifier": code_verifier,
    }
    response = _post_form(app.token_url, data, http, timeout=30.0)
    if response.status_code in (400, 401):
        raise GbpAuthError(
            "Google a refusé le code d'autorisation (expiré ou déjà utilisé) : recommencez la connexion.",
            response.status_code,
        )
    if not response.is_success:
        raise GbpError(_error_message(response), response.status_code)
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        raise GbpError("Réponse inattendue du service d'authentification : objet JSON attendu.")
    access_token, refresh_token = payload.get("access_token"), payload.get("refresh_token")
    if not isinstance(access_token, str) or not access_token:
        raise GbpError("Réponse inattendue du service d'authentification : jeton absent.")
    if not isinstance(refresh_token, str) or not refresh_token:
        raise GbpAuthError(
            "Google n'a pas fourni de jeton de renouvellement : retirez l'accès de Vitrine dans votre "
            "compte Google puis recommencez la connexion."
        )
    granted = payload.get("scope")
    if isinstance(granted, str) and scope not in granted.split():
        raise GbpAuthError(
            "L'autorisation de gérer la fiche d'établissement n'a pas été accordée : recommencez en "
            "cochant l'accès demandé."
        )
    expires_in = payload.get("expires_in")
    expires_at = now() + timedelta(seconds=int(expires_in) - 60) if isinstance(expires_in, int) else None
    return OAuthTokens(access_token, refresh_token, expires_at)


def revoke(token: str, *, revoke_url: str = GOOGLE_REVOKE_URL, http: httpx.Client | None = None) -> bool:
    """Revoke an access or refresh token at Google; revoking the refresh token ends the whole grant.

    Returns ``True`` when Google revoked it now and ``False`` when Google answered ``invalid_token``
    (already revoked or expired: nothing left to do). Raises :class:`GbpError` when Google cannot
    be reached or refuses otherwise, so the caller can tell the user to revoke by hand.
    """
    if not token:
        raise ValueError("token est requis")
    # In the form body, not the query string: the token must not end up in access logs.
    response = _post_form(revoke_url, {"token": token}, http, timeout=10.0)
    if response.is_success:
        return True
    if response.status_code == 400 and _oauth_error(response) == "invalid_token":
        return False
    raise GbpError(_error_message(response), response.status_code)


def _post_form(url: str, data: dict[str, str], http: httpx.Client | None, timeout: float) -> httpx.Response:
    """POST a form to Google's authentication service (a client of its own unless one is given)."""
    client = http or httpx.Client(timeout=timeout)
    try:
        return client.post(url, data=data)
    except httpx.TransportError as exc:
        raise GbpError(
            f"Le service d'authentification de Google est injoignable ({type(exc).__name__})."
        ) from exc
    finally:
        if http is None:
            client.close()


def _json_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object a successful answer carries; anything else (an HTML page from a proxy,
    a truncated body, a list) is a :class:`GbpError`, never a ``ValueError`` escaping to the caller."""
    try:
        payload = response.json()
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise GbpError("Réponse inattendue de Google : JSON illisible.") from exc
    if not isinstance(payload, dict):
        raise GbpError("Réponse inattendue de Google : objet JSON attendu.")
    return payload


def _resource_id(item: dict[str, Any], collection: str) -> str:
    """``"accounts/123"`` -> ``"123"``; anything else is an unexpected answer."""
    name = item.get("name")
    prefix = f"{collection}/"
    if not isinstance(name, str) or not name.startswith(prefix) or "/" in name[len(prefix) :]:
        raise GbpError(f"Réponse inattendue de Google : nom « {collection}/… » attendu.")
    resource_id = name[len(prefix) :]
    if not resource_id:
        raise GbpError(f"Réponse inattendue de Google : nom « {collection}/… » attendu.")
    return resource_id


def _one_line_address(address: Any) -> str:
    """A ``PostalAddress`` as one line: street lines, then postal code and locality."""
    if not isinstance(address, dict):
        return ""
    lines = address.get("addressLines")
    parts = [str(line).strip() for line in lines if str(line).strip()] if isinstance(lines, list) else []
    town = " ".join(
        str(address.get(key) or "").strip() for key in ("postalCode", "locality") if address.get(key)
    )
    if town:
        parts.append(town)
    return ", ".join(parts)


def _oauth_error(response: httpx.Response) -> str:
    """The ``error`` code of an OAuth error answer (``{"error": "invalid_token", ...}``), or ``""``."""
    try:
        payload = response.json()
    except ValueError:
        return ""
    error = payload.get("error") if isinstance(payload, dict) else None
    return error if isinstance(error, str) else ""


def _parse_retry_after(value: str | None, now: datetime) -> float | None:
    """``Retry-After`` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


def _error_message(response: httpx.Response) -> str:
    detail = ""
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        detail = str(payload["error"].get("message", ""))
    suffix = f" : {detail}" if detail else ""
    return f"Google a répondu {response.status_code}{suffix}."
