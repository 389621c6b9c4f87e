"""allauth MFA adapter: TOTP seeds and recovery seeds are encrypted at rest."""

from __future__ import annotations

from allauth.mfa.adapter import DefaultMFAAdapter

from vitrine.web.crypto import decrypt, encrypt


class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]
    def encrypt(self, text: str) -> str:
        return encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return decrypt(encrypted_text)
