"""``incitation`` as constructions: a booking imperative next to a push (urgency, emotion, an
exclamation), scarcity (« les 50 premières clientes »), hurry (« confirmez vite ») and pressure
on the hesitant (« vous hésitez encore ? »).

A booking imperative alone is practical information (« Pour prendre rendez-vous, contactez le
secrétariat ») and does not fire.
"""

from __future__ import annotations

from vitrine import regex_cache
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
    # the door left open: « le lien pour prendre rendez-vous est dans la description », « mon agenda
    # de septembre est ouvert »
    r"\ble lien (?:pour (?:prendre |caler )?(?:rendez-vous|rdv|reserver)"
    r"|de (?:reservation|prise de rendez-vous))\b",
    r"\b(?:mon|notre) (?:agenda|planning) (?:de \w+ |d'\w+ )?(?:est|reste) (?:ouvert|dispo\w*)\b",
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
    # a flaw named then declared fixable (« le cou, ça se traite », « ça se corrige en une heure »)
    r"(?:ca|cela) se (?:traite|corrige|soigne|repare|gomme|rattrape)",
    # (« vous n'attendez pas des mois un rendez-vous » states a fact, it orders nothing)
    r"(?<!vous )(?<!tu )n'attend(?:s|ez) (?:plus|pas)",
)

_UNTIL = (
    r"jusqu'(?:a|au) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|minuit|la fin"
    # (« ouvert jusqu'à 19 h » gives opening hours)
    r"|\d+)\b(?! ?(?:h\b|h\d|heures?\b|:\d))"
    # a date to beat: « réservée avant le 31/12 », « avant la fin du mois », « avant dimanche »
    r"|avant (?:le \d+|la fin (?:du mois|de la semaine|de l'annee|d'\w+|de \w+)|(?:lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|demain|ce soir|minuit|noel|le reveillon)\b)"
)

# A price lure without a percentage: « tarif spécial abonnées », « prix d'ami », « prix doux »
_PRICE_LURE = (
    r"\b(?:tarifs?|prix) (?:special|speciaux|preferentiel\w*|exceptionnel\w*|d'ami|doux|casse\w*|reduit\w*"
    r"|de lancement|privilege|mini)\b|\b(?:promo\w*|remise|reduction|offre (?:speciale|de lancement|flash))\b"
    r"|\bpour le prix (?:de|d') ?(?:\d+|deux|trois|une?)\b|\ba moitie prix\b|\bdemi-tarif\b|\bprix barres?\b"
)

