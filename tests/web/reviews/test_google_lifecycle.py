"""The Google connection over its life: no sync before a location is chosen, the manual form that
keeps what it does not show, the audit labels, and the grant revoked at Google when the practice
is purged. Driven against a real local server speaking Google's endpoints (tests/reputation/fake_gbp).
"""

from __future__ import annotations

import ast
import socket
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from tests.fixtures import World, audit_actions, logged_in
from tests.reputation.fake_gbp import FakeGbp, make_review
from tests.web.reviews.conftest import connect_to
from vitrine.web.audit.labels import ACTION_LABELS
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices import actions as practice_actions
from vitrine.web.practices.models import Practice
from vitrine.web.reviews import actions, oauth
from vitrine.web.reviews.models import GbpConnection, Review
from vitrine.web.reviews.tasks import sync_all_practices, sync_and_process

REVIEWS_APP = Path(actions.__file__).parent
SETTINGS = "/avis/google/"


def _connect(world: World, fake: FakeGbp, *, tokens: bool = True, **overrides: str) -> GbpConnection:
    """The connection pointed at the local Google, with the grant's tokens unless ``tokens=False``."""
    return connect_to(world, fake, tokens=tokens, **overrides)


def _google_calls(fake: FakeGbp) -> list[str]:
    return [request.path for request in fake.state.requests]


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/revoke"


def _purge(world: World) -> list[str]:
    practice_actions.do_request_practice_deletion(world.members["admin"])
    return practice_actions.purge_due_practices(timezone.now() + timedelta(days=31))


# --- the periodic sync ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_connection_authorised_but_without_a_location_is_not_synced_and_records_no_failure(
    world: World, google: FakeGbp
) -> None:
    _connect(world, google)  # consent given, location not chosen yet
    Review.objects.filter(practice=world.fontaine).update(triaged_at=timezone.now())
    assert sync_all_practices.call() == 0
    assert "erreur" not in sync_and_process.call(world.fontaine.pk)
    assert _google_calls(google) == []
    assert "avis-synchro-echouee" not in audit_actions(world.fontaine)
    connection = GbpConnection.objects.get(practice=world.fontaine)
    assert connection.last_error == "" and connection.last_sync_at is None


@pytest.mark.django_db
def test_a_location_typed_in_without_any_token_is_not_synced_either(world: World, google: FakeGbp) -> None:
    _connect(world, google, tokens=False, account_id="7", location_id="41")
    Review.objects.filter(practice=world.fontaine).update(triaged_at=timezone.now())
    assert sync_all_practices.call() == 0
    assert _google_calls(google) == []
    assert "avis-synchro-echouee" not in audit_actions(world.fontaine)


@pytest.mark.django_db
def test_once_the_location_is_chosen_the_periodic_job_syncs_it(world: World, google: FakeGbp) -> None:
    connection = _connect(world, google)
    oauth.do_choose_location(world.members["praticien"], connection, "7", "41")
    google.state.reviews[("7", "41")] = [make_review(n) for n in range(3)]
    assert sync_all_practices.call() == 1
    assert Review.objects.filter(practice=world.fontaine, review_id__in=["r0", "r1", "r2"]).count() == 3
    assert "/v4/accounts/7/locations/41/reviews" in _google_calls(google)
    assert audit_actions(world.fontaine).count("avis-synchronises") == 1


# --- the audit journal's labels -------------------------------------------------------------------


def _audit_codes_in(source: str) -> set[str]:
    """Action codes passed to ``record_for(membership, "code", …)`` or ``record(action="code")``."""
    codes: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        argument: ast.expr | None = None
        if node.func.id == "record_for" and len(node.args) >= 2:
            argument = node.args[1]
        elif node.func.id == "record":
            argument = next((kw.value for kw in node.keywords if kw.arg == "action"), None)
        if argument is not None:  # a literal, or ``"a" if … else "b"``
            codes |= {
                const.value
                for const in ast.walk(argument)
                if isinstance(const, ast.Constant) and isinstance(const.value, str)
            }
    return codes


