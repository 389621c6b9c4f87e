"""The crawler: robots.txt, sitemap, bounds, redirects, user agent, errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from tests.siteaudit.server import SiteServer, closed_origin
from vitrine.siteaudit import AuditError, AuditOptions, AuditResult, run_audit
from vitrine.siteaudit.models import USER_AGENT


@pytest.fixture(scope="module")
def fast(options: AuditOptions) -> AuditOptions:
    """Crawl-only options: the content checks are tested elsewhere."""
    return dataclasses.replace(options, check_content=False)


def paths(result: AuditResult) -> set[str]:
    return {"/" + page.url.split("/", 3)[3] for page in result.pages}


def test_it_never_requests_pages_that_robots_txt_disallows(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    server = serve("robots")
    result = run_audit(server.origin + "/", fast)
    assert "/public.html" in paths(result)
    assert not any(path.startswith("/prive/") for _, path, _ in server.log)


def test_it_identifies_itself_with_its_user_agent(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    server = serve("robots")
    run_audit(server.origin + "/", fast)
    assert {agent for _, _, agent in server.log} == {f"{USER_AGENT} (site audit)"}
    server.log.clear()
    run_audit(server.origin + "/", dataclasses.replace(fast, contact="https://agence.example/audit"))
    assert {agent for _, _, agent in server.log} == {"VitrineAudit/0.1 (+https://agence.example/audit)"}


def test_it_stops_at_the_maximum_depth(serve: Callable[..., SiteServer], fast: AuditOptions) -> None:
    result = run_audit(serve("robots").origin + "/", dataclasses.replace(fast, max_depth=2))
    assert "/profond/niveau1.html" in paths(result)
    assert "/profond/niveau2.html" not in paths(result)


def test_it_stops_at_the_maximum_number_of_pages(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    result = run_audit(serve("conforme").origin + "/", dataclasses.replace(fast, max_pages=3))
    assert len(result.pages) == 3
    assert result.truncated


def test_it_finds_pages_linked_only_from_the_sitemap(compliant_audit: AuditResult) -> None:
    assert "/actualites.html" in paths(compliant_audit)
    assert compliant_audit.sitemap_urls == 8
    assert compliant_audit.robots_txt


def test_it_records_the_redirect_chain_status_timing_and_size(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    origin = serve("conforme").origin
    result = run_audit(origin + "/accueil", fast)
    start = next(page for page in result.pages if page.url == origin + "/accueil")
    assert start.redirects == (origin + "/accueil",)
    assert start.final_url == origin + "/"
    assert start.status == 200
    assert start.findings == ()
    home = next(page for page in result.pages if page.url == origin + "/")
    assert home.redirects == ()
    assert home.elapsed_ms > 0
    assert home.size_bytes > 1000


def test_a_redirected_page_is_audited_once_under_its_final_address(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    origin = serve("conforme").origin
    result = run_audit(origin + "/accueil", fast)
    titles = [f for _, f in result.all_findings() if f.check == "title"]
    assert titles == []
    assert [p.url for p in result.pages].count(origin + "/") == 1


def test_a_robots_txt_that_blocks_everything_is_reported_and_respected(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    server = serve("bloque")
    result = run_audit(server.origin + "/", fast)
    findings = [f for f in result.site_findings if f.check == "robots-txt"]
    assert [f.severity for f in findings] == ["risque"]
    assert paths(result) == {"/"}
    assert not any(path == "/autre.html" for _, path, _ in server.log)


def test_a_site_that_does_not_answer_raises_a_french_error(fast: AuditOptions) -> None:
    with pytest.raises(AuditError, match="ne répond pas"):
        run_audit(closed_origin() + "/", fast)


def test_an_invalid_address_raises_a_french_error(fast: AuditOptions) -> None:
    with pytest.raises(AuditError, match="Adresse invalide"):
        run_audit("ftp://exemple.fr/", fast)


def test_the_compliant_site_served_over_https_has_no_https_finding_but_over_http_it_has(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    secure = run_audit(serve("conforme").origin + "/", fast)
    plain = run_audit(serve("conforme", tls=False).origin + "/", fast)
    assert not [f for _, f in secure.all_findings() if f.check == "https"]
    assert {page.url for page in plain.pages if any(f.check == "https" for f in page.findings)} == {
        page.url for page in plain.pages if page.status == 200
    }


def test_it_reports_progress_page_by_page(serve: Callable[..., SiteServer], fast: AuditOptions) -> None:
    calls: list[tuple[int, int, str]] = []
    result = run_audit(
        serve("robots").origin + "/", fast, lambda done, known, url: calls.append((done, known, url))
    )
    assert [done for done, _, _ in calls] == list(range(1, len(result.pages) + 1))
    assert all(done <= known for done, known, _ in calls)


def test_a_latin1_page_declared_by_a_meta_tag_is_decoded() -> None:
    from vitrine.siteaudit.crawl import _charset

    body = '<html><head><meta charset="iso-8859-1"><title>Hôpital</title></head></html>'.encode("latin-1")
    assert body.decode(_charset("text/html", body)).count("Hôpital") == 1
    assert _charset("text/html; charset=utf-8", body) == "utf-8"
    assert _charset("text/html; charset=nonsense", body) == "utf-8"


def test_it_waits_the_crawl_delay_of_robots_txt_between_requests(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    result = run_audit(serve("lent").origin + "/", fast)
    assert len(result.pages) == 2
    assert result.duration_s >= 2.0


def test_without_chromium_the_audit_runs_unrendered_and_says_why(
    serve: Callable[..., SiteServer], fast: AuditOptions
) -> None:
    options = dataclasses.replace(fast, render=True, chromium_path="/nonexistent/chromium")
    result = run_audit(serve("robots").origin + "/", options)
    assert not result.rendered
    assert result.render_error
    assert result.to_dict()["render_error"] == result.render_error
