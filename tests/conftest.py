"""Suite-wide rules: under CI=true nothing is skipped for a missing service or browser."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


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
        "test PostgreSQL ignoré : définissez VITRINE_TEST_DATABASE_URL (make test le lance avec DATABASE_URL)",
    )
