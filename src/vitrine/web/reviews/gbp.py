"""Building the core Google Business Profile client for a practice's stored connection."""

from __future__ import annotations

from vitrine.reputation.gbp import GbpClient, OAuthApp, OAuthTokens
from vitrine.web.crypto import decrypt, encrypt
from vitrine.web.env import env_str
from vitrine.web.reviews.models import GbpConnection


def oauth_app(connection: GbpConnection) -> OAuthApp:
    """The instance's OAuth client (VITRINE_GOOGLE_CLIENT_ID / VITRINE_GOOGLE_CLIENT_SECRET)."""
    return OAuthApp(
        client_id=env_str("VITRINE_GOOGLE_CLIENT_ID", ""),
        client_secret=env_str("VITRINE_GOOGLE_CLIENT_SECRET", ""),
        token_url=connection.token_url,
    )


def client_for(connection: GbpConnection) -> GbpClient:
    """A client whose refreshed tokens are written back, encrypted, at once."""

    def store(tokens: OAuthTokens) -> None:
        GbpConnection.objects.filter(pk=connection.pk).update(
            access_token_enc=encrypt(tokens.access_token),
            refresh_token_enc=encrypt(tokens.refresh_token),
            expires_at=tokens.expires_at,
        )

    tokens = OAuthTokens(
        access_token=decrypt(connection.access_token_enc) if connection.access_token_enc else "",
        refresh_token=decrypt(connection.refresh_token_enc) if connection.refresh_token_enc else "",
        expires_at=connection.expires_at,
    )
    return GbpClient(oauth_app(connection), tokens, base_url=connection.base_url, on_tokens=store)