@pytest.mark.django_db
def test_every_audit_code_the_reviews_app_records_has_a_french_label() -> None:
    codes: set[str] = set()
    for path in REVIEWS_APP.rglob("*.py"):
        codes |= _audit_codes_in(path.read_text(encoding="utf-8"))
    # The scan sees the codes it must (it is not vacuously green).
    assert {"google-deconnecte", "google-etablissement-choisi", "reponse-publiee", "reponse-copiee"} <= codes
    assert {"avis-synchro-echouee", "crise-avis-detectee", "google-revoque-suppression"} <= codes
    assert sorted(code for code in codes if code not in ACTION_LABELS) == []
    assert ACTION_LABELS["google-etablissement-choisi"] == "Établissement Google choisi"
    assert ACTION_LABELS["google-deconnecte"] == "Compte Google déconnecté"


@pytest.mark.django_db
def test_the_journal_shows_the_labels_of_choosing_and_disconnecting(world: World, google: FakeGbp) -> None:
    connection = _connect(world, google)
    oauth.do_choose_location(world.members["praticien"], connection, "7", "41")
    oauth.do_disconnect_google(world.members["praticien"], connection)
    page = logged_in(world.user("admin"), world.fontaine).get("/journal/").content.decode()
    assert "Établissement Google choisi" in page and "Compte Google déconnecté" in page


# --- the manual form ------------------------------------------------------------------------------


def _manual_form(fake: FakeGbp, **fields: str) -> dict[str, str]:
    """What the « Saisie manuelle » form posts when only the historical fields are filled in."""
    return {
        "account_id": "7",
        "location_id": "41",
        "base_url": fake.api_base,
        "token_url": fake.token_url,
        "auth_url": fake.auth_url,
        **fields,
    }


@pytest.mark.django_db
def test_re_saving_the_manual_form_keeps_the_google_api_addresses_it_stored(
    world: World, google: FakeGbp
) -> None:
    _connect(world, google, account_id="7", location_id="41")
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get(SETTINGS).content.decode()
    for address in (google.account_api_base, google.info_api_base, google.revoke_url):
        assert f'value="{address}"' in page, address  # shown, so a re-save sends them back
    # Sent back as shown, and sent empty (an older form, or cleared): the stored addresses stay.
    shown = {
        "account_api_url": google.account_api_base,
        "info_api_url": google.info_api_base,
        "revoke_url": google.revoke_url,
    }
    for posted in (shown, {"account_api_url": "", "info_api_url": "", "revoke_url": ""}, {}):
        assert client.post(SETTINGS, _manual_form(google, **posted)).status_code == 302
        connection = GbpConnection.objects.get(practice=world.fontaine)
        assert (connection.account_api_url, connection.info_api_url, connection.revoke_url) == (
            google.account_api_base,
            google.info_api_base,
            google.revoke_url,
        ), posted
    # An address typed in is stored (an instance behind a proxy).
    client.post(SETTINGS, _manual_form(google, revoke_url="https://proxy.example/revoke"))
    connection.refresh_from_db()
    assert connection.revoke_url == "https://proxy.example/revoke"
    assert connection.info_api_url == google.info_api_base
    page = client.post(SETTINGS, _manual_form(google, info_api_url="pas une adresse")).content.decode()
    assert "Saisissez une URL valide" in page


@pytest.mark.django_db
def test_a_new_connection_saved_by_hand_gets_googles_addresses(world: World) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    form = {
        "account_id": "",
        "location_id": "",
        "base_url": "https://mybusiness.googleapis.com/v4",
        "token_url": "https://oauth2.googleapis.com/token",
        "auth_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "account_api_url": "",
        "info_api_url": "",
        "revoke_url": "",
    }
    assert client.post(SETTINGS, form).status_code == 302
    connection = GbpConnection.objects.get(practice=world.fontaine)
    assert connection.account_api_url == "https://mybusinessaccountmanagement.googleapis.com/v1"
    assert connection.info_api_url == "https://mybusinessbusinessinformation.googleapis.com/v1"
    assert connection.revoke_url == "https://oauth2.googleapis.com/revoke"


@pytest.mark.django_db
def test_typing_other_ids_by_hand_drops_the_location_name_google_gave(world: World, google: FakeGbp) -> None:
    connection = _connect(world, google)
    oauth.do_choose_location(world.members["praticien"], connection, "7", "41")
    connection.refresh_from_db()
    assert connection.location_title == "Cabinet du Dr Fontaine"
    client = logged_in(world.user("praticien"), world.fontaine)
    # The same ids saved again: the name still describes them and stays.
    client.post(SETTINGS, _manual_form(google))
    connection.refresh_from_db()
    assert connection.location_title == "Cabinet du Dr Fontaine"
    # Another location typed in: the old name would now lie, so it goes; the page shows the id.
    client.post(SETTINGS, _manual_form(google, location_id="locations/42"))
    connection.refresh_from_db()
    assert (connection.location_id, connection.location_title) == ("42", "")
    page = client.get(SETTINGS).content.decode()
    assert "Cabinet du Dr Fontaine" not in page
    assert "Établissement : <strong>42</strong> (locations/42)" in page
    # Choosing it in Google's list names it again.
    oauth.do_choose_location(world.members["praticien"], connection, "7", "42")
    connection.refresh_from_db()
    assert connection.location_title == "Consultation avancée Villeurbanne"


