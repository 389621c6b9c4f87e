"""« Vérifier un texte »: checks as you type, audit without the text, saved checks on request."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from tests.fixtures import World, logged_in
from vitrine.compliance import check
from vitrine.web.audit.models import AuditRecord
from vitrine.web.conformite.demo import COMPLIANT_POST, PROBLEM_POST, load_demo
from vitrine.web.conformite.models import SavedCheck
from vitrine.web.practices.rgpd import export_practice

URL = "/conformite/"
HTMX = {"HTTP_HX_REQUEST": "true"}
POST = "Lifting du visage : résultat garanti et sans douleur.\nRéservez vite !"
ROLES = ("praticien", "secretariat", "community-manager", "webmaster", "admin")


@pytest.mark.django_db
def test_every_role_opens_the_checker_with_the_channel_autre_by_default(world: World) -> None:
    for role in ROLES:
        page = logged_in(world.user(role), world.fontaine).get(URL)
        assert page.status_code == 200, role
        body = page.content.decode()
        assert 'hx-trigger="input changed delay:400ms"' in body
        assert '<option value="autre" selected>' in body
        assert body.count("<option value=") >= 12 + 3  # twelve channels, three formats
    navigation = logged_in(world.user("webmaster"), world.fontaine).get("/tableau-de-bord/").content.decode()
    assert 'href="/conformite/"' in navigation and "Conformité" in navigation


@pytest.mark.django_db
def test_a_finding_set_aside_by_a_comment_is_listed_with_its_reason_not_highlighted(world: World) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    text = "vitrine: ignore superlatif -- titre d'un article de presse\nLe meilleur chirurgien de Lyon."
    fragment = client.post(URL, {"text": text, "channel": "presse", "input_format": "text"}, **HTMX)
    body = fragment.content.decode()
    assert 'data-testid="set-aside"' in body and "1 passage mis de côté" in body
    assert "titre d&#x27;un article de presse" in body or "titre d'un article de presse" in body
    assert "<mark" not in body


@pytest.mark.django_db
def test_the_practice_default_channel_is_proposed_and_only_a_praticien_or_admin_sets_it(world: World) -> None:
    secretariat = logged_in(world.user("secretariat"), world.fontaine)
    assert secretariat.post("/conformite/canal-par-defaut/", {"default_channel": "site"}).status_code == 403
    praticien = logged_in(world.user("praticien"), world.fontaine)
    assert (
        praticien.post("/conformite/canal-par-defaut/", {"default_channel": "instagram"}).status_code == 302
    )
    assert '<option value="instagram" selected>' in secretariat.get(URL).content.decode()
    entry = AuditRecord.objects.get(action="canal-par-defaut-modifie")
    assert entry.summary == {"avant": "", "apres": "instagram"} and entry.role == "praticien"


@pytest.mark.django_db
def test_an_htmx_check_shows_the_highlighted_text_with_severity_explanation_and_suggestion(
    world: World,
) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    response = client.post(URL, {"text": POST, "channel": "facebook", "input_format": "text"}, **HTMX)
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment  # a fragment for #results, not a page
    assert '<mark class="sev-interdit" data-findings="1">Lifting du visage : résultat garanti' not in fragment
    assert 'class="sev-interdit"' in fragment and ">résultat garanti</mark>" in fragment
    assert "Interdit" in fragment and "CSP art. R.4127-19-1" in fragment and "Suggestion :" in fragment
    assert 'data-rule="garantie-resultat"' in fragment and 'data-rule="incitation"' in fragment
    # The promise can be removed in one click: « Appliquer » is offered.
    assert 'data-testid="apply"' in fragment and "Appliquer : supprimer ce passage" in fragment
    assert SavedCheck.objects.filter(practice=world.fontaine, text=POST).count() == 0


@pytest.mark.django_db
def test_without_javascript_the_verifier_button_renders_the_whole_page_with_results(world: World) -> None:
    client = logged_in(world.user("webmaster"), world.fontaine)
    body = client.post(URL, {"text": "Résultat garanti !", "channel": "site", "input_format": "text"}).content
    assert b"<html" in body and b'data-rule="garantie-resultat"' in body


@pytest.mark.django_db
def test_bad_form_input_is_answered_in_french(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    response = client.post(URL, {"text": "Bonjour", "channel": "fax", "input_format": "text"}, **HTMX)
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not AuditRecord.objects.filter(action="texte-verifie").exists()


@pytest.mark.django_db
def test_a_check_is_attributed_in_the_audit_trail_with_counts_but_never_the_text(world: World) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    client.post(URL, {"text": POST, "channel": "instagram", "input_format": "text"}, **HTMX)
    entry = AuditRecord.objects.get(action="texte-verifie")
    assert entry.actor_email == "community-manager@fontaine.test" and entry.practice_id == world.fontaine.pk
    assert entry.summary["canal"] == "instagram" and entry.summary["longueur"] == len(POST)
    assert entry.summary["source"] == "page" and entry.summary["interdit"] >= 2
    assert set(entry.summary) == {"canal", "format", "longueur", "source", "interdit", "risque", "conseil"}
    assert "garanti" not in json.dumps(entry.summary, ensure_ascii=False)


@pytest.mark.django_db
def test_an_emptied_textarea_clears_the_results_without_a_check(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    response = client.post(URL, {"text": "\n  ", "channel": "site", "input_format": "text"}, **HTMX)
    assert response.status_code == 200 and "constat" not in response.content.decode()
    assert not AuditRecord.objects.filter(action="texte-verifie").exists()


@pytest.mark.django_db
def test_enregistrer_saves_the_text_and_a_fresh_report_and_lists_it(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    response = client.post(
        "/conformite/enregistrer/", {"text": POST, "channel": "linkedin", "input_format": "text"}, **HTMX
    )
    assert response.status_code == 200
    assert "Vérification enregistrée." in response.content.decode()
    saved = SavedCheck.objects.get(practice=world.fontaine, text=POST)
    assert saved.channel == "linkedin" and saved.author == world.user("secretariat")
    rules = {f["rule"] for f in saved.report["findings"]}
    assert "garantie-resultat" in rules and saved.interdit == sum(
        f["severity"] == "interdit" for f in saved.report["findings"]
    )
    assert "Lifting du visage" in response.content.decode()  # the list shows the new check
    entry = AuditRecord.objects.get(
        action="verification-enregistree", actor_email="secretariat@fontaine.test"
    )
    assert entry.object_id == str(saved.pk) and entry.summary["canal"] == "linkedin"
    assert "Lifting" not in json.dumps(entry.summary, ensure_ascii=False)
    detail = client.get(f"/conformite/enregistrees/{saved.pk}/").content.decode()
    assert 'data-rule="garantie-resultat"' in detail and "<mark" in detail


@pytest.mark.django_db
def test_an_empty_text_is_not_saved(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    before = SavedCheck.objects.count()
    response = client.post(
        "/conformite/enregistrer/", {"text": "  ", "channel": "site", "input_format": "text"}, **HTMX
    )
    assert response.status_code == 400 and "vide" in response.content.decode()
    assert SavedCheck.objects.count() == before


@pytest.mark.django_db
def test_a_saved_check_belongs_to_its_practice_and_can_be_deleted(world: World) -> None:
    saved = SavedCheck.objects.filter(practice=world.fontaine).first()
    assert saved is not None
    outsider = logged_in(world.outsider.user, world.rival)
    assert outsider.get(f"/conformite/enregistrees/{saved.pk}/").status_code == 404
    assert outsider.post(f"/conformite/enregistrees/{saved.pk}/supprimer/").status_code == 404
    assert PROBLEM_POST[:30] not in outsider.get(URL).content.decode()
    member = logged_in(world.user("community-manager"), world.fontaine)
    assert member.post(f"/conformite/enregistrees/{saved.pk}/supprimer/").status_code == 302
    assert not SavedCheck.objects.filter(pk=saved.pk).exists()
    assert AuditRecord.objects.filter(action="verification-supprimee", object_id=str(saved.pk)).exists()


@pytest.mark.django_db
def test_appliquer_removes_a_promise_and_shows_the_new_report(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    start = POST.index("résultat garanti")
    data = {"text": POST, "channel": "instagram", "input_format": "text", "rule": "garantie-resultat"}
    response = client.post("/conformite/appliquer/", {**data, "start": start, "end": start + 16}, **HTMX)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Lifting du visage :  et sans douleur." in page
    assert AuditRecord.objects.filter(action="correction-appliquee").count() == 1


@pytest.mark.django_db
def test_appliquer_refuses_a_finding_without_machine_replacement(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    html = "<p>Le <b>meilleur</b> chirurgien de Lyon.</p>"  # markup inside: no safe rewrite
    report = check(html, channel="site", input_format="html")
    [finding] = [f for f in report.findings if f.rule == "superlatif"]  # the span is the engine's
    start, end = finding.start, finding.end
    data = {"text": html, "channel": "site", "input_format": "html", "rule": "superlatif"}
    response = client.post("/conformite/appliquer/", {**data, "start": start, "end": end}, **HTMX)
    assert response.status_code == 400
    assert "pas de correction automatique" in response.content.decode()
    response = client.post("/conformite/appliquer/", {**data, "start": 0, "end": 3}, **HTMX)
    assert response.status_code == 400 and "existe plus dans le texte" in response.content.decode()
    assert not AuditRecord.objects.filter(action="correction-appliquee").exists()


@pytest.mark.django_db
def test_the_demo_loader_saves_one_problem_post_and_one_compliant_post_once(world: World) -> None:
    load_demo(world.fontaine, world.members)  # the world fixture ran it already
    saved = {s.text: s for s in SavedCheck.objects.filter(practice=world.fontaine)}
    assert set(saved) == {PROBLEM_POST, COMPLIANT_POST}
    assert saved[PROBLEM_POST].interdit >= 3
    assert saved[COMPLIANT_POST].total == 0


@pytest.mark.django_db
def test_saved_checks_are_part_of_the_practice_data_export(world: World) -> None:
    archive = zipfile.ZipFile(io.BytesIO(export_practice(world.fontaine)))
    rows = json.loads(archive.read("conformite_savedcheck.json"))
    assert {row["text"] for row in rows} == {PROBLEM_POST, COMPLIANT_POST}
