"""« Connecter Google »: the authorization-code flow with PKCE, driven with the Django test client
against a real local server speaking Google's consent and token endpoints (tests/reputation/fake_gbp).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from django.test import Client

from tests.fixtures import World, audit_actions, logged_in
from tests.reputation.fake_gbp import FakeGbp, make_review
from vitrine.reputation.gbp import GBP_SCOPE, pkce_challenge
from vitrine.web.audit.models import AuditRecord
from vitrine.web.crypto import decrypt
from vitrine.web.reviews import actions, oauth
from vitrine.web.reviews.models import GbpConnection, Review

CALLBACK_PATH = "/avis/google/retour/"


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGbp]:
    monkeypatch.setenv("VITRINE_GOOGLE_CLIENT_ID", "client-id")
    monkeypatch.setenv("VITRINE_GOOGLE_CLIENT_SECRET", "client-secret")
    with FakeGbp() as fake:
        yield fake


def _register_location(world: World, fake: FakeGbp) -> GbpConnection:
    """Step 1 on the page: the location and the endpoints, no token yet."""
    return actions.do_connect_gbp(
        world.members["praticien"],
        account_id="111",
        location_id="222",
        base_url=fake.api_base,
        token_url=fake.token_url,
        auth_url=fake.auth_url,
    )


def _query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def _consent(client: Client) -> str:
    """Click « Connecter Google », let the (fake) consent screen answer; return the callback URL."""
    response = client.post("/avis/google/connecter/")
    assert response.status_code == 302
    answer = httpx.get(response["Location"], follow_redirects=False)
    assert answer.status_code == 302
    return answer.headers["Location"]


def _local(url: str) -> str:
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("https", CALLBACK_PATH)
    return f"{parts.path}?{parts.query}"


@pytest.mark.django_db
def test_connecting_google_stores_encrypted_tokens_that_then_sync_the_reviews(
    world: World, google: FakeGbp
) -> None:
    connection = _register_location(world, google)
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get("/avis/google/").content.decode()
    assert "Connecter Google" in page and CALLBACK_PATH in page
    start = client.post("/avis/google/connecter/")
    assert start.status_code == 302 and start["Location"].startswith(google.auth_url + "?")
    asked = _query(start["Location"])
    assert asked["scope"] == GBP_SCOPE and asked["redirect_uri"].startswith("https://testserver")
    assert asked["redirect_uri"].endswith(CALLBACK_PATH)
    assert (asked["access_type"], asked["prompt"], asked["response_type"]) == ("offline", "consent", "code")
    assert asked["code_challenge_method"] == "S256" and asked["client_id"] == "client-id"
    # The verifier stays on the server; only its S256 challenge went to Google.
    pending = client.session[oauth.SESSION_KEY]
    assert pkce_challenge(pending["verifier"]) == asked["code_challenge"]
    assert pending["verifier"] not in start["Location"]

    callback = httpx.get(start["Location"], follow_redirects=False).headers["Location"]
    done = client.get(_local(callback), follow=True)
    assert "Compte Google connecté" in done.content.decode()
    connection.refresh_from_db()
    assert decrypt(connection.access_token_enc) == google.state.access_token == "access-2"
    assert decrypt(connection.refresh_token_enc) == "refresh-1"
    assert "refresh-1" not in connection.refresh_token_enc and connection.expires_at is not None
    assert audit_actions(world.fontaine)[-1] == "google-autorise"
    summaries = json.dumps(list(AuditRecord.objects.values_list("summary", flat=True)))
    assert "access-2" not in summaries and "refresh-1" not in summaries

    google.state.reviews[("111", "222")] = [make_review(n) for n in range(3)]
    assert actions.sync_practice(world.fontaine.pk)["crees"] == 3
    assert Review.objects.filter(practice=world.fontaine, review_id__in=["r0", "r1", "r2"]).count() == 3


@pytest.mark.django_db
def test_a_replayed_callback_is_refused_and_changes_nothing(world: World, google: FakeGbp) -> None:
    connection = _register_location(world, google)
    client = logged_in(world.user("praticien"), world.fontaine)
    callback = _local(_consent(client))
    client.get(callback)
    connection.refresh_from_db()
    stored = connection.access_token_enc
    page = client.get(callback, follow=True).content.decode()
    assert "Aucune connexion Google n&#x27;était en cours" in page
    connection.refresh_from_db()
    assert connection.access_token_enc == stored
    assert audit_actions(world.fontaine)[-1] == "google-autorisation-echouee"


@pytest.mark.django_db
def test_a_tampered_state_is_refused_and_the_code_is_not_exchanged(world: World, google: FakeGbp) -> None:
    _register_location(world, google)
    client = logged_in(world.user("praticien"), world.fontaine)
    back = _query(_consent(client))
    forged = {**back, "state": back["state"][:-2] + ("AA" if not back["state"].endswith("AA") else "BB")}
    page = client.get(f"/avis/google/retour/?{urlencode(forged)}", follow=True).content.decode()
    assert "altéré" in page
    assert not GbpConnection.objects.get(practice=world.fontaine).refresh_token_enc
    assert not [r for r in google.state.requests if r.method == "POST"]  # no exchange attempted


@pytest.mark.django_db
def test_the_state_is_bound_to_the_user_who_started(world: World, google: FakeGbp) -> None:
    _register_location(world, google)
    praticien = logged_in(world.user("praticien"), world.fontaine)
    callback = _local(_consent(praticien))
    # The admin of the same practice has an attempt of their own, but the praticien's answer
    # (state and code) must not complete it.
    admin = logged_in(world.user("admin"), world.fontaine)
    admin.post("/avis/google/connecter/")
    page = admin.get(callback, follow=True).content.decode()
    assert "ne correspond pas" in page
    assert not GbpConnection.objects.get(practice=world.fontaine).refresh_token_enc


@pytest.mark.django_db
def test_an_expired_state_is_refused(world: World, google: FakeGbp, monkeypatch: pytest.MonkeyPatch) -> None:
    _register_location(world, google)
    client = logged_in(world.user("praticien"), world.fontaine)
    callback = _local(_consent(client))
    monkeypatch.setattr(oauth, "STATE_MAX_AGE_SECONDS", -1)  # as if ten minutes had passed
    page = client.get(callback, follow=True).content.decode()
    assert "expiré" in page
    assert not GbpConnection.objects.get(practice=world.fontaine).refresh_token_enc


@pytest.mark.django_db
def test_a_refusal_on_google_consent_screen_is_reported_and_audited(world: World, google: FakeGbp) -> None:
    _register_location(world, google)
    google.state.deny = True
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get(_local(_consent(client)), follow=True).content.decode()
    assert "Vous avez refusé l&#x27;accès" in page
    assert not GbpConnection.objects.get(practice=world.fontaine).refresh_token_enc
    assert audit_actions(world.fontaine)[-1] == "google-autorisation-refusee"


@pytest.mark.django_db
def test_a_missing_business_profile_permission_is_explained(world: World, google: FakeGbp) -> None:
    _register_location(world, google)
    google.state.granted_scope = "openid"
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get(_local(_consent(client)), follow=True).content.decode()
    assert "fiche d&#x27;établissement n&#x27;a pas été accordée" in page
    assert not GbpConnection.objects.get(practice=world.fontaine).refresh_token_enc


@pytest.mark.django_db
def test_only_roles_managing_the_practice_may_connect_google(world: World, google: FakeGbp) -> None:
    _register_location(world, google)
    for role in ("secretariat", "community-manager", "webmaster"):
        client = logged_in(world.user(role), world.fontaine)
        assert client.post("/avis/google/connecter/").status_code == 403
        assert client.get("/avis/google/retour/?code=x&state=y").status_code == 403
    assert google.state.requests == []


@pytest.mark.django_db
def test_without_an_instance_client_id_nothing_leaves_and_nothing_is_created(
    world: World, google: FakeGbp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VITRINE_GOOGLE_CLIENT_ID")
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.post("/avis/google/connecter/", follow=True).content.decode()
    assert "VITRINE_GOOGLE_CLIENT_ID" in page
    assert not GbpConnection.objects.filter(practice=world.fontaine).exists()
    _register_location(world, google)
    page = client.post("/avis/google/connecter/", follow=True).content.decode()
    assert "VITRINE_GOOGLE_CLIENT_ID" in page
    assert oauth.SESSION_KEY not in client.session
    assert google.state.requests == []


@pytest.mark.django_db
def test_a_location_saved_but_not_yet_authorised_is_not_synced(world: World, google: FakeGbp) -> None:
    from vitrine.web.reviews.tasks import sync_all_practices

    _register_location(world, google)
    sync_all_practices.call()
    assert google.state.requests == []
    assert "avis-synchro-echouee" not in audit_actions(world.fontaine)
