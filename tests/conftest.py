"""Suite-wide rules: under CI=true nothing is skipped for a missing service or browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["tests.fixtures"]

IN_CI = os.environ.get("CI", "").lower() == "true"

# The rules' compiled expressions (vitrine.regex_cache) go next to pytest's own cache,
# not to the user's: a fresh clone starts empty, later runs read what earlier ones wrote.
os.environ.setdefault("VITRINE_CACHE_DIR", str(Path(__file__).parents[1] / ".pytest_cache" / "vitrine"))


def require(condition: bool, reason: str) -> None:
    """Skip when a service is missing outside CI; fail under CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true : aucun test n'est ignoré)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _postgres_only(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres") is None:
        return
    from django.db import connection

    require(
        connection.vendor == "postgresql",
        "test PostgreSQL ignoré : définissez VITRINE_TEST_DATABASE_URL (make test le lance alors)",
    )


@pytest.fixture(autouse=True)
def _audit_protection(request: pytest.FixtureRequest) -> object:
    """Keep the audit table append-only in every database test.

    Transactional tests end with a flush (DELETE of every table), which the audit triggers
    refuse: they are lifted for that flush and put back by the next test.
    """
    marker = request.node.get_closest_marker("django_db")
    if marker is None and not {"db", "transactional_db", "world", "live_server"} & set(request.fixturenames):
        yield None
        return
    transactional = bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    request.getfixturevalue("transactional_db" if transactional else "db")
    from django.db import connection

    from vitrine.web.audit import protection

    protection.install(connection)
    yield None
    if transactional:
        protection.remove(connection)


@pytest.fixture(autouse=True)
def _fast_password_hashing(request: pytest.FixtureRequest) -> None:
    if "world" in request.fixturenames or request.node.get_closest_marker("django_db"):
        settings = request.getfixturevalue("settings")
        settings.PASSWORD_HASHERS = ["tests.hashers.FastArgon2PasswordHasher"]
