"""``donnees-patient``: identifying data of a patient or a third party, found by the privacy guard."""

from __future__ import annotations

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.people import Person, identifying_entities
from vitrine.compliance.registry import Rule


def _reported(person: Person) -> bool:
    return not (person.civility_only or person.addressee or person.initials)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """One candidate per identifying entity, except practitioners, the practice's own contacts, a
    civility without a name (« Chère Madame »), the person greeted or signing (« Bonjour Karine, »)
    and a civility with an initial (« Mme T. »)."""
    return [Candidate(rule.id, p.start, p.end) for p in identifying_entities(context) if _reported(p)]
