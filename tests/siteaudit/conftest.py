"""Fixtures: the test sites served on 127.0.0.1 (HTTPS with a throwaway CA from trustme)."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator

import pytest
import trustme

from tests.siteaudit.server import SiteServer
from vitrine.siteaudit import AuditOptions, AuditResult, run_audit


@pytest.fixture(scope="session")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_ssl(certificate_authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture(scope="session")
def client_ssl(certificate_authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    certificate_authority.configure_trust(context)
    return context


@pytest.fixture(scope="session")
def externe() -> Iterator[str]:
    """Another site, linked from the test sites: /ok answers 200, the rest 404."""
    with SiteServer("externe") as server:
        yield server.origin


@pytest.fixture(scope="session")
def serve(server_ssl: ssl.SSLContext, externe: str) -> Iterator[Callable[..., SiteServer]]:
    """``serve(name, tls=True)`` starts a site server once per session and returns it."""
    servers: dict[tuple[str, bool], SiteServer] = {}

    def start(name: str, tls: bool = True) -> SiteServer:
        key = (name, tls)
        if key not in servers:
            servers[key] = SiteServer(name, server_ssl if tls else None, externe).__enter__()
        return servers[key]

    yield start
    for server in servers.values():
        server.__exit__()


@pytest.fixture(scope="session")
def options(client_ssl: ssl.SSLContext) -> AuditOptions:
    return AuditOptions(verify=client_ssl, offline_third_parties=True, max_seconds=60, timeout=5)


@pytest.fixture(scope="session")
def compliant_audit(serve: Callable[..., SiteServer], options: AuditOptions) -> AuditResult:
    return run_audit(serve("conforme").origin + "/", options)


@pytest.fixture(scope="session")
def faulty_audit(serve: Callable[..., SiteServer], options: AuditOptions) -> AuditResult:
    return run_audit(serve("problemes", tls=False).origin + "/", options)
