"""The review workflow in a real browser: triage, draft, compliance block, approval, publication."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures import PASSWORD, World, totp_code
from tests.web.reviews.gbp_server import FakeGoogle, fake_google
from vitrine.web.audit.models import AuditRecord
from vitrine.web.reviews import actions
from vitrine.web.reviews.models import Reply, Review
from vitrine.web.reviews.tasks import process_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NON_COMPLIANT = "Madame, votre rhinoplastie s'est parfaitement déroulée et le résultat est garanti."
COMPLIANT = (
    "Bonjour, nous avons bien lu votre message. Nous ne pouvons commenter aucune situation individuelle ; "
    "le secrétariat reste à votre disposition par téléphone.\n\nL'équipe du cabinet"
)


def _login(page: Any, email: str, totp_secret: str | None = None) -> None:
    page.goto("/compte/login/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    if totp_secret:
        page.get_by_label("Code").fill(totp_code(totp_secret))
        page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/tableau-de-bord/")


def test_a_negative_review_is_triaged_answered_blocked_approved_and_published(
    page: Any, world: World
) -> None:
    with fake_google(FakeGoogle(access_token="valid-token")) as google:
        actions.do_connect_gbp(
            world.members["praticien"],
            account_id="123",
            location_id="456",
            base_url=f"{google.url}/v4",
            token_url=f"{google.url}/token",
            access_token="valid-token",
            refresh_token="refresh-1",
        )
        process_practice.call(world.fontaine.pk)  # what the worker does after an import
        review = Review.objects.get(practice=world.fontaine, review_id="demo-grave-1")

        # The community manager triages from the inbox and drafts a reply.
        _login(page, "community-manager@fontaine.test")
        page.get_by_role("link", name="Avis", exact=True).first.click()
        page.get_by_label("Sentiment").select_option("negatif")
        page.get_by_role("button", name="Filtrer").click()
        page.locator("tr", has_text="escroc").get_by_role("link").click()
        assert "Négatif" in page.get_by_test_id("triage").inner_text()
        assert "Consulter un avocat" in page.get_by_test_id("defamation").inner_text()
        page.get_by_role("button", name="Proposer une réponse").click()
        assert page.get_by_test_id("reply-status").inner_text() == "Brouillon"

        # A non-compliant edit is blocked, with the findings shown.
        page.get_by_label("Texte de la réponse").fill(NON_COMPLIANT)
        page.get_by_role("button", name="Enregistrer et vérifier").click()
        findings = page.get_by_test_id("findings").inner_text()
        assert "ne peut être ni approuvée ni publiée" in findings and "interdit" in findings
        page.get_by_role("button", name="Se déconnecter").click()

        # The praticien cannot approve it, corrects it, approves and publishes it.
        _login(page, "praticien@fontaine.test", world.totp["praticien"])
        page.goto(f"/avis/{review.pk}/")
        assert page.get_by_role("button", name="Approuver").is_disabled()
        page.get_by_label("Texte de la réponse").fill(COMPLIANT)
        page.get_by_role("button", name="Enregistrer et vérifier").click()
        page.get_by_role("button", name="Approuver").click()
        assert page.get_by_test_id("reply-status").inner_text() == "Approuvée"
        page.get_by_role("button", name="Publier sur Google").click()
        assert page.get_by_test_id("reply-status").inner_text() == "Publiée"
        assert google.replies["demo-grave-1"] == COMPLIANT.strip()

    # Every step is in the audit trail, attributed.
    page.get_by_role("link", name="Journal").click()
    journal = page.get_by_test_id("journal").inner_text()
    for label in ("Réponse à un avis rédigée", "Réponse à un avis modifiée", "Réponse à un avis approuvée"):
        assert label in journal
    assert "Réponse publiée sur Google" in journal
    reply = Reply.objects.get(review=review)
    assert reply.status == "publiee"
    steps = dict(
        AuditRecord.objects.filter(object_type="reviews.reply", object_id=str(reply.pk)).values_list(
            "action", "actor_email"
        )
    )
    assert steps["reponse-redigee"] == "community-manager@fontaine.test"
    assert steps["reponse-approuvee"] == steps["reponse-publiee"] == "praticien@fontaine.test"