# --- the purge ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_purging_a_practice_revokes_its_google_grant_first_and_audits_it(
    world: World, google: FakeGbp
) -> None:
    connection = _connect(world, google, account_id="7", location_id="41")
    connection_pk = connection.pk
    assert _purge(world) == ["Cabinet Fontaine"]
    (revocation,) = [r for r in google.state.requests if r.path == "/revoke"]
    assert revocation.body.decode() == "token=refresh-1"
    assert "refresh-1" in google.state.revoked
    assert not Practice.objects.filter(pk=world.fontaine.pk).exists()
    assert not GbpConnection.objects.filter(pk=connection_pk).exists()
    trail = audit_actions(world.fontaine)
    assert trail[-2:] == ["google-revoque-suppression", "cabinet-supprime"]
    entry = AuditRecord.objects.get(practice_id=world.fontaine.pk, action="google-revoque-suppression")
    assert entry.summary == {"revocation": "revoque"}
    assert (entry.object_type, entry.object_id, entry.actor_id) == (
        "reviews.gbpconnection",
        str(connection_pk),
        None,
    )
    assert "refresh-1" not in str(entry.summary) and "access-1" not in str(entry.summary)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("failure", "outcome"),
    [("unreachable", "echec-0"), ("error", "echec-503"), ("already", "deja-revoque")],
)
def test_the_purge_goes_on_whatever_google_answers_and_the_trail_says_what_it_did(
    world: World, google: FakeGbp, failure: str, outcome: str
) -> None:
    revoke_url = _closed_port_url() if failure == "unreachable" else google.revoke_url
    _connect(world, google, account_id="7", location_id="41", revoke_url=revoke_url)
    if failure == "error":
        google.state.failures = [(503, {})]
    if failure == "already":
        google.state.revoked.add(google.state.refresh_token)  # the user removed access at Google
    assert _purge(world) == ["Cabinet Fontaine"]
    assert not Practice.objects.filter(pk=world.fontaine.pk).exists()
    assert not GbpConnection.objects.filter(practice_id=world.fontaine.pk).exists()
    entry = AuditRecord.objects.get(practice_id=world.fontaine.pk, action="google-revoque-suppression")
    assert entry.summary == {"revocation": outcome}
    assert audit_actions(world.fontaine)[-1] == "cabinet-supprime"


@pytest.mark.django_db
def test_a_purged_practice_without_tokens_asks_nothing_of_google(world: World, google: FakeGbp) -> None:
    _connect(world, google, tokens=False, account_id="7", location_id="41")
    assert _purge(world) == ["Cabinet Fontaine"]
    assert _google_calls(google) == []
    entry = AuditRecord.objects.get(practice_id=world.fontaine.pk, action="google-revoque-suppression")
    assert entry.summary == {"revocation": "sans-jeton"}


@pytest.mark.django_db
def test_only_the_purged_practice_loses_its_grant(world: World, google: FakeGbp) -> None:
    rival = actions.do_connect_gbp(
        world.outsider,
        account_id="9",
        location_id="90",
        base_url=google.api_base,
        token_url=google.token_url,
        revoke_url=google.revoke_url,
        access_token="rival-access",
        refresh_token="rival-refresh",
    )
    practice_actions.do_request_practice_deletion(world.members["admin"])
    # Before the grace period is over nothing is revoked.
    assert practice_actions.purge_due_practices() == []
    assert _google_calls(google) == []
    assert practice_actions.purge_due_practices(timezone.now() + timedelta(days=31)) == ["Cabinet Fontaine"]
    assert _google_calls(google) == []  # Fontaine had no connection; Rival's grant is not touched
    rival.refresh_from_db()
    assert rival.refresh_token_enc
    assert not AuditRecord.objects.filter(action="google-revoque-suppression").exists()


