"""A local HTTP server speaking the parts of the Google Business Profile APIs we use.

It runs in a thread on 127.0.0.1 and implements ``GET accounts/{a}/locations/{l}/reviews``
(pagination with ``pageSize``/``pageToken``), ``PUT .../reviews/{id}/reply``, an OAuth2
consent endpoint (``GET /authorize``: answers at once with a redirect carrying a code, or
``error=access_denied`` when ``deny`` is set) and a token endpoint (``grant_type=refresh_token``
and ``grant_type=authorization_code``, which checks the PKCE verifier against the challenge and
the redirect URI like Google does). Tests script failures through ``failures``.

For choosing a location after consent it also serves the Account Management API
(``GET {account_api_base}/accounts``: ``pageSize`` ≤ 20, opaque ``nextPageToken``) and the
Business Information API (``GET {info_api_base}/accounts/{a}/locations``: ``readMask`` required,
only the masked fields returned, ``pageSize`` ≤ 100). ``POST /revoke`` (form ``token``) revokes
the grant like Google: 200 the first time, then 400 ``invalid_token``; afterwards the access
token gets 401 and the refresh token ``invalid_grant``. Every request is kept in ``requests``.

Misbehaviour on demand: ``raw_answers`` are sent as they are (say, the HTML page of a proxy) to
the next requests of any kind but the consent screen; with ``stuck_page_token`` every page of
reviews, accounts and locations names the same next page, as a buggy server could.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

_REVIEWS = re.compile(r"^/v4/accounts/([^/]+)/locations/([^/]+)/reviews$")
_REPLY = re.compile(r"^/v4/accounts/([^/]+)/locations/([^/]+)/reviews/([^/]+)/reply$")
ACCOUNT_API_PREFIX = "/accountmanagement/v1"
INFO_API_PREFIX = "/businessinformation/v1"
_ACCOUNTS = f"{ACCOUNT_API_PREFIX}/accounts"
_LOCATIONS = re.compile(rf"^{INFO_API_PREFIX}/accounts/([^/]+)/locations$")
MAX_ACCOUNTS_PAGE = 20
MAX_LOCATIONS_PAGE = 100


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeGbpState:
    reviews: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    access_token: str = "access-1"
    refresh_token: str = "refresh-1"
    client_id: str = "client-id"
    client_secret: str = "client-secret"
    issued: int = 1
    # (status, headers) answered to the next API calls before normal service resumes.
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    # (status, content type, body) answered verbatim to the next requests (API, token or revoke).
    raw_answers: list[tuple[int, str, bytes]] = field(default_factory=list)
    # Every page of a list announces this next page (a server whose pagination never ends).
    stuck_page_token: bool = False
    requests: list[Recorded] = field(default_factory=list)
    # Consent screen: the user refuses when ``deny``; ``granted_scope`` overrides what is granted.
    deny: bool = False
    granted_scope: str | None = None
    # code -> what the authorization request carried (challenge, redirect URI, client, scope).
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    # Account Management / Business Information resources, as Google returns them.
    accounts: list[dict[str, Any]] = field(default_factory=list)
    locations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # account id -> locations
    # Tokens revoked at ``/revoke`` (a revoked grant: neither token works any more).
    revoked: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _record(self) -> Recorded:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        recorded = Recorded(self.command, split.path, parse_qs(split.query), dict(self.headers), body)
        with self.server.state.lock:
            self.server.state.requests.append(recorded)
        return recorded

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _raw_answer(self) -> bool:
        """Send the next scripted raw answer, if any (then the request is done)."""
        state = self.server.state
        with state.lock:
            answer = state.raw_answers.pop(0) if state.raw_answers else None
        if answer is None:
            return False
        status, content_type, body = answer
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return True

    def _api_guard(self) -> bool:
        state = self.server.state
        if self._raw_answer():
            return False
        with state.lock:
            failure = state.failures.pop(0) if state.failures else None
        if failure is not None:
            status, headers = failure
            self._send(status, {"error": {"code": status, "message": "scripted failure"}}, headers)
            return False
        if (
            self.headers.get("Authorization") != f"Bearer {state.access_token}"
            or state.access_token in state.revoked
        ):
            self._send(
                401, {"error": {"code": 401, "message": "Request had invalid authentication credentials."}}
            )
            return False
        return True

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _authorize(self, recorded: Recorded) -> None:
        """The consent screen, already answered: redirect back with a code (or a refusal)."""
        query = {key: values[0] for key, values in recorded.query.items()}
        state = self.server.state
        if query.get("client_id") != state.client_id or query.get("code_challenge_method") != "S256":
            self._send(400, {"error": "invalid_request"})
            return
        back = {"state": query.get("state", "")}
        if state.deny:
            back["error"] = "access_denied"
        else:
            code = secrets.token_urlsafe(16)
            with state.lock:
                state.codes[code] = query
            back["code"] = code
            back["scope"] = query.get("scope", "") if state.granted_scope is None else state.granted_scope
        self._redirect(f"{query['redirect_uri']}?{urlencode(back)}")

    def _invalid_argument(self, message: str) -> None:
        self._send(400, {"error": {"code": 400, "message": message, "status": "INVALID_ARGUMENT"}})

    def _page(
        self, recorded: Recorded, items: list[dict[str, Any]], key: str, default: int, maximum: int
    ) -> None:
        """One page of ``items``; the page token is opaque (an offset with a prefix, as a marker)."""
        size = int(recorded.query.get("pageSize", [str(default)])[0])
        if not 1 <= size <= maximum:
            self._invalid_argument(f"pageSize must be between 1 and {maximum}")
            return
        token = recorded.query.get("pageToken", [""])[0]
        if token and not token.startswith(f"{key}-"):
            self._invalid_argument("Invalid page token")
            return
        start = int(token.removeprefix(f"{key}-")) if token else 0
        page: dict[str, Any] = {}
        chunk = items[start : start + size]
        if chunk:
            page[key] = chunk
        if start + size < len(items):
            page["nextPageToken"] = f"{key}-{start + size}"
        if self.server.state.stuck_page_token:
            page["nextPageToken"] = f"{key}-0"
        self._send(200, page)

    def _list_accounts(self, recorded: Recorded) -> None:
        self._page(recorded, self.server.state.accounts, "accounts", MAX_ACCOUNTS_PAGE, MAX_ACCOUNTS_PAGE)

    def _list_locations(self, recorded: Recorded, account_id: str) -> None:
        state = self.server.state
        mask = recorded.query.get("readMask", [""])[0]
        if not mask:
            self._invalid_argument("Request contains an invalid argument: read_mask is required.")
            return
        fields = {name.strip() for name in mask.split(",")}
        known = {str(account.get("name", "")) for account in state.accounts}
        if f"accounts/{account_id}" not in known and account_id not in state.locations:
            self._send(
                404,
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}},
            )
            return
        masked = [
            {key: value for key, value in location.items() if key in fields}
            for location in state.locations.get(account_id, [])
        ]
        self._page(recorded, masked, "locations", 10, MAX_LOCATIONS_PAGE)

    def do_GET(self) -> None:
        recorded = self._record()
        if recorded.path == "/authorize":
            self._authorize(recorded)
            return
        if recorded.path == _ACCOUNTS:
            if self._api_guard():
                self._list_accounts(recorded)
            return
        locations = _LOCATIONS.match(recorded.path)
        if locations:
            if self._api_guard():
                self._list_locations(recorded, locations[1])
            return
        match = _REVIEWS.match(recorded.path)
        if not match:
            self._send(404, {"error": {"code": 404, "message": "not found"}})
            return
        if not self._api_guard():
            return
        size = int(recorded.query.get("pageSize", ["50"])[0])
        if size > 50:
            self._send(400, {"error": {"code": 400, "message": "pageSize must be <= 50"}})
            return
        start = int(recorded.query.get("pageToken", ["0"])[0])
        all_reviews = self.server.state.reviews.get((match[1], match[2]), [])
        page: dict[str, Any] = {"averageRating": 4.2, "totalReviewCount": len(all_reviews)}
        chunk = all_reviews[start : start + size]
        if chunk:
            page["reviews"] = chunk
        if start + size < len(all_reviews):
            page["nextPageToken"] = str(start + size)
        if self.server.state.stuck_page_token:
            page["nextPageToken"] = "0"
        self._send(200, page)

    def do_PUT(self) -> None:
        recorded = self._record()
        match = _REPLY.match(recorded.path)
        if not match:
            self._send(404, {"error": {"code": 404, "message": "not found"}})
            return
        if not self._api_guard():
            return
        body = json.loads(recorded.body)
        for review in self.server.state.reviews.get((match[1], match[2]), []):
            if review["reviewId"] == match[3]:
                reply = {"comment": body["comment"], "updateTime": "2026-01-02T03:04:05Z"}
                review["reviewReply"] = reply
                self._send(200, reply)
                return
        self._send(404, {"error": {"code": 404, "message": "review not found"}})

    def _revoke(self, form: dict[str, str]) -> None:
        """Like Google's ``/revoke``: either token ends the grant; a second call is ``invalid_token``."""
        state = self.server.state
        with state.lock:
            failure = state.failures.pop(0) if state.failures else None
        if failure is not None:
            self._send(failure[0], {"error": "backend_error"}, failure[1])
            return
        token = form.get("token", "")
        with state.lock:
            live = token in (state.access_token, state.refresh_token) and token not in state.revoked
            if live:
                state.revoked.update({state.access_token, state.refresh_token})
        if not live:
            self._send(400, {"error": "invalid_token", "error_description": "Token expired or revoked"})
            return
        self._send(200, {})

    def do_POST(self) -> None:
        recorded = self._record()
        if recorded.path not in ("/token", "/revoke"):
            self._send(404, {"error": "not_found"})
            return
        if self._raw_answer():
            return
        form = {key: values[0] for key, values in parse_qs(recorded.body.decode()).items()}
        state = self.server.state
        if recorded.path == "/revoke":
            self._revoke(form)
            return
        if form.get("grant_type") == "authorization_code":
            self._exchange(form)
            return
        if (
            form.get("grant_type") != "refresh_token"
            or form.get("refresh_token") != state.refresh_token
            or state.refresh_token in state.revoked
            or form.get("client_id") != state.client_id
            or form.get("client_secret") != state.client_secret
        ):
            self._send(400, {"error": "invalid_grant"})
            return
        with state.lock:
            state.issued += 1
            state.access_token = f"access-{state.issued}"
        self._send(200, {"access_token": state.access_token, "expires_in": 3599, "token_type": "Bearer"})

    def _exchange(self, form: dict[str, str]) -> None:
        """``grant_type=authorization_code``: one use per code, PKCE S256 and redirect URI checked."""
        state = self.server.state
        with state.lock:
            request = state.codes.pop(form.get("code", ""), None)
        verifier = form.get("code_verifier", "").encode()
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
        if (
            request is None
            or form.get("client_id") != state.client_id
            or form.get("client_secret") != state.client_secret
            or form.get("redirect_uri") != request["redirect_uri"]
            or challenge != request["code_challenge"]
        ):
            self._send(400, {"error": "invalid_grant"})
            return
        with state.lock:
            state.issued += 1
            state.access_token = f"access-{state.issued}"
        scope = request.get("scope", "") if state.granted_scope is None else state.granted_scope
        self._send(
            200,
            {
                "access_token": state.access_token,
                "refresh_token": state.refresh_token,
                "expires_in": 3599,
                "scope": scope,
                "token_type": "Bearer",
            },
        )


