"""A local HTTP server speaking the Google Business Profile v4 review endpoints and OAuth refresh."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

REVIEWS = re.compile(r"^/v4/accounts/([^/]+)/locations/([^/]+)/reviews$")
REPLY = re.compile(r"^/v4/accounts/([^/]+)/locations/([^/]+)/reviews/([^/]+)/reply$")


@dataclass
class FakeGoogle:
    reviews: list[dict[str, Any]] = field(default_factory=list)
    access_token: str = "valid-token"
    refresh_token: str = "refresh-1"
    fail_next: list[int] = field(default_factory=list)  # statuses to answer before serving
    replies: dict[str, str] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    url: str = ""


def _handler(state: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            return None

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _authorised(self) -> bool:
            if self.headers.get("Authorization") != f"Bearer {state.access_token}":
                self._send(
                    401,
                    {"error": {"code": 401, "message": "Request had invalid authentication credentials."}},
                )
                return False
            if state.fail_next:
                status = state.fail_next.pop(0)
                self._send(status, {"error": {"code": status, "message": "try later"}}, {"Retry-After": "0"})
                return False
            return True

        def do_POST(self) -> None:
            url = urlparse(self.path)
            state.requests.append(("POST", url.path))
            form = parse_qs(self._body().decode())
            if url.path == "/token" and form.get("refresh_token") == [state.refresh_token]:
                state.access_token = "refreshed-token"
                self._send(
                    200, {"access_token": state.access_token, "expires_in": 3600, "token_type": "Bearer"}
                )
            else:
                self._send(400, {"error": "invalid_grant"})

        def do_GET(self) -> None:
            url = urlparse(self.path)
            state.requests.append(("GET", self.path))
            if not REVIEWS.match(url.path):
                self._send(404, {"error": {"code": 404, "message": "not found"}})
                return
            if not self._authorised():
                return
            query = parse_qs(url.query)
            size = int(query.get("pageSize", ["50"])[0])
            if size > 50:
                self._send(400, {"error": {"code": 400, "message": "pageSize too large"}})
                return
            start = int(query.get("pageToken", ["0"])[0])
            page: dict[str, Any] = {
                "reviews": state.reviews[start : start + size],
                "totalReviewCount": len(state.reviews),
            }
            if start + size < len(state.reviews):
                page["nextPageToken"] = str(start + size)
            self._send(200, page)

        def do_PUT(self) -> None:
            url = urlparse(self.path)
            state.requests.append(("PUT", url.path))
            match = REPLY.match(url.path)
            if not match:
                self._send(404, {"error": {"code": 404, "message": "not found"}})
                return
            body = json.loads(self._body() or b"{}")
            if not self._authorised():
                return
            state.replies[match.group(3)] = body["comment"]
            self._send(200, {"comment": body["comment"], "updateTime": "2026-11-20T10:00:00Z"})

    return Handler


@contextmanager
def fake_google(state: FakeGoogle | None = None) -> Iterator[FakeGoogle]:
    state = state or FakeGoogle()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def google_review(review_id: str, stars: str, comment: str, when: str) -> dict[str, Any]:
    return {
        "name": f"accounts/123/locations/456/reviews/{review_id}",
        "reviewId": review_id,
        "reviewer": {"displayName": "Auteur Test", "isAnonymous": False},
        "starRating": stars,
        "comment": comment,
        "createTime": when,
        "updateTime": when,
    }
