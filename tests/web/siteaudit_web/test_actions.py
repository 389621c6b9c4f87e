"""Requesting audits, schedules and alerts: capabilities, audit trail, one audit at a time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.fixtures import World
from vitrine.web.audit.models import AuditRecord
from vitrine.web.siteaudit_web.actions import (
    do_mark_alert_read,
    do_request_site_audit,
    do_set_audit_schedule,
    enqueue_due_audits,
)
from vitrine.web.siteaudit_web.models import Alert, AuditSchedule, SiteAudit

TASK = "vitrine.web.siteaudit_web.tasks.run_site_audit"


@pytest.fixture
def with_website(world: World) -> World:
    world.fontaine.website = "https://cabinet-fontaine.example"
    world.fontaine.save()
    return world


@pytest.mark.django_db
def test_a_webmaster_requests_an_audit_which_is_enqueued_and_recorded(with_website: World) -> None:
    audit = do_request_site_audit(with_website.members["webmaster"], render=True)
    assert (audit.status, audit.url, audit.render) == ("en-attente", "https://cabinet-fontaine.example", True)
    task = DBTaskResult.objects.get(task_path=TASK)
    assert task.args_kwargs["args"] == [audit.pk]
    entry = AuditRecord.objects.get(action="audit-site-demande")
    assert (entry.actor_email, entry.object_id, entry.summary) == (
        "webmaster@fontaine.test",
        str(audit.pk),
        {"rendu": True},
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["secretariat", "community-manager", "admin"])
def test_roles_without_the_site_audit_capability_cannot_request_an_audit(
    with_website: World, role: str
) -> None:
    before = SiteAudit.objects.count()
    with pytest.raises(PermissionDenied):
        do_request_site_audit(with_website.members[role])
    assert SiteAudit.objects.count() == before
    assert not DBTaskResult.objects.filter(task_path=TASK).exists()


@pytest.mark.django_db
def test_a_practice_without_website_gets_a_french_error(world: World) -> None:
    with pytest.raises(ValidationError, match="pas d'adresse de site web"):
        do_request_site_audit(world.members["praticien"])


@pytest.mark.django_db
def test_a_second_request_while_an_audit_is_pending_is_refused(with_website: World) -> None:
    do_request_site_audit(with_website.members["webmaster"])
    with pytest.raises(ValidationError, match="déjà en cours"):
        do_request_site_audit(with_website.members["praticien"])
    assert DBTaskResult.objects.filter(task_path=TASK).count() == 1


@pytest.mark.django_db
def test_an_audit_lost_for_an_hour_no_longer_blocks_a_new_request(with_website: World) -> None:
    lost = do_request_site_audit(with_website.members["webmaster"])
    SiteAudit.objects.filter(pk=lost.pk).update(created_at=timezone.now() - timedelta(hours=2))
    fresh = do_request_site_audit(with_website.members["webmaster"])
    lost.refresh_from_db()
    assert lost.status == "echec" and "interrompu" in lost.error
    assert fresh.status == "en-attente"


@pytest.mark.django_db
def test_a_due_schedule_enqueues_one_audit_and_moves_to_the_next_period(with_website: World) -> None:
    schedule = do_set_audit_schedule(with_website.members["webmaster"], frequency="hebdomadaire")
    assert AuditRecord.objects.filter(action="audit-site-planification").exists()
    assert schedule.next_due_at is not None
    assert enqueue_due_audits(schedule.next_due_at - timedelta(minutes=1)) == []
    due = schedule.next_due_at + timedelta(minutes=1)
    created = enqueue_due_audits(due)
    assert len(created) == 1
    audit = SiteAudit.objects.get(pk=created[0])
    assert (audit.trigger, audit.requested_by) == ("planifie", None)
    assert DBTaskResult.objects.filter(task_path=TASK, args_kwargs__args=[audit.pk]).exists()
    schedule.refresh_from_db()
    assert schedule.next_due_at == due + timedelta(days=7)
    assert enqueue_due_audits(due + timedelta(hours=1)) == []  # not due again before a week


@pytest.mark.django_db
def test_a_schedule_never_enqueues_for_a_practice_without_website(world: World) -> None:
    AuditSchedule.objects.filter(practice=world.fontaine).delete()
    schedule = do_set_audit_schedule(world.members["praticien"], frequency="mensuelle")
    assert schedule.next_due_at is not None
    assert enqueue_due_audits(schedule.next_due_at + timedelta(seconds=1)) == []


@pytest.mark.django_db
def test_the_periodic_job_is_registered_with_the_module() -> None:
    from vitrine.web.modules import periodic_jobs

    jobs = {job.name: job for job in periodic_jobs()}
    assert jobs["site-web-reaudits"].task == "vitrine.web.siteaudit_web.tasks.enqueue_scheduled_audits"


@pytest.mark.django_db
def test_an_unknown_frequency_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="Fréquence inconnue"):
        do_set_audit_schedule(world.members["webmaster"], frequency="chaque-heure")


@pytest.mark.django_db
def test_marking_an_alert_read_records_who_and_stays_in_its_practice(world: World) -> None:
    alert = Alert.objects.get(practice=world.fontaine)
    with pytest.raises(PermissionDenied):
        do_mark_alert_read(world.outsider, alert)
    do_mark_alert_read(world.members["webmaster"], alert)
    alert.refresh_from_db()
    assert alert.read_at is not None and alert.read_by == world.user("webmaster")
    assert AuditRecord.objects.filter(action="alerte-site-lue", object_id=str(alert.pk)).count() == 1
