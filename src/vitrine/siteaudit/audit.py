"""``run_audit``: crawl a site, run every check, score it."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import Counter
from datetime import UTC, datetime

from vitrine.siteaudit import content
from vitrine.siteaudit.checks_page import (
    MEDICAL_TYPES,
    PAGE_CHECKS,
    SiteContext,
    entity_types,
    jsonld_entities,
)
from vitrine.siteaudit.checks_privacy import check_consent, check_paid_promotion, check_trackers
from vitrine.siteaudit.checks_site import (
    LEGAL_PAGE,
    check_https_redirect,
    check_information,
    check_legal_pages,
    check_robots,
    check_sitemap,
    check_structured_data_site,
)
from vitrine.siteaudit.crawl import CrawledPage, CrawlResult, ProgressCallback, crawl, normalise
from vitrine.siteaudit.models import AuditOptions, AuditResult, Fetch, Finding, PageResult
from vitrine.siteaudit.score import area_scores, global_score


class AuditError(ValueError):
    """The audit could not start (bad URL, site unreachable); the message is in French."""


def _validate(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    scheme = url.split("://", 1)[0].lower()
    if scheme not in ("http", "https") or not url.split("://", 1)[1].split("/", 1)[0]:
        raise AuditError(f"Adresse invalide : « {url} » (attendu : https://exemple.fr).")
    return url


def _context(crawl_result: CrawlResult, pages: list[CrawledPage]) -> SiteContext:
    titles: dict[str, list[str]] = {}
    descriptions: dict[str, list[str]] = {}
    for page in pages:
        assert page.data is not None
        if page.data.title:
            titles.setdefault(page.data.title, []).append(page.fetch.url)
        description = (page.data.meta_description or "").strip()
        if description:
            descriptions.setdefault(description, []).append(page.fetch.url)
    statuses: dict[str, Fetch] = {}
    for crawled in crawl_result.pages:
        statuses[normalise(crawled.fetch.url)] = crawled.fetch
    for url, probe in crawl_result.probes.items():
        statuses.setdefault(normalise(url), probe)
    return SiteContext(
        origin=crawl_result.origin,
        titles={k: tuple(v) for k, v in titles.items()},
        descriptions={k: tuple(v) for k, v in descriptions.items()},
        statuses=statuses,
        resource_bytes=crawl_result.resource_bytes,
    )


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _own_texts(pages: list[CrawledPage]) -> list[str]:
    """Texts in which the practice describes itself: schema.org data, repeated lines, legal notice."""
    texts: list[str] = []
    line_pages: Counter[str] = Counter()
    for page in pages:
        assert page.data is not None
        entities, _ = jsonld_entities(page.data.jsonld)
        for entity in entities:
            if entity_types(entity) & MEDICAL_TYPES:
                texts.extend(_strings(entity))
        texts.extend(page.data.titles)
        lines = set(page.data.text.split("\n"))
        line_pages.update(lines)
        if LEGAL_PAGE.search(page.data.title) or LEGAL_PAGE.search(page.fetch.final_url):
            texts.extend(lines)
    threshold = max(2, len(pages) // 2)
    texts.extend(line for line, count in line_pages.items() if count >= threshold)
    # An address split over two lines (« 12 rue … » / « 69002 Lyon ») is also taken whole.
    return texts


def evaluate(
    crawl_result: CrawlResult,
    options: AuditOptions,
    started_at: str,
    duration_s: float,
    content_checks: content.ContentChecks | None = None,
    progress: ProgressCallback | None = None,
) -> AuditResult:
    """Run every check on a finished crawl; ``progress`` follows the deontology checks."""
    html_pages = [p for p in crawl_result.pages if p.data is not None]
    ctx = _context(crawl_result, html_pages)
    own = content.own_details(_own_texts(html_pages), options.own_details)
    results: list[PageResult] = []
    for page in crawl_result.pages:
        findings: list[Finding] = []
        if page.data is not None:
            for check in PAGE_CHECKS:
                findings.extend(check(page, ctx))
            findings.extend(check_trackers(page))
            findings.extend(check_paid_promotion(page))
            if content_checks is not None:
                findings.extend(content_checks.findings(page.html, own))
                if progress is not None:
                    progress(len(results) + 1, len(crawl_result.pages), "déontologie : " + page.fetch.url)
        results.append(
            PageResult(
                url=page.fetch.url,
                status=page.fetch.status,
                final_url=page.fetch.final_url,
                redirects=page.fetch.redirects,
                elapsed_ms=page.fetch.elapsed_ms,
                size_bytes=page.fetch.size_bytes,
                depth=page.depth,
                title=page.data.title if page.data else "",
                findings=tuple(findings),
                rendered=page.rendering is not None,
                screenshot=page.rendering.screenshot if page.rendering else b"",
                error=page.fetch.error,
            )
        )
    results.sort(key=lambda r: (r.depth, r.url))
    site_findings = [
        *check_information(html_pages),
        *check_legal_pages(html_pages),
        *check_consent(html_pages),
        *check_structured_data_site(html_pages),
        *check_sitemap(crawl_result),
        *check_robots(crawl_result),
        *check_https_redirect(crawl_result),
    ]
    all_findings: list[tuple[str, Finding]] = [("", f) for f in site_findings]
    for result in results:
        all_findings.extend((result.url, f) for f in result.findings)
    scores = area_scores(all_findings, len(html_pages))
    return AuditResult(
        site=crawl_result.origin,
        started_at=started_at,
        duration_s=duration_s,
        score=global_score(scores),
        area_scores=scores,
        pages=tuple(results),
        site_findings=tuple(site_findings),
        rendered=crawl_result.rendered,
        robots_txt=crawl_result.robots.status == 200,
        sitemap_urls=len(crawl_result.sitemap.urls),
        truncated=crawl_result.truncated,
        compliance_available=content_checks is not None and content.available(),
        render_error=crawl_result.render_error,
    )


async def run_audit_async(
    url: str, options: AuditOptions | None = None, progress: ProgressCallback | None = None
) -> AuditResult:
    """Async form of ``run_audit`` for callers that already run an event loop."""
    options = options or AuditOptions()
    start = _validate(url)
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    clock = time.perf_counter()
    content_checks = content.ContentChecks(options.own_details) if options.check_content else None
    try:
        crawl_result = await crawl(
            start, options, progress, content_checks.submit if content_checks else None
        )
        return await _finish(crawl_result, start, options, started_at, clock, content_checks, progress)
    finally:
        if content_checks is not None:
            content_checks.close()


async def _finish(
    crawl_result: CrawlResult,
    start: str,
    options: AuditOptions,
    started_at: str,
    clock: float,
    content_checks: content.ContentChecks | None,
    progress: ProgressCallback | None = None,
) -> AuditResult:
    first = next((p.fetch for p in crawl_result.pages if p.depth == 0), None)
    if first is None or first.status == 0:
        raise AuditError(f"Le site {start} ne répond pas ({first.error if first else 'aucune page'}).")
    if all(p.data is None for p in crawl_result.pages):
        raise AuditError(
            f"Aucune page HTML lisible à {start} (statut {first.status}, type « {first.content_type} »)."
        )
    result = await asyncio.to_thread(
        evaluate, crawl_result, options, started_at, 0.0, content_checks, progress
    )
    return dataclasses.replace(result, duration_s=time.perf_counter() - clock)


def run_audit(
    url: str, options: AuditOptions | None = None, progress: ProgressCallback | None = None
) -> AuditResult:
    """Audit the website at ``url``: crawl it within ``options``' bounds and run every check.

    ``progress(done, known, url)`` is called after each fetched page. Raises ``AuditError``
    (French message) when the URL is invalid or the site does not answer.
    """
    return asyncio.run(run_audit_async(url, options, progress))
