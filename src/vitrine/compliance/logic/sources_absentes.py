"""``sources-absentes``: long-form health information with neither a date nor sources."""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.registry import Rule
from vitrine.compliance.textmap import fold_string

MIN_WORDS = 80  # below this, a text is a short post dated by its platform
MIN_HEALTH_TERMS = 4  # distinct health words that make a text « health information »

_MONTHS = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    rf"|\b(?:\d{{1,2}}(?:er)?\s+)?{_MONTHS}\s+(?:19|20)\d{{2}}\b"
    r"|\b(?:redige|publie|mis a jour|mise a jour|actualise|revu|ecrit|date)\w*\s+(?:le|en|:)?\s*(?:\d|"
    + _MONTHS
    + ")"
)
_SOURCES = re.compile(
    r"\b(?:sources?\s?:|references?\s?:|references bibliographiques|bibliographie|doi\b|pubmed|https?://|www\."
    r"|has-sante|et al\b|selon (?:la|le|les|une|l') ?"
    r"(?:has|haute autorite|etude|societe|recommandations?|ansm|inserm|oms)"
    r"|\([a-z][\w-]+(?: et al\.?)?,? (?:19|20)\d{2}\))"
)
_HEALTH = re.compile(
    r"\b(?:intervention|chirurgi\w+|operatoire\w*|anesthesi\w+|cicatri\w+|complications?|risques?|traitements?"
    r"|patient\w*|medic\w+|sante|douleurs?|oedemes?|hematomes?|infections?|maladies?|symptomes?|diagnostic\w*"
    r"|injections?|implants?|protheses?|rhinoplastie|lifting|liposuccion|lipoaspiration|abdominoplastie"
    r"|blepharoplastie|augmentation mammaire|reduction mammaire|cicatrisation|tabac|ecchymoses?|suites)\b"
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Report once, on the first line, when a long health text is undated and unsourced."""
    folded = context.folded.text
    if len(folded.split()) < MIN_WORDS:
        return []
    if len({m.group() for m in _HEALTH.finditer(folded)}) < MIN_HEALTH_TERMS:
        return []
    original = fold_string(context.original)
    if _DATE.search(folded) or _SOURCES.search(folded) or _SOURCES.search(original):
        return []
    text = context.plain.text
    first = re.search(r"\S[^\n]*", text)
    if first is None:
        return []
    end = min(first.end(), first.start() + 120)
    while end > first.start() and text[end - 1].isspace():
        end -= 1
    return [Candidate(rule.id, first.start(), end)]
