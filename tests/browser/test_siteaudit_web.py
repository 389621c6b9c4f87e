"""The webmaster audits the practice's website in a real browser; the worker runs the audit."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from django.db import connections
from django_tasks_db.management.commands.db_worker import Worker

from tests.fixtures import PASSWORD, World
from tests.web.siteaudit_web import conftest as site_fixtures
from tests.web.siteaudit_web.conftest import LiveSite
from vitrine.web.siteaudit_web.models import Alert, SiteAudit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The test site and the fast audit settings of the module's own tests.
live_site = site_fixtures.live_site
fast_audits = site_fixtures.fast_audits


def _run_worker() -> None:
    """django-tasks-db's worker loop, in batch mode, as ``vitrine worker --batch`` runs it.

    It runs in a thread of its own: the command's signal handlers need the main thread, and the
    main thread belongs to Playwright's event loop (the audit starts its own loop).
    """

    def work() -> None:
        try:
            Worker(
                queue_names=["*"],
                interval=0.1,
                batch=True,
                backend_name="default",
                startup_delay=False,
                max_tasks=None,
                worker_id="test-navigateur",
                excluded_queue_names=[],
            ).run()
        finally:
            connections.close_all()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "the worker did not finish"


def _launch(page: Any) -> None:
    page.get_by_role("link", name="Site web", exact=True).click()
    page.get_by_role("button", name="Lancer l'audit").click()
    assert "En attente" in page.get_by_test_id("audit-status").inner_text()
    _run_worker()
    # The status fragment polls every 2 s and reloads the page when the audit is over.
    page.get_by_test_id("audit-score").wait_for(timeout=20000)


def test_the_webmaster_launches_an_audit_and_sees_the_report_and_the_changes(
    page: Any, world: World, live_site: LiveSite, fast_audits: Any, tmp_path: Path
) -> None:
    world.fontaine.website = live_site.origin + "/"
    world.fontaine.save()
    page.goto("/compte/login/")
    page.get_by_label("Adresse e-mail").fill("webmaster@fontaine.test")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/tableau-de-bord/")

    _launch(page)
    first = SiteAudit.objects.filter(practice=world.fontaine, status="termine").first()
    assert first is not None and first.url == live_site.origin + "/"
    assert f"{first.score}/100" in page.get_by_test_id("audit-score").inner_text()
    assert "Technique" in page.get_by_test_id("area-scores").inner_text()
    assert "premier audit de ce site" in page.get_by_test_id("changes").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger le rapport (HTML)").click()
    report = tmp_path / "rapport.html"
    download.value.save_as(report)
    assert live_site.origin in report.read_text("utf-8")

    live_site.break_image_alt()
    _launch(page)
    changes = page.get_by_test_id("new-problems").inner_text()
    assert "Texte alternatif des images" in changes
    assert "1 nouveau problème" in page.get_by_test_id("changes").inner_text()
    second = SiteAudit.objects.filter(practice=world.fontaine).first()
    assert second is not None and second.previous == first
    alert = Alert.objects.get(audit=second)
    assert alert.count == 1

    page.get_by_role("link", name="Site web", exact=True).click()
    alerts = page.get_by_test_id("site-alerts")
    assert "1 nouveau problème" in alerts.inner_text()
    history = page.get_by_test_id("audit-history").inner_text()
    assert "+1 / −0 corrigés" in history
    page.locator(f"#alert-{alert.pk}").get_by_role("button", name="Marquer comme lue").click()
    page.locator(f"#alert-{alert.pk}").wait_for(state="detached")
    assert Alert.objects.get(pk=alert.pk).read_at is not None