@pytest.mark.django_db
def test_a_sync_with_tokens_that_can_no_longer_be_decrypted_records_a_failure_instead_of_crashing(
    world: World, google: FakeGbp
) -> None:
    connection = _connect(world, google, account_id="7", location_id="41")
    GbpConnection.objects.filter(pk=connection.pk).update(refresh_token_enc="gAAAAABother-key")
    assert actions.sync_practice(world.fontaine.pk) == {"erreur": 1}
    assert _google_calls(google) == []
    connection.refresh_from_db()
    assert "illisibles" in connection.last_error and "reconnectez" in connection.last_error
    assert audit_actions(world.fontaine)[-1] == "avis-synchro-echouee"


@pytest.mark.django_db
def test_publishing_with_tokens_that_can_no_longer_be_decrypted_asks_to_reconnect(
    world: World, google: FakeGbp
) -> None:
    from django.core.exceptions import ValidationError

    connection = _connect(world, google, account_id="7", location_id="41")
    GbpConnection.objects.filter(pk=connection.pk).update(access_token_enc="gAAAAABother-key")
    review = Review.objects.filter(practice=world.fontaine, source="google").first()
    assert review is not None
    reply = actions.do_draft_reply(world.members["community-manager"], review)
    actions.do_approve_reply(world.members["praticien"], reply)
    with pytest.raises(ValidationError, match="illisibles"):
        actions.do_publish_reply(world.members["community-manager"], reply)
    assert _google_calls(google) == []
    assert audit_actions(world.fontaine)[-1] == "reponse-publication-echouee"


@pytest.mark.django_db
def test_a_manager_cannot_point_the_connection_away_from_google_without_the_operators_consent(
    world: World, google: FakeGbp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The token address receives the instance's client secret, shared by every practice.
    monkeypatch.delenv("VITRINE_GOOGLE_CUSTOM_ENDPOINTS")
    client = logged_in(world.user("praticien"), world.fontaine)
    google_form = {
        "account_id": "7",
        "location_id": "41",
        "base_url": "https://mybusiness.googleapis.com/v4",
        "token_url": "https://oauth2.googleapis.com/token",
        "auth_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "account_api_url": "",
        "info_api_url": "",
        "revoke_url": "",
    }
    for name, address in (
        ("token_url", "https://collect.example/token"),
        ("token_url", "http://oauth2.googleapis.com/token"),
        ("token_url", "https://oauth2.googleapis.com.collect.example/token"),
        ("base_url", google.api_base),
        ("revoke_url", "https://collect.example/revoke"),
        ("info_api_url", "https://collect.example/v1"),
    ):
        response = client.post(SETTINGS, {**google_form, name: address})
        assert response.status_code == 200, (name, address)
        assert "VITRINE_GOOGLE_CUSTOM_ENDPOINTS=1" in response.content.decode()
        assert not GbpConnection.objects.filter(practice=world.fontaine).exists()
    assert client.post(SETTINGS, google_form).status_code == 302  # Google's own addresses: fine
    connection = GbpConnection.objects.get(practice=world.fontaine)
    assert connection.token_url == "https://oauth2.googleapis.com/token"
    # With the operator's consent (a proxy), another address is accepted.
    monkeypatch.setenv("VITRINE_GOOGLE_CUSTOM_ENDPOINTS", "1")
    assert client.post(SETTINGS, {**google_form, "token_url": google.token_url}).status_code == 302
    connection.refresh_from_db()
    assert connection.token_url == google.token_url


@pytest.mark.django_db
def test_publishing_gives_up_after_one_short_retry_when_google_keeps_failing(
    world: World, google: FakeGbp
) -> None:
    import time

    from django.core.exceptions import ValidationError

    _connect(world, google, account_id="7", location_id="41")
    review = Review.objects.filter(practice=world.fontaine, source="google").first()
    assert review is not None
    reply = actions.do_draft_reply(world.members["community-manager"], review)
    actions.do_approve_reply(world.members["praticien"], reply)
    # Google asks to come back in two minutes, again and again: the person publishing does not wait.
    google.state.failures = [(503, {"Retry-After": "120"})] * 6
    started = time.monotonic()
    with pytest.raises(ValidationError, match="503"):
        actions.do_publish_reply(world.members["community-manager"], reply)
    assert time.monotonic() - started < 15
    assert len([call for call in _google_calls(google) if "/reply" in call]) == 2  # the call and one retry
    assert audit_actions(world.fontaine)[-1] == "reponse-publication-echouee"
