"""After « Connecter Google »: choosing the location among those Google lists, and « Déconnecter
Google » (revocation at Google), driven with the Django test client against a real local server
speaking Google's OAuth, Account Management and Business Information endpoints
(tests/reputation/fake_gbp).
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import httpx
import pytest
from django.test import Client

from tests.fixtures import SecureClient, World, audit_actions, logged_in
from tests.reputation.fake_gbp import FakeGbp, make_account, make_location, make_review
from tests.web.reviews.conftest import connect_to
from vitrine.reputation.gbp import LOCATION_READ_MASK
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.tenancy import SESSION_KEY
from vitrine.web.reviews import actions
from vitrine.web.reviews.gbp import MAX_ACCOUNTS_EXPANDED
from vitrine.web.reviews.models import GbpConnection, Review

PICK = "/avis/google/etablissement/"
DISCONNECT = "/avis/google/deconnecter/"


def _endpoints(world: World, fake: FakeGbp, **overrides: str) -> GbpConnection:
    """The instance points the connection at the local Google; no account or location typed in."""
    return connect_to(world, fake, **overrides)


def _connect(client: Client) -> str:
    """« Connecter Google », consent at the (fake) Google, come back; return where we land."""
    start = client.post("/avis/google/connecter/")
    assert start.status_code == 302
    back = httpx.get(start["Location"], follow_redirects=False).headers["Location"]
    parts = urlsplit(back)
    done = client.get(f"{parts.path}?{parts.query}")
    assert done.status_code == 302
    return str(done["Location"])


def _connected(world: World, fake: FakeGbp, **overrides: str) -> tuple[Client, GbpConnection]:
    connection = _endpoints(world, fake, **overrides)
    client = logged_in(world.user("praticien"), world.fontaine)
    assert _connect(client) == PICK
    connection.refresh_from_db()
    return client, connection


def _summary(world: World, action: str) -> dict[str, object]:
    record = AuditRecord.objects.filter(practice_id=world.fontaine.pk, action=action).order_by("-seq").first()
    assert record is not None, action
    return dict(record.summary)


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/revoke"


@pytest.mark.django_db
def test_connecting_without_ids_leads_to_the_list_and_the_picked_location_is_stored_and_audited(
    world: World, google: FakeGbp
) -> None:
    client, connection = _connected(world, google)
    page = client.get(PICK).content.decode()
    for text in (
        "Dr Claire Fontaine",
        "Compte personnel",
        "Cabinet du Dr Fontaine",
        "41 rue de la République, 69006 Lyon",
        "Consultation avancée Villeurbanne",
        "Groupe Santé",
        "Clinique du Parc",
        'value="7/41"',
        'value="8/80"',
    ):
        assert text in page, text
    listed = [r for r in google.state.requests if r.path.startswith("/businessinformation/")]
    assert {r.path for r in listed} == {
        "/businessinformation/v1/accounts/7/locations",
        "/businessinformation/v1/accounts/8/locations",
    }
    assert all(r.query["readMask"] == [LOCATION_READ_MASK] for r in listed)

    done = client.post(PICK, {"etablissement": "7/42"}, follow=True)
    assert "Établissement « Consultation avancée Villeurbanne » choisi" in done.content.decode()
    connection.refresh_from_db()
    assert (connection.account_id, connection.location_id) == ("7", "42")
    assert connection.location_title == "Consultation avancée Villeurbanne"
    assert audit_actions(world.fontaine)[-1] == "google-etablissement-choisi"
    assert _summary(world, "google-etablissement-choisi") == {
        "compte": "7",
        "etablissement": "42",
        "remplace": False,
    }
    assert "Consultation avancée Villeurbanne" in client.get("/avis/google/").content.decode()

    # The reviews now come from that location.
    google.state.reviews[("7", "42")] = [make_review(n) for n in range(2)]
    assert actions.sync_practice(world.fontaine.pk)["crees"] == 2
    assert Review.objects.filter(practice=world.fontaine, review_id__in=["r0", "r1"]).count() == 2


@pytest.mark.django_db
def test_connect_google_works_before_anything_is_saved_and_creates_the_connection(
    world: World, google: FakeGbp
) -> None:
    client = logged_in(world.user("admin"), world.fontaine)
    assert not GbpConnection.objects.filter(practice=world.fontaine).exists()
    start = client.post("/avis/google/connecter/")
    assert start.status_code == 302
    assert start["Location"].startswith("https://accounts.google.com/o/oauth2/v2/auth?")
    connection = GbpConnection.objects.get(practice=world.fontaine)
    assert (connection.account_id, connection.location_id, connection.refresh_token_enc) == ("", "", "")
    assert connection.info_api_url == "https://mybusinessbusinessinformation.googleapis.com/v1"
    assert google.state.requests == []


@pytest.mark.django_db
def test_a_location_google_does_not_list_for_this_account_is_refused(world: World, google: FakeGbp) -> None:
    client, connection = _connected(world, google)
    for forged in ("7/80", "7/999", "999/41"):
        page = client.post(PICK, {"etablissement": forged}, follow=True).content.decode()
        assert "Cet établissement n&#x27;apparaît pas" in page or "Google a répondu 404" in page, forged
    page = client.post(PICK, {"etablissement": "../7"}, follow=True).content.decode()
    assert "Choisissez un établissement dans la liste" in page
    connection.refresh_from_db()
    assert connection.location_id == ""
    assert "google-etablissement-choisi" not in audit_actions(world.fontaine)


@pytest.mark.django_db
def test_choosing_again_replaces_the_location_and_says_so_in_the_trail(world: World, google: FakeGbp) -> None:
    client, connection = _connected(world, google)
    client.post(PICK, {"etablissement": "7/41"})
    page = client.get(PICK).content.decode()
    assert 'value="7/41" required checked' in page
    client.post(PICK, {"etablissement": "8/80"})
    connection.refresh_from_db()
    assert (connection.account_id, connection.location_id, connection.location_title) == (
        "8",
        "80",
        "Clinique du Parc",
    )
    assert _summary(world, "google-etablissement-choisi")["remplace"] is True


@pytest.mark.django_db
def test_an_agency_with_many_accounts_opens_them_one_at_a_time(world: World, google: FakeGbp) -> None:
    google.state.accounts = [make_account(n) for n in range(100, 101 + MAX_ACCOUNTS_EXPANDED)]
    google.state.locations["105"] = [make_location(5, "Cabinet Cinq")]
    client, _connection = _connected(world, google)
    page = client.get(PICK).content.decode()
    assert "?compte=105" in page and "Cabinet Cinq" not in page
    assert not [r for r in google.state.requests if r.path.startswith("/businessinformation/")]
    page = client.get(f"{PICK}?compte=105").content.decode()
    assert "Cabinet Cinq" in page and 'value="105/5"' in page and "Voir tous les comptes" in page


@pytest.mark.django_db
def test_a_google_account_without_any_business_profile_is_explained(world: World, google: FakeGbp) -> None:
    google.state.accounts = []
    client, _connection = _connected(world, google)
    assert "ne gère aucune fiche d'établissement" in client.get(PICK).content.decode()


@pytest.mark.django_db
def test_the_list_refreshes_an_expired_access_token_and_keeps_the_new_one(
    world: World, google: FakeGbp
) -> None:
    from vitrine.web.crypto import decrypt

    client, connection = _connected(world, google)
    google.state.access_token = "access-50"  # Google moved on: the stored access token is stale
    google.state.issued = 50
    assert "Cabinet du Dr Fontaine" in client.get(PICK).content.decode()
    connection.refresh_from_db()
    assert decrypt(connection.access_token_enc) == "access-51"
    client.post(PICK, {"etablissement": "7/41"})
    connection.refresh_from_db()
    assert connection.location_id == "41" and decrypt(connection.access_token_enc) == "access-51"


@pytest.mark.django_db
def test_a_member_of_another_practice_gets_404_and_changes_nothing(world: World, google: FakeGbp) -> None:
    _client, connection = _connected(world, google)
    before = (connection.refresh_token_enc, connection.location_id)
    requests_before = len(google.state.requests)
    outsider = logged_in(world.outsider.user, world.rival)
    assert outsider.get(PICK).status_code == 404
    assert outsider.post(PICK, {"etablissement": "7/41"}).status_code == 404
    assert outsider.post(DISCONNECT).status_code == 404
    connection.refresh_from_db()
    assert (connection.refresh_token_enc, connection.location_id) == before
    assert len(google.state.requests) == requests_before
    assert not AuditRecord.objects.filter(practice_id=world.rival.pk, action__startswith="google-").exists()


@pytest.mark.django_db
def test_roles_that_may_not_connect_google_get_403(world: World, google: FakeGbp) -> None:
    _client, connection = _connected(world, google)
    requests_before = len(google.state.requests)
    for role in ("secretariat", "community-manager", "webmaster"):
        client = logged_in(world.user(role), world.fontaine)
        assert client.get(PICK).status_code == 403
        assert client.post(PICK, {"etablissement": "7/41"}).status_code == 403
        assert client.post(DISCONNECT).status_code == 403
    connection.refresh_from_db()
    assert connection.refresh_token_enc and connection.location_id == ""
    assert len(google.state.requests) == requests_before


@pytest.mark.django_db
def test_disconnecting_revokes_the_grant_at_google_and_wipes_the_tokens(
    world: World, google: FakeGbp
) -> None:
    client, connection = _connected(world, google)
    client.post(PICK, {"etablissement": "7/41"})
    assert client.get(DISCONNECT).status_code == 405
    page = client.post(DISCONNECT, follow=True).content.decode()
    assert "l&#x27;accès de Vitrine a été révoqué chez Google" in page
    (revocation,) = [r for r in google.state.requests if r.path == "/revoke"]
    assert revocation.body.decode() == "token=refresh-1"
    assert google.state.revoked >= {"refresh-1"}
    connection.refresh_from_db()
    assert (connection.access_token_enc, connection.refresh_token_enc, connection.expires_at) == (
        "",
        "",
        None,
    )
    assert (connection.account_id, connection.location_id, connection.location_title) == ("", "", "")
    assert audit_actions(world.fontaine)[-1] == "google-deconnecte"
    assert _summary(world, "google-deconnecte") == {"revocation": "revoque"}
    # Nothing is synced any more, and the page offers to connect again.
    assert "Connecter Google" in client.get("/avis/google/").content.decode()
    from vitrine.web.reviews.tasks import sync_all_practices

    requests_before = len(google.state.requests)
    sync_all_practices.call()
    assert len(google.state.requests) == requests_before


@pytest.mark.django_db
def test_disconnecting_with_google_unreachable_still_wipes_the_tokens_and_says_so(
    world: World, google: FakeGbp
) -> None:
    client, connection = _connected(world, google, revoke_url=_closed_port_url())
    page = client.post(DISCONNECT, follow=True).content.decode()
    assert "Les jetons ont été effacés de Vitrine" in page
    assert "n&#x27;a pas pu être révoqué chez Google" in page and "injoignable" in page
    assert "https://myaccount.google.com/permissions" in page
    connection.refresh_from_db()
    assert (connection.access_token_enc, connection.refresh_token_enc) == ("", "")
    assert _summary(world, "google-deconnecte") == {"revocation": "echec-0"}


@pytest.mark.django_db
def test_a_grant_already_revoked_in_the_google_account_counts_as_disconnected(
    world: World, google: FakeGbp
) -> None:
    client, connection = _connected(world, google)
    httpx.post(google.revoke_url, data={"token": "refresh-1"})  # the user removed access at Google
    page = client.post(DISCONNECT, follow=True).content.decode()
    assert "révoqué chez Google" in page
    connection.refresh_from_db()
    assert connection.refresh_token_enc == ""
    assert _summary(world, "google-deconnecte") == {"revocation": "deja-revoque"}


@pytest.mark.django_db
def test_disconnecting_needs_the_csrf_token(world: World, google: FakeGbp) -> None:
    _client, connection = _connected(world, google)
    strict = SecureClient(enforce_csrf_checks=True)
    strict.force_login(world.user("praticien"))
    session = strict.session
    session[SESSION_KEY] = world.fontaine.pk
    session.save()
    assert strict.post(DISCONNECT).status_code == 403
    connection.refresh_from_db()
    assert connection.refresh_token_enc
    assert not [r for r in google.state.requests if r.path == "/revoke"]


@pytest.mark.django_db
def test_the_list_is_not_offered_before_google_is_connected(world: World, google: FakeGbp) -> None:
    _endpoints(world, google)
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get(PICK, follow=True).content.decode()
    assert "Connectez d&#x27;abord le compte Google" in page
    assert google.state.requests == []


@pytest.mark.django_db
def test_agencies_may_still_type_the_ids_with_or_without_the_google_prefixes(
    world: World, google: FakeGbp
) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    form = {
        "account_id": "accounts/7",
        "location_id": "locations/41",
        "base_url": google.api_base,
        "token_url": google.token_url,
        "auth_url": google.auth_url,
    }
    client.post("/avis/google/", form)
    connection = GbpConnection.objects.get(practice=world.fontaine)
    assert (connection.account_id, connection.location_id) == ("7", "41")
    page = client.post("/avis/google/", {**form, "location_id": ""}).content.decode()
    assert "Renseignez le compte et l&#x27;établissement ensemble" in page
    client.post("/avis/google/", {**form, "account_id": "", "location_id": ""})
    connection.refresh_from_db()
    assert (connection.account_id, connection.location_id) == ("", "")


@pytest.mark.django_db
def test_when_google_keeps_failing_the_list_gives_up_after_one_short_retry(
    world: World, google: FakeGbp
) -> None:
    import time

    client, connection = _connected(world, google)
    # Google asks to come back in two minutes, again and again: nobody waits that long for a page.
    google.state.failures = [(503, {"Retry-After": "120"})] * 6
    started = time.monotonic()
    response = client.get(PICK)
    assert time.monotonic() - started < 15
    page = response.content.decode()
    assert response.status_code == 200
    assert "Google a répondu 503" in page and "n'a pas pu être obtenue auprès de Google" in page
    listed = [r for r in google.state.requests if r.path == "/accountmanagement/v1/accounts"]
    assert len(listed) == 2  # the call and one retry
    # Choosing is checked at Google with the same patience, and nothing is stored.
    google.state.failures = [(503, {"Retry-After": "120"})] * 6
    before = len(google.state.requests)
    page = client.post(PICK, {"etablissement": "7/41"}, follow=True).content.decode()
    assert "Google a répondu 503" in page
    assert len(google.state.requests) - before <= 4  # choice (2 calls), then the list again (2)
    connection.refresh_from_db()
    assert connection.location_id == ""
    assert "google-etablissement-choisi" not in audit_actions(world.fontaine)


@pytest.mark.django_db
def test_tokens_that_can_no_longer_be_decrypted_ask_to_reconnect_instead_of_an_error_500(
    world: World, google: FakeGbp
) -> None:
    client, connection = _connected(world, google)
    # Encrypted under another key (VITRINE_ENCRYPTION_KEY changed since): unreadable here.
    GbpConnection.objects.filter(pk=connection.pk).update(
        access_token_enc="gAAAAABnot-a-token-for-this-key", refresh_token_enc="gAAAAABneither"
    )
    before = len(google.state.requests)
    page = client.get(PICK)
    assert page.status_code == 200
    assert "illisibles" in page.content.decode() and "reconnectez le compte Google" in page.content.decode()
    chosen = client.post(PICK, {"etablissement": "7/41"})
    assert chosen.status_code == 200 and "illisibles" in chosen.content.decode()
    assert len(google.state.requests) == before
    # « Déconnecter Google » still wipes them (nothing readable to revoke at Google).
    client.post(DISCONNECT)
    connection.refresh_from_db()
    assert (connection.access_token_enc, connection.refresh_token_enc) == ("", "")
    assert _summary(world, "google-deconnecte") == {"revocation": "sans-jeton"}


@pytest.mark.django_db
def test_an_access_token_pasted_by_hand_counts_as_connected_on_the_settings_page(
    world: World, google: FakeGbp
) -> None:
    _endpoints(world, google, access_token="access-1")
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get("/avis/google/").content.decode()
    assert "Compte connecté." in page
    assert "Déconnecter Google" in page and "Choisir l'établissement" in page
    assert "Aucun compte Google n'est encore autorisé" not in page
    assert client.get(PICK).status_code == 200  # the list agrees: there is a token to use


@pytest.mark.django_db
def test_a_token_refreshed_by_a_call_in_flight_does_not_bring_back_tokens_wiped_by_disconnecting(
    world: World, google: FakeGbp
) -> None:
    from vitrine.web.reviews import oauth
    from vitrine.web.reviews.gbp import client_for

    # Google cannot be reached for the revocation, so the grant stays valid at Google.
    _client, connection = _connected(world, google, revoke_url=_closed_port_url())
    in_flight = client_for(connection)  # a sync that started before « Déconnecter Google »
    google.state.access_token = "access-20"  # its access token has expired meanwhile
    google.state.issued = 20
    oauth.do_disconnect_google(world.members["praticien"], connection)
    with in_flight:
        assert [account.account_id for account in in_flight.list_accounts()] == ["7", "8"]
    assert "/token" in [r.path for r in google.state.requests][-3:]  # it did refresh
    connection.refresh_from_db()
    assert (connection.access_token_enc, connection.refresh_token_enc, connection.expires_at) == (
        "",
        "",
        None,
    )


@pytest.mark.django_db
def test_a_refresh_still_stores_its_tokens_twice_in_a_row_for_the_same_grant(
    world: World, google: FakeGbp
) -> None:
    from vitrine.web.crypto import decrypt
    from vitrine.web.reviews.gbp import client_for

    _client, connection = _connected(world, google)
    with client_for(connection) as client:
        for issued in (30, 40):
            google.state.access_token = f"access-{issued}"
            google.state.issued = issued
            client.list_accounts()
            connection.refresh_from_db()
            assert decrypt(connection.access_token_enc) == f"access-{issued + 1}"
            assert decrypt(connection.refresh_token_enc) == "refresh-1"
