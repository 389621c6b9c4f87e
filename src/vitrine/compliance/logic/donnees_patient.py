"""``donnees-patient``: identifying data of a patient or a third party, found by the privacy guard.

``vitrine.privacy`` (Presidio) is imported lazily, and only called when a cheap pattern shows
something that could be identifying (digits, an at sign, a civility, two capitalised words), so
that most texts never load it.
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.registry import Rule

_MAYBE_IDENTIFYING = re.compile(
    r"\d{2}[\s.-]?\d{2}[\s.-]?\d{2}|@"
    r"|\b(?:[Mm]me|M\.|[Mm]adame|[Mm]onsieur|[Mm]lle|[Mm]ademoiselle|n[ée]e? le"
    r"|[Dd]ossier|NIR|[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]llée|[Pp]lace)\b"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]+[ -][A-ZÀ-Ý][A-Za-zà-ÿ]+|\b[A-ZÀ-Ý][a-zà-ÿ]+,? \d{1,3} ans\b"
)
# A practitioner named with a title is public information, not patient data.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:[Dd]r|[Dd]octeur|[Dd]octoresse|[Pp]r|[Pp]rofesseur|[Mm]e|[Mm]aître)\.?\s*)$"
)
_TYPES = frozenset(
    {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH", "FR_NIR", "MEDICAL_RECORD"}
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Return one candidate per identifying entity, except practitioners and allowed terms."""
    text = context.plain.text
    if not _MAYBE_IDENTIFYING.search(text):
        return []
    try:
        from vitrine.privacy import find as find_entities
    except ImportError:  # the privacy guard is not installed in this build
        return []
    candidates = []
    for entity in find_entities(text, allow=context.config.allowed_terms):
        if entity.type not in _TYPES:
            continue
        if entity.type == "PERSON" and _TITLE_BEFORE.search(text[max(0, entity.start - 14) : entity.start]):
            continue
        candidates.append(Candidate(rule.id, entity.start, entity.end))
    return candidates
