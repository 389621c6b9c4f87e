"""The rendered pass in Debian's Chromium: JavaScript-built pages, requests before consent, screenshots."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.siteaudit.server import SiteServer
from vitrine.siteaudit import AuditOptions, AuditResult, run_audit

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def rendered(options: AuditOptions) -> AuditOptions:
    return dataclasses.replace(options, render=True, check_content=False)


@pytest.fixture(scope="module")
def js_static(serve: Callable[..., SiteServer], options: AuditOptions) -> AuditResult:
    return run_audit(serve("js").origin + "/", dataclasses.replace(options, check_content=False))


@pytest.fixture(scope="module")
def js_rendered(serve: Callable[..., SiteServer], rendered: AuditOptions) -> AuditResult:
    return run_audit(serve("js").origin + "/", rendered)


@pytest.fixture(scope="module")
def consent_rendered(serve: Callable[..., SiteServer], rendered: AuditOptions) -> AuditResult:
    return run_audit(serve("consentement").origin + "/", rendered)


def checks_on(result: AuditResult, path: str) -> set[str]:
    page = next(p for p in result.pages if p.url.endswith(path))
    return {f.check for f in page.findings}


def test_without_rendering_a_javascript_built_page_looks_empty(js_static: AuditResult) -> None:
    assert "h1" in checks_on(js_static, "/")
    assert not any(p.url.endswith("/suite.html") for p in js_static.pages)


def test_the_rendered_pass_sees_content_and_links_built_by_javascript(js_rendered: AuditResult) -> None:
    assert js_rendered.rendered
    assert "h1" not in checks_on(js_rendered, "/")
    assert any(p.url.endswith("/suite.html") for p in js_rendered.pages)


def test_the_rendered_pass_catches_a_tracker_loaded_by_a_script(
    js_static: AuditResult, js_rendered: AuditResult
) -> None:
    assert "traceur-avant-consentement" not in checks_on(js_static, "/")
    evidence = {
        f.evidence for p in js_rendered.pages for f in p.findings if f.check == "traceur-avant-consentement"
    }
    assert evidence == {"Hotjar (static.hotjar.com)"}
    assert "bandeau-cookies" in {f.check for f in js_rendered.site_findings}


def test_a_site_that_loads_trackers_only_after_consent_passes(consent_rendered: AuditResult) -> None:
    found = {f.check for _, f in consent_rendered.all_findings()}
    assert "traceur-avant-consentement" not in found
    assert "bandeau-cookies" not in found


def test_a_site_that_loads_trackers_only_after_consent_passes_without_rendering_too(
    serve: Callable[..., SiteServer], options: AuditOptions
) -> None:
    result = run_audit(serve("consentement").origin + "/", dataclasses.replace(options, check_content=False))
    found = {f.check for _, f in result.all_findings()}
    assert "traceur-avant-consentement" not in found
    assert "bandeau-cookies" not in found


def test_the_rendered_pass_records_tracker_requests_of_the_faulty_site(
    serve: Callable[..., SiteServer], rendered: AuditOptions
) -> None:
    result = run_audit(serve("problemes", tls=False).origin + "/", dataclasses.replace(rendered, max_pages=1))
    evidence = {
        f.evidence for p in result.pages for f in p.findings if f.check == "traceur-avant-consentement"
    }
    assert "Google Tag Manager (www.googletagmanager.com)" in evidence
    assert any("requête envoyée dès l'affichage" in f.message for p in result.pages for f in p.findings)


def test_rendered_pages_carry_a_jpeg_screenshot_shown_in_the_html_report(js_rendered: AuditResult) -> None:
    from vitrine.siteaudit.report import to_html

    start = next(p for p in js_rendered.pages if p.depth == 0)
    assert start.rendered and start.screenshot.startswith(b"\xff\xd8")
    assert "data:image/jpeg;base64," in to_html(js_rendered)


def test_the_cli_renders_blocks_third_parties_and_reports_their_requests(
    serve: Callable[..., SiteServer], tmp_path: Path
) -> None:
    from vitrine.cli.main import main

    output = tmp_path / "audit.json"
    origin = serve("problemes", tls=False).origin
    argv = ["audit", origin + "/", "--render", "--bloquer-tiers", "--sans-contenu", "--max-pages", "2"]
    assert main([*argv, "--format", "json", "--output", str(output)]) == 1
    data = json.loads(output.read_text("utf-8"))
    assert data["rendered"] is True
    messages = [f["message"] for page in data["pages"] for f in page["findings"]]
    assert any("requête envoyée dès l'affichage" in m for m in messages)
