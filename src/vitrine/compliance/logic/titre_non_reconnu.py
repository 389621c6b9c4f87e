"""``titre-non-reconnu`` beside a practitioner's name, next to the rule file's words.

A title set right after a name, as a signature, a bio or a presentation sets it (« le Dr Ferrand,
médecin esthéticienne, vous parle du skin boosting : de quoi s'agit-il ? », « Dr K. Lemoine —
Médecine anti-âge & longévité »), is the practitioner's own designation whatever the sentence then
asks, denies or quotes: the question, the negation and the quotation marks belong to the rest of the
sentence. The finding covers the title only, not the name.
"""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, is_dropped
from vitrine.compliance.registry import Rule

_TITLE = (
    r"medecins?\s+(?:en\s+)?(?:esthetiques?|esthe|estheticien\w*|anti-?\s?age|anti-?\s?vieillissement"
    r"|morpho\w*|cosmeti\w*|de l'esthetique|de la longevite)"
    r"|medecine\s+(?:esthetique|anti-?\s?age|morpho\w*|de (?:la )?longevite)"
    # (« chirurgien esthétique » is read as the recognised specialty's short form: corpus README)
    r"|chirurgien(?:ne)?\s+(?:estheticien\w*|cosmeti\w*)|cosmetic\s+(?:surgeon|doctor)"
)
_BESIDE_NAME = Construction(
    regex_cache.compile(
        r"\b(?:dr|docteure?|pr)\.?\s+(?:[\w.'-]+\s+){0,2}[\w.'-]+\s*(?:,|—|–|-|\||\n)\s*[«\"“]?\s*"
        rf"(?:(?:votre|notre|une?|la|le)\s+)?(?P<m>{_TITLE})\b"
    ),
    "m",
    frozenset({"question", "reported", "negation", "meta"}),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """The unrecognised title set beside a practitioner's name (the finding spans the title)."""
    if any(context.may_search(p) for p in rule.unless_text):
        return []
    found = []
    for match in _BESIDE_NAME.scan.finditer(context.index()):
        if is_dropped(context, rule, *match.span("m"), ignore=_BESIDE_NAME.ignore):
            continue
        start, end = context.plain_span(*match.span("m"))
        suggestion = f"Remplacer « {context.plain.text[start:end]} » par « médecin ». {rule.suggestion}"
        found.append(Candidate(rule.id, start, end, suggestion))
    return found
