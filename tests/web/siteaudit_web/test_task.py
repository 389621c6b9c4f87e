"""The audit task against a test site served on 127.0.0.1: result, reports, changes, alert, e-mail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core import mail

from tests.fixtures import World
from tests.siteaudit.server import closed_origin
from tests.web.siteaudit_web.conftest import LiveSite
from vitrine.web.audit.models import AuditRecord
from vitrine.web.siteaudit_web.actions import do_request_site_audit
from vitrine.web.siteaudit_web.models import Alert, SiteAudit
from vitrine.web.siteaudit_web.runner import audit_options
from vitrine.web.siteaudit_web.tasks import run_site_audit


def _audit(world: World, role: str = "webmaster") -> SiteAudit:
    audit = do_request_site_audit(world.members[role])
    run_site_audit.call(audit.pk)
    audit.refresh_from_db()
    return audit


@pytest.fixture
def on_site(world: World, live_site: LiveSite, fast_audits: Any) -> World:
    world.fontaine.website = live_site.origin + "/"
    world.fontaine.save()
    return world


@pytest.mark.django_db
def test_the_task_stores_the_result_and_the_html_report_under_the_practice_folder(
    on_site: World, fast_audits: Any
) -> None:
    audit = _audit(on_site)
    assert audit.status == "termine", audit.error
    assert audit.started_at and audit.finished_at
    assert audit.result["site"].startswith("http://127.0.0.1:")
    assert audit.page_count >= 6 and audit.score == audit.result["score"]
    assert {f["check"] for p in audit.result["pages"] for f in p["findings"]} >= {"https"}
    folder = Path(fast_audits.MEDIA_ROOT) / str(on_site.fontaine.pk) / "site-web"
    assert audit.report_html == f"{on_site.fontaine.pk}/site-web/audit-{audit.pk}.html"
    assert "Audit" in (folder / f"audit-{audit.pk}.html").read_text("utf-8")
    assert [p.name for p in folder.iterdir()] == [f"audit-{audit.pk}.html"]  # no temporary file left
    assert audit.report_pdf == ""  # PDF switched off for this test
    # The demo audits are of another site: the first audit of this one has nothing to compare.
    assert audit.previous is None and audit.new_problems == 0
    entry = AuditRecord.objects.get(action="audit-site-termine", object_id=str(audit.pk))
    assert entry.summary["score"] == audit.score and entry.actor_id is None


@pytest.mark.django_db
def test_running_the_task_twice_does_not_audit_twice(on_site: World) -> None:
    audit = _audit(on_site)
    assert run_site_audit.call(audit.pk) == "ignore"
    assert AuditRecord.objects.filter(action="audit-site-termine", object_id=str(audit.pk)).count() == 1


@pytest.mark.django_db
def test_a_new_problem_raises_an_alert_and_an_email_and_a_fixed_one_is_counted(
    on_site: World, live_site: LiveSite
) -> None:
    live_site.drop_meta_description("honoraires.html")
    first = _audit(on_site)
    assert not Alert.objects.filter(audit=first).exists()
    # The webmaster fixes the description and, by mistake, removes an image's alternative text.
    (live_site.root / "honoraires.html").write_text(
        (Path(__file__).parents[2] / "siteaudit/sites/conforme/honoraires.html").read_text("utf-8"), "utf-8"
    )
    live_site.break_image_alt()
    mail.outbox.clear()
    second = _audit(on_site, role="praticien")
    assert second.previous == first
    assert (second.new_problems, second.fixed_problems) == (1, 1)
    alert = Alert.objects.get(audit=second)
    assert alert.count == 1 and alert.practice == on_site.fontaine
    assert [(p["check"], p["page"], p["severity"]) for p in alert.problems] == [("img-alt", "/", "risque")]
    assert len(mail.outbox) == 1
    alert.refresh_from_db()
    message = mail.outbox[0]
    assert sorted(message.to) == ["praticien@fontaine.test", "webmaster@fontaine.test"]
    assert "1 nouveau(x) problème(s)" in message.subject
    assert "Texte alternatif" in message.body or "img" in message.body.lower()
    assert "Salle d'attente" not in message.body  # page text (evidence) never goes by e-mail
    assert alert.emailed_to == 2


@pytest.mark.django_db
def test_an_unchanged_site_raises_no_alert(on_site: World) -> None:
    _audit(on_site)
    mail.outbox.clear()
    second = _audit(on_site)
    assert second.new_problems == 0 and not Alert.objects.filter(audit=second).exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_unreachable_site_fails_with_a_french_message(world: World, fast_audits: Any) -> None:
    world.fontaine.website = closed_origin() + "/"
    world.fontaine.save()
    audit = _audit(world)
    assert audit.status == "echec" and "ne répond pas" in audit.error
    assert audit.report_html == "" and audit.result == {}
    assert AuditRecord.objects.filter(action="audit-site-echoue", object_id=str(audit.pk)).exists()


@pytest.mark.django_db
def test_a_private_network_address_is_refused_by_default(
    on_site: World, fast_audits: Any, live_site: LiveSite
) -> None:
    fast_audits.SITEAUDIT_WEB = {**fast_audits.SITEAUDIT_WEB, "allow_private_hosts": False}
    audit = _audit(on_site)
    assert audit.status == "echec" and "réseau privé" in audit.error


@pytest.mark.django_db
@pytest.mark.slow
def test_the_pdf_report_is_written_when_enabled(on_site: World, fast_audits: Any) -> None:
    fast_audits.SITEAUDIT_WEB = {**fast_audits.SITEAUDIT_WEB, "pdf": True}
    audit = _audit(on_site)
    pdf = Path(fast_audits.MEDIA_ROOT) / audit.report_pdf
    assert audit.report_pdf.endswith(f"audit-{audit.pk}.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.django_db
def test_report_files_leave_with_their_audit(
    on_site: World, fast_audits: Any, django_capture_on_commit_callbacks: Any
) -> None:
    audit = _audit(on_site)
    report = Path(fast_audits.MEDIA_ROOT) / audit.report_html
    assert report.is_file()
    with django_capture_on_commit_callbacks(execute=True):
        SiteAudit.objects.filter(practice=on_site.fontaine).delete()
    assert not report.exists()


@pytest.mark.django_db
def test_the_audit_options_carry_the_browser_switch_and_the_practice_own_details(
    world: World, fast_audits: Any
) -> None:
    world.fontaine.website = "https://cabinet-fontaine.example"
    world.fontaine.save()
    audit = do_request_site_audit(world.members["webmaster"], render=True)
    options = audit_options(audit)
    assert options.render and not options.check_content and options.max_seconds == 60
    assert {"Cabinet Fontaine", "69006 Lyon", "Dr Claire Fontaine"} <= set(options.own_details)
