"""Drafts: created, edited and listed per practice, with the checker's findings on the text."""

from __future__ import annotations

import pytest

from tests.fixtures import World, logged_in
from vitrine.web.audit.models import AuditRecord
from vitrine.web.modules import MODULES
from vitrine.web.publications.demo import DRAFT, load_demo
from vitrine.web.publications.models import Publication

pytestmark = pytest.mark.django_db

PROMISE = "Rhinoplastie à Lyon : résultat garanti, sans cicatrice !"


def test_a_member_creates_a_draft_and_sees_the_compliance_findings_of_its_text(world: World) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    response = client.post("/publications/nouvelle/", {"channel": "facebook", "text": PROMISE})
    assert response.status_code == 302
    publication = Publication.objects.get(practice=world.fontaine, text=PROMISE)
    assert publication.channel == "facebook" and publication.status == "brouillon"
    assert publication.author == world.user("community-manager")
    page = client.get(response["Location"]).content.decode()
    # The checker's own partial: highlighted text and one card per finding.
    assert 'data-rule="garantie-resultat"' in page and 'data-testid="highlighted"' in page
    assert "Voir dans le texte" not in page  # read-only: no button tied to the checker's textarea
    audit = AuditRecord.objects.get(action="publication-creee", object_id=str(publication.pk))
    assert audit.summary["canal"] == "facebook" and audit.summary["interdit"] >= 1
    assert audit.summary["longueur"] == len(PROMISE)
    assert PROMISE not in str(audit.summary)  # the text never goes to the audit trail


def test_editing_a_draft_changes_its_text_and_channel_and_is_audited(world: World) -> None:
    publication = Publication.objects.get(practice=world.fontaine)
    client = logged_in(world.user("secretariat"), world.fontaine)
    text = "Le cabinet sera fermé du 1er au 15 août."
    response = client.post(f"/publications/{publication.pk}/", {"channel": "linkedin", "text": text})
    assert response.status_code == 302
    publication.refresh_from_db()
    assert (publication.channel, publication.text) == ("linkedin", text)
    page = client.get(f"/publications/{publication.pk}/").content.decode()
    assert 'data-testid="compliant"' in page
    audit = AuditRecord.objects.get(action="publication-modifiee")
    assert audit.summary == {
        "canal": "linkedin",
        "longueur": len(text),
        "interdit": 0,
        "risque": 0,
        "conseil": 0,
    }


def test_a_channel_that_is_not_a_social_network_is_refused(world: World) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    response = client.post("/publications/nouvelle/", {"channel": "site", "text": "Bonjour"})
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not Publication.objects.filter(text="Bonjour").exists()


def test_the_list_shows_the_practice_drafts_only(world: World) -> None:
    Publication.objects.create(practice=world.rival, channel="x", text="Brouillon de la clinique Rival")
    client = logged_in(world.agency, world.fontaine)
    page = client.get("/publications/").content.decode()
    assert "blépharoplastie : un œdème" in page and "Brouillon de la clinique Rival" not in page
    assert "Publications" in client.get("/tableau-de-bord/").content.decode()  # in the navigation


def test_the_module_is_registered_for_members_who_draft(world: World) -> None:
    module = next(m for m in MODULES if m.url_name == "publications:list")
    assert module.capability == "draft" and module.demo_loader is load_demo
    nav = logged_in(world.user("webmaster"), world.fontaine).get("/tableau-de-bord/").content.decode()
    assert 'href="/publications/"' not in nav


def test_the_demo_loader_creates_one_draft_and_is_idempotent(world: World) -> None:
    load_demo(world.fontaine, world.members)
    drafts = Publication.objects.filter(practice=world.fontaine)
    assert [d.text for d in drafts] == [DRAFT]
    assert drafts[0].author == world.user("community-manager")
