"""Demo data: one draft post per demo practice (text only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vitrine.web.practices.roles import Cap
from vitrine.web.publications.actions import do_create_publication
from vitrine.web.publications.models import Publication

if TYPE_CHECKING:
    from vitrine.web.practices.models import Membership, Practice

DRAFT = (
    "Les suites d'une blépharoplastie : un œdème et des ecchymoses autour des yeux pendant une à "
    "deux semaines, variables d'une personne à l'autre. Nous en parlons en consultation, avant "
    "toute décision. Résultat garanti dès le lendemain !\n"
    "#chirurgieplastique #lyon"
)


def load_demo(practice: Practice, memberships: dict[str, Membership]) -> None:
    """Create the demo draft once (idempotent), as the community manager would."""
    author = memberships.get("community-manager") or next(
        (m for m in memberships.values() if m.can(Cap.DRAFT)), None
    )
    if author is None or Publication.objects.filter(practice=practice).exists():
        return
    do_create_publication(author, "instagram", DRAFT)
