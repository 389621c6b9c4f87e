"""« Vérifier un texte » in a real browser: findings while typing, channel switch, save, phone layout."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from django.db.utils import OperationalError

from tests.fixtures import PASSWORD, World
from vitrine.web.audit.models import AuditRecord
from vitrine.web.conformite.models import SavedCheck

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POST = "Rhinoplastie à Lyon : résultat garanti, pour un nez naturel."
SCREENSHOT_DIR = Path("/tmp/vitrine-screenshots")


def _open_checker(page: Any, email: str) -> None:
    page.goto("/compte/login/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/tableau-de-bord/")
    page.get_by_role("link", name="Conformité").click()
    page.wait_for_url("**/conformite/")


def _type_post(page: Any) -> float:
    """Type the post key by key; return when the last key was pressed."""
    page.get_by_label("Texte à vérifier").press_sequentially(POST, delay=10)
    return time.monotonic()


def _recorded(canal: str) -> bool:
    """Whether the live server has recorded a check for ``canal``. The tests share one in-memory
    SQLite database with the server's thread, whose shared cache reports a table lock at once
    instead of waiting: a read that meets the server's write is retried, not failed."""
    try:
        return AuditRecord.objects.filter(action="texte-verifie", summary__canal=canal).exists()
    except OperationalError:
        return False


def test_a_member_types_a_post_sees_the_promise_highlighted_switches_channel_and_saves(
    page: Any, world: World
) -> None:
    # The world fixture ran the demo loader, which checked texts: the engine is warm in this
    # process, which also serves the live server; the timing below is the page's, not spaCy's.
    _open_checker(page, "community-manager@fontaine.test")
    typed_at = _type_post(page)
    mark = page.get_by_test_id("highlighted").locator("mark.sev-interdit", has_text="résultat garanti")
    mark.wait_for(state="visible", timeout=1000)
    finding = page.locator('[data-testid="finding"][data-rule="garantie-resultat"]')
    finding.wait_for(state="visible", timeout=1000)
    assert time.monotonic() - typed_at < 1.0 + 0.4  # debounce of 400 ms, then under a second
    assert "Interdit" in finding.inner_text() and "CSP art. R.4127-19-1" in finding.inner_text()
    assert "Suggestion" in finding.inner_text()
    # Screen readers hear the count through a live region that stays in place.
    assert page.locator("#check-status").text_content() == "1 constat"

    page.get_by_label("Canal").select_option("site")
    page.wait_for_function("() => document.querySelector('#results mark') !== null", timeout=5000)
    deadline = time.monotonic() + 5
    while not _recorded(canal="site"):
        assert time.monotonic() < deadline, "no check recorded for the channel « site »"
        time.sleep(0.1)
    finding.wait_for(state="visible")

    page.get_by_role("button", name="Enregistrer", exact=True).click()
    status = page.get_by_test_id("save-status")
    status.wait_for(state="visible")
    assert status.inner_text() == "Vérification enregistrée."
    row = page.get_by_test_id("saved-checks").locator("tr", has_text="Rhinoplastie à Lyon")
    assert "Site web du cabinet" in row.inner_text()
    saved = SavedCheck.objects.get(practice=world.fontaine, text=POST)
    assert saved.channel == "site" and saved.interdit >= 1
    # « Voir dans le texte » selects the finding's words in the textarea.
    finding.get_by_role("button", name="Voir dans le texte").click()
    selected = page.evaluate(
        "() => { const a = document.getElementById('id_text'); "
        "return a.value.slice(a.selectionStart, a.selectionEnd); }"
    )
    assert selected.lower() == "résultat garanti"


def test_on_a_phone_the_highlighted_text_stacks_above_the_findings(page: Any, world: World) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/compte/login/")
    _open_checker_on_phone(page)
    _type_post(page)
    highlighted = page.get_by_test_id("highlighted")
    highlighted.locator("mark").first.wait_for(state="visible", timeout=5000)
    text_box = page.locator(".highlighted-card").bounding_box()
    findings_box = page.locator(".findings-card").bounding_box()
    assert text_box["y"] + text_box["height"] <= findings_box["y"]
    assert abs(text_box["x"] - findings_box["x"]) < 1
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT_DIR / "conformite-telephone.png"), full_page=True)


def _open_checker_on_phone(page: Any) -> None:
    # On a narrow screen the navigation scrolls sideways: go to the page by its address.
    page.get_by_label("Adresse e-mail").fill("secretariat@fontaine.test")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/tableau-de-bord/")
    page.goto("/conformite/")


def test_one_click_applies_the_suggested_rewrite_and_the_finding_goes_away(page: Any, world: World) -> None:
    _open_checker(page, "secretariat@fontaine.test")
    _type_post(page)
    finding = page.locator('[data-testid="finding"][data-rule="garantie-resultat"]')
    finding.wait_for(state="visible", timeout=5000)
    finding.get_by_test_id("apply").click()
    page.wait_for_function(
        '() => !document.querySelector(\'[data-testid="finding"][data-rule="garantie-resultat"]\')',
        timeout=5000,
    )
    fixed = page.get_by_label("Texte à vérifier").input_value()
    assert fixed == "Rhinoplastie à Lyon : , pour un nez naturel."
    assert AuditRecord.objects.filter(action="correction-appliquee").count() == 1
