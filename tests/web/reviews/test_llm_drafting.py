"""AI-assisted reply drafting in the web app, against a real local OpenAI-compatible endpoint."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.fixtures import World, audit_actions, logged_in
from tests.reputation.fake_llm import FakeLlm, fake_llm
from vitrine.web.audit.models import AuditRecord
from vitrine.web.crypto import decrypt
from vitrine.web.reviews import actions
from vitrine.web.reviews.llm import do_save_llm_settings
from vitrine.web.reviews.models import LlmSettings, Reply, Review

COMMENT = (
    "Le Dr Fontaine a été odieux. Sa secrétaire Laetitia Morin ne rappelle jamais, "
    "appelez-la au 06 39 98 12 47 pour vous plaindre."
)
PERSONAL = ("Laetitia", "Morin", "06 39 98 12 47", "Mathilde Perrin")
API_KEY = "sk-cabinet-secret-1234"


def _review(world: World) -> Review:
    when = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    return Review.objects.create(
        practice=world.fontaine,
        source="google",
        review_id="ia-1",
        reviewer_name="Mathilde Perrin",
        stars=1,
        comment=COMMENT,
        created_at=when,
        updated_at=when,
    )


def _enable(world: World, server: FakeLlm, **overrides: object) -> None:
    fields: dict[str, object] = {
        "enabled": True,
        "base_url": server.base_url,
        "model": "mistral-small",
        "timeout_seconds": 10,
        **overrides,
    }
    do_save_llm_settings(world.members["praticien"], api_key=API_KEY, **fields)


@pytest.mark.django_db
def test_it_is_off_by_default_the_button_is_absent_and_a_post_is_refused(world: World) -> None:
    review = _review(world)
    client = logged_in(world.user("secretariat"), world.fontaine)
    with fake_llm() as server:
        page = client.get(f"/avis/{review.pk}/").content.decode()
        assert "Proposer une réponse avec l'IA" not in page and "reponse-ia" not in page
        page = client.post(f"/avis/{review.pk}/reponse-ia/", follow=True).content.decode()
        assert server.received == []
    assert "désactivée" in page
    assert not Reply.objects.filter(review=review).exists()
    assert not LlmSettings.objects.filter(practice=world.fontaine).exists()


@pytest.mark.django_db
def test_only_the_roles_managing_the_practice_change_the_settings_and_the_key_is_never_shown(
    world: World,
) -> None:
    for role in ("secretariat", "community-manager", "webmaster"):
        assert logged_in(world.user(role), world.fontaine).get("/avis/ia/").status_code == 403
        with pytest.raises(PermissionDenied):
            do_save_llm_settings(world.members[role], enabled=True)
    client = logged_in(world.user("admin"), world.fontaine)
    response = client.post(
        "/avis/ia/",
        {
            "enabled": "on",
            "base_url": "http://localhost:11434/v1",
            "model": "mistral-small",
            "api_key": API_KEY,
            "timeout_seconds": "45",
        },
    )
    assert response.status_code == 302
    row = LlmSettings.objects.get(practice=world.fontaine)
    assert row.enabled and row.timeout_seconds == 45
    assert API_KEY not in row.api_key_enc and decrypt(row.api_key_enc) == API_KEY
    page = client.get("/avis/ia/").content.decode()
    assert API_KEY not in page
    assert "Une clé d'API est enregistrée" in page
    # An empty key field keeps the key; the audit names the change, never the key.
    client.post(
        "/avis/ia/", {"base_url": "http://localhost:11434/v1", "model": "m2", "timeout_seconds": "45"}
    )
    row.refresh_from_db()
    assert not row.enabled and row.model == "m2" and decrypt(row.api_key_enc) == API_KEY
    summaries = list(
        AuditRecord.objects.filter(action="ia-parametres-modifies")
        .order_by("seq")
        .values_list("summary", flat=True)
    )
    assert summaries[-1] == {"champs": ["enabled", "model"], "cle_modifiee": False, "activee": False}
    assert API_KEY not in json.dumps(summaries)


@pytest.mark.django_db
def test_plain_http_is_refused_for_a_remote_endpoint_and_enabling_needs_an_address(world: World) -> None:
    praticien = world.members["praticien"]
    with pytest.raises(ValidationError, match="HTTPS"):
        do_save_llm_settings(praticien, enabled=True, base_url="http://ia.example.com/v1", model="m")
    with pytest.raises(ValidationError, match="adresse du service"):
        do_save_llm_settings(praticien, enabled=True, base_url="", model="m")
    do_save_llm_settings(praticien, enabled=True, base_url="https://ia.example.com/v1", model="m")
    assert LlmSettings.objects.get(practice=world.fontaine).enabled


@pytest.mark.django_db
def test_an_ai_draft_is_sent_masked_and_lands_as_a_reply_draft_that_follows_the_workflow(
    world: World,
) -> None:
    review = _review(world)
    client = logged_in(world.user("secretariat"), world.fontaine)
    with fake_llm() as server:
        _enable(world, server)
        assert "Proposer une réponse avec l'IA" in client.get(f"/avis/{review.pk}/").content.decode()
        response = client.post(f"/avis/{review.pk}/reponse-ia/")
        assert response.status_code == 302
        (payload,) = server.received
        assert server.headers_seen[0]["Authorization"] == f"Bearer {API_KEY}"
    sent = json.dumps(payload, ensure_ascii=False)
    assert [value for value in PERSONAL if value in sent] == []
    assert "<TÉLÉPHONE>" in sent and payload["model"] == "mistral-small"
    reply = Reply.objects.get(review=review)
    assert (reply.origin, reply.status, reply.blocked) == ("ia", "brouillon", False)
    assert reply.text == server.answer and reply.author == world.user("secretariat")
    assert reply.llm_exchange["messages"] == payload["messages"]
    page = client.get(f"/avis/{review.pk}/").content.decode()
    assert "rédigée par IA" in page and "Ce qui a été envoyé au service d'IA" in page
    assert "&lt;TÉLÉPHONE&gt;" in page  # the masked text, exactly as sent
    assert audit_actions(world.fontaine)[-1] == "reponse-redigee-ia"
    # Same approval workflow as any draft.
    actions.do_approve_reply(world.members["praticien"], reply)
    assert Reply.objects.get(pk=reply.pk).status == "approuvee"


@pytest.mark.django_db
def test_a_non_compliant_ai_draft_is_stored_blocked_and_cannot_be_approved(world: World) -> None:
    review = _review(world)
    with fake_llm() as server:
        server.answer = (
            "Merci ! Votre rhinoplastie du 14 mars est réussie, le résultat est garanti. Le cabinet"
        )
        _enable(world, server)
        page = (
            logged_in(world.user("praticien"), world.fontaine)
            .post(f"/avis/{review.pk}/reponse-ia/", follow=True)
            .content.decode()
        )
    reply = Reply.objects.get(review=review)
    assert reply.blocked and reply.origin == "ia"
    assert "Brouillon IA créé mais bloqué" in page
    with pytest.raises(ValidationError, match="bloquée"):
        actions.do_approve_reply(world.members["praticien"], reply)


@pytest.mark.django_db
def test_an_unreachable_or_failing_endpoint_shows_a_french_error_and_loses_nothing(world: World) -> None:
    review = _review(world)
    existing = actions.do_draft_reply(world.members["secretariat"], review)
    client = logged_in(world.user("secretariat"), world.fontaine)
    with fake_llm() as server:
        _enable(world, server)
        server.status = 503
        page = client.post(f"/avis/{review.pk}/reponse-ia/", follow=True).content.decode()
        assert "Aucun brouillon n&#x27;a été créé" in page and "503" in page
        address = server.base_url
    # The server is gone now: connection refused.
    page = client.post(f"/avis/{review.pk}/reponse-ia/", follow=True).content.decode()
    assert "injoignable" in page and address.startswith("http://127.0.0.1")
    assert list(Reply.objects.filter(review=review)) == [existing]
    assert Reply.objects.get(pk=existing.pk).text == existing.text
    assert audit_actions(world.fontaine)[-2:] == ["reponse-ia-echouee", "reponse-ia-echouee"]


@pytest.mark.django_db
def test_a_role_that_may_not_draft_cannot_ask_the_ai(world: World) -> None:
    review = _review(world)
    with fake_llm() as server:
        _enable(world, server)
        response = logged_in(world.user("webmaster"), world.fontaine).post(f"/avis/{review.pk}/reponse-ia/")
        assert response.status_code == 403 and server.received == []


@pytest.mark.django_db
def test_another_practice_sees_neither_the_settings_nor_can_draft_on_our_reviews(world: World) -> None:
    review = _review(world)
    with fake_llm() as server:
        _enable(world, server, model="modele-prive-fontaine")
        outsider = logged_in(world.outsider.user, world.rival)
        page = outsider.get("/avis/ia/").content.decode()
        assert "modele-prive-fontaine" not in page and server.base_url not in page
        assert outsider.post(f"/avis/{review.pk}/reponse-ia/").status_code == 404
        assert server.received == []
    assert not Reply.objects.filter(review=review).exists()
