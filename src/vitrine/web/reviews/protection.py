"""Database triggers that keep preserved evidence immutable (see ADR 0051).

UPDATE is always refused. DELETE is refused on PostgreSQL unless the practice is being erased
(RGPD deletion after the grace period); on SQLite the ORM refuses deletes, because the test
database flush deletes tables in no fixed order and a conditional trigger cannot tell it apart.
"""

from __future__ import annotations

from typing import Any

_SQLITE_INSTALL = [
    "CREATE TRIGGER IF NOT EXISTS reviews_evidence_no_update BEFORE UPDATE ON reviews_evidence "
    "BEGIN SELECT RAISE(ABORT, 'evidence is immutable'); END;",
]
_SQLITE_REMOVE = ["DROP TRIGGER IF EXISTS reviews_evidence_no_update;"]
_POSTGRES_INSTALL = [
    "CREATE OR REPLACE FUNCTION reviews_evidence_immutable() RETURNS trigger AS $$ "
    "BEGIN "
    "IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM practices_practice p "
    "WHERE p.id = OLD.practice_id AND p.deletion_requested_at IS NULL) THEN RETURN OLD; END IF; "
    "RAISE EXCEPTION 'evidence is immutable'; END; $$ LANGUAGE plpgsql;",
    "CREATE OR REPLACE TRIGGER reviews_evidence_no_change BEFORE UPDATE OR DELETE ON reviews_evidence "
    "FOR EACH ROW EXECUTE FUNCTION reviews_evidence_immutable();",
]
_POSTGRES_REMOVE = ["DROP TRIGGER IF EXISTS reviews_evidence_no_change ON reviews_evidence;"]


def _run(connection: Any, statements: dict[str, list[str]]) -> None:
    with connection.cursor() as cursor:
        for statement in statements.get(connection.vendor, []):
            cursor.execute(statement)


def install(connection: Any) -> None:
    """Make the evidence table refuse changes."""
    _run(connection, {"sqlite": _SQLITE_INSTALL, "postgresql": _POSTGRES_INSTALL})


def remove(connection: Any) -> None:
    """Drop the triggers (migration backwards)."""
    _run(connection, {"sqlite": _SQLITE_REMOVE, "postgresql": _POSTGRES_REMOVE})
