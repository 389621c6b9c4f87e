"""Rendered pass: Debian's Chromium driven by Playwright, before any consent is given.

Each page opens in a fresh browser context (no cookies, no stored consent), so the requests
recorded are exactly those a first-time visitor's browser makes before clicking anything.
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from vitrine.siteaudit.models import AuditOptions, Rendering

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RENDER_CONCURRENCY = 2
SETTLE_MS = 500  # time left to scripts that load trackers after the load event
_WEIGHT_JS = (
    "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
    ".reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)"
)


class Renderer:
    """Async context manager owning one Chromium; ``render(url)`` returns a ``Rendering``."""

    def __init__(self, options: AuditOptions, origin: str) -> None:
        self.options = options
        self.site_host = (urlsplit(origin).hostname or "").lower()
        self._semaphore = asyncio.Semaphore(RENDER_CONCURRENCY)
        self._playwright: Any = None
        self._manager: Any = None
        self._browser: Any = None

    async def __aenter__(self) -> Renderer:
        from playwright.async_api import async_playwright

        self._manager = async_playwright()
        self._playwright = await self._manager.__aenter__()
        try:
            self._browser = await self._playwright.chromium.launch(
                executable_path=self.options.chromium_path, headless=True, args=CHROMIUM_ARGS
            )
        except BaseException:
            # Stop Playwright's driver now, or its subprocess outlives the event loop.
            await self._manager.__aexit__(None, None, None)
            self._manager = None
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._browser is not None:
            await self._browser.close()
        if self._manager is not None:
            await self._manager.__aexit__(exc_type, exc, tb)

    def _third_party(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return bool(host) and host.removeprefix("www.") != self.site_host.removeprefix("www.")

    async def render(self, url: str) -> Rendering | None:
        """Load ``url`` as a first-time visitor; None when the page could not be loaded."""
        async with self._semaphore:
            context = await self._browser.new_context(
                user_agent=self.options.user_agent,
                ignore_https_errors=self.options.verify is not True,
                viewport={"width": 1280, "height": 800},
                locale="fr-FR",
            )
            requests: list[str] = []
            try:

                async def route(route: Any) -> None:
                    requests.append(route.request.url)
                    if self.options.offline_third_parties and self._third_party(route.request.url):
                        await route.abort("blockedbyclient")
                    else:
                        await route.continue_()

                await context.route("**/*", route)
                page = await context.new_page()
                timeout_ms = self.options.timeout * 1000
                try:
                    await page.goto(url, wait_until="networkidle", timeout=timeout_ms)
                except Exception:  # slow third parties: keep what loaded
                    await page.wait_for_load_state("load", timeout=timeout_ms)
                await page.wait_for_timeout(SETTLE_MS)
                dom = await page.content()
                weight = int(await page.evaluate(_WEIGHT_JS))
                screenshot = await page.screenshot(type="jpeg", quality=60)
                return Rendering(dom, tuple(dict.fromkeys(requests)), screenshot, weight)
            except Exception:
                return None
            finally:
                await context.close()
