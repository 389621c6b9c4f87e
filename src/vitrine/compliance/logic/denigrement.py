"""``denigrement`` as a construction: a negative judgement tied, in the same sentence, to a phrase
naming other practitioners or establishments (« les centres esthétiques du centre commercial :
ce sont des vendeurs », « le service de chirurgie de l'hôpital Saint-Clair est devenu une usine »).

The judgement word carries the qualifiers: « ne signifie pas que le chirurgien a « raté » » is
negated; factual, sourced public-health warnings are dropped by the rule's ``unless_sentence``.
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

# Other practitioners and establishments, including non-doctors who inject or « treat ».
_TARGET = (
    r"\b(?:chirurgien\w*|confrere\w*|consoeur\w*|cabinets?|cliniques?\w*"
    r"|centres? (?:esthetiques?|low[- ]cost|laser)"
    r"|medecins?|praticien\w*|etablissements?|hopita(?:l|ux)|chu|services? de \w+|urgences|anesthesistes?"
    r"|injecteu\w*|esthetici\w*|instituts?|generalistes?|experts?|influenceu\w*|stars? d'\w+|collegues?"
    r"|concurren\w*|le dr \w+|la-bas)\b"
)
# Negative judgements about someone's work, skill or honesty.
_JUDGEMENT = words(
    r"bouchers?|boucherie|charlatan\w*|escroc\w*|arnaqu\w*|amat(?:eur|rice)\w*|incompet\w*|incapables?",
    r"nuls|mediocr\w*|minables?|lamentables?|pitoyables?|(?:la )?honte|honteu\w*|scandaleu\w*",
    r"dangereu\w*|(?:mettent|met) (?:\w+ ){0,2}en danger|poison|roulette russe|massacr\w*|carnage",
    r"catastroph\w*|desastr\w*|horreurs?|fiasco|ratee?s|bacl\w*|bidon|n'importe (?:quoi|comment)",
    r"usines?|a la chaine|marchands? de \w+|vendeurs|commerciaux|tiroirs?-caisses?|pompes? a fric",
    r"cupides?|vereu\w*|peu scrupuleu\w*|sans scrupules?|malhonnet\w*|pires|erreurs? grossieres?",
    r"degats|fail|a fuir|fuyez|ne vous laissez pas avoir|se prennent pour|soi-disant|apprentis? sorciers?",
    r"irresponsables?|ne savent pas|ne connaissent rien|aucune formation",
    r"pas (?:de |une |un )?(?:vraie?|veritable)s?|mal (?:opere|soigne|fait|injecte|forme)\w*|defigur\w*",
    r"collectionnent les proces|techniques? depassee?s?",
    r"changer de metier|rendre leur diplome|feraient mieux|personne ne (?:regarde|s'interesse|ecoute)",
    r"sans jamais revoir|low[- ]cost|a \d+ ?(?:€|euros) la \w+",
)

_CONSTRUCTIONS = (
    Construction(re.compile(rf"{_TARGET}{_S}{{0,100}}?\b(?P<m>{_JUDGEMENT})(?!\w)"), "m"),
    Construction(re.compile(rf"\b(?P<m>{_JUDGEMENT})\b{_S}{{0,60}}?{_TARGET}"), "m"),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Negative judgements about other practitioners or establishments."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
