"""The Google Business Profile client against a real local HTTP server speaking the API."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from vitrine.reputation.gbp import (
    GBP_SCOPE,
    LOCATION_READ_MASK,
    GbpAccount,
    GbpAuthError,
    GbpClient,
    GbpError,
    GbpLocation,
    OAuthApp,
    OAuthTokens,
    Pkce,
    authorization_url,
    exchange_code,
    pkce_challenge,
    revoke,
)

from .fake_gbp import FakeGbp, make_account, make_location, make_review

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def _client(fake: FakeGbp, sleeps: list[float], **kwargs: object) -> GbpClient:
    app = OAuthApp("client-id", "client-secret", token_url=fake.token_url)
    tokens = kwargs.pop("tokens", OAuthTokens("access-1", "refresh-1"))
    return GbpClient(
        app,
        tokens,  # type: ignore[arg-type]
        base_url=fake.api_base,
        account_base_url=fake.account_api_base,
        info_base_url=fake.info_api_base,
        sleep=sleeps.append,
        now=lambda: NOW,
        **kwargs,  # type: ignore[arg-type]
    )


def test_it_lists_every_review_across_pages_of_at_most_fifty() -> None:
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(n) for n in range(123)]
        with _client(fake, []) as client:
            reviews = client.list_reviews("111", "222")
        assert [review.review_id for review in reviews] == [f"r{n}" for n in range(123)]
        gets = [r for r in fake.state.requests if r.method == "GET"]
        assert [r.query.get("pageToken", [""])[0] for r in gets] == ["", "50", "100"]
        assert all(r.query["pageSize"] == ["50"] for r in gets)
        assert reviews[0].create_time == datetime(2025, 1, 1, 10, 0, 0, 123456, tzinfo=UTC)


def test_it_refuses_a_page_size_above_fifty() -> None:
    with FakeGbp() as fake, _client(fake, []) as client, pytest.raises(ValueError, match="50"):
        list(client.list_review_pages("111", "222", page_size=51))


def test_it_returns_no_review_for_a_location_without_reviews() -> None:
    with FakeGbp() as fake, _client(fake, []) as client:
        assert client.list_reviews("111", "222") == []


def test_it_refreshes_an_expired_access_token_on_401_and_hands_the_new_one_back() -> None:
    seen: list[OAuthTokens] = []
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(1)]
        fake.state.access_token = "access-9"  # the server has moved on: our access-1 is stale
        fake.state.issued = 9
        with _client(fake, [], on_tokens=seen.append) as client:
            reviews = client.list_reviews("111", "222")
            assert client.tokens.access_token == "access-10"
        assert len(reviews) == 1
        assert [t.access_token for t in seen] == ["access-10"]
        assert seen[0].refresh_token == "refresh-1"
        assert seen[0].expires_at == NOW + timedelta(seconds=3599 - 60)
        token_calls = [r for r in fake.state.requests if r.path == "/token"]
        assert len(token_calls) == 1
        form = token_calls[0].body.decode()
        assert "grant_type=refresh_token" in form and "refresh_token=refresh-1" in form


def test_it_refreshes_before_calling_when_the_token_is_known_to_be_expired() -> None:
    with FakeGbp() as fake:
        fake.state.access_token = "access-5"
        fake.state.issued = 5
        expired = OAuthTokens("access-1", "refresh-1", expires_at=NOW - timedelta(seconds=1))
        with _client(fake, [], tokens=expired) as client:
            client.list_reviews("111", "222")
        paths = [r.path for r in fake.state.requests]
        assert paths[0] == "/token"
        assert paths.count("/v4/accounts/111/locations/222/reviews") == 1


def test_it_asks_to_reconnect_when_the_refresh_token_is_revoked() -> None:
    with FakeGbp() as fake:
        fake.state.access_token = "access-2"
        fake.state.refresh_token = "another"
        with _client(fake, []) as client, pytest.raises(GbpAuthError, match="reconnectez"):
            client.list_reviews("111", "222")


def test_it_backs_off_on_429_honouring_retry_after_seconds() -> None:
    sleeps: list[float] = []
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(1)]
        fake.state.failures = [(429, {"Retry-After": "7"}), (429, {"Retry-After": "3"})]
        with _client(fake, sleeps) as client:
            assert len(client.list_reviews("111", "222")) == 1
    assert sleeps == [7.0, 3.0]


def test_it_honours_retry_after_given_as_an_http_date() -> None:
    sleeps: list[float] = []
    with FakeGbp() as fake:
        when = format_datetime(NOW + timedelta(seconds=12), usegmt=True)
        fake.state.failures = [(503, {"Retry-After": when})]
        with _client(fake, sleeps) as client:
            client.list_reviews("111", "222")
    assert sleeps == [12.0]


def test_it_backs_off_exponentially_on_5xx_then_gives_up_with_a_french_error() -> None:
    sleeps: list[float] = []
    with FakeGbp() as fake:
        fake.state.failures = [(500, {})] * 4
        with _client(fake, sleeps, max_retries=3) as client, pytest.raises(GbpError, match="500") as info:
            client.list_reviews("111", "222")
    assert sleeps == [1.0, 2.0, 4.0]
    assert info.value.status == 500


def test_it_does_not_retry_a_client_error() -> None:
    sleeps: list[float] = []
    with FakeGbp() as fake:
        fake.state.failures = [(403, {})]
        with _client(fake, sleeps) as client, pytest.raises(GbpError, match="403"):
            client.list_reviews("111", "222")
    assert sleeps == []


def test_it_publishes_a_reply_with_put_and_the_server_stores_it() -> None:
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(1), make_review(2)]
        fake.state.access_token = "access-3"
        fake.state.issued = 3
        with _client(fake, []) as client:
            result = client.put_reply("111", "222", "r2", "Merci pour votre retour. Le cabinet")
            reviews = client.list_reviews("111", "222")
        assert result["comment"] == "Merci pour votre retour. Le cabinet"
        puts = [r for r in fake.state.requests if r.method == "PUT"]
        assert len(puts) == 2  # 401, refresh, then the accepted PUT
        assert puts[-1].path == "/v4/accounts/111/locations/222/reviews/r2/reply"
        assert json.loads(puts[-1].body) == {"comment": "Merci pour votre retour. Le cabinet"}
        by_id = {review.review_id: review for review in reviews}
        assert by_id["r2"].reply is not None and by_id["r2"].reply.comment.startswith("Merci")
        assert by_id["r1"].reply is None


# --- authorization-code flow with PKCE --------------------------------------------------------

REDIRECT = "https://vitrine.example/avis/google/retour/"


def _consent(fake: FakeGbp, pkce: Pkce, state: str = "etat-1") -> dict[str, str]:
    """Open the consent URL on the fake Google and read where it sends the browser back."""
    app = OAuthApp("client-id", "client-secret", token_url=fake.token_url)
    url = authorization_url(
        app, redirect_uri=REDIRECT, state=state, code_challenge=pkce.challenge, auth_url=fake.auth_url
    )
    response = httpx.get(url, follow_redirects=False)
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    return {key: values[0] for key, values in parse_qs(location.query).items()}


def test_the_pkce_challenge_is_the_rfc_7636_s256_of_the_verifier() -> None:
    # Appendix B of RFC 7636.
    assert pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == (
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )
    first, second = Pkce.new(), Pkce.new()
    assert first.verifier != second.verifier and len(first.verifier) >= 43


def test_the_consent_url_asks_for_offline_access_to_the_business_profile_with_pkce() -> None:
    app = OAuthApp("client-id", "client-secret")
    url = urlsplit(authorization_url(app, redirect_uri=REDIRECT, state="s", code_challenge="c"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://accounts.google.com/o/oauth2/v2/auth"
    query = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert query == {
        "client_id": "client-id",
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": GBP_SCOPE,
        "access_type": "offline",
        "prompt": "consent",
        "include_granted_scopes": "true",
        "state": "s",
        "code_challenge": "c",
        "code_challenge_method": "S256",
    }


def test_a_consent_url_needs_the_instance_client_id() -> None:
    with pytest.raises(GbpError, match="VITRINE_GOOGLE_CLIENT_ID"):
        authorization_url(OAuthApp("", ""), redirect_uri=REDIRECT, state="s", code_challenge="c")


def test_the_code_is_exchanged_for_tokens_with_the_pkce_verifier() -> None:
    pkce = Pkce.new()
    with FakeGbp() as fake:
        back = _consent(fake, pkce)
        assert back["state"] == "etat-1"
        app = OAuthApp("client-id", "client-secret", token_url=fake.token_url)
        tokens = exchange_code(
            app, back["code"], redirect_uri=REDIRECT, code_verifier=pkce.verifier, now=lambda: NOW
        )
        assert tokens == OAuthTokens("access-2", "refresh-1", NOW + timedelta(seconds=3599 - 60))
        (post,) = [r for r in fake.state.requests if r.method == "POST"]
        form = {key: values[0] for key, values in parse_qs(post.body.decode()).items()}
        assert form["grant_type"] == "authorization_code" and form["code_verifier"] == pkce.verifier
        # The fresh access token works against the API.
        with GbpClient(app, tokens, base_url=fake.api_base, now=lambda: NOW) as client:
            assert client.list_reviews("111", "222") == []


def test_a_wrong_verifier_or_a_reused_code_is_refused() -> None:
    pkce = Pkce.new()
    with FakeGbp() as fake:
        app = OAuthApp("client-id", "client-secret", token_url=fake.token_url)
        code = _consent(fake, pkce)["code"]
        with pytest.raises(GbpAuthError, match="recommencez"):
            exchange_code(app, code, redirect_uri=REDIRECT, code_verifier=Pkce.new().verifier)
        code = _consent(fake, pkce)["code"]
        exchange_code(app, code, redirect_uri=REDIRECT, code_verifier=pkce.verifier)
        with pytest.raises(GbpAuthError):
            exchange_code(app, code, redirect_uri=REDIRECT, code_verifier=pkce.verifier)


def test_a_refusal_on_the_consent_screen_comes_back_as_access_denied() -> None:
    with FakeGbp() as fake:
        fake.state.deny = True
        back = _consent(fake, Pkce.new(), state="etat-2")
    assert back == {"error": "access_denied", "state": "etat-2"}


def test_tokens_without_the_business_profile_scope_are_refused() -> None:
    pkce = Pkce.new()
    with FakeGbp() as fake:
        fake.state.granted_scope = "openid email"
        code = _consent(fake, pkce)["code"]
        app = OAuthApp("client-id", "client-secret", token_url=fake.token_url)
        with pytest.raises(GbpAuthError, match="fiche d'établissement"):
            exchange_code(app, code, redirect_uri=REDIRECT, code_verifier=pkce.verifier)


def test_an_unreachable_token_endpoint_gives_a_french_error() -> None:
    with FakeGbp() as fake:
        token_url = fake.token_url
    app = OAuthApp("client-id", "client-secret", token_url=token_url)
    with pytest.raises(GbpError, match="injoignable"):
        exchange_code(app, "code", redirect_uri=REDIRECT, code_verifier="v" * 43)


# --- choosing the location: accounts and locations --------------------------------------------


def test_it_lists_every_account_across_pages_of_at_most_twenty() -> None:
    with FakeGbp() as fake:
        fake.state.accounts = [make_account(1, "Dr Fontaine", "PERSONAL")] + [
            make_account(n, kind="LOCATION_GROUP") for n in range(2, 46)
        ]
        with _client(fake, []) as client:
            accounts = client.list_accounts()
        assert accounts[0] == GbpAccount("1", "Dr Fontaine", "PERSONAL")
        assert [account.account_id for account in accounts] == [str(n) for n in range(1, 46)]
        gets = [r for r in fake.state.requests if r.path == "/accountmanagement/v1/accounts"]
        assert [r.query.get("pageToken", [""])[0] for r in gets] == ["", "accounts-20", "accounts-40"]
        assert all(r.query["pageSize"] == ["20"] for r in gets)


def test_it_refuses_an_account_page_size_above_twenty() -> None:
    with FakeGbp() as fake, _client(fake, []) as client, pytest.raises(ValueError, match="20"):
        client.list_accounts(page_size=21)


def test_it_lists_every_location_of_an_account_with_the_read_mask_and_pages_of_a_hundred() -> None:
    with FakeGbp() as fake:
        fake.state.accounts = [make_account(7)]
        fake.state.locations["7"] = [make_location(n) for n in range(1, 231)]
        fake.state.locations["7"][0] = make_location(1, "Cabinet du Dr Fontaine", "Lyon", "69006")
        with _client(fake, []) as client:
            locations = client.list_locations("7")
        assert len(locations) == 230
        assert locations[0] == GbpLocation(
            "1", "Cabinet du Dr Fontaine", "1 rue de la République, 69006 Lyon"
        )
        gets = [r for r in fake.state.requests if r.path == "/businessinformation/v1/accounts/7/locations"]
        assert [r.query.get("pageToken", [""])[0] for r in gets] == ["", "locations-100", "locations-200"]
        assert all(r.query["readMask"] == [LOCATION_READ_MASK] for r in gets)
        assert all(r.query["pageSize"] == ["100"] for r in gets)


def test_google_refuses_a_location_list_without_a_read_mask() -> None:
    with FakeGbp() as fake:
        fake.state.locations["7"] = [make_location(1)]
        with _client(fake, []) as client, pytest.raises(GbpError, match=r"400.*read_mask"):
            client.list_locations("7", read_mask="")


def test_a_location_without_a_storefront_address_has_an_empty_address() -> None:
    with FakeGbp() as fake:
        fake.state.locations["7"] = [{"name": "locations/9", "title": "Téléconsultation"}]
        with _client(fake, []) as client:
            assert client.list_locations("7") == [GbpLocation("9", "Téléconsultation", "")]


def test_listing_accounts_and_locations_refreshes_a_stale_access_token_once() -> None:
    seen: list[OAuthTokens] = []
    with FakeGbp() as fake:
        fake.state.accounts = [make_account(7)]
        fake.state.locations["7"] = [make_location(1)]
        fake.state.access_token = "access-4"  # ours (access-1) is stale
        fake.state.issued = 4
        with _client(fake, [], on_tokens=seen.append) as client:
            assert [a.account_id for a in client.list_accounts()] == ["7"]
            assert [loc.location_id for loc in client.list_locations("7")] == ["1"]
        assert [t.access_token for t in seen] == ["access-5"]
        assert [r.path for r in fake.state.requests] == [
            "/accountmanagement/v1/accounts",
            "/token",
            "/accountmanagement/v1/accounts",
            "/businessinformation/v1/accounts/7/locations",
        ]


def test_listing_locations_backs_off_on_503() -> None:
    sleeps: list[float] = []
    with FakeGbp() as fake:
        fake.state.locations["7"] = [make_location(1)]
        fake.state.failures = [(503, {"Retry-After": "2"})]
        with _client(fake, sleeps) as client:
            assert len(client.list_locations("7")) == 1
    assert sleeps == [2.0]


def test_an_unknown_account_is_a_french_error_with_googles_status() -> None:
    with FakeGbp() as fake, _client(fake, []) as client, pytest.raises(GbpError, match="404") as info:
        client.list_locations("999")
    assert info.value.status == 404


def test_reviews_are_not_requested_before_a_location_is_chosen() -> None:
    with FakeGbp() as fake:
        with _client(fake, []) as client, pytest.raises(GbpError, match="Aucun établissement"):
            client.list_reviews("111", "")
        assert fake.state.requests == []


# --- revoking the grant ------------------------------------------------------------------------


def test_revoking_the_refresh_token_ends_the_grant_at_google() -> None:
    with FakeGbp() as fake:
        assert revoke("refresh-1", revoke_url=fake.revoke_url) is True
        (post,) = fake.state.requests
        assert (post.method, post.path, post.query) == ("POST", "/revoke", {})  # token not in the URL
        assert parse_qs(post.body.decode()) == {"token": ["refresh-1"]}
        # Neither token works any more.
        with _client(fake, []) as client, pytest.raises(GbpAuthError, match="reconnectez"):
            client.list_reviews("111", "222")


def test_revoking_an_already_revoked_token_counts_as_done() -> None:
    with FakeGbp() as fake:
        assert revoke("refresh-1", revoke_url=fake.revoke_url) is True
        assert revoke("refresh-1", revoke_url=fake.revoke_url) is False
        assert revoke("never-issued", revoke_url=fake.revoke_url) is False


def test_a_revocation_google_cannot_process_is_a_french_error() -> None:
    with FakeGbp() as fake:
        fake.state.failures = [(503, {})]
        with pytest.raises(GbpError, match="503") as info:
            revoke("refresh-1", revoke_url=fake.revoke_url)
        assert info.value.status == 503
        revoke_url = fake.revoke_url
    with pytest.raises(GbpError, match="injoignable"):
        revoke("refresh-1", revoke_url=revoke_url)


# --- answers that are not what Google promises ---------------------------------------------------

PROXY_PAGE = (502, "text/html", b"<html><body>Bad gateway</body></html>")


def test_a_review_list_whose_next_page_token_repeats_stops_with_a_french_error() -> None:
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(n) for n in range(3)]
        fake.state.stuck_page_token = True
        with _client(fake, []) as client, pytest.raises(GbpError, match="tourne en rond"):
            client.list_reviews("111", "222")
        # The first page, then the page the token names, then the same token again: stop.
        assert [r.query.get("pageToken", [""])[0] for r in fake.state.requests] == ["", "0"]


def test_an_account_list_whose_next_page_token_repeats_stops_with_a_french_error() -> None:
    with FakeGbp() as fake:
        fake.state.accounts = [make_account(1)]
        fake.state.stuck_page_token = True
        with _client(fake, []) as client, pytest.raises(GbpError, match="tourne en rond"):
            client.list_accounts()
        assert len(fake.state.requests) == 2


def test_a_list_longer_than_the_page_limit_stops_with_a_french_error() -> None:
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(n) for n in range(10)]
        with _client(fake, [], max_pages=3) as client, pytest.raises(GbpError, match="plus de 3 pages"):
            client.list_reviews("111", "222", page_size=1)
        assert len(fake.state.requests) == 3


def test_a_review_page_that_is_not_json_is_a_french_error() -> None:
    with FakeGbp() as fake:
        fake.state.raw_answers = [(200, "text/html", b"<html>maintenance</html>")]
        with _client(fake, []) as client, pytest.raises(GbpError, match="JSON illisible"):
            client.list_reviews("111", "222")


def test_a_reply_answer_that_is_not_json_is_a_french_error() -> None:
    with FakeGbp() as fake:
        fake.state.reviews[("111", "222")] = [make_review(1)]
        fake.state.raw_answers = [(200, "application/json", b'{"comment": "tronqu')]
        with _client(fake, []) as client, pytest.raises(GbpError, match="JSON illisible"):
            client.put_reply("111", "222", "r1", "Merci.")


def test_a_token_refresh_answer_that_is_not_json_is_a_french_error() -> None:
    with FakeGbp() as fake:
        expired = OAuthTokens("access-1", "refresh-1", NOW - timedelta(minutes=1))
        fake.state.raw_answers = [(200, "text/html", b"<html>captive portal</html>")]
        with _client(fake, [], tokens=expired) as client, pytest.raises(GbpError, match="authentification"):
            client.list_accounts()
        assert [r.path for r in fake.state.requests] == ["/token"]


def test_a_proxy_error_page_during_a_location_list_is_a_french_error_with_its_status() -> None:
    sleeps: list[float] = []
    with FakeGbp() as fake:
        fake.state.locations["7"] = [make_location(1)]
        fake.state.raw_answers = [PROXY_PAGE] * 3
        with _client(fake, sleeps, max_retries=2) as client, pytest.raises(GbpError, match="502") as info:
            client.list_locations("7")
    assert info.value.status == 502
    assert sleeps == [1.0, 2.0]


def test_a_revocation_answered_by_a_proxy_page_is_a_french_error_with_its_status() -> None:
    with FakeGbp() as fake:
        fake.state.raw_answers = [(400, "text/html", b"<html>Bad request</html>")]
        with pytest.raises(GbpError, match="400") as info:
            revoke("refresh-1", revoke_url=fake.revoke_url)
        assert info.value.status == 400
        assert fake.state.revoked == set()
