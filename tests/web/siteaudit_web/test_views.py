"""The « Site web » pages: launch, history, detail (scores, fixes, changes), reports, demo data."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage

from tests.fixtures import World, logged_in
from vitrine.web.practices.models import Membership
from vitrine.web.siteaudit_web.actions import do_request_site_audit
from vitrine.web.siteaudit_web.demo import load_demo_audits
from vitrine.web.siteaudit_web.models import Alert, AuditSchedule, SiteAudit
from vitrine.web.siteaudit_web.runner import ProgressWriter


def _body(response: Any) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return str(response.content.decode())


@pytest.mark.django_db
def test_the_site_web_page_shows_the_history_the_alert_and_the_schedule(world: World) -> None:
    client = logged_in(world.user("webmaster"), world.fontaine)
    page = client.get("/site-web/").content.decode()
    assert "Historique des audits" in page and page.count("/site-web/audits/") >= 2
    assert "76/100" in page and "99/100" in page
    assert "Nouveaux problèmes détectés" in page and "Déontologie" in page
    assert 'value="mensuelle" selected' in page
    assert "pas encore d'adresse de site web" in page  # Fontaine's test practice has none


@pytest.mark.django_db
def test_the_detail_shows_area_scores_fixes_by_impact_and_the_changes(world: World) -> None:
    latest = SiteAudit.objects.filter(practice=world.fontaine).first()
    assert latest is not None and latest.previous is not None
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.get(f"/site-web/audits/{latest.pk}/").content.decode()
    assert "Score par domaine" in page and 'value="50"' in page  # déontologie 50/100
    fixes = page.split('data-testid="fixes"')[1]
    assert "Témoignage, avis ou note de patients" in fixes and "Comment corriger" in fixes
    severities = [part.split('"')[0] for part in fixes.split('class="sev sev-')[1:]]
    assert severities and severities == sorted(severities, key=["interdit", "risque", "conseil"].index)
    changes = page.split('data-testid="changes"')[1].split('data-testid="fixes"')[0]
    assert "nouveaux problèmes" in changes and "/temoignages.html" in changes
    assert "2 problèmes corrigés" in changes and "Texte alternatif" in changes
    assert "99/100 → 76/100" in changes


@pytest.mark.django_db
def test_the_html_report_is_rebuilt_from_the_stored_result_when_no_file_exists(world: World) -> None:
    latest = SiteAudit.objects.filter(practice=world.fontaine).first()
    assert latest is not None
    client = logged_in(world.user("webmaster"), world.fontaine)
    response = client.get(f"/site-web/audits/{latest.pk}/rapport.html")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert "<html" in _body(response) and "76" in _body(response)
    assert client.get(f"/site-web/audits/{latest.pk}/rapport.pdf").status_code == 404


@pytest.mark.django_db
def test_stored_reports_are_downloaded_as_files(world: World, settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path
    latest = SiteAudit.objects.filter(practice=world.fontaine).first()
    assert latest is not None
    storage = FileSystemStorage(location=tmp_path)
    latest.report_pdf = storage.save(
        f"{world.fontaine.pk}/site-web/audit-{latest.pk}.pdf", ContentFile(b"%PDF-1.7")
    )
    latest.save()
    client = logged_in(world.user("webmaster"), world.fontaine)
    response = client.get(f"/site-web/audits/{latest.pk}/rapport.pdf")
    assert response.status_code == 200 and _body(response).startswith("%PDF")
    assert response["Content-Type"] == "application/pdf"
    latest.report_pdf = "../../etc/passwd"
    latest.save()
    assert client.get(f"/site-web/audits/{latest.pk}/rapport.pdf").status_code == 404


@pytest.mark.django_db
def test_launching_from_the_page_creates_a_pending_audit_and_shows_its_progress(world: World) -> None:
    world.fontaine.website = "https://cabinet-fontaine.example"
    world.fontaine.save()
    client = logged_in(world.user("webmaster"), world.fontaine)
    response = client.post("/site-web/lancer/", {"browser": "on"})
    audit = SiteAudit.objects.filter(practice=world.fontaine).first()
    assert audit is not None and audit.status == "en-attente" and audit.render
    assert response.url == f"/site-web/audits/{audit.pk}/"  # type: ignore[attr-defined]
    page = client.get(response.url).content.decode()  # type: ignore[attr-defined]
    assert "En attente" in page and 'hx-trigger="every 2s"' in page
    status = client.get(f"/site-web/audits/{audit.pk}/etat/", HTTP_HX_REQUEST="true")
    assert "HX-Refresh" not in status
    SiteAudit.objects.filter(pk=audit.pk).update(status="echec", error="Le site ne répond pas.")
    status = client.get(f"/site-web/audits/{audit.pk}/etat/", HTTP_HX_REQUEST="true")
    assert status["HX-Refresh"] == "true" and "ne répond pas" in status.content.decode()
    again = client.post("/site-web/lancer/", follow=True).content.decode()
    assert "déjà en cours" not in again  # the failed one does not block


@pytest.mark.django_db
def test_a_secretary_has_no_site_web_pages(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    assert client.get("/site-web/").status_code == 403
    assert client.post("/site-web/lancer/").status_code == 403
    assert "/site-web/" not in client.get("/tableau-de-bord/").content.decode()


@pytest.mark.django_db
def test_the_schedule_form_saves_the_frequency(world: World) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    client.post("/site-web/planification/", {"frequency": "trimestrielle", "browser": "on"})
    schedule = AuditSchedule.objects.get(practice=world.fontaine)
    assert (schedule.frequency, schedule.render) == ("trimestrielle", True)


@pytest.mark.django_db
def test_an_alert_marked_read_leaves_the_page(world: World) -> None:
    alert = Alert.objects.get(practice=world.fontaine)
    client = logged_in(world.user("webmaster"), world.fontaine)
    response = client.post(f"/site-web/alertes/{alert.pk}/lue/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response.content == b""
    assert "Nouveaux problèmes détectés" not in client.get("/site-web/").content.decode()


@pytest.mark.django_db
def test_the_demo_loader_is_idempotent(world: World) -> None:
    members = {m.role: m for m in Membership.objects.filter(practice=world.fontaine)}
    before = SiteAudit.objects.filter(practice=world.fontaine).count()
    load_demo_audits(world.fontaine, members)
    assert SiteAudit.objects.filter(practice=world.fontaine).count() == before == 2
    assert Alert.objects.filter(practice=world.fontaine).count() == 1


@pytest.mark.django_db
def test_a_running_audit_shows_its_progress(world: World) -> None:
    world.fontaine.website = "https://cabinet-fontaine.example"
    world.fontaine.save()
    audit = do_request_site_audit(world.members["webmaster"])
    SiteAudit.objects.filter(pk=audit.pk).update(status="en-cours")
    progress = ProgressWriter(audit.pk)
    progress(3, 10, "https://cabinet-fontaine.example/cabinet.html")
    progress._flush()
    client = logged_in(world.user("webmaster"), world.fontaine)
    status = client.get(f"/site-web/audits/{audit.pk}/etat/", HTTP_HX_REQUEST="true").content.decode()
    assert "Exploration des pages : 3 page(s) sur 10" in status and 'value="3"' in status
    progress(2, 9, "déontologie : https://cabinet-fontaine.example/")
    progress._flush()
    status = client.get(f"/site-web/audits/{audit.pk}/etat/", HTTP_HX_REQUEST="true").content.decode()
    assert "Lecture déontologique des pages : 2 page(s) sur 9" in status
