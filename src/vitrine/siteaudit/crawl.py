"""Polite asynchronous crawler: robots.txt, sitemap.xml, same-site links, bounded in pages, depth and time."""

from __future__ import annotations

import asyncio
import codecs
import re
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import httpx
from defusedxml import ElementTree

from vitrine.siteaudit.models import USER_AGENT, AuditOptions, Fetch, Rendering
from vitrine.siteaudit.parse import PageData, parse_page

if TYPE_CHECKING:  # Playwright is imported only when a rendered pass is asked for
    from vitrine.siteaudit.render import Renderer

MAX_HTML_BYTES = 5 * 1024 * 1024
MAX_SITEMAPS = 10
MAX_CRAWL_DELAY = 5.0  # seconds; a larger Crawl-delay would make an audit take hours
ProgressCallback = Callable[[int, int, str], None]
PageCallback = Callable[[str], None]  # receives the HTML of each parsed page


@dataclass(frozen=True)
class CrawledPage:
    """A fetched URL of the site, parsed when it is HTML."""

    fetch: Fetch
    depth: int
    data: PageData | None
    html: str
    rendering: Rendering | None = None


@dataclass(frozen=True)
class RobotsInfo:
    """What robots.txt said."""

    url: str
    status: int
    text: str
    sitemaps: tuple[str, ...]
    blocks_everything: bool


@dataclass(frozen=True)
class SitemapInfo:
    """What the sitemap(s) listed."""

    url: str
    status: int
    urls: tuple[str, ...]
    error: str = ""


@dataclass(frozen=True)
class CrawlResult:
    """Everything fetched during an audit."""

    start_url: str
    origin: str
    pages: tuple[CrawledPage, ...]
    robots: RobotsInfo
    sitemap: SitemapInfo
    probes: dict[str, Fetch]  # link targets checked without being crawled (external or beyond limits)
    resource_bytes: dict[str, int]
    disallowed: tuple[str, ...]
    truncated: bool
    http_probe: Fetch | None
    rendered: bool = False
    render_error: str = ""


