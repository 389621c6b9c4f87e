"""A person's path through the foundation, in a real browser."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures import PASSWORD, World, totp_code
from vitrine.web.audit.models import AuditRecord

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page: Any, email: str) -> None:
    page.goto("/compte/login/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def _give_code(page: Any, code: str) -> None:
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Connexion").click()


def test_a_praticien_logs_in_with_a_totp_code_and_sees_the_audit_trail(page: Any, world: World) -> None:
    _login(page, "praticien@fontaine.test")
    _give_code(page, totp_code(world.totp["praticien"]))
    page.wait_for_url("**/tableau-de-bord/")
    assert page.get_by_test_id("current-practice").inner_text() == "Cabinet Fontaine"
    page.get_by_role("link", name="Journal", exact=True).click()
    journal = page.get_by_test_id("journal")
    assert "connexion" in journal.inner_text()
    assert AuditRecord.objects.filter(action="connexion", actor_email="praticien@fontaine.test").exists()


def test_a_wrong_totp_code_does_not_open_the_session(page: Any, world: World) -> None:
    _login(page, "praticien@fontaine.test")
    _give_code(page, "000000")
    page.goto("/tableau-de-bord/")
    assert "/compte/" in page.url and "tableau-de-bord" not in page.url
    assert not AuditRecord.objects.filter(action="connexion", actor_email="praticien@fontaine.test").exists()


def test_an_agency_member_switches_practice_explicitly(page: Any, world: World) -> None:
    _login(page, "cm@agence.test")
    page.wait_for_url("**/cabinets/")
    page.get_by_role("button", name="Travailler sur Clinique Rival").click()
    assert page.get_by_test_id("current-practice").inner_text() == "Clinique Rival"
    page.get_by_role("link", name="Changer de cabinet").click()
    page.get_by_role("button", name="Travailler sur Cabinet Fontaine").click()
    assert page.get_by_test_id("current-practice").inner_text() == "Cabinet Fontaine"


def test_a_member_of_another_practice_is_refused_its_pages(page: Any, world: World) -> None:
    _login(page, "praticien@rival.test")
    _give_code(page, totp_code(world.totp["outsider"]))
    page.wait_for_url("**/tableau-de-bord/")
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        "/cabinets/choisir/", form={"practice": str(world.fontaine.pk)}, headers={"X-CSRFToken": csrf}
    )
    assert response.status == 403 and "Accès refusé" in response.text()
    target = world.members["secretariat"].pk
    response = page.request.post(f"/equipe/{target}/retirer/", headers={"X-CSRFToken": csrf})
    assert response.status == 403  # a praticien of Rival does not manage members, and not Fontaine's
    page.goto("/equipe/")
    assert "fontaine" not in page.content().lower()
    assert page.get_by_test_id("current-practice").inner_text() == "Clinique Rival"
