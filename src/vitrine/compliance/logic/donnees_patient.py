"""``donnees-patient``: identifying data of a patient or a third party, found by the privacy guard."""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.people import Person, identifying_entities
from vitrine.compliance.registry import Rule

# Her own procedure or operated body told in a review reply: the reviewer's first name then publishes
# who had it (« Merci Amandine ! Pour l'asymétrie de votre sein gauche… »).
_HER_CARE = re.compile(
    r"\b(?:votre|vos|ta|ton|tes)\s+(?:\w+\s+)?(?:\w+plastie|\w+ectomie|\w+pexie|lipo\w*|rhino\w*|abdo\w*"
    r"|blepharo\w*|lifting|lipofilling|implants?|protheses?|greffe|bbl|augmentation mammaire"
    r"|reduction mammaire|seins?|nez|poitrine|ventre|paupieres|levres|cicatrices?|operation|intervention)\b"
)


def _reported(person: Person, context: Context) -> bool:
    if person.civility_only or person.initials:
        return False
    if person.private_addressee:  # greeted in a message beside her procedure: still her data
        return True
    if person.addressee:
        return (
            context.channel == "avis-reponse"
            and person.type == "PERSON"
            and bool(_HER_CARE.search(context.folded.text))
        )
    return True


def find(context: Context, rule: Rule) -> list[Candidate]:
    """One candidate per identifying entity, except practitioners, the practice's own contacts, a
    civility without a name (« Chère Madame »), the person greeted or signing (« Bonjour Karine, »)
    unless a review reply tells her own procedure, and a civility with an initial (« Mme T. »)."""
    return [
        Candidate(rule.id, p.start, p.end) for p in identifying_entities(context) if _reported(p, context)
    ]