def site_key(url: str) -> tuple[str, int | None]:
    """Host without ``www.`` and explicit port: two URLs with the same key are the same site."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    default = {"http": 80, "https": 443}.get(parts.scheme)
    port = parts.port if parts.port != default else None
    return host, port


def normalise(url: str) -> str:
    """Canonical form used to avoid fetching a URL twice."""
    parts = urlsplit(url)
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


async def fetch(client: httpx.AsyncClient, url: str, *, method: str = "GET") -> Fetch:
    """Fetch one URL, following redirects, reading the body only when it is HTML."""
    started = time.perf_counter()
    try:
        async with client.stream(method, url) as response:
            content_type = response.headers.get("content-type", "")
            body = b""
            if method == "GET" and "html" in content_type.lower():
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_HTML_BYTES:
                        break
                body = b"".join(chunks)
                length = len(body)
            elif method == "GET" and response.status_code == 200 and "xml" in content_type.lower():
                body = await response.aread()
                length = len(body)
            else:
                length = int(response.headers.get("content-length") or 0)
            return Fetch(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                redirects=tuple(str(r.url) for r in response.history),
                elapsed_ms=(time.perf_counter() - started) * 1000,
                size_bytes=length,
                content_type=content_type,
                body=body,
            )
    except (httpx.HTTPError, OSError) as error:
        return Fetch(url, url, 0, (), (time.perf_counter() - started) * 1000, 0, "", b"", _describe(error))


def _describe(error: BaseException) -> str:
    if isinstance(error, httpx.TimeoutException):
        return "délai dépassé"
    if isinstance(error, httpx.TooManyRedirects):
        return "trop de redirections"
    if isinstance(error, httpx.ConnectError):
        return "connexion impossible"
    return type(error).__name__


async def _robots(
    client: httpx.AsyncClient, origin: str
) -> tuple[RobotsInfo, urllib.robotparser.RobotFileParser]:
    url = origin + "/robots.txt"
    parser = urllib.robotparser.RobotFileParser(url)
    try:
        response = await client.get(url)
        status, text = response.status_code, response.text if response.status_code == 200 else ""
    except httpx.HTTPError:
        status, text = 0, ""
    # 4xx or unreachable: everything is allowed (RFC 9309 says to assume a full disallow on 5xx;
    # an audit still reports on the site, and the robots-txt check flags the error).
    parser.parse(text.splitlines())
    sitemaps = tuple(parser.site_maps() or ())
    blocks = (
        bool(text)
        and not parser.can_fetch(USER_AGENT, origin + "/")
        and not parser.can_fetch("*", origin + "/")
    )
    return RobotsInfo(url, status, text, sitemaps, blocks), parser


def _sitemap_locs(body: bytes) -> tuple[list[str], list[str]]:
    """Return (page URLs, child sitemap URLs) of a sitemap or sitemap index document."""
    root = ElementTree.fromstring(body)
    pages: list[str] = []
    children: list[str] = []
    target = children if root.tag.endswith("sitemapindex") else pages
    # Only <url><loc> / <sitemap><loc>: <image:loc> and other extensions are not pages.
    for entry in root:
        for element in entry:
            if element.tag.rsplit("}", 1)[-1] == "loc" and element.text:
                target.append(element.text.strip())
    return pages, children


async def _sitemap(client: httpx.AsyncClient, origin: str, declared: tuple[str, ...]) -> SitemapInfo:
    queue = list(declared) or [origin + "/sitemap.xml"]
    first = queue[0]
    status = 0
    urls: list[str] = []
    seen = 0
    while queue and seen < MAX_SITEMAPS:
        url = queue.pop(0)
        seen += 1
        result = await fetch(client, url)
        if url == first:
            status = result.status
        if result.status != 200:
            continue
        try:
            pages, children = _sitemap_locs(result.body)
        except ElementTree.ParseError as error:
            return SitemapInfo(first, status, tuple(urls), f"XML invalide : {error}")
        except Exception as error:  # defusedxml refuses entity tricks
            return SitemapInfo(first, status, tuple(urls), f"XML refusé : {type(error).__name__}")
        urls.extend(pages)
        queue.extend(children)
    return SitemapInfo(first, status, tuple(dict.fromkeys(urls)))


class _Crawler:
    def __init__(
        self,
        client: httpx.AsyncClient,
        options: AuditOptions,
        origin: str,
        robots: urllib.robotparser.RobotFileParser,
        renderer: Renderer | None,
        progress: ProgressCallback | None,
        on_page: PageCallback | None = None,
    ) -> None:
        self.client = client
        self.options = options
        self.origin = origin
        self.site = site_key(origin)
        self.robots = robots
        self.renderer = renderer
        self.progress = progress
        self.on_page = on_page
        self.queue: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
        self.seen: set[str] = set()
        self.pages: list[CrawledPage] = []
        self.disallowed: list[str] = []
        self.rendered = 0
        self.truncated = False
        delay = robots.crawl_delay(USER_AGENT) or robots.crawl_delay("*")
        self.delay = min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0

    def same_site(self, url: str) -> bool:
        return site_key(url) == self.site

    def allowed(self, url: str) -> bool:
        return self.robots.can_fetch(USER_AGENT, url)

    def enqueue(self, url: str, depth: int, *, start: bool = False) -> None:
        """Queue a same-site URL once; the start URL is fetched even if robots.txt disallows it
        (the site's owner asked for the audit), its links are not followed then."""
        if not self.same_site(url):
            return
        key = normalise(url)
        if key in self.seen:
            return
        if depth > self.options.max_depth:
            return
        if len(self.seen) >= self.options.max_pages:
            self.truncated = True
            return
        if not start and not self.allowed(url):
            self.disallowed.append(url)
            self.seen.add(key)
            return
        self.seen.add(key)
        self.queue.put_nowait((url, depth))

    async def worker(self) -> None:
        while True:
            url, depth = await self.queue.get()
            try:
                await self.visit(url, depth)
            finally:
                self.queue.task_done()

    async def visit(self, url: str, depth: int) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)  # robots.txt Crawl-delay, with a single worker
        result = await fetch(self.client, url)
        data: PageData | None = None
        html = ""
        rendering: Rendering | None = None
        if (
            result.redirects
            and normalise(result.final_url) != normalise(url)
            and self.same_site(result.final_url)
        ):
            # The target is a page of its own, parsed once under its own URL whoever links to it.
            self.enqueue(result.final_url, depth, start=depth == 0)
        elif result.is_html and self.same_site(result.final_url):
            html = result.body.decode(_charset(result.content_type, result.body), errors="replace")
            if self.renderer is not None and self.rendered < self.options.render_max_pages:
                self.rendered += 1
                rendering = await self.renderer.render(result.final_url)
                if rendering is not None and rendering.dom:
                    html = rendering.dom
            data = await asyncio.to_thread(parse_page, result.final_url, html)
            if self.on_page is not None:
                self.on_page(html)
            for link in data.links:
                self.enqueue(link.url, depth + 1)
        self.pages.append(CrawledPage(result, depth, data, html, rendering))
        if self.progress is not None:
            self.progress(len(self.pages), len(self.seen), url)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-zA-Z0-9_-]+)""", re.IGNORECASE)


def _charset(content_type: str, body: bytes = b"") -> str:
    """The page's encoding: HTTP header, else <meta charset> in the first 2 KiB, else UTF-8."""
    for part in content_type.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            candidate = value.strip("\"'")
            break
    else:
        found = _META_CHARSET.search(body[:2048])
        candidate = found.group(1).decode("ascii") if found else "utf-8"
    try:
        codecs.lookup(candidate)
    except LookupError:
        return "utf-8"
    return candidate


