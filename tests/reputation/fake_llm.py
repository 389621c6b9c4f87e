"""A local OpenAI-compatible endpoint (``POST /v1/chat/completions``) that records what it receives.

Used by the core tests and the web tests: ``with fake_llm() as server:``; ``server.base_url`` is
the ``…/v1`` address to configure, ``server.answer`` the draft it returns, ``server.status`` an
HTTP status to answer instead (a scripted failure).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_ANSWER = (
    "Bonjour, nous avons bien lu votre message. Tenus au secret médical, nous ne pouvons commenter "
    "aucune situation individuelle. Le secrétariat reste à votre disposition. Le cabinet du Dr Martin"
)


class FakeLlm(ThreadingHTTPServer):
    received: list[dict[str, Any]]
    headers_seen: list[dict[str, str]]
    answer: str
    status: int

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: FakeLlm

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append(json.loads(body))
        self.server.headers_seen.append(dict(self.headers))
        if self.path != "/v1/chat/completions" or self.server.status != 200:
            self.send_response(404 if self.server.status == 200 else self.server.status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = json.dumps(
            {"choices": [{"message": {"role": "assistant", "content": self.server.answer}}]}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def fake_llm() -> Iterator[FakeLlm]:
    server = FakeLlm(("127.0.0.1", 0), _Handler)
    server.received, server.headers_seen = [], []
    server.answer, server.status = DEFAULT_ANSWER, 200
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
