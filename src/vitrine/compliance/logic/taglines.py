"""Taglines, bios and key messages a brief quotes as the practice's own words.

The quote exceptions of the rules are for words the practice reports (a patient's review, a rule of
the Ordre, a slogan it warns about). A brief's « Accroche validée : « La référence n°1 de la rhino » »,
« Bio à reformuler : « … » » or « Messages clés : « résultat garanti, zéro douleur » » quotes what
the practice is about to publish: its claims, unless the line sets them aside (« Slogan refusé : »).
"""

from __future__ import annotations

import re

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.registry import Rule

# A labelled line: its label (« Accroche validée par la cliente »), a colon, then one or more quotes.
_TAGLINE = regex_cache.compile(
    r"(?:^|\n)[^\w\n]{0,6}(?:[\w'-]+ ){0,2}(?:accroches?|slogans?|bio|baseline|tagline|signature"
    r"|messages? cles?|chiffres? cles?|phrase d'accroche|titre)\b(?P<label>[^:\n«»]{0,50}):\s*"
    r"(?P<m>«[^\n]{0,300}»)(?P<rest>[^\n»]*)"
)
_SET_ASIDE = regex_cache.compile(
    r"\b(?:refus\w*|interdit\w*|a eviter|proscri\w*|bann\w*|retir\w*|supprim\w*|ne pas|jamais|pas de"
    r"|non conforme|a reformuler sans)\b"
)


def tagline_candidates(context: Context, rule: Rule, claim: re.Pattern[str]) -> list[Candidate]:
    """A candidate for the first ``claim`` (on folded text) in each quoted tagline of a brief."""
    folded = context.folded.text
    found = []
    for match in _TAGLINE.finditer(folded):
        said = claim.search(match.group("m"))
        if said is None or _SET_ASIDE.search(match.group("label") + match.group("rest")):
            continue
        start, end = context.plain_span(match.start("m") + said.start(), match.start("m") + said.end())
        excerpt = context.plain.text[start:end]
        found.append(Candidate(rule.id, start, end, f"Supprimer « {excerpt} ». {rule.suggestion}"))
    return found
