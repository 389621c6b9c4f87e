"""Demo data: two saved checks of the demo practice (a plastic surgeon in Lyon)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vitrine.web.conformite.actions import do_save_check
from vitrine.web.conformite.models import SavedCheck

if TYPE_CHECKING:
    from vitrine.web.practices.models import Membership, Practice

PROBLEM_POST = (
    "✨ Rhinoplastie : résultat garanti et sans douleur ! ✨\n"
    "Le Dr Fontaine est le meilleur chirurgien de Lyon pour un nez naturel. "
    "Il ne reste que 3 créneaux en mars, réservez vite !\n"
    "#avantapres #rhinoplastie #lyon"
)
COMPLIANT_POST = (
    "La rhinoplastie modifie la forme du nez pour des raisons esthétiques ou fonctionnelles. "
    "Comme toute intervention chirurgicale, elle comporte des risques : œdème, ecchymoses, "
    "plus rarement infection ou asymétrie. Les suites et le résultat varient d'une personne à "
    "l'autre et sont discutés en consultation, après un examen et un délai de réflexion.\n"
    "Prise de rendez-vous : secrétariat du cabinet, du lundi au vendredi."
)


def load_demo(practice: Practice, memberships: dict[str, Membership]) -> None:
    """Save the two demo checks once (idempotent), as the community manager would."""
    author = memberships.get("community-manager") or next(iter(memberships.values()), None)
    if author is None:
        return
    for text, channel in ((PROBLEM_POST, "instagram"), (COMPLIANT_POST, "facebook")):
        if not SavedCheck.objects.filter(practice=practice, text=text).exists():
            do_save_check(author, text, channel)
