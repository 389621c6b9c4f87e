"""``donnees-patient``: identifying data of a patient or a third party, found by the privacy guard."""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.people import Person, identifying_entities
from vitrine.compliance.registry import Rule

# A civility and an initial (« Mme T. ») is already anonymised.
_INITIAL_ONLY = re.compile(r"^(?:[Mm]me|[Mm]adame|[Mm]onsieur|M\.|[Mm]lle)\s+[A-ZÀ-Ý]\.?$")


def _reported(context: Context, person: Person) -> bool:
    if person.civility_only or person.addressee:
        return False
    text = context.plain.text
    return not (person.type == "PERSON" and _INITIAL_ONLY.match(text[person.start : person.end]))


def find(context: Context, rule: Rule) -> list[Candidate]:
    """One candidate per identifying entity, except practitioners, the practice's own contacts, a
    civility without a name (« Chère Madame »), the person greeted or signing (« Bonjour Karine, »)
    and a civility with an initial (« Mme T. »)."""
    return [
        Candidate(rule.id, p.start, p.end) for p in identifying_entities(context) if _reported(context, p)
    ]
