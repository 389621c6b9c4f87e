"""Write actions on accounts."""

from __future__ import annotations

from django.db import transaction

from vitrine.web.accounts.models import User
from vitrine.web.audit.actions import record
from vitrine.web.practices.models import Membership, Practice


def do_create_user(
    *,
    email: str,
    full_name: str,
    password: str | None,
    practice_id: int | None = None,
    role: str | None = None,
    superuser: bool = False,
    actor: User | None = None,
) -> User:
    """Create an account (and its membership when a practice and role are given)."""
    email = email.strip().lower()
    if User.objects.filter(email=email).exists():
        raise ValueError(f"Un compte existe déjà pour {email}.")
    if (practice_id is None) != (role is None):
        raise ValueError("--practice et --role vont ensemble.")
    with transaction.atomic():
        if superuser:
            user = User.objects.create_superuser(email=email, password=password, full_name=full_name)
        else:
            user = User.objects.create_user(email=email, password=password, full_name=full_name)
        record(
            actor=actor, action="compte-cree", obj=user, summary={"email": email, "administrateur": superuser}
        )
        if practice_id is not None and role is not None:
            practice = Practice.objects.filter(pk=practice_id).first()
            if practice is None:
                raise ValueError(f"Cabinet {practice_id} introuvable.")
            membership = Membership.objects.create(user=user, practice=practice, role=role)
            record(
                actor=actor,
                action="membre-ajoute",
                obj=membership,
                practice=practice,
                summary={"role": role, "membre": email},
            )
    return user
