"""The audit trail is append-only, chained, verifiable, and browsable by the right roles."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import DatabaseError, connection, transaction

from tests.fixtures import World, logged_in
from vitrine.cli.main import main as vitrine
from vitrine.web.audit import protection
from vitrine.web.audit.actions import record, verify_chain
from vitrine.web.audit.models import AppendOnlyError, AuditRecord
from vitrine.web.practices import actions


@pytest.mark.django_db
def test_each_record_stores_the_hash_of_the_previous_one(world: World) -> None:
    first = record(actor=world.user("admin"), action="essai-1")
    second = record(actor=world.user("admin"), action="essai-2", summary={"champ": "valeur"})
    assert second.prev_hash == first.hash
    assert second.seq == first.seq + 1
    assert verify_chain().ok


@pytest.mark.django_db
def test_a_write_action_records_who_role_practice_what_and_a_summary(world: World) -> None:
    admin = world.members["admin"]
    actions.do_change_role(admin, world.members["secretariat"], "webmaster")
    entry = AuditRecord.objects.order_by("-seq").first()
    assert entry is not None
    assert (entry.actor_email, entry.role, entry.practice_id, entry.action) == (
        "admin@fontaine.test",
        "admin",
        world.fontaine.pk,
        "role-modifie",
    )
    assert entry.object_type == "practices.membership"
    assert entry.summary == {
        "avant": "secretariat",
        "apres": "webmaster",
        "membre": "secretariat@fontaine.test",
    }


@pytest.mark.django_db
def test_the_model_refuses_to_change_or_delete_a_record(world: World) -> None:
    entry = record(actor=None, action="essai")
    entry.action = "autre"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()


@pytest.mark.django_db(transaction=True)
def test_the_database_refuses_updates_and_deletes_of_records(world: World) -> None:
    record(actor=None, action="essai")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditRecord.objects.update(action="falsifie")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditRecord.objects.all()._raw_delete(connection.alias)  # type: ignore[attr-defined]


def _drop_protection() -> None:
    """What an attacker with database access would do before editing a record."""
    protection.remove(connection)


@pytest.mark.django_db(transaction=True)
def test_verify_reports_the_first_edited_record(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    for index in range(5):
        record(actor=world.user("admin"), action=f"essai-{index}")
    assert vitrine(["audit-log", "verify"]) == 0
    assert "Journal intègre" in capsys.readouterr().out
    target = AuditRecord.objects.order_by("seq")[2]
    _drop_protection()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditrecord SET summary = %s WHERE seq = %s", ['{"falsifie": true}', target.seq]
        )
    assert vitrine(["audit-log", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"entrée n° {target.seq}" in out and "contenu modifié" in out


@pytest.mark.django_db(transaction=True)
def test_verify_detects_a_deleted_record(world: World) -> None:
    for index in range(3):
        record(actor=None, action=f"essai-{index}")
    last = AuditRecord.objects.order_by("-seq").first()
    assert last is not None
    middle = last.seq - 1
    _drop_protection()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditrecord WHERE seq = %s", [middle])
    report = verify_chain()
    assert report.first_broken_seq == middle


@pytest.mark.django_db
def test_a_praticien_can_filter_and_export_the_journal_as_csv(world: World) -> None:
    actions.do_change_role(world.members["admin"], world.members["webmaster"], "secretariat")
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get("/journal/", {"action": "role-modifie"}).content.decode()
    assert "role-modifie" in page and "webmaster@fontaine.test" in page
    response = client.get("/journal/export.csv", {"action": "role-modifie"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:6] == ["seq", "date_utc", "personne", "email", "role", "action"]
    assert [row[5] for row in rows[1:]] == ["role-modifie"]
    assert AuditRecord.objects.filter(action="export-journal", actor_email="praticien@fontaine.test").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["secretariat", "community-manager", "webmaster"])
def test_other_roles_cannot_open_the_journal(world: World, role: str) -> None:
    client = logged_in(world.user(role), world.fontaine)
    assert client.get("/journal/").status_code == 403
    assert client.get("/journal/export.csv").status_code == 403
