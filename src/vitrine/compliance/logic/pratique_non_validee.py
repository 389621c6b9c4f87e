"""``pratique-non-validee``: a claim declared settled without a source, next to the rule file's
words (« la science est formelle », « nos observations le montrent clairement », « ceux qui
disent le contraire… », « une technique validée depuis des années », « ce que la médecine
conventionnelle peine à reconnaître »).

These wordings carry their own assertion: a negation earlier in the sentence (« les cellules ne
reviennent JAMAIS, la science est formelle ») is part of the claim, not a denial of it. Sources in
the sentence still drop them (the rule's ``unless_sentence``).
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction
from vitrine.compliance.logic.produit_sante import candidates
from vitrine.compliance.registry import Rule

_CONSTRUCTIONS = (
    Construction(
        re.compile(
            r"\bla science est (?:formelle|claire|unanime)\b"
            r"|\b(?:nos|mes) (?:observations|constatations|resultats|chiffres)(?: \w+){0,2}"
            r" (?:le |l')?(?:montrent|prouvent|demontrent|confirment) (?:clairement|bien|sans\b|que\b)"
            r"|\bnotre experience (?:le |l')?(?:montre|prouve|demontre) (?:clairement|bien|que)\b"
            r"|\bceux qui (?:disent|pensent|affirment|pretendent|soutiennent) le contraire\b"
            r"|\b(?:technique|methode|traitement|pratique|soin)s? (?:\w+ )?"
            r"(?:validee?s?|reconnue?s?|eprouvee?s?) depuis"
            r" (?:des (?:annees|decennies|siecles)|longtemps|\d+ ans)\b"
            r"|\b(?:la )?medecine (?:conventionnelle|officielle|classique|traditionnelle|allopathique)"
            r" (?:peine|refuse|ignore|rejette|ne (?:veut|reconnait)|n'ose|vous cache|cache)\w*"
        ),
        ignore=frozenset({"negation"}),
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Unconfirmed claims presented as settled."""
    return candidates(context, rule, _CONSTRUCTIONS)