class _Server(ThreadingHTTPServer):
    state: FakeGbpState


class FakeGbp:
    """Start with ``with FakeGbp() as fake:``; ``api_base``, ``token_url``, ``auth_url`` point at it."""

    def __init__(self) -> None:
        self.state = FakeGbpState()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = self.state
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def root(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_base(self) -> str:
        return f"{self.root}/v4"

    @property
    def account_api_base(self) -> str:
        return f"{self.root}{ACCOUNT_API_PREFIX}"

    @property
    def info_api_base(self) -> str:
        return f"{self.root}{INFO_API_PREFIX}"

    @property
    def token_url(self) -> str:
        return f"{self.root}/token"

    @property
    def revoke_url(self) -> str:
        return f"{self.root}/revoke"

    @property
    def auth_url(self) -> str:
        return f"{self.root}/authorize"

    def __enter__(self) -> FakeGbp:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def make_review(number: int, stars: str = "FIVE", comment: str = "Très bon accueil.") -> dict[str, Any]:
    return {
        "name": f"accounts/111/locations/222/reviews/r{number}",
        "reviewId": f"r{number}",
        "reviewer": {"displayName": f"Auteur {number}", "isAnonymous": False},
        "starRating": stars,
        "comment": comment,
        "createTime": f"2025-01-{(number % 28) + 1:02d}T10:00:00.123456789Z",
        "updateTime": f"2025-01-{(number % 28) + 1:02d}T10:00:00Z",
    }


def make_account(number: int, name: str = "", kind: str = "PERSONAL") -> dict[str, Any]:
    return {"name": f"accounts/{number}", "accountName": name or f"Compte {number}", "type": kind}


def make_location(
    number: int, title: str = "", town: str = "Lyon", postal_code: str = "69006"
) -> dict[str, Any]:
    return {
        "name": f"locations/{number}",
        "title": title or f"Cabinet {number}",
        "storeCode": f"store-{number}",
        "storefrontAddress": {
            "regionCode": "FR",
            "languageCode": "fr",
            "postalCode": postal_code,
            "locality": town,
            "addressLines": [f"{number} rue de la République"],
        },
        "websiteUri": f"https://cabinet-{number}.example",
    }
