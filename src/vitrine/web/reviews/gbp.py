"""Building the core Google Business Profile client for a practice's stored connection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from vitrine.reputation.gbp import (
    GbpAccount,
    GbpAuthError,
    GbpClient,
    GbpLocation,
    OAuthApp,
    OAuthTokens,
)
from vitrine.web.crypto import decrypt, encrypt
from vitrine.web.env import env_str
from vitrine.web.reviews.models import GbpConnection

# Locations are listed at once for this many accounts; beyond, the user opens one account at a time
# (an agency's user may manage hundreds of accounts: one request each would make the page crawl).
MAX_ACCOUNTS_EXPANDED = 10

# While someone waits for a page (the location list), Google gets one retry, a short pause and a
# short timeout: the periodic sync may wait minutes for Google, a web request may not.
INTERACTIVE_RETRIES = 1
INTERACTIVE_BACKOFF_CAP = 2.0
INTERACTIVE_TIMEOUT = 10.0


def oauth_app(connection: GbpConnection) -> OAuthApp:
    """The instance's OAuth client (VITRINE_GOOGLE_CLIENT_ID / VITRINE_GOOGLE_CLIENT_SECRET)."""
    return OAuthApp(
        client_id=env_str("VITRINE_GOOGLE_CLIENT_ID", ""),
        client_secret=env_str("VITRINE_GOOGLE_CLIENT_SECRET", ""),
        token_url=connection.token_url,
    )


def client_for(connection: GbpConnection, *, interactive: bool = False) -> GbpClient:
    """A client whose refreshed tokens are written back, encrypted, at once.

    ``interactive``: someone is waiting for the answer (see ``INTERACTIVE_RETRIES``). Tokens that
    can no longer be decrypted (the encryption key changed) are a :class:`GbpAuthError`: the
    practice must reconnect its account.
    """

    # The refresh token as stored when this client was built, then as this client stored it.
    stored_refresh = [connection.refresh_token_enc]

    def store(tokens: OAuthTokens) -> None:
        # Compare-and-swap: written only over the grant this client started from. Tokens wiped
        # meanwhile (« Déconnecter Google ») or replaced (reconnected, another refresh) stay so.
        refresh_enc = encrypt(tokens.refresh_token)
        written = GbpConnection.objects.filter(pk=connection.pk, refresh_token_enc=stored_refresh[0]).update(
            access_token_enc=encrypt(tokens.access_token),
            refresh_token_enc=refresh_enc,
            expires_at=tokens.expires_at,
        )
        if written:
            stored_refresh[0] = refresh_enc

    try:
        tokens = OAuthTokens(
            access_token=decrypt(connection.access_token_enc) if connection.access_token_enc else "",
            refresh_token=decrypt(connection.refresh_token_enc) if connection.refresh_token_enc else "",
            expires_at=connection.expires_at,
        )
    except ValueError as exc:
        raise GbpAuthError(
            "Les jetons Google enregistrés sont illisibles (clé de chiffrement changée) : "
            "reconnectez le compte Google du cabinet."
        ) from exc
    patience: dict[str, Any] = (
        {
            "http": httpx.Client(timeout=INTERACTIVE_TIMEOUT),
            "max_retries": INTERACTIVE_RETRIES,
            "backoff_cap": INTERACTIVE_BACKOFF_CAP,
        }
        if interactive
        else {}
    )
    return GbpClient(
        oauth_app(connection),
        tokens,
        base_url=connection.base_url,
        account_base_url=connection.account_api_url,
        info_base_url=connection.info_api_url,
        on_tokens=store,
        **patience,
    )


@dataclass(frozen=True)
class AccountChoice:
    """An account and, when they were fetched, its locations (``None``: open it to see them)."""

    account: GbpAccount
    locations: list[GbpLocation] | None = None

    @property
    def options(self) -> list[tuple[str, GbpLocation]]:
        """``("account/location", location)`` pairs: the values the choice form accepts."""
        return [(f"{self.account.account_id}/{loc.location_id}", loc) for loc in self.locations or []]


@dataclass(frozen=True)
class LocationChoices:
    accounts: list[AccountChoice] = field(default_factory=list)
    # True when only the account asked for is shown (``only_account``).
    narrowed: bool = False

    @property
    def location_count(self) -> int:
        return sum(len(choice.locations or []) for choice in self.accounts)


def location_choices(connection: GbpConnection, only_account: str = "") -> LocationChoices:
    """The accounts the connected user manages and their locations, as Google lists them now.

    Raises :class:`vitrine.reputation.gbp.GbpError` (French message) when Google refuses or fails.
    """
    with client_for(connection, interactive=True) as client:
        accounts = client.list_accounts()
        if only_account:
            chosen = [account for account in accounts if account.account_id == only_account]
            return LocationChoices(
                [AccountChoice(account, client.list_locations(account.account_id)) for account in chosen],
                narrowed=True,
            )
        expand = len(accounts) <= MAX_ACCOUNTS_EXPANDED
        return LocationChoices(
            [
                AccountChoice(account, client.list_locations(account.account_id) if expand else None)
                for account in accounts
            ]
        )


def find_location(connection: GbpConnection, account_id: str, location_id: str) -> GbpLocation | None:
    """The location, if Google lists it under that account for the connected user (else ``None``)."""
    with client_for(connection, interactive=True) as client:
        for location in client.list_locations(account_id):
            if location.location_id == location_id:
                return location
    return None
