"""``incitation`` as constructions: a booking imperative next to a push (urgency, emotion, an
exclamation), scarcity (« les 50 premières clientes »), hurry (« confirmez vite ») and pressure
on the hesitant (« vous hésitez encore ? »).

A booking imperative alone is practical information (« Pour prendre rendez-vous, contactez le
secrétariat ») and does not fire.
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_NEAR = r"[^\n]{0,120}?"

# « prends rdv », « réservez votre consultation », « rendez-vous en ligne dès ce soir »
_BOOK = words(
    r"\b(?:prends|prenez|reserve|reservez|book(?:ez)?|fonce[sz]?|cour(?:s|ez)|cale[sz]?|bloque[sz]?)"
    r"(?: vite| des maintenant)? (?:ton |ta |tes |votre |vos |un |une |le |la )?(?:rdv|rendez-vous|consult\w*"
    r"|place|creneau|seance|date|bilan|devis)\b",
    r"\brendez-vous en ligne\b",
    r"\b(?:appelle|appelez|ecris|ecrivez|contacte|contactez)(?:-nous|-moi)\b",
)
# What turns the practical information into a push.
_PUSH = words(
    r"vite",
    r"des (?:ce soir|maintenant|aujourd'hui|demain|cette semaine)",
    r"sans (?:attendre|tarder)",
    r"avant (?:le \d+|la fin|l'ete|noel|les fetes|la rentree|les vacances)",
    r"on (?:t'|vous )attend",
    r"(?:ca|cela) (?:change|a change) (?:une|la|ta|votre) vie",
    r"la vie est (?:trop )?courte",
    r"il est (?:grand )?temps",
    r"complex\w*",
    r"merite[sz]?|valez|vaux",
    r"ne (?:reste[sz]?|restez) pas comme (?:ca|cela)",
    r"arret(?:e[sz]?|er) de",
    r"pourquoi attendre",
    r"(?:meilleur|plus bel) investissement",
)

_CONSTRUCTIONS = (
    Construction(
        re.compile(
            rf"(?P<m>{_BOOK}){_NEAR}\b{_PUSH}\b|\b{_PUSH}\b{_NEAR}(?P<n>{_BOOK})|(?P<e>{_BOOK})[^.?\n]{{0,30}}!"
        ),
        "m",
    ),
    # « les 50 premières clientes », « il nous reste un créneau jeudi »
    Construction(
        re.compile(
            r"\b(?:\d+|dix|vingt|cent) premier\w* (?:client\w*|patient\w*|inscrit\w*|personnes"
            r"|reservations)\b"
            r"|\bil (?:ne )?(?:nous |me )?reste (?:plus qu'|que )?(?:un|une|deux|trois) (?:seule? )?"
            r"(?:creneau|place|date|disponibilite)s?\b"
        )
    ),
    # « confirmez vite », « réservez vite », « inscrivez-vous vite »
    Construction(
        re.compile(
            r"\b(?:confirme|reserve|inscri|decide|profite|appele|rappel|contacte|bloque|fonce|ecri|envoie|envoyez"
            r"|dm|mp|telephone)\w*(?:-vous|-toi|[- ]moi|[- ]nous)?"
            r"(?: \w+){0,2} (?:vite|des maintenant|rapidement)\b"
        )
    ),
    # scarcity told as a race: « faut sauter dessus », « avant que le planning soit full »,
    # « pour toute réservation avant le 31 »
    Construction(
        re.compile(
            r"\b(?:sauter|sautez|saute) (?:dessus|sur (?:l'occasion|cette \w+))\b"
            r"|\b(?:creneau|creneaux|dates?|disponibilites?|rendez-vous|rdv"
            r"|places? (?:restantes|disponibles))"
            r"(?: (?:de|du) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|\d+\w*))?"
            r" (?:part|partent|partira|partiront|s'envol\w*) (?:tres )?vite\b|\bcomme des petits pains\b"
            # a booking with a near deadline: « réservez votre bilan cette semaine »
            r"|\b(?:prends|prenez|reserve|reservez|book\w*|cale[sz]?|bloque[sz]?)"
            r" (?:ton|ta|tes|votre|vos|un|une)"
            r" (?:rdv|rendez-vous|consult\w*|place|creneau|seance|bilan|date|devis)\b(?: \w+){0,2}?"
            r" (?:cette semaine|aujourd'hui|ce week-end|ce mois-ci)\b"
            r"|\bavant que (?:le |l'|les )?(?:planning|agenda|places?|creneaux?|dates?)\w*"
            r" (?:ne )?(?:soi(?:en)?t|soit deja|(?:ne )?(?:parte|partent))"
            r" ?(?:full|complet\w*|plein\w*|pris\w*)?"
            r"|\b(?:toute |pour toute |les )?reservations? (?:\w+ ){0,2}(?:avant|jusqu'au) (?:le )?\d+"
        )
    ),
    # pressure on the hesitant
    Construction(
        re.compile(
            r"\b(?:hesite[sz]?|hesitez) encore\b|\btoujours pas (?:convaincue?s?|decidee?s?)\b"
            r"|\bregrett\w* (?:souvent )?de ne pas (?:l'avoir|avoir) fait\b"
            r"|\bil est (?:grand )?temps d'agir\b"
        )
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Pushes to book or undergo care."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
