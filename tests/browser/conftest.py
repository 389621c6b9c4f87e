"""Playwright driving Debian's Chromium against the live Django server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require

CHROMIUM = os.environ.get("VITRINE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by the test
# itself (fixtures, assertions) are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# Module scope: Playwright's sync API keeps an event loop running in the main thread while it
# is open, which would break asyncio.run() in the tests collected after the browser tests.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(
        bool(shutil.which(CHROMIUM) or Path(CHROMIUM).exists()),
        f"Chromium absent ({CHROMIUM}) : tests navigateur",
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def http_live_server(request: pytest.FixtureRequest) -> Any:
    """The live server, speaking plain HTTP on loopback (no redirect to HTTPS).

    SecurityMiddleware reads the redirect setting when the server's handler is built, so it is
    lifted only while the server starts; other tests keep the production behaviour.
    """
    from django.conf import settings

    previous = settings.SECURE_SSL_REDIRECT
    settings.SECURE_SSL_REDIRECT = False
    try:
        return request.getfixturevalue("live_server")
    finally:
        settings.SECURE_SSL_REDIRECT = previous


@pytest.fixture
def page(browser: Any, http_live_server: Any, settings: Any) -> Iterator[Any]:
    live_server = http_live_server
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(30000)
    yield page
    context.close()