async def _probe_all(client: httpx.AsyncClient, urls: list[str], concurrency: int) -> dict[str, Fetch]:
    """HEAD each URL (GET when HEAD is refused) with bounded concurrency."""
    semaphore = asyncio.Semaphore(concurrency)

    async def probe(url: str) -> tuple[str, Fetch]:
        async with semaphore:
            result = await fetch(client, url, method="HEAD")
            if result.status in (403, 405, 501):
                result = await fetch(client, url, method="GET")
            return url, result

    return dict(await asyncio.gather(*(probe(u) for u in urls)))


async def crawl(
    start_url: str,
    options: AuditOptions,
    progress: ProgressCallback | None = None,
    on_page: PageCallback | None = None,
) -> CrawlResult:
    """Crawl the site of ``start_url`` within the bounds of ``options``."""
    deadline = time.monotonic() + options.max_seconds
    limits = httpx.Limits(
        max_connections=options.concurrency * 2, max_keepalive_connections=options.concurrency
    )
    async with httpx.AsyncClient(
        headers={"User-Agent": options.user_agent, "Accept-Language": "fr-FR,fr;q=0.9"},
        follow_redirects=True,
        max_redirects=10,
        timeout=options.timeout,
        verify=options.verify,
        limits=limits,
    ) as client:
        first = await fetch(client, start_url)
        base = first.final_url if first.status else start_url
        parts = urlsplit(base)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots, parser = await _robots(client, origin)
        sitemap = await _sitemap(client, origin, robots.sitemaps)

        http_probe: Fetch | None = None
        if parts.scheme == "https":
            http_probe = await fetch(client, urlunsplit(("http", parts.netloc, "/", "", "")), method="HEAD")

        renderer_cm = None
        render_error = ""
        if options.render:
            from vitrine.siteaudit.render import Renderer

            renderer_cm = Renderer(options, origin)
        crawler = _Crawler(client, options, origin, parser, None, progress, on_page)
        try:
            if renderer_cm is not None:
                try:
                    crawler.renderer = await renderer_cm.__aenter__()
                except Exception as error:  # Chromium missing or failing: audit without rendering
                    render_error = f"{type(error).__name__}: {error}"
                    renderer_cm = None
            crawler.enqueue(start_url, 0, start=True)
            for url in sitemap.urls:
                crawler.enqueue(url, 1)
            worker_count = 1 if crawler.delay else options.concurrency
            workers = [asyncio.create_task(crawler.worker()) for _ in range(worker_count)]
            try:
                await asyncio.wait_for(crawler.queue.join(), timeout=max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                crawler.truncated = True
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        finally:
            if renderer_cm is not None:
                await renderer_cm.__aexit__(None, None, None)

        fetched = {normalise(p.fetch.url) for p in crawler.pages} | {
            normalise(p.fetch.final_url) for p in crawler.pages
        }
        disallowed = {normalise(u) for u in crawler.disallowed}
        targets: list[str] = []
        if options.check_external_links:
            for page in crawler.pages:
                for link in page.data.links if page.data else ():
                    key = normalise(link.url)
                    if key not in fetched and key not in disallowed and link.url not in targets:
                        targets.append(link.url)
        resources: list[str] = []
        for page in crawler.pages:
            for url in page.data.subresources if page.data else ():
                if crawler.same_site(url) and url not in resources:
                    resources.append(url)
        remaining = deadline - time.monotonic()
        probes: dict[str, Fetch] = {}
        sizes: dict[str, int] = {}
        if remaining > 0:
            try:
                probes = await asyncio.wait_for(
                    _probe_all(client, targets[: options.max_external_links], options.concurrency), remaining
                )
                resource_probes = await asyncio.wait_for(
                    _probe_all(client, resources[:300], options.concurrency),
                    max(0.1, deadline - time.monotonic()),
                )
                sizes = {u: f.size_bytes for u, f in resource_probes.items()}
            except TimeoutError:
                crawler.truncated = True

    return CrawlResult(
        start_url=start_url,
        origin=origin,
        pages=tuple(crawler.pages),
        robots=robots,
        sitemap=sitemap,
        probes=probes,
        resource_bytes=sizes,
        disallowed=tuple(crawler.disallowed),
        truncated=crawler.truncated,
        http_probe=http_probe,
        rendered=crawler.rendered > 0,
        render_error=render_error,
    )
