"""Fixtures shared by the Google connection tests: a real local Google and a connection to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fixtures import World
from tests.reputation.fake_gbp import FakeGbp, make_account, make_location
from vitrine.web.reviews import actions
from vitrine.web.reviews.models import GbpConnection


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGbp]:
    """Google on 127.0.0.1: two accounts, the first with two locations, the second with one."""
    monkeypatch.setenv("VITRINE_GOOGLE_CLIENT_ID", "client-id")
    monkeypatch.setenv("VITRINE_GOOGLE_CLIENT_SECRET", "client-secret")
    # The operator lets the manual form point at the local Google (see the endpoint tests).
    monkeypatch.setenv("VITRINE_GOOGLE_CUSTOM_ENDPOINTS", "1")
    with FakeGbp() as fake:
        fake.state.accounts = [
            make_account(7, "Dr Claire Fontaine"),
            make_account(8, "Groupe Santé", "ORGANIZATION"),
        ]
        fake.state.locations["7"] = [
            make_location(41, "Cabinet du Dr Fontaine", "Lyon", "69006"),
            make_location(42, "Consultation avancée Villeurbanne", "Villeurbanne", "69100"),
        ]
        fake.state.locations["8"] = [make_location(80, "Clinique du Parc", "Lyon", "69003")]
        yield fake


def connect_to(world: World, fake: FakeGbp, *, tokens: bool = False, **overrides: str) -> GbpConnection:
    """The praticien points the connection at the local Google (ids empty unless given).

    With ``tokens=True`` the grant's tokens are stored too, as after a consent.
    """
    fields = {
        "account_id": "",
        "location_id": "",
        "base_url": fake.api_base,
        "token_url": fake.token_url,
        "auth_url": fake.auth_url,
        "account_api_url": fake.account_api_base,
        "info_api_url": fake.info_api_base,
        "revoke_url": fake.revoke_url,
        **overrides,
    }
    if tokens:
        fields |= {"access_token": fake.state.access_token, "refresh_token": fake.state.refresh_token}
    return actions.do_connect_gbp(world.members["praticien"], **fields)
