"""The demo practice: a fictional plastic surgeon in Lyon, one account per role.

Loading is idempotent: a second run keeps the data and prints the same logins. Passwords are
random per installation, kept in ``var/demo-logins.txt`` (mode 0600). TOTP seeds of the
praticien and admin are printed so that the demo can be used with any authenticator app.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.db import transaction

from vitrine.web.accounts.models import User
from vitrine.web.audit.actions import record
from vitrine.web.modules import demo_loaders
from vitrine.web.practices.models import Membership, Organisation, Practice, Practitioner

ORGANISATION = "Cabinet du Dr Claire Fontaine"
PRACTICE = "Cabinet de chirurgie plastique Fontaine — Lyon 6e"
AGENCY = "Agence Lumière Santé"
OTHER_PRACTICE = "Centre de chirurgie esthétique Bellecour"

PEOPLE = [
    ("praticien", "claire.fontaine@demo.vitrine.fr", "Dr Claire Fontaine"),
    ("secretariat", "secretariat@demo.vitrine.fr", "Nadia Benali"),
    ("community-manager", "cm@demo.vitrine.fr", "Lucas Moreau"),
    ("webmaster", "webmaster@demo.vitrine.fr", "Inès Garnier"),
    ("admin", "admin@demo.vitrine.fr", "Paul Girard"),
]


def _secrets_file(data_dir: Path) -> Path:
    return data_dir / "demo-logins.json"


def _load_or_create_secrets(data_dir: Path) -> dict[str, dict[str, str]]:
    path = _secrets_file(data_dir)
    if path.exists():
        stored: dict[str, dict[str, str]] = json.loads(path.read_text())
        return stored
    values = {
        email: {"password": f"demo-{secrets.token_urlsafe(9)}", "totp": generate_totp_secret()}
        for _, email, _ in [*PEOPLE, ("agence", "agence@demo.vitrine.fr", "")]
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(values, handle, indent=2)
    os.replace(tmp, path)
    return values


def _user(email: str, name: str, password: str, totp_secret: str | None) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=password, full_name=name)
        record(actor=None, action="compte-cree", obj=user, summary={"email": email, "demo": True})
    if totp_secret and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, totp_secret)
        RecoveryCodes.activate(user)
    return user


def load_demo(data_dir: Path) -> str:
    """Create the demo data if missing; return the text to print (logins)."""
    values = _load_or_create_secrets(data_dir)
    with transaction.atomic():
        organisation, _ = Organisation.objects.get_or_create(
            name=ORGANISATION, defaults={"kind": Organisation.Kind.PRACTICE}
        )
        practice = Practice.objects.filter(name=PRACTICE).first()
        if practice is None:
            practice = Practice.objects.create(
                organisation=organisation,
                name=PRACTICE,
                address="18 rue Fictive des Brotteaux\n69006 Lyon",
                phone="04 72 00 00 18",
                email="contact@cabinet-fontaine.example",
                website="https://cabinet-fontaine.example",
                networks={"instagram": "https://instagram.com/drfontaine.example", "linkedin": ""},
            )
            record(actor=None, action="cabinet-cree", obj=practice, practice=practice, summary={"demo": True})
            Practitioner.objects.create(
                practice=practice,
                title="Dr",
                full_name="Claire Fontaine",
                rpps="10101010105",
                specialty="Chirurgie plastique, reconstructrice et esthétique",
            )
        agency, _ = Organisation.objects.get_or_create(
            name=AGENCY, defaults={"kind": Organisation.Kind.AGENCY}
        )
        other = Practice.objects.filter(name=OTHER_PRACTICE).first()
        if other is None:
            other = Practice.objects.create(
                organisation=agency,
                name=OTHER_PRACTICE,
                address="5 place Fictive\n69002 Lyon",
                phone="04 78 00 00 05",
            )
            record(actor=None, action="cabinet-cree", obj=other, practice=other, summary={"demo": True})
        by_role: dict[str, Membership] = {}
        for role, email, name in PEOPLE:
            needs_totp = role in ("praticien", "admin")
            user = _user(
                email, name, values[email]["password"], values[email]["totp"] if needs_totp else None
            )
            membership, created = Membership.objects.get_or_create(
                user=user, practice=practice, defaults={"role": role}
            )
            if created:
                record(
                    actor=None,
                    action="membre-ajoute",
                    obj=membership,
                    practice=practice,
                    summary={"role": role, "membre": email},
                )
            by_role[role] = membership
        agency_user = _user(
            "agence@demo.vitrine.fr",
            "Julie Renaud (agence)",
            values["agence@demo.vitrine.fr"]["password"],
            None,
        )
        for target in (practice, other):
            membership, created = Membership.objects.get_or_create(
                user=agency_user, practice=target, defaults={"role": "community-manager"}
            )
            if created:
                record(
                    actor=None,
                    action="membre-ajoute",
                    obj=membership,
                    practice=target,
                    summary={"role": "community-manager"},
                )
        # Each module's loader (vitrine.web.modules) adds its realistic data, idempotently.
        for loader in demo_loaders():
            loader(practice, by_role)
    lines = ["", "Cabinet de démonstration : " + PRACTICE, "Comptes de démonstration (un par rôle) :"]
    for role, email, _name in [
        *PEOPLE,
        ("community-manager (agence, 2 cabinets)", "agence@demo.vitrine.fr", ""),
    ]:
        line = f"  {role:<38} {email:<34} mot de passe : {values[email]['password']}"
        if role in ("praticien", "admin"):
            key = values[email]["totp"]
            line += f"\n  {'':<38} code TOTP : clé {key} (à saisir dans une application d'authentification)"
        lines.append(line)
    lines.append(f"(Ces identifiants sont conservés dans {_secrets_file(data_dir)}.)")
    return "\n".join(lines)
