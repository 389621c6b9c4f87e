"""Named people of two practices, as in healthchecks' base test case.

Practice « Fontaine » has one member per role; « Rival » has its own praticien, who must never
see anything of Fontaine's. An agency community manager works for both.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyotp
import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client

from vitrine.web.accounts.models import User
from vitrine.web.modules import demo_loaders
from vitrine.web.practices.models import Membership, Organisation, Practice, Practitioner
from vitrine.web.practices.tenancy import SESSION_KEY

PASSWORD = "correct horse battery staple 42"
# Strings that exist only in Fontaine's data: none may appear in a page served to an outsider.
FONTAINE_MARKERS = ("Fontaine", "fontaine", "10101010105", "69006")


@dataclass
class World:
    fontaine: Practice
    rival: Practice
    members: dict[str, Membership]
    outsider: Membership
    agency: User
    totp: dict[str, str]

    def user(self, role: str) -> User:
        return self.members[role].user


def make_user(email: str, name: str, totp_secret: str | None = None) -> User:
    user = User.objects.create_user(email=email, password=PASSWORD, full_name=name)
    if totp_secret:
        TOTP.activate(user, totp_secret)
    return user


@pytest.fixture
def world(db: None) -> World:
    org = Organisation.objects.create(name="Cabinet Fontaine")
    fontaine = Practice.objects.create(
        organisation=org, name="Cabinet Fontaine", address="18 rue Test\n69006 Lyon", phone="04 72 00 00 18"
    )
    Practitioner.objects.create(
        practice=fontaine, full_name="Claire Fontaine", rpps="10101010105", specialty="Chirurgie plastique"
    )
    rival_org = Organisation.objects.create(name="Rival SA")
    rival = Practice.objects.create(
        organisation=rival_org, name="Clinique Rival", address="1 place Autre\n75001 Paris"
    )
    totp: dict[str, str] = {}
    members: dict[str, Membership] = {}
    for role in ("praticien", "secretariat", "community-manager", "webmaster", "admin"):
        secret = generate_totp_secret() if role in ("praticien", "admin") else None
        user = make_user(f"{role}@fontaine.test", f"{role.title()} Fontaine", secret)
        if secret:
            totp[role] = secret
        members[role] = Membership.objects.create(user=user, practice=fontaine, role=role)
    outsider_secret = generate_totp_secret()
    outsider_user = make_user("praticien@rival.test", "Dr Rival", outsider_secret)
    totp["outsider"] = outsider_secret
    outsider = Membership.objects.create(user=outsider_user, practice=rival, role="praticien")
    agency = make_user("cm@agence.test", "Julie Agence")
    Membership.objects.create(user=agency, practice=fontaine, role="community-manager")
    Membership.objects.create(user=agency, practice=rival, role="community-manager")
    # Every module adds its realistic data to Fontaine, so that the isolation walk covers it.
    for loader in demo_loaders():
        loader(fontaine, members)
    return World(fontaine, rival, members, outsider, agency, totp)


class SecureClient(Client):
    """A test client speaking HTTPS, as production does (plain HTTP is redirected)."""

    def __init__(self, **defaults: object) -> None:
        super().__init__(**{"wsgi.url_scheme": "https", "HTTP_X_FORWARDED_PROTO": "https", **defaults})


def logged_in(user: User, practice: Practice | None = None) -> Client:
    """A client logged in as ``user`` (MFA satisfied), working on ``practice``."""
    client = SecureClient()
    client.force_login(user)
    if practice is not None:
        session = client.session
        session[SESSION_KEY] = practice.pk
        session.save()
    return client


def totp_code(secret: str) -> str:
    return pyotp.TOTP(secret).now()


def audit_actions(practice: Practice) -> list[str]:
    """The audit trail's actions for ``practice``, oldest first."""
    from vitrine.web.audit.models import AuditRecord

    return list(
        AuditRecord.objects.filter(practice_id=practice.pk).order_by("seq").values_list("action", flat=True)
    )