_CONSTRUCTIONS = (
    Construction(
        regex_cache.compile(
            rf"(?P<m>{_BOOK}){_NEAR}\b{_PUSH}\b|\b{_PUSH}\b{_NEAR}(?P<n>{_BOOK})"
            rf"|(?P<e>{_BOOK})[^.?\n]{{0,30}}!"
        ),
        "m",
    ),
    # « les 50 premières clientes », « il nous reste un créneau jeudi »
    Construction(
        regex_cache.compile(
            r"\b(?:\d+|dix|quinze|vingt|trente|quarante|cinquante|soixante|cent|deux cents|mille) premier\w*"
            r" (?:client\w*|patient\w*|inscrit\w*|personnes|reservations|abonne\w*|candidat\w*|demandes)\b"
            r"|\bil (?:ne )?(?:nous |me )?reste (?:plus qu'|que )?(?:un|une|deux|trois) (?:seule? )?"
            r"(?:creneau|place|date|disponibilite)s?\b"
        )
    ),
    # the booking itself hurried: « prenez vite rendez-vous », « prends vite ta place »
    Construction(
        regex_cache.compile(
            r"\b(?:prends|prenez|reserve[sz]?|book\w*|cale[sz]?|bloque[sz]?|fixe[sz]?)"
            r" (?:vite|rapidement|des maintenant|sans (?:attendre|tarder))"
            r" (?:ton |ta |tes |votre |vos |un |une )?"
            r"(?:rdv|rendez-vous|consult\w*|place|creneau|seance|bilan|date)\b"
        )
    ),
    # the reader sent here rather than elsewhere: « allez pas chez le Dr X…, venez chez nous », « venez
    # chez nous, c'est plus sûr »
    Construction(
        regex_cache.compile(
            r"\b(?:n')?allez (?:pas|jamais|plus) (?:chez|voir)\b[^.!?\n]{0,80}?\b(?P<m>vene[zs]|viens)\b"
            r"|\b(?P<n>vene[zs]|viens) (?:plutot )?(?:chez (?:nous|moi)|nous voir|me voir)\b,?"
            r" (?:c'est|on est|on fait|ici)"
            r" (?:\w+ )?(?:plus|mieux|moins)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the last slot, taken now or lost: « le créneau de jeudi, c'est le dernier avant octobre », « si
    # vous le prenez pas maintenant vous attendrez trois mois »
    Construction(
        regex_cache.compile(
            r"\b(?:creneau|place|date|rdv|rendez-vous|disponibilite)s?\b[^.!?\n]{0,30}?"
            r"\bc'est (?:le|la) derni(?:er|ere)\b"
            r"|\bsi (?:vous|tu) (?:ne )?(?:le|la|les|l') ?(?:prenez|prends|reservez|reserves|bloquez|bloques"
            r"|confirmez|confirmes|validez|valides)"
            r" pas (?:maintenant|tout de suite|aujourd'hui|de suite|vite)\b"
        ),
        ignore=frozenset({"negation", "hypothesis"}),
    ),
    # seizing a benefit before a date: « qu'elles en profitent avant la fin du mois »
    Construction(
        regex_cache.compile(rf"\b(?:en )?profit(?:e|es|ez|ent|er)\b(?:[\w' ]{{0,30}}?) (?P<m>{_UNTIL})"),
        "m",
    ),
    # « confirmez vite », « réservez vite », « inscrivez-vous vite »
    Construction(
        regex_cache.compile(
            r"(?<!vous )(?<!tu )(?<!nous )(?<!qui )"
            r"\b(?:confirme|reserve|inscri|decide|profite|appele|appell|rappel|contacte|bloque|fonce|ecri"
            r"|envoie|envoyez"
            r"|dm|mp|telephone|dites|dis(?=-moi|-nous))\w*(?:-vous|-toi|[- ]moi|[- ]nous)?"
            r"(?: \w+){0,2} (?:vite|des maintenant|rapidement|aujourd'hui(?: meme)?)\b"
        )
    ),
    # scarcity told as a race: « faut sauter dessus », « avant que le planning soit full »,
    # « pour toute réservation avant le 31 »
    Construction(
        regex_cache.compile(
            r"\b(?:sauter|sautez|saute) (?:dessus|sur (?:l'occasion|cette \w+))\b"
            r"|\b(?:creneau|creneaux|dates?|disponibilites?|rendez-vous|rdv"
            r"|places? (?:restantes|disponibles))"
            r"(?: (?:de|du) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|\d+\w*))?"
            r" (?:part|partent|partira|partiront|s'envol\w*) (?:tres )?vite\b|\bcomme des petits pains\b"
            # « les réservations de décembre sont ouvertes, elles partent vite ! »
            r"|\b(?:reservations?|creneaux?|places?|dates?|rendez-vous|rdv|disponibilites?)\b[^.!?\n]{0,50}?"
            r"\b(?:ils|elles) (?:partent|s'envolent|filent) (?:tres |super |hyper )?vite\b"
            # a booking with a near deadline: « réservez votre bilan cette semaine »
            r"|\b(?:prends|prenez|reserve|reservez|book\w*|cale[sz]?|bloque[sz]?)"
            r" (?:ton|ta|tes|votre|vos|un|une)"
            r" (?:rdv|rendez-vous|consult\w*|place|creneau|seance|bilan|date|devis)\b(?: \w+){0,2}?"
            r" (?:cette semaine|aujourd'hui|ce week-end|ce mois-ci)\b"
            r"|\bavant que (?:le |l'|les )?(?:planning|agenda|places?|creneaux?|dates?)\w*"
            r"(?: (?:de|d'|du) \w+)?"
            r" (?:ne )?(?:soi(?:en)?t|soit deja|(?:ne )?(?:parte|partent))"
            r" ?(?:full|complet\w*|plein\w*|pris\w*)?"
            r"|\b(?:toute |pour toute |les )?reservations? (?:\w+ ){0,2}(?:avant|jusqu'au) (?:le )?\d+"
        )
    ),
    # indirect urgency: the slots are filling up or going (« le planning de l'été se remplit à toute
    # vitesse », « les créneaux de mars partent », « les places … se remplissent plus vite que
    # prévu »), or a slot offered now goes to someone else (« il part à quelqu'un d'autre »)
    Construction(
        regex_cache.compile(
            r"\b(?:les |le |la |nos |vos )?(?:creneaux?|places?(?! (?:de|en|a la|au|dans les?|a l') ?"
            r"(?:parking|stationnement|creche|ecole|concert|cinema|spectacle|train|avion|amphi))|dates?"
            r"|disponibilites?|planning|agenda|rendez-vous|rdv)\b(?: [^.!?\n]{0,40}?)?"
            r" (?:se rempli(?:t|ssent|ra|ront)|partent|s'envol\w*|fil(?:e|ent) (?:vite|a toute vitesse)"
            r"|sont (?:presque|bientot|deja) (?:tou(?:te)?s )?(?:pris\w*|complet\w*|parti\w*)"
            # « le planning 2027 est déjà presque plein »
            r"|(?:est|sont) (?:deja )?(?:presque|bientot|quasi(?:ment)?) (?:tou(?:te)?s? )?"
            r"(?:pris|complet|plein|parti)\w*)\b"
            r"|\bpremier arrive,? premier servi\b"
        )
    ),
    # « si tu ne le prends pas aujourd'hui il part à quelqu'un d'autre »: the negation is the threat
    Construction(
        regex_cache.compile(
            r"\b(?:il|elle) (?:part|partira|ira) a (?:quelqu'un d'autre|une autre (?:patiente?|personne))\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the last chance: « dernier jour pour caler ta consult », « après c'est complet jusqu'en
    # décembre », « avant qu'il soit trop tard », « encore des dates en février »
    Construction(
        regex_cache.compile(
            r"\bderni(?:er|ere)s? (?:jour|jours|semaine|chance|moment) pour\b"
            r"|\bapres,? (?:c'est|ce sera|ca sera|tout est) (?:complet|plein|trop tard|fini)\b"
            r"|\bavant qu'il (?:ne )?soit trop tard\b"
            # « il reste encore des dates en février » (« le Dr X a des créneaux en janvier » is information)
            r"|\b(?:(?:a|avons|ai|reste|restent) encore|reste|restent|encore) (?:des|quelques)"
            r" (?:dates|places|creneaux)"
            r"(?: (?:dispo\w*|libres?))?(?= (?:en|pour|dispo|libre|ce|cet|cette|d'ici|avant)\b)"
            r"|\b(?:quelques|des) (?:dates|places|creneaux) (?:encore )?(?:dispo\w*|libres?)\b"
            r"|\b(?:aux|les) (?:\d+|dix|vingt|trente|cinquante|cent) premier\w*"
            r" (?:demandes|appels|messages|inscriptions"
            r"|candidates?|reservations?)\b"
        )
    ),
    # a deadline on a quote or an offer: « votre devis expire vendredi », « l'offre … se termine
    # dimanche », « si vous signez le devis avant le 30/11 »
    Construction(
        regex_cache.compile(
            r"\b(?:devis|offre|promo\w*|remise|reduction|tarifs?|prix)\b[^.!?\n]{0,60}?"
            r" (?:expire(?:nt)?|se termine(?:nt)?|prend fin|prennent fin|s'arrete|changent|augmentent"
            r"|arrive(?:nt)? a (?:echeance|expiration))"
            r" (?:des |le |la |ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain"
            r"|ce soir|fin \w+|\d+|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
            r"|octobre|novembre|decembre)|semaine|week-end|mois)\b"
            r"|\bsi (?:vous |tu )(?:en )?(?:signez|signes|reservez|reserves|validez|valides|confirmez"
            r"|confirmes|reprenez|reprends|prenez|prends|achetez|achetes|commandez|commandes)"
            r"\b[^.!?\n]{0,40}? avant (?:le |la fin|ce |cette |vendredi|samedi|dimanche|demain|\d)"
        )
    ),
    # an open push: « qu'est-ce que vous attendez ? », « vous n'avez rien à perdre », « arrête
    # d'attendre », « fais-toi ce cadeau », « et si cette année c'était enfin la bonne »
    Construction(
        regex_cache.compile(
            r"\bqu'est-ce que (?:vous attendez|tu attends)\b|\b(?:vous n'avez|tu n'as|on n'a) rien a perdre\b"
            r"|\barret(?:e|ez|er) d'attendre\b|\b(?:fais|faites)-(?:toi|vous) (?:ce |un )?(?:petit )?cadeau\b"
            # (« et si la prochaine, c'était toi ? »)
            r"|\bet si (?:[\w',]+ ){0,3}c'etait (?:enfin )?"
            r"(?:votre tour|ton tour|la bonne|le bon moment|le moment|toi|vous"
            # (« et si 2025 c'était TON année ? », not « … votre année pour arrêter le tabac »)
            r"|(?:ton|votre) annee(?! pour| de| d'))\b"
            # « Toi aussi tu veux ce regard ouvert ? Écris-nous » (7 of 7 in dev and batches 93-148; not
            # « toi aussi tu veux savoir ce qui se passe au bloc ? »)
            r"|\btoi aussi,? tu (?:veux|voudrais|reves)\b"
            r"(?! (?:de |d')?(?:savoir|comprendre|connaitre|apprendre|decouvrir|voir comment|travailler"
            r"|devenir|arreter|etre (?:chirurgien|medecin|infirmi)"
            r"|rejoindre|faire medecine|postuler|participer|courir|aider)\b)"
        )
    ),
    # a slot held under pressure: « il faudrait vraiment confirmer d'ici là, après on ne pourra plus
    # rien vous garantir »; the negation is the threat
    Construction(
        regex_cache.compile(
            r"\b(?:il faudrait|il faut|faudrait|faut) (?:vraiment |absolument )?"
            r"(?:confirmer|valider|signer|vous decider"
            r"|te decider|reserver)\b (?:d'ici|avant|rapidement|vite|aujourd'hui|cette semaine)"
            r"|\bapres,? (?:on|nous|je) ne (?:pourra|pourrons|pourrai|peut|peux|pourrait) plus (?:rien )?"
            r"(?:vous |te )?(?:garantir|promettre|assurer|bloquer|reserver)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the reader's wish, prompted: « et si cette année, vous pensiez enfin un peu à vous ? », « et si
    # cet été, vous osiez enfin les débardeurs ? »
    Construction(
        regex_cache.compile(
            r"\bet si (?:[\w',]+ ){0,3}(?:vous|tu) (?:vous |te |t')?"
            r"(?:pensiez|pensais|preniez|prenais|osiez|osais"
            r"|offriez|offrais|sautiez|sautais|craquiez|craquais|passiez|passais|faisiez|faisais|accordiez"
            r"|accordais|occupiez|occupais|autorisiez|autorisais) (?:enfin|un peu|a vous|a toi|le pas"
            r"|a (?:votre|vos|ton|ta|tes) \w+)\b"
            # a treatment as a present (« et si cette année vous lui offriez enfin le regard … »)
            r"|\bet si (?:[\w',]+ ){0,3}(?:vous|tu) (?:lui|leur) (?:offriez|offrais) (?:enfin )?"
            r"(?:un|une|le|la|les|son|sa|ses)\b"
        )
    ),
    # waiting told as a loss or a harm (« plus t'attends, plus c'est lourd », « chaque année qui passe
    # rend la correction plus difficile », « il serait dommage de remettre encore à plus tard »), the
    # moment pressed (« prenez votre décision aujourd'hui », « pas dans cinq ans. maintenant. »),
    # a nudge left unsaid (« tu sais ce qu'il te reste à faire », « le signe que tu attendais »)
    Construction(
        regex_cache.compile(
            r"\bplus (?:tu |vous |t')(?:attends|attendez|tardez|tardes|repousses|repoussez)\b"
            r",? plus\b"
            r"|\bchaque (?:annee|mois|jour|saison) qui passe\b[^.!?\n]{0,40}?\b(?:plus|moins|rend|complique)"
            r"|\b(?:il serait|ce serait|c'est) (?:vraiment |bien )?dommage de (?:remettre|repousser|reporter"
            r"|attendre|laisser passer)\b(?= (?:encore|a plus tard|plus longtemps"
            r"|(?:une|un) (?:annee|an|ete|saison)"
            r"|(?:votre|ton|ta|vos|tes) (?:projet|decision|envie|intervention|rendez-vous|rdv)))"
            r"|\b(?:prenez|prends) (?:votre|ta) decision"
            r" (?:aujourd'hui|maintenant|des (?:maintenant|ce soir))"
            r"|\bpas dans (?:\w+ )?(?:ans|mois|semaines)\W{1,3}maintenant\b"
            r"|\b(?:tu sais|vous savez) ce qu'il (?:te|vous) reste a faire\b"
            r"|\ble signe que (?:tu attendais|vous attendiez)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a complex created (« votre cou vous vieillit de 10 ans »), a wait no longer to be borne (« vous
    # n'avez pas à le subir plus longtemps »), friends to bring along (« vos amies aussi ont droit à
    # leur consultation, n'hésitez pas à nous les envoyer »)
    Construction(
        regex_cache.compile(
            r"\b(?:vous|te|vous le|te le) (?:vieilli\w*|enlaidi\w*|alourdi\w*) de \d+ ans\b"
            r"|\b(?:a|de) (?:le |la |les |l')?(?:subir|supporter|cacher|endurer) plus longtemps\b"
            r"|\b(?:vos|tes) (?:amie?s|proches|copines?|copains|collegues|soeurs?)\b[^.!?\n]{0,60}?"
            r"\b(?:ont (?:aussi |egalement )?droit|envoye[rz]|amene[rz]|emmene[rz]|parraine[rz]"
            r"|(?:seront|sont) (?:les |toujours |aussi )?bienvenue?s)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # word of mouth asked for (« n'hésitez pas à parler de nous autour de vous », « rassurez vos
    # amies »): « parler de » is no meta-discourse here, « n'hésitez pas » no negation
    Construction(
        regex_cache.compile(
            r"\b(?:parlez|parle|parler) de nous (?:autour de (?:vous|toi)|a (?:vos|tes))\b"
            r"|\b(?:rassurez|rassure|prevenez|previens) (?:vos|tes) (?:amie?s|proches|copines?|copains)\b"
        ),
        ignore=frozenset({"negation", "meta"}),
    ),
    # an offer with a deadline: « -30 % jusqu'à lundi minuit », « jusqu'au 24 décembre, la carte de
    # 200 € est à 170 € », « après ça repasse au tarif normal »
    Construction(
        regex_cache.compile(
            rf"(?:-\s?\d+ ?%|\d+ ?% de (?:reduction|remise)|\boffert\w*|{_PRICE_LURE})[^.!?\n]{{0,80}}?"
            rf"\b(?P<m>{_UNTIL})(?! ans\b)"
            rf"|\b(?P<n>{_UNTIL})[^.!?\n]{{0,60}}?(?:-\s?\d+ ?%|\boffert\w*|\best a \d+ ?€"
            # the practice pays: « avant le 31 mars, les séances sont pour nous »
            r"|\b(?:est|sont|sera|seront) (?:pour nous|a nos frais)\b)"
            r"|\bapres,? (?:ca|cela|c'est|ce sera|on) (?:repasse|retourne|revient|remonte)\w*"
            r" (?:au|a) (?:plein )?(?:tarif|prix)"
        ),
        "m",
    ),
    # an offer, then the end of the campaign as its deadline: « le bilan est offert … on vous rappelle pour
    # bloquer votre date avant la fin de l'opération » (not the end of a surgery: an offer comes first)
    Construction(
        regex_cache.compile(
            rf"(?:-\s?\d+ ?%|\boffert\w*|{_PRICE_LURE})[^\n]{{0,200}}?"
            r"\b(?P<m>(?:avant|jusqu'a) la fin (?:de l'operation|de l'offre|de la promo\w*|des soldes))\b"
        ),
        "m",
    ),
    # an invitation to a whole group: « invite toutes les femmes de plus de 40 ans à réaliser … »
    Construction(
        regex_cache.compile(
            r"\b(?:invit|encourag|incit|pouss)\w* (?:toutes les|tous les|les)"
            r" (?:femmes|hommes|quadras?|seniors|personnes|patient\w*)\b(?: [^.!?\n]{0,30}?)? a (?:«\s*)?"
            r"(?:realiser|faire|venir|prendre|consulter|ne plus|franchir|corriger|s'offrir)"
            # (« à réaliser une mammographie de dépistage » is public-health advice)
            r"(?![^.!?\n]{0,40}\b(?:depistage|mammographie|frottis|vaccin\w*|coloscopie|autopalpation))"
            # (« à consulter leur médecin traitant en cas de doute » is public-health advice)
            r"(?! (?:leur|votre|vos|un|une|son|sa|le|la) (?:medecin|generaliste|gynecologue|pharmacien"
            r"|dermatologue|specialiste|sage-femme))"
        )
    ),
    # care as the present someone deserves or that will change them: « le cadeau qu'elle mérite », « le
    # cadeau qui lui rendra 10 ans » (« idée cadeau : nos cartes cadeaux » is the offer alone)
    Construction(
        regex_cache.compile(
            r"\ble (?:plus beau )?cadeau (?:qu'(?:elle|il|elles|ils|vous|tu) merit\w*"
            r"|qui (?:lui|leur|vous|te) (?:rendra|redonnera|offrira|changera|fera)\b)"
        )
    ),
    # an aesthetic act declared the thing to do (« le botox préventif à 25 ans, c'est le move »)
    Construction(
        regex_cache.compile(
            r"\b(?:botox|toxine|injections?|filler|acide hyaluronique|laser|peeling|lipo\w*|rhino\w*"
            r"|blepharo\w*|lifting|mesotherapie|prp)\b[^.!?\n]{0,60}?"
            r"\b(?P<m>c'est (?:le move|un must(?:-have)?|la base"
            r"|obligatoire|le bon plan))"
        ),
        "m",
    ),
    # stop looking, come here (« arrête : chez nous c'est… »), call now (« appelez maintenant, ne perdez
    # plus une minute »), the city's residents invited (« RDV au cabinet pour les Parisiennes »)
    Construction(
        regex_cache.compile(
            r"\b(?:arrete[sz]?|stop)(?: de (?:chercher|comparer|hesiter|scroller))?\s*[:!,.]+\s*"
            r"(?:chez (?:nous|moi)|viens|venez|ici)\b"
            r"|\b(?:appelez|appelle|telephonez|ecrivez|contactez|reservez|reserve)(?:-nous|-moi)? maintenant"
            r"(?=\s*(?:[,.!;]|$))"
            # call here before signing elsewhere: « appelez AVANT de signer ailleurs »
            r"|\b(?:appelez|appelle|contactez|contacte|ecrivez|ecris)(?:-nous|-moi)? avant de"
            r" (?:signer|vous engager|t'engager|payer|reserver|vous decider|te decider)\b"
            r"|\bne (?:perdez|perds) (?:plus|pas)"
            r" (?:une (?:seule )?(?:minute|seconde)|un (?:seul )?instant)\b"
            r"|\bne (?:perdez|perds) plus (?:de )?temps\b"
            r"|\b(?:rdv|rendez-vous) (?:au cabinet |a la clinique |chez nous |chez moi )?"
            r"pour (?:les|toutes les|tous les) (?!(?:ancien|patient|client|opere|personne)\w*)"
            r"\w+(?:iennes?|iens|aises?|ais|oises?|ois|ines?)\b"
        )
    ),
    # a countdown to take part or book: « plus que 48 h pour participer », « il reste 3 jours pour en
    # profiter » (« plus que 3 jours avant votre intervention » prepares care already decided)
    Construction(
        regex_cache.compile(
            r"\b(?:plus que|il (?:ne )?(?:vous |te )?reste(?: plus)?(?: que| seulement)?|seulement|encore)"
            r" (?:\d+|deux|trois|quatre|cinq|sept|dix) ?(?:h|heures?|jours?|minutes?|semaines?)\b"
            r" pour (?:participer|reserver|profiter|en profiter|s'inscrire|vous inscrire|t'inscrire|jouer"
            r"|tenter"
            r"|beneficier|candidater|saisir)\b"
            # (a solidarity race or a screening day is a public-health event, not care to book)
            r"(?![^.!?\n]{0,60}\b(?:course|marche|conference|journee|depistage|collecte|don du sang|congres"
            r"|webinaire|solidaire|caritati\w*))"
            # a deadline announced by « seulement » before it: « seulement jusqu'à dimanche minuit »
            rf"|\bseulement (?P<m>{_UNTIL})"
        ),
    ),
    # the reader's turn, told as a new start: « et si 2027 commençait par toi ? », « et si cette
    # rentrée était pour vous ? »
    Construction(
        regex_cache.compile(
            r"\bet si (?:[\w',]+ ){0,3}(?:commencait|commencerait|demarrait|etait|rimait) (?:enfin )?"
            r"(?:par|pour|avec) (?:toi|vous)\b"
        )
    ),
    # pressure on the hesitant
    Construction(
        regex_cache.compile(
            r"\b(?:hesite[sz]?|hesitez) encore\b|\btoujours pas (?:convaincue?s?|decidee?s?)\b"
            r"|\bqui hesit\w*,? (?:c'est le moment|c'est maintenant|lancez-vous|foncez|n'attendez plus)\b"
            r"|\bregrett\w* (?:souvent )?de ne pas (?:l'avoir|avoir) fait\b"
            r"|\bil est (?:grand |peut-etre |sans doute |enfin )?temps d'agir\b"
            r"|\bc'est que (?:t'es|tu es|vous etes) (?:pret|prete)s?\b"
            # the others have noticed: « vos collègues l'ont sûrement déjà remarqué »
            r"|\b(?:vos|tes) (?:collegues|proches|amie?s|copines?|entourage)\b[^.!?\n]{0,30}"
            r"\b(?:l'ont|ont|l'a|a) (?:\w+ )?(?:deja )?remarque\b"
        )
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Pushes to book or undergo care."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
