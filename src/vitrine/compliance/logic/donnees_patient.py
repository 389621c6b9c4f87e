"""``donnees-patient``: identifying data of a patient or a third party, found by the privacy guard."""

from __future__ import annotations

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.people import identifying_entities
from vitrine.compliance.registry import Rule


def find(context: Context, rule: Rule) -> list[Candidate]:
    """One candidate per identifying entity, except practitioners, the practice's own contacts, a
    civility without a name (« Chère Madame ») and the person greeted or signing (« Bonjour Karine, »)."""
    return [
        Candidate(rule.id, p.start, p.end)
        for p in identifying_entities(context)
        if not p.civility_only and not p.addressee
    ]
