"""A real HTTP(S) server on 127.0.0.1 serving one test site from tests/siteaudit/sites/<name>/.

Conventions inside a site folder (files starting with ``_`` are never served):
- ``_redirects``: lines ``/from /to 301``;
- ``_generated``: lines ``/path size content-type`` (a body of that many bytes, for heavy pages);
- text files may contain ``__ORIGIN__`` (this server), ``__EXTERNE__`` (the external test server)
  and ``__FERME__`` (an address where nothing listens), replaced when served.
"""

from __future__ import annotations

import functools
import http.server
import socket
import ssl
import threading
from collections.abc import Mapping
from pathlib import Path

SITES = Path(__file__).parent / "sites"
TEXT_TYPES = (".html", ".xml", ".txt", ".js", ".css", ".json")


def closed_origin() -> str:
    """An http origin on loopback where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class _Handler(http.server.SimpleHTTPRequestHandler):
    site: Path
    replacements: Mapping[str, str]
    redirects: Mapping[str, tuple[str, int]]
    generated: Mapping[str, tuple[int, str]]
    log: list[tuple[str, str, str]]  # (method, path, user agent)

    def log_message(self, format: str, *args: object) -> None:  # quiet tests
        return

    def _route(self, head: bool) -> None:
        path = self.path.split("?", 1)[0]
        self.log.append(("HEAD" if head else "GET", path, self.headers.get("User-Agent", "")))
        if path in self.redirects:
            target, code = self.redirects[path]
            self.send_response(code)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path in self.generated:
            size, content_type = self.generated[path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            if not head:
                self.wfile.write(b"\0" * size)
            return
        relative = path.lstrip("/")
        file = self.site / relative
        if file.is_dir():
            file = file / "index.html"
        if any(part.startswith("_") for part in Path(relative).parts) or not file.is_file():
            self.send_error(404)
            return
        body = file.read_bytes()
        if file.suffix in TEXT_TYPES:
            text = body.decode("utf-8")
            for placeholder, value in self.replacements.items():
                text = text.replace(placeholder, value)
            body = text.encode("utf-8")
        content_type = self.guess_type(str(file))
        if file.suffix in TEXT_TYPES:
            content_type += "; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._route(head=False)

    def do_HEAD(self) -> None:
        self._route(head=True)


class SiteServer:
    """Serve one site folder in a background thread; ``origin`` is its base URL."""

    def __init__(self, name: str, ssl_context: ssl.SSLContext | None = None, externe: str = "") -> None:
        self.site = SITES / name
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        scheme = "https" if ssl_context else "http"
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        self.origin = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.log: list[tuple[str, str, str]] = []
        replacements = {"__ORIGIN__": self.origin, "__EXTERNE__": externe, "__FERME__": closed_origin()}
        handler = type(
            "Handler",
            (_Handler,),
            {
                "site": self.site,
                "replacements": replacements,
                "redirects": self._read_redirects(),
                "generated": self._read_generated(),
                "log": self.log,
            },
        )
        self.httpd.RequestHandlerClass = functools.partial(handler, directory=str(self.site))  # type: ignore[assignment]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _lines(self, name: str) -> list[list[str]]:
        file = self.site / name
        if not file.is_file():
            return []
        return [line.split() for line in file.read_text("utf-8").splitlines() if line.strip()]

    def _read_redirects(self) -> dict[str, tuple[str, int]]:
        return {src: (dst, int(code)) for src, dst, code in self._lines("_redirects")}

    def _read_generated(self) -> dict[str, tuple[int, str]]:
        return {path: (int(size), ctype) for path, size, ctype in self._lines("_generated")}

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
