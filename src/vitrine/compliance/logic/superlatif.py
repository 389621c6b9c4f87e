"""``superlatif`` as constructions: the practice ranks or praises itself, whatever the wording.

- a rank or a first (« premier cabinet de la région à proposer… », « n°1 », a « palmarès »,
  « devant tous les établissements », « parmi les plus naturels »);
- uniqueness (« personne ne fait comme nous », « sans équivalent », « imbattable »);
- a nickname of mastery (« la reine des lèvres », « le magicien du bistouri », « doigts de fée »);
- praised results or unanimous patients (« des résultats de malade », « mes patientes sont
  toutes ravies », « taux de recommandation de 98 % »);
- a track record (« zéro reprise en 20 ans », « pas une seule infection depuis 2010 »).

Generic superlatives in medical information stay with the YAML exceptions (« le meilleur moyen »).
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

# How the practice names itself.
_SELF = (
    r"(?:cabinet|clinique|centre|chirurgien\w*|praticien\w*|specialiste\w*|medecin\w*|equipe|docteur|dr"
    r"|institut|service|plateau technique)"
)
_PLACE = words(
    r"(?:la |l')?(?:region|ville|departement|metropole|cote|hexagone)",
    r"france|europe|monde|paris|lyon|marseille|bordeaux|lille|nice|toulouse|nantes|strasbourg|[a-z]+-\w+",
)
_FIRST = r"(?:premiere?|1(?:er|re|ere)|numero (?:un|1)|n\s?°\s?1)"
_ACT_VERB = r"(?:proposer|pratiquer|realiser|utiliser|introduire|maitriser|adopter|offrir|s'equiper|operer)"
_ACT = words(
    r"rhinoplastie|lipo\w*|injections?|chirurgie|botox|bistouri|nez|seins|poitrine|levres|lifting",
    r"blepharoplastie|greffe|paupieres|abdominoplastie|regard|visage|silhouette|bimbo|beaute",
)
_PRAISE = words(
    r"de (?:malade|ouf|fou|folie|reve)|dingues?|ouf|fous|hallucinants?|canons?|waouh|wow|juste parfaits?",
    r"parfaits?|bluffants?|sublimes?|exceptionnel\w*|spectaculaires?|incroyables?|irreprochables?",
)
_GLAD = r"(?:ravie?s|satisfaite?s|conquise?s|heureu(?:x|ses)|contente?s|enchantee?s|comblee?s|fans)"
_MISHAP = (
    r"(?:reprises?|retouches?|complications?|infections?|echecs?|plaintes?|insatisfaite?s?|litiges?|proces"
    r"|patiente?s? decue?s?|reclamations?)"
)

_CONSTRUCTIONS = (
    # a first: « premier cabinet de la région à proposer… », « la première à pratiquer… »
    Construction(
        re.compile(
            rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}{_SELF}\b{_S}{{0,30}}?\b(?:de |d'|du |en |a )\s?{_PLACE}\b"
        )
    ),
    Construction(re.compile(rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}{_SELF}\b{_S}{{0,40}}?\ba {_ACT_VERB}\b")),
    Construction(re.compile(rf"\b(?:le|la|les) {_FIRST}s? a {_ACT_VERB}\b")),
    # « le mieux noté de Bordeaux », « la mieux équipée »
    Construction(
        re.compile(r"\b(?:le|la|les|l')\s?(?:mieux|plus) (?:note|classe|equipe|place|recommande|avise)e?s?\b")
    ),
    # « spécialiste incontesté », « à la pointe de la technologie », « on est les meilleurs »
    Construction(
        re.compile(
            r"\bincontest(?:ee?s?|able\w*)\b|\ba la pointe\b(?! (?:du nez|de l'os|du menton|des pieds))"
            r"|\b(?:les|la|le) plus (?:recent|pointu|perfectionn|efficace)\w*"
            r"|\b(?:on est|nous sommes|je suis|vous etes chez) (?:les?|la)"
            r" (?:meilleur\w*|top|number one)\b"
        )
    ),
    # a ranking
    Construction(
        re.compile(r"\bpalmares\b|\b(?:arrive|se classe|classee?s?|figure) (?:\w+ )?(?:devant|en tete)\b")
    ),
    Construction(
        re.compile(
            r"\bdevant (?:tous|toutes) (?:les|nos) (?:\w+ ){0,2}"
            r"(?:etablissements|cliniques|cabinets|centres|chirurgiens|praticiens|concurrents|confreres)"
        )
    ),
    Construction(
        re.compile(r"\bparmi (?:les|nos) (?:plus \w+|meilleur\w*|references?|leaders?|tout premiers)\b")
    ),
    # uniqueness
    Construction(
        re.compile(
            r"\bpersonne (?:d'autre )?ne (?:fait|propose|maitrise|opere|realise|travaille|injecte)\w* "
            r"(?:\w+ ){0,3}(?:comme|mieux|aussi bien|aussi \w+ que)\b"
            r"|\bnulle part ailleurs\b|\bsans equivalent\b|\bimbattables?\b"
            r"|\binegalable\w*|\bunique en son genre\b|\bsans rival\w*"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a nickname of mastery
    Construction(
        re.compile(
            rf"\b(?:roi|reine|pape|maitre|star|stars|magicien\w*|sorcier\w*|virtuose|as|champion\w*|pro|pros"
            rf"|artiste|orfevre)s? (?:de la |du |des |de l')\s?{_ACT}\b|\bdoigts de fee\b|\bmains? d'or\b"
        )
    ),
    # praised results
    Construction(re.compile(rf"\b(?:nos|mes) resultats?\b{_S}{{0,40}}?\b{_PRAISE}(?!\w)")),
    Construction(
        re.compile(rf"\b(?:nos|mes|des|les|ces|leurs?) resultats?\s+(?:\w+\s+)?(?:sont\s+)?{_PRAISE}(?!\w)")
    ),
    # unanimous or counted satisfied patients
    Construction(
        re.compile(
            r"\b(?:mes|nos) (?:patient\w*|client\w*|operee?s)\s+(?:\w+\s+)?"
            r"(?:sont|repartent|ressortent|se disent)"
            rf"\s+(?:toutes?\s+|tous\s+|toujours\s+|unanimement\s+)?{_GLAD}"
        )
    ),
    Construction(
        re.compile(
            rf"\b(?:toutes|tous|100\s?%|des (?:milliers|centaines)|plus de \d[\d\s.]*)\s+(?:de\s+|d')?"
            rf"(?:(?:mes|nos)\s+)?(?:patient\w*|client\w*|operee?s)\s+(?:\w+\s+)?{_GLAD}"
        )
    ),
    Construction(
        re.compile(
            r"\btaux de (?:recommandation|satisfaction|reussite|succes|patients? satisfaits?)\s+(?:\w+\s+)?"
            r"(?:de |a |d'environ |superieur a |proche de )?\d|\b\d{2,3}(?:[.,]\d)?\s?% de (?:recommandation"
            r"|satisfaction|reussite|succes)\b"
        )
    ),
    # « recommandation de » reads as a quoted rule to the qualifiers: not here
    Construction(
        re.compile(r"\btaux de recommandation\s+(?:\w+\s+)?(?:de |a |superieur a |proche de )?\d+"),
        ignore=frozenset({"reported"}),
    ),
    # a track record
    Construction(
        re.compile(
            rf"\b(?:zero|aucune?|0|pas une? seule?|jamais (?:eu|connu) (?:de |d'|une? )?)\s?{_MISHAP}\b"
            rf"{_S}{{0,30}}?\b(?:en|depuis|sur) (?:\d+|plus de|\w+ ans)"
        ),
        ignore=frozenset({"negation"}),
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """The practice ranking, singling out or praising itself or its results."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
