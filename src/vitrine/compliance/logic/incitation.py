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
    # indirect urgency: the slots are filling up or going (« le planning de l'été se remplit à toute
    # vitesse », « les créneaux de mars partent », « les places … se remplissent plus vite que
    # prévu »), or a slot offered now goes to someone else (« il part à quelqu'un d'autre »)
    Construction(
        re.compile(
            r"\b(?:les |le |la |nos |vos )?(?:creneaux?|places?(?! (?:de|en|a la|au|dans les?|a l') ?"
            r"(?:parking|stationnement|creche|ecole|concert|cinema|spectacle|train|avion|amphi))|dates?"
            r"|disponibilites?|planning|agenda|rendez-vous|rdv)\b(?: [^.!?\n]{0,40}?)?"
            r" (?:se rempli(?:t|ssent|ra|ront)|partent|s'envol\w*|fil(?:e|ent) (?:vite|a toute vitesse)"
            r"|sont (?:presque|bientot|deja) (?:tou(?:te)?s )?(?:pris\w*|complet\w*|parti\w*))\b"
            r"|\bpremier arrive,? premier servi\b"
        )
    ),
    # « si tu ne le prends pas aujourd'hui il part à quelqu'un d'autre »: the negation is the threat
    Construction(
        re.compile(
            r"\b(?:il|elle) (?:part|partira|ira) a (?:quelqu'un d'autre|une autre (?:patiente?|personne))\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the last chance: « dernier jour pour caler ta consult », « après c'est complet jusqu'en
    # décembre », « avant qu'il soit trop tard », « encore des dates en février »
    Construction(
        re.compile(
            r"\bderni(?:er|ere)s? (?:jour|jours|semaine|chance|moment) pour\b"
            r"|\bapres,? (?:c'est|ce sera|ca sera|tout est) (?:complet|plein|trop tard|fini)\b"
            r"|\bavant qu'il (?:ne )?soit trop tard\b"
            r"|\b(?:a|avons|ai|reste|restent|encore) (?:encore )?(?:des|quelques) (?:dates|places|creneaux)"
            r"(?: (?:dispo\w*|libres?))?(?= (?:en|pour|dispo|libre|ce|cet|cette|d'ici|avant)\b)"
            r"|\b(?:quelques|des) (?:dates|places|creneaux) (?:encore )?(?:dispo\w*|libres?)\b"
            r"|\b(?:aux|les) (?:\d+|dix|vingt|cent) premier\w* (?:demandes|appels|messages|inscriptions"
            r"|candidates?|reservations?)\b"
        )
    ),
    # a deadline on a quote or an offer: « votre devis expire vendredi », « l'offre … se termine
    # dimanche », « si vous signez le devis avant le 30/11 »
    Construction(
        re.compile(
            r"\b(?:devis|offre|promo\w*|remise|reduction|tarifs?|prix)\b[^.!?\n]{0,60}?"
            r" (?:expire(?:nt)?|se termine(?:nt)?|prend fin|prennent fin|s'arrete|changent|augmentent)"
            r" (?:des |le |la |ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain"
            r"|ce soir|fin \w+|\d+|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
            r"|octobre|novembre|decembre)|semaine|week-end|mois)\b"
            r"|\bsi (?:vous |tu )(?:signez|signes|reservez|reserves|validez|valides|confirmez|confirmes)"
            r"\b[^.!?\n]{0,40}? avant (?:le |la fin|ce |cette |vendredi|samedi|dimanche|demain|\d)"
        )
    ),
    # an open push: « qu'est-ce que vous attendez ? », « vous n'avez rien à perdre », « arrête
    # d'attendre », « fais-toi ce cadeau », « et si cette année c'était enfin la bonne »
    Construction(
        re.compile(
            r"\bqu'est-ce que (?:vous attendez|tu attends)\b|\b(?:vous n'avez|tu n'as|on n'a) rien a perdre\b"
            r"|\barret(?:e|ez|er) d'attendre\b|\b(?:fais|faites)-(?:toi|vous) (?:ce |un )?(?:petit )?cadeau\b"
            r"|\bet si (?:\w+ ){0,3}c'etait (?:enfin )?"
            r"(?:votre tour|ton tour|la bonne|le bon moment|le moment)\b"
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
