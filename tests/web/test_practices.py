"""Practices and roles: least privilege, explicit practice switching, team management."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.fixtures import World, logged_in
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices import actions
from vitrine.web.practices.models import Membership, validate_rpps
from vitrine.web.practices.roles import CAPABILITIES, Cap, Role

pytestmark = pytest.mark.django_db


def test_only_a_praticien_approves_and_publishes() -> None:
    approvers = {role for role, caps in CAPABILITIES.items() if Cap.APPROVE in caps or Cap.PUBLISH in caps}
    assert approvers == {Role.PRATICIEN}
    assert Cap.PUBLISH_APPROVED in CAPABILITIES[Role.COMMUNITY_MANAGER]
    assert (
        Cap.MANAGE_MEMBERS in CAPABILITIES[Role.ADMIN]
        and Cap.MANAGE_MEMBERS not in CAPABILITIES[Role.PRATICIEN]
    )


def test_an_admin_adds_a_member_who_gets_an_account_without_password(world: World) -> None:
    client = logged_in(world.user("admin"), world.fontaine)
    client.post(
        "/equipe/ajouter/",
        {"email": "Nouvelle@Fontaine.test", "full_name": "Léa Nouvelle", "role": "secretariat"},
    )
    membership = Membership.objects.get(user__email="nouvelle@fontaine.test", practice=world.fontaine)
    assert membership.role == "secretariat" and not membership.user.has_usable_password()
    assert AuditRecord.objects.filter(action="membre-ajoute", practice_id=world.fontaine.pk).exists()


def test_a_community_manager_cannot_manage_members(world: World) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    response = client.post("/equipe/ajouter/", {"email": "x@y.test", "full_name": "X", "role": "admin"})
    assert response.status_code == 403
    with pytest.raises(PermissionDenied):
        actions.do_change_role(world.members["community-manager"], world.members["secretariat"], "admin")


def test_an_admin_cannot_change_a_role_in_another_practice(world: World) -> None:
    with pytest.raises(PermissionDenied):
        actions.do_change_role(world.members["admin"], world.outsider, "secretariat")


def test_an_admin_cannot_remove_their_own_admin_role(world: World) -> None:
    with pytest.raises(ValidationError):
        actions.do_change_role(world.members["admin"], world.members["admin"], "secretariat")


def test_a_removed_member_loses_access_at_once(world: World) -> None:
    client = logged_in(world.user("webmaster"), world.fontaine)
    assert client.get("/tableau-de-bord/").status_code == 200
    actions.do_deactivate_member(world.members["admin"], world.members["webmaster"])
    assert client.get("/tableau-de-bord/").status_code == 302


def test_an_agency_member_chooses_the_practice_explicitly(world: World) -> None:
    client = logged_in(world.agency)
    response = client.get("/tableau-de-bord/")
    assert response.status_code == 302 and response["Location"] == "/cabinets/"
    page = client.get("/cabinets/").content.decode()
    assert "Cabinet Fontaine" in page and "Clinique Rival" in page
    client.post("/cabinets/choisir/", {"practice": world.rival.pk})
    assert "Clinique Rival" in client.get("/tableau-de-bord/").content.decode()
    client.post("/cabinets/choisir/", {"practice": world.fontaine.pk})
    assert "Cabinet Fontaine" in client.get("/tableau-de-bord/").content.decode()
    assert AuditRecord.objects.filter(action="cabinet-choisi", actor_email="cm@agence.test").count() == 2


def test_switching_to_a_practice_one_is_not_member_of_is_refused(world: World) -> None:
    client = logged_in(world.outsider.user, world.rival)
    assert client.post("/cabinets/choisir/", {"practice": world.fontaine.pk}).status_code == 403
    assert "Clinique Rival" in client.get("/tableau-de-bord/").content.decode()


def test_an_rpps_number_is_checked_with_its_luhn_key() -> None:
    validate_rpps("10101010105")
    with pytest.raises(ValidationError):
        validate_rpps("10101010103")
    with pytest.raises(ValidationError):
        validate_rpps("1234")


def test_a_praticien_updates_the_practice_profile_and_the_change_is_recorded(world: World) -> None:
    changed = actions.do_update_practice(world.members["praticien"], {"phone": "04 72 99 99 99"})
    assert changed == ["phone"]
    entry = AuditRecord.objects.filter(action="cabinet-modifie").get()
    assert entry.summary == {"champs": ["phone"]} and entry.role == "praticien"


def test_the_interface_is_french_by_default_and_english_is_available(world: World) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    assert "Tableau de bord" in client.get("/tableau-de-bord/").content.decode()
    client.cookies["django_language"] = "en"
    page = client.get("/tableau-de-bord/").content.decode()
    assert "Dashboard" in page and "Settings" in page and 'lang="en"' in page


def test_a_praticien_edits_the_profile_in_the_settings_page(world: World) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    data = {
        "name": "Cabinet Fontaine",
        "address": "18 rue Test\n69006 Lyon",
        "phone": "04 72 11 22 33",
        "email": "",
        "website": "",
        "google_place_id": "",
    }
    assert client.post("/parametres/", data).status_code == 302
    world.fontaine.refresh_from_db()
    assert world.fontaine.phone == "04 72 11 22 33"
    assert AuditRecord.objects.filter(action="cabinet-modifie", summary={"champs": ["phone"]}).exists()


def test_a_secretary_cannot_edit_the_profile(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    assert client.post("/parametres/", {"name": "Pirate", "phone": "0"}).status_code == 403
    world.fontaine.refresh_from_db()
    assert world.fontaine.name == "Cabinet Fontaine"
