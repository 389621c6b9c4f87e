"""Encryption at rest for secrets stored in the database (TOTP seeds, OAuth tokens).

Keyed by ``VITRINE_ENCRYPTION_KEY`` (a Fernet key) or, when unset, derived from the secret key
with HKDF, so that a database dump alone never reveals them.
"""

from __future__ import annotations

import base64
from functools import cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


@cache
def _fernet() -> Fernet:
    key = settings.ENCRYPTION_KEY
    if not key:
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"vitrine-at-rest", info=b"fernet").derive(
            settings.SECRET_KEY.encode()
        )
        key = base64.urlsafe_b64encode(derived).decode()
    return Fernet(key.encode() if isinstance(key, str) else key)


def encrypt(plain: str) -> str:
    """Encrypt a short secret; the result is ASCII."""
    return _fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    """Decrypt what ``encrypt`` produced; raises ``ValueError`` on a wrong key or altered data."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError("Secret chiffré illisible (clé différente ou donnée altérée).") from exc
