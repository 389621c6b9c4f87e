"""``superlatif`` as constructions: the practice ranks or praises itself, whatever the wording.

- a rank or a first (« premier cabinet de la région à proposer… », « n°1 », a « palmarès »,
  « devant tous les établissements », « parmi les plus naturels »);
- uniqueness (« personne ne fait comme nous », « sans équivalent », « imbattable »);
- a nickname of mastery (« la reine des lèvres », « le magicien du bistouri », « doigts de fée »);
- praised results or unanimous patients (« des résultats de malade », « mes patientes sont
  toutes ravies », « taux de recommandation de 98 % »);
- a track record, in any order (« zéro reprise en 20 ans », « depuis 2004, aucune patiente
  réopérée », « n'a jamais fait l'objet de la moindre plainte »);
- the one who does the most or is the best (« le chirurgien qui réalise le plus de… », « le
  docteur est le meilleur pour… », « le classement des meilleurs… »);
- one's figures beating a benchmark (« taux de complications plus bas que la moyenne »).

Generic superlatives in medical information stay with the YAML exceptions (« le meilleur moyen »).
"""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, words
from vitrine.compliance.logic.garantie_resultat import (
    answered_candidates,
    doctor_quote_candidates,
    promise_candidates,
)
from vitrine.compliance.logic.taglines import tagline_candidates
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

# How the practice names itself.
_SELF = (
    r"(?:cabinet|clinique|centre|chirurgien\w*|praticien\w*|specialiste\w*|medecin\w*|equipe|docteur|dr"
    r"|institut|service|plateau technique|structure|etablissement|pole|unite|hopital|groupe|maison)"
)
# French regions and former regions, named as a territory to be the only or the first one in
_REGION = (
    r"(?:bretagne|normandie|occitanie|alsace|lorraine|provence|auvergne|bourgogne|corse|aquitaine|picardie"
    r"|champagne|limousin|franche-comte|grand \w+|(?:la )?nouvelle-aquitaine|ile-de-france|hauts-de-france"
    r"|pays de la loire|centre-val de loire|rhone-alpes|auvergne-rhone-alpes|paca|savoie|vendee|anjou"
    r"|touraine|gascogne|languedoc|roussillon|midi-pyrenees|poitou-charentes|cote d'azur)"
)
# Departments, named as a territory to be the only or the first one in (« le seul du Finistère »)
_DEPARTMENT = (
    r"(?:ain|aisne|allier|ardeche|ardennes|ariege|aube|aude|aveyron|calvados|cantal|charente\w*|cher|correze"
    r"|creuse|dordogne|doubs|drome|eure\w*|finistere|gard|gers|gironde|herault|isere|jura|landes|loire\w*"
    r"|loiret|lot|lozere|manche|marne|mayenne|meuse|morbihan|moselle|nievre|oise|orne|puy-de-dome"
    r"|pyrenees\w*|rhone|saone\w*|sarthe|somme|tarn|var|vaucluse|vienne|vosges|yonne|essonne|yvelines"
    r"|val-d'oise|val-de-marne|hauts-de-seine|seine\w*|haute-\w+|bouches-du-rhone|alpes-\w+|cotes-d'armor"
    r"|ille-et-vilaine|indre\w*|maine-et-loire|meurthe-et-moselle|pas-de-calais|nord|bas-rhin|haut-rhin"
    r"|deux-sevres|tarn-et-garonne|lot-et-garonne|loir-et-cher|eure-et-loir|territoire de belfort)"
)
_PLACE = words(
    r"(?:la |l')?(?:region|ville|departement|metropole|cote|hexagone)",
    r"france|europe|monde|paris|lyon|marseille|bordeaux|lille|nice|toulouse|nantes|strasbourg|[a-z]+-\w+",
    _REGION,
    _DEPARTMENT,
)
_FIRST = r"(?:premiere?|1(?:er|re|ere)|numero (?:un|1)|n\s?°\s?1)"
_ACT_VERB = (
    r"(?:proposer|pratiquer|realiser|utiliser|introduire|maitriser|adopter|offrir|s'equiper|operer"
    r"|ouvrir|lancer|importer|developper|former|enseigner|avoir \w+)"
)
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
    r"|patiente?s? decue?s?|reclamations?|reoper\w+|repris(?:e|es)?|reprendre|retoucher|reintervention\w*"
    r"|mecontente?s?|decue?s?|effets? (?:secondaires?|indesirables?)"
    # serious adverse events, the record of an anaesthetist or a clinic
    r"|reintubations?|transferts? en (?:reanimation|rea|soins intensifs|urgence)|deces|embolies?|necroses?"
    r"|hospitalisations? (?:imprevues?|non programmees?))"
)
# A zero: « aucune », « pas une seule », « jamais », « la moindre ».
_ZERO = r"(?:zero|aucune?|0|pas une? seule?|jamais|la moindre|nul(?:le)?)"
# A span of practice: « en 20 ans », « depuis 2004 », « sur 3 000 patients ».
_SPAN = (
    r"(?:(?:en|depuis|sur) (?:\d[\d\s]*|plus de \d+|\w+) (?:ans|annees|patient\w*|interventions|cas)\b"
    r"|depuis (?:19|20)\d\d|depuis (?:l'ouverture|la creation|nos debuts|mes debuts|le debut|toujours)"
    r"|depuis (?:notre|ma|mon|sa|son|leur) (?:creation|ouverture|installation|fondation|arrivee))"
)
# A benchmark the practice measures itself against.
_BENCHMARK = words(
    r"la moyenne|les moyennes|le taux national|les autres (?:centres|cabinets|etablissements|services)",
    r"(?:le|la) (?:\d+e|deuxieme|second\w*) (?:\w+ )?(?:etablissement|centre|cabinet|service|clinique)",
)

_CONSTRUCTIONS = (
    # a first: « premier cabinet de la région à proposer… », « la première à pratiquer… »
    Construction(
        regex_cache.compile(
            rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}{_SELF}\b{_S}{{0,30}}?\b(?:de |d'|du |en |a )\s?{_PLACE}\b"
        )
    ),
    Construction(
        regex_cache.compile(rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}{_SELF}\b{_S}{{0,40}}?\ba {_ACT_VERB}\b")
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?:le|la|les|l'une? des|une? des|parmi les) (?:tout(?:e|es)? )?{_FIRST}s? a {_ACT_VERB}\b"
        )
    ),
    # the first of a place: « nous sommes les premiers en France à le faire », « la première de la région »
    Construction(
        regex_cache.compile(
            rf"\b(?:le|la|les|l'une? des|une? des|parmi les) (?:tout(?:e|es)? )?{_FIRST}s?"
            rf" (?:de |d'|du |en |a |dans )\s?(?:tout |toute )?{_PLACE}\b"
        )
    ),
    # a first announced: « le centre annonce une première : … »
    Construction(
        regex_cache.compile(
            r"\b(?:annonce\w*|realise\w*|signe\w*|reussi\w*|c'est) une premiere\b"
            r"(?! (?:consultation|seance|fois|etape|partie|injection|visite|intervention))"
        )
    ),
    # the only one around: « le seul robot de chirurgie digestive à 150 km à la ronde »
    Construction(
        regex_cache.compile(
            r"\b(?:le|la|les|du|au|aux) seule?s?\b"
            r"(?! (?:moyen|facon|maniere|solution|fois|chose|indication|traitement))"
            rf"{_S}{{0,40}}?\b(?:a \d+ ?km|a la ronde"
            r"|(?:dans|de|en|d'|du|des) ?(?:tout |toute )?(?:la |le |l')?"
            r"(?:region|departement|hexagone|france"
            rf"|{_REGION}|{_DEPARTMENT}))\b"
        )
    ),
    # a place in a ranking: « figure dans le top 3 national »
    Construction(
        regex_cache.compile(
            r"\b(?:figure\w*|classee?s?|se classe\w*|arrive\w*|place\w*|entre\w*|sommes|est|sont)"
            r" (?:dans|au|parmi) (?:le |les )?(?:top\s?\d+|palmares|tete du classement)"
        )
    ),
    # « le mieux noté de Bordeaux », « la mieux équipée »
    Construction(
        regex_cache.compile(
            r"\b(?:le|la|les|l')\s?(?:mieux|plus) "
            r"(?:note|classe|equipe|place|recommande|avise)e?s?\b(?! pour)"
        )
    ),
    # « spécialiste incontesté », « à la pointe de la technologie », « on est les meilleurs »
    Construction(
        regex_cache.compile(
            r"\bincontest(?:ee?s?|able\w*)\b|\ba la pointe\b(?! (?:du nez|de l'os|du menton|des pieds))"
            # (« le plus efficace du marché » praises a product: produit-sante)
            r"|\b(?:les|la|le) plus (?:recent|pointu|perfectionn)\w*"
            r"|\b(?:on est|nous sommes|je suis|vous etes chez) (?:les?|la)"
            r" (?:meilleur\w*|top|number one)\b"
        )
    ),
    # a ranking
    Construction(
        regex_cache.compile(
            r"\bpalmares\b|\b(?:arrive|se classe|classee?s?|figure) (?:\w+ )?(?:devant|en tete)\b"
            r"|\b(?:au sommet|en tete|numero un) (?:du|des) (?:classement|palmares|hit-parade)"
        )
    ),
    Construction(
        regex_cache.compile(
            r"\bloin devant (?:les|tous les|toutes les) (?:autres|\w+ (?:de|du|des) )"
            r"|\bdevant (?:tous|toutes) (?:les|nos) (?:\w+ ){0,2}"
            r"(?:etablissements|cliniques|cabinets|centres|chirurgiens|praticiens|concurrents|confreres)"
        )
    ),
    Construction(
        regex_cache.compile(
            r"\bparmi (?:les|nos) (?:plus \w+|meilleur\w*|references?|leaders?|tout premiers)\b"
        )
    ),
    # uniqueness
    Construction(
        regex_cache.compile(
            r"\bpersonne (?:d'autre )?ne (?:fait|propose|maitrise|opere|realise|travaille|injecte)\w* "
            r"(?:\w+ ){0,3}(?:comme|mieux|aussi bien|aussi \w+ que)\b"
            # (spoken, « personne fait des BBL comme moi » drops the « ne »: then set against ourselves)
            r"|\b(?<!la )(?<!une )(?<!cette )(?<!chaque )(?<!toute )personne (?:d'autre )?"
            r"(?:fait|propose|maitrise|opere|realise|travaille|injecte)\w* "
            r"(?:\w+ ){0,3}(?:comme|mieux que|aussi bien que) (?:moi|nous)\b"
            r"|\bnulle part ailleurs\b|\bsans equivalent\b|\bimbattables?\b"
            r"|\b(?:pas|rien) (?:de )?mieux ailleurs\b|\bon ne (?:trouve|fait) pas mieux\b"
            # nobody regretted it: « 10 000 patientes, et aucune ne l'a regretté »
            r"|\b(?:aucune?|pas une? seule?|personne)(?: d'entre (?:elles|eux))?"
            r" (?:ne |n')(?:l'a |l'ont |a |ont )?(?:jamais )?regrett\w*"
            r"|\binegalable\w*|\bunique en son genre\b|\bsans rival\w*"
            # « notre consultation, unique en Bretagne »
            rf"|\buniques? (?:en|dans|de|a) (?:tout |toute )?(?:la |le |l')?{_PLACE}\b"
            # « personne ne s'en approche en Bretagne », « personne ne repart déçu »
            r"|\bpersonne ne (?:nous |m'|s'en |les |l')?(?:approche|arrive a la cheville|egale|rivalise)\w*"
            r"|\bpersonne ne (?:repart|ressort|sort|est (?:jamais )?reparti|est (?:jamais )?sorti)\w*"
            r" (?:\w+ )?(?:decue?|mecontente?|insatisfaite?|triste)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the practice's own work ranked in a place: « mes augmentations mammaires sont les plus naturelles
    # de Paris » (4 of 4 in dev and the batches; the lowest fees, « nos prix sont les plus bas », compare)
    Construction(
        regex_cache.compile(
            r"\b(?:mes|nos) (?:\w+ ){0,2}?"
            r"(?:resultats?|augmentations?|rhino\w*|levres|injections?|cicatrices?|lipo\w*|\w+plasties?|greffes?"
            r"|liftings?|implants?|protheses?|bbl|seins|nez|transformations?|interventions?|operations?|soins"
            r"|techniques?|sutures?|facettes|sourires)(?: \w+){0,2}"
            r" (?:sont|est) (?:les|la|le) plus"
            r" (?!bas\b|basses\b|chers\b|cheres\b|eleve|abordable|competiti|doux\b|douces\b|proches?\b"
            r"|courts?\b|rapides?\b)"
            rf"\w+ (?:de|du|d'|en) (?:tout |toute )?{_PLACE}\b"
        )
    ),
    # a nickname of mastery
    Construction(
        regex_cache.compile(
            rf"\b(?:roi|reine|pape|maitre|star|stars|magicien\w*|sorcier\w*|virtuose|as|champion\w*|pro|pros"
            rf"|artiste|orfevre)s? (?:de la |du |des |de l')\s?{_ACT}\b|\bdoigts de fee\b|\bmains? d'or\b"
        )
    ),
    # the practice's finest results: « nos plus beaux résultats », « des plus beaux résultats obtenus
    # au centre » (« les meilleurs résultats sont obtenus chez les non-fumeurs » informs)
    Construction(
        regex_cache.compile(
            r"\b(?:nos|mes|des|de nos|de mes) (?:plus (?:beaux|belles|spectaculaires|impressionnant\w*)"
            r"|meilleur(?:e|s|es)?)"
            r" (?:resultats?|transformations?|cas|avant[ /-]apres|reussites?|realisations?)\b"
        )
    ),
    # the same as the title of a section of one's own document: « Page 4 : « Nos plus belles
    # réussites » » (the quotes set a title, they do not mention someone else's words)
    Construction(
        regex_cache.compile(
            r"\b(?:page \d+|rubrique|section|onglet|chapitre|titre|intitulee?)\s?:\s?[«\"“]\s?"
            r"(?P<m>(?:nos|mes)"
            r" (?:plus (?:beaux|belles|spectaculaires|impressionnant\w*)|meilleur(?:e|s|es)?)"
            r" (?:resultats?|transformations?|cas|avant[ /-]apres|reussites?|realisations?))\b"
        ),
        "m",
        frozenset({"reported", "meta"}),
    ),
    # a result declared rare: « le genre de résultat qu'on ne croise pas tous les jours »
    Construction(
        regex_cache.compile(
            r"\bresultats?\b[^.!?\n]{0,30}?\b(?:qu'on|que l'on|que vous) ne"
            r" (?:croise|voit|trouve|rencontre)\w*"
            r" (?:pas|jamais) (?:tous les jours|partout|ailleurs|souvent)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # praised results: « nos résultats parlent d'eux-mêmes »
    Construction(
        regex_cache.compile(r"\b(?:nos|mes|des|les|ces) resultats? (?:qui )?parlent? d'eux-memes\b")
    ),
    # a result the doctor is proud of: « magnifique résultat dont je suis très fier »
    Construction(
        regex_cache.compile(
            r"\bresultats?\b[^.!?\n]{0,30}?\bdont (?:je suis|nous sommes|on est|l'equipe est)"
            r"(?: \w+)? fiere?s?\b"
        )
    ),
    # the reader joins the unanimous: « comme toutes nos patientes, vous repartez comblée »
    Construction(
        regex_cache.compile(
            r"\bcomme (?:toutes|tous) (?:nos|mes) (?:patient|client|opere)\w*,? (?:vous|tu) "
            r"(?:repartez|ressortez|repars|ressors|serez|seras|etes|es|allez etre) (?:\w+ )?"
            r"(?:ravie?|comblee?|satisfaite?|conquise?|heureu\w+|enchantee?|fan)s?\b"
        )
    ),
    # praised results
    Construction(regex_cache.compile(rf"\b(?:nos|mes) resultats?\b{_S}{{0,40}}?\b{_PRAISE}(?!\w)")),
    Construction(
        regex_cache.compile(
            rf"\b(?:nos|mes|des|les|ces|leurs?) resultats?\s+(?:\w+\s+)?(?:sont\s+)?{_PRAISE}(?!\w)"
        )
    ),
    # unanimous or counted satisfied patients
    Construction(
        regex_cache.compile(
            # (« mes patientes en sont fans » praises a product: produit-sante)
            r"\b(?:mes|nos) (?:patient\w*|client\w*|operee?s)\s+(?:(?!en\b)\w+\s+)?"
            r"(?:sont|repartent|ressortent|se disent)"
            rf"\s+(?:toutes?\s+|tous\s+|toujours\s+|unanimement\s+)?{_GLAD}"
        )
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?:toutes|tous|100\s?%|des (?:milliers|centaines)|plus de \d[\d\s.]*)\s+(?:de\s+|d')?"
            rf"(?:(?:mes|nos)\s+)?(?:patient\w*|client\w*|operee?s)\s+(?:\w+\s+)?{_GLAD}"
        )
    ),
    Construction(
        regex_cache.compile(
            r"\btaux de (?:recommandation|satisfaction|reussite|succes)\b[^.!?\n]{0,30}?"
            r"\b(?:atteint|depasse|frole|culmine|grimpe|s'eleve|mesur|evalu|estim|chiffr|calcul)\w*"
            r" (?:a |les |la barre des )?\d{2}"
            r"|\btaux de (?:recommandation|satisfaction|reussite|succes|patients? satisfaits?)\s+(?:\w+\s+)?"
            r"(?:de |a |d'environ |superieur a |proche de |les |la barre des )?\d"
            r"|\b\d{2,3}(?:[.,]\d)?\s?% de (?:recommandation"
            r"|satisfaction|reussite|succes)\b"
        )
    ),
    # « recommandation de » reads as a quoted rule to the qualifiers: not here
    Construction(
        regex_cache.compile(r"\btaux de recommandation\s+(?:\w+\s+)?(?:de |a |superieur a |proche de )?\d+"),
        ignore=frozenset({"reported"}),
    ),
    # a track record
    Construction(
        regex_cache.compile(
            rf"\b(?:zero|aucune?|0|pas une? seule?|jamais (?:eu|connu) (?:de |d'|une? )?"
            rf"|jamais (?:une?|la moindre) (?:seule? )?)\s?{_MISHAP}\b"
            rf"{_S}{{0,30}}?\b(?:(?:en|depuis|sur) (?:(?:mes|nos|les) )?(?:\d+|plus de|\w+ ans)|{_SPAN})"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the same record with the span first: « depuis 2004, aucune patiente n'a été réopérée »
    Construction(
        regex_cache.compile(rf"\b{_SPAN}{_S}{{0,50}}?\b{_ZERO}\b{_S}{{0,50}}?\b{_MISHAP}"),
        ignore=frozenset({"negation"}),
    ),
    # « n'a jamais fait l'objet de la moindre plainte »
    Construction(
        regex_cache.compile(
            rf"\bn'(?:a|ont|avons|ai) jamais (?:fait l'objet|eu|connu|enregistre|subi)"
            rf"(?: a (?:deplorer|deplore|signaler|regretter))?{_S}{{0,20}}?\b{_MISHAP}"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a record told by counting, then an emphatic zero: « 15 ans, plus de 4 000 blépharoplasties et
    # pas une seule reprise », « 25 ans de rhinoplastie, zéro procès », « troisième année consécutive
    # sans une seule infection », « 1 500 interventions par an sans un seul litige »
    Construction(
        regex_cache.compile(
            # (« en 2 heures, sans aucune complication » times the act: a promise, not a record)
            r"\b(?:(?:plus de )?\d[\d\s.]*\s?"
            r"(?!(?:h|heures?|min|minutes?|jours?|semaines?|seances?|mois)\b)\w+"
            r"|\w+ annee consecutive"
            r"|(?:dix|quinze|vingt|trente|quarante|cinq|six|sept|huit|douze) ans)\b"
            rf"{_S}{{0,60}}?\b(?:pas|sans|jamais) (?:une seule|un seul|aucune?|une?|la moindre)"
            rf" (?:\w+ )?{_MISHAP}\b"
            rf"|\b(?:plus de )?\d[\d\s.]*\s?\w+\b{_S}{{0,60}}?\bzero {_MISHAP}\b"
            rf"|\bzero {_MISHAP}\b,? zero {_MISHAP}\b"
        ),
        # « zéro plainte à l'Ordre » quotes no rule; « quand on parle de seins naturels… » is no meta
        ignore=frozenset({"negation", "reported", "meta"}),
    ),
    # the record told in two sentences: « 22 ans d'anesthésie. Pas une seule réintubation… »
    Construction(
        regex_cache.compile(
            r"\b(?:(?:plus de )?\d[\d\s.]*\s?(?:ans|annees|patient\w*|interventions|operations|anesthesies)"
            r"|(?:dix|quinze|vingt|trente|quarante) ans)\b"
            rf"{_S}{{0,60}}?[.!]\s+(?:et )?(?:pas|jamais|zero|aucune?)"
            r" (?:une seule|un seul|une?|la moindre)?\s?"
            rf"(?:\w+ )?{_MISHAP}\b"
        ),
        ignore=frozenset({"negation", "reported", "meta"}),
    ),
    # none of the patients ever…: « aucune de nos patientes n'a jamais eu l'air tirée »
    Construction(
        regex_cache.compile(
            r"\b(?:aucune?|pas une? seule?) (?:de |d'entre )?(?:nos|mes) (?:patient|client|opere|injecte)\w*"
            r" (?:ne |n')(?:a|ont|s'est|se sont|est|sont)? ?jamais\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a trait claimed as the practice's hallmark: « le regard, c'est notre signature », « des résultats
    # naturels : depuis 15 ans, c'est notre marque de fabrique » (« aucune douleur au réveil, c'est notre
    # marque de fabrique » is the promise of garantie-resultat)
    Construction(
        regex_cache.compile(
            r"(?:^|(?<=[.!?\n]))(?:(?!aucune? douleur|sans douleur|zero douleur|indolore)[^.!?\n])*?"
            r"\b(?P<m>(?:c'est|est|reste|sont|restent) (?:devenue? )?(?:notre|ma|mon) (?:vraie |veritable )?"
            r"(?:signature|marque de fabrique|griffe|marque de la maison))\b"
        ),
        "m",
        # the present « c'est notre » leaves no room for a negation or a condition of it; a quoted patient's
        # « je ne pensais pas que ce serait… » in the same sentence must not drop it
        frozenset({"negation", "hypothesis"}),
    ),
    # « le centre le plus en pointe du Sud-Est » (« le centre le plus proche de Lyon » is a direction)
    Construction(
        regex_cache.compile(
            rf"\b{_SELF}\w*(?: [\w']+){{0,2}} (?:le|la|les) plus"
            r" (?:en pointe|avance|innovant|moderne|repute|prise|experimente|equipe|reconnu|grand"
            r"|important)e?s?"
            rf" (?:de |d'|du |des |en |a )\s?{_PLACE}\b"
            rf"|\b(?:le|la|les) plus (?:grand|important)e?s? {_SELF}\w*(?: \w+)?"
            rf" (?:de |d'|du |en )\s?{_PLACE}\b"
        )
    ),
    # no other practice does as much: « aucun autre centre en France ne prélève autant de greffons »
    Construction(
        regex_cache.compile(
            rf"\baucune? autre {_SELF}\w*\b{_S}{{0,40}}?\b(?:ne|n')\b{_S}{{0,40}}?"
            r"\b(?:autant|aussi (?:bien|\w+ que)|mieux|davantage|plus de)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # « le seul en Bretagne à proposer… », « il n'y a qu'un seul centre dans tout le Grand Est qui… »
    Construction(
        regex_cache.compile(
            rf"\b(?:est|sommes|suis|etes|sont) (?:le|la|les) seule?s?\b(?: {_SELF}\w*)?"
            rf" (?:en|dans|de|du) {_S}{{0,30}}?\ba {_ACT_VERB}\b"
            # « je suis le seul à Lyon à passer par cette voie »
            rf"|\b(?:est|sommes|suis|etes|sont) (?:le|la|les) seule?s?\b(?: {_SELF}\w*)?"
            rf" (?:a|en|dans) (?:tout |toute )?(?:la |le |l')?{_PLACE}\b"
            rf"|\bil n'y a qu'une? seule? {_SELF}\w* (?:en|dans|de|du)\b{_S}{{0,40}}?\bqui\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the only one of a place, without article: « seul chirurgien de Nouvelle-Aquitaine à pratiquer… »
    Construction(
        regex_cache.compile(
            # (« seul chirurgien de garde en Bretagne-Sud » is a rota, not a claim)
            rf"\bseule?s? {_SELF}\w*(?! de garde| d'astreinte| de permanence)(?: \w+){{0,2}}"
            r" (?:de |d'|du |en |dans )\s?"
            rf"(?:toute? )?(?:la |le |l')?{_PLACE}\b"
        )
    ),
    # « une première en France », « une première mondiale »
    Construction(
        regex_cache.compile(
            r"\bune premiere (?:mondiale|europeenne|nationale|regionale|francaise"
            r"|en (?:france|europe)|dans (?:la region|le monde|le pays|l'hexagone))\b"
        )
    ),
    # « le compte de chirurgien le plus suivi de la région »
    Construction(
        regex_cache.compile(
            rf"\b(?:{_SELF}|compte|page|chaine)\w*(?:,? [\w']+){{0,3}},? (?:le|la|les) plus"
            r" (?:suivi|connu|celebre|populaire|influent|cite|visite|like)e?s?"
            rf" (?:de |d'|du |en |a )\s?{_PLACE}\b"
        )
    ),
    # an award: « élue « chirurgienne préférée des Toulousaines » », « votée meilleure clinique »
    Construction(
        regex_cache.compile(
            r"(?P<m>\b(?:elue?s?|votee?s?|designee?s?|sacree?s?))\s+(?:\w+\s+){0,3}(?:«|\")?\s?"
            rf"(?:(?:le|la) )?(?:meilleure?s?|{_SELF}\w* (?:prefere\w*|favori\w*|de l'annee|n\s?°\s?1))"
        ),
        "m",
    ),
    # the one who does the most: « le chirurgien qui réalise le plus de rhinoplasties »
    Construction(
        regex_cache.compile(
            r"\b(?:le|la|l'un des|l'une des|un des|une des|parmi les|partie des) "
            rf"{_SELF}s?\b\s+qui\s+(?:\w+\s+){{1,2}}"
            r"(?:le|la) (?:plus|mieux)\b(?! (?:souvent|frequent|courant|rare))"
        )
    ),
    # the practitioner is « the best » at something: « le docteur est le meilleur pour les paupières »
    Construction(
        regex_cache.compile(
            rf"\b(?:le |la |notre |mon |ce |cette )?{_SELF}\b(?: \w+)? (?:est|reste|sont|restent) "
            r"(?:vraiment |tout simplement |clairement )?(?:le|la|les) (?:meilleure?s?|plus doue\w*|top)\b"
        )
    ),
    # nobody else does as much or as well: « aucun confrère ne réalise autant de … que nous »
    Construction(
        regex_cache.compile(
            r"\b(?:personne|aucune? (?:autre |\w+ )?(?:confrere|chirurgien|cabinet|centre|clinique|praticien"
            r"|medecin|injecteur|equipe|etablissement)\w*)\s+(?:d'autre\s+)?(?:ne\s|n')"
            rf"{_S}{{0,50}}?\b(?:autant|mieux|aussi|plus)\b{_S}{{0,40}}?\bque (?:nous|moi|notre|mon|ma)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a record, or the lowest rate of a place: « un record en Occitanie », « le plus faible taux de
    # reprise de la région »
    Construction(
        regex_cache.compile(
            r"\bun record (?:en|de|dans|regional|national)\b|\brecord (?:regional|national)\b"
        )
    ),
    Construction(
        regex_cache.compile(
            r"\b(?:le|la) plus (?:faible|bas|basse|haut|haute|eleve|court|courte)e? "
            r"(?:taux|delai|nombre|pourcentage)"
            rf"\b{_S}{{0,40}}?\b(?:de |d'|du |en )\s?{_PLACE}\b"
        )
    ),
    # one's own rate the lowest of a place: « le taux d'infection le plus bas de la région »
    Construction(
        regex_cache.compile(
            r"\btaux (?:de |d')(?:reprise|complications?|infections?|retouches?|reintervention|echecs?"
            r"|satisfaction|reussite|succes)\w*(?: \w+)?"
            r" (?:le|la) plus (?:faible|bas|basse|haut|haute|eleve)e?"
            rf"\b{_S}{{0,20}}?\b(?:de |d'|du |en )\s?{_PLACE}\b"
        )
    ),
    # every patient got the result: « tous mes patients ont retrouvé leurs cheveux », « toutes nos
    # opérées ont obtenu… »
    Construction(
        regex_cache.compile(
            r"\b(?:tous|toutes) (?:mes|nos|les) (?:patient\w*|client\w*|operee?s|greffee?s|injectee?s)"
            r"(?: \w+)? (?:ont|sont) (?:\w+ )?(?:retrouve|obtenu|gagne|repousse|gueri|regagne|recupere|ravi"
            r"|satisfait|conquis|reussi|atteint|vu)\w*\b"
        )
    ),
    # offered nowhere but here: « proposée uniquement dans notre cabinet » (a brand name « protocole
    # exclusif » alone is not a claim about the practice)
    Construction(
        regex_cache.compile(
            r"\b(?:propose|disponible|pratique|offert)e?s? (?:uniquement|exclusivement|seulement)"
            r" (?:dans (?:notre|mon|nos|mes)|chez (?:nous|moi)|au sein de (?:notre|mon)|a (?:notre|mon))\b"
        )
    ),
    # the team praised as the best: « notre équipe d'anesthésistes, tout simplement les meilleurs »
    Construction(
        regex_cache.compile(
            rf"\b(?:notre|nos|mon|mes) {_SELF}\w*\b{_S}{{0,40}}?, (?:tout simplement |clairement |vraiment )?"
            r"(?:le|la|les) meilleure?s?\b"
        )
    ),
    # every case succeeds at the practice: « 100 % des greffons prennent chez nous »
    Construction(regex_cache.compile(r"\b100\s?%[^.!?\n]{0,40}?\bchez (?:nous|moi)\b")),
    # an award for being the best: « fier de recevoir le prix du « meilleur chirurgien du public » »
    # (the marker stands outside the quote: the prize is the practice's own claim)
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>(?:prix|trophees?|titre|awards?|medailles?|distinctions?|recompenses?))"
            # (« le prix de la meilleure communication orale » rewards a talk, not the practice)
            rf" (?:du|de la|de|d') ?«?\s?(?:meilleure?s?|n\s?°\s?1|numero (?:un|1)) {_SELF}"
        ),
        "m",
    ),
    # a superlative quoted then endorsed: « comme vous le dites si bien, le Dr est « le meilleur
    # chirurgien de Nantes », on est d'accord ! »
    Construction(
        regex_cache.compile(
            r"\b(?:meilleure?s?|numero (?:un|1)|plus (?:doue|compet|experiment|reput)\w*)\b[^»\n]{0,80}»"
            r"[^.!?\n]{0,30}?\b(?P<m>(?:on est|nous sommes|je suis)"
            r" (?:bien |tout a fait |totalement )?d'accord"
            r"|(?:c'est|rien de plus) (?:vrai|exact)|on confirme|nous confirmons|je confirme)\b"
        ),
        "m",
        frozenset({"reported", "meta", "hypothesis"}),  # « si bien » reads as a hypothesis
    ),
    Construction(
        regex_cache.compile(
            r"\b(?P<m>comme vous le (?:dites|dis|soulignez|ecrivez)(?: si bien)?)\b[^«\n]{0,60}«[^»\n]{0,20}"
            r"\b(?:meilleure?s?|numero (?:un|1))\b"
        ),
        "m",
        frozenset({"reported", "meta", "hypothesis"}),  # « si bien » reads as a hypothesis
    ),
    # the best act of a place: « le meilleur lifting du Var », « la meilleure rhinoplastie de Lyon »
    Construction(
        regex_cache.compile(
            rf"\b(?:le|la|les) meilleure?s? {_ACT}\w*(?: \w+){{0,2}}? (?:de |d'|du |en |a )\s?"
            r"(?:{_PLACE}|var|gard|nord|sud|coin|quartier|secteur)\b".replace("{_PLACE}", _PLACE)
        )
    ),
    # the reference or the biggest of a place: « LA référence lyonnaise de la chirurgie réfractive »,
    # « le plus grand parc laser de l'Ouest » (« la référence bibliographique » names a source)
    Construction(
        regex_cache.compile(
            r"\b(?:la|une|notre) reference (?:\w+(?:aise|oise|ienne|aine|nale|gionale)\b"
            rf"|(?:en|de|du|a|dans) (?:la |le |l')?{_PLACE}\b)"
            r"|\b(?:le|la|les) plus (?:grand|important|gros|vaste)e?s?"
            r" (?!(?:partie|nombre|part)\b)(?:\w+ ){1,2}"
            r"(?:de |d'|du |en )\s?(?:l'(?:ouest|est)|(?:grand |sud-|nord-)(?:ouest|est)|sud|nord"
            rf"|{_PLACE})\b"
        )
    ),
    # no patient ever left with a harm: « depuis 15 ans, aucun patient n'est reparti de chez nous avec une
    # gêne résiduelle », « pas une patiente n'a gardé la moindre séquelle »
    Construction(
        regex_cache.compile(
            r"\b(?:aucune?|pas une? seule?|pas une?) (?:de (?:nos|mes) )?(?:patient|opere|client|injecte)\w*"
            r" (?:ne |n')(?:s'est |est |a |ont |sont )?(?:jamais )?"
            r"(?:reparti|ressorti|sorti|garde|conserve|souffert|eu|connu|subi|developpe|presente)\w*\b"
            r"[^.!?\n]{0,50}?\b(?:gene|douleur|sequelle|complication|probleme|cicatrice|raideur|reprise"
            r"|infection|insatisf|deception|regret|hematome|recidive)\w*"
        ),
        ignore=frozenset({"negation"}),
    ),
    # one of the few: « nous sommes l'un des rares centres où la patiente a vraiment le choix »
    # (« l'un des rares cas où… » is about cases, not the practice)
    Construction(
        regex_cache.compile(
            rf"\b(?:l'une? des|une? des|parmi les|fait partie des|font partie des) (?:tres |seule?s |plus )?"
            rf"(?:rares|seule?s|quelques) {_SELF}\w*\b(?: \w+){{0,3}}? (?:ou|a|qui|en|de|du|dans)\b"
        )
    ),
    # the place's reference or recourse: « nous sommes devenus le centre de recours de tout le département »
    Construction(
        regex_cache.compile(
            rf"\b{_SELF}\w* (?:de recours|phare|incontournable|de reference)\w*"
            r" (?:de|du|pour|dans) (?:tout |toute )(?:le |la |l')?"
            rf"(?:{_PLACE}|sud|nord|ouest|est|secteur|bassin)\b"
            rf"|\b{_SELF}\w* (?:de recours|phare|incontournable)\w*"
            rf" (?:de|du|pour|dans) (?:le |la |l')?{_PLACE}\b"
        )
    ),
    # results that built the practice's name: « c'est le genre de résultat qui fait notre réputation dans
    # toute la région »
    Construction(
        regex_cache.compile(
            r"\b(?:fait|font|a fait|ont fait|forge\w*|bati\w*|construit\w*|assure\w*)"
            r" (?:toute )?(?:notre|ma|la) (?:reputation|renommee|notoriete)\b"
            r"(?! (?:d'un|d'une|des|du) )"
            r"|\b(?:notre|ma) (?:reputation|renommee|notoriete) (?:\w+ )?"
            r"(?:dans|de|a travers) (?:tout|toute)\b"
        )
    ),
    # mastery like nobody else: « une technique que nous maîtrisons comme personne dans le Sud-Ouest »
    Construction(
        regex_cache.compile(
            r"\b(?:maitris|connai|pratiqu|fai|realis|oper|injecte|sai|sculpt|dessin)\w*(?: \w+){0,2}"
            r" (?:comme personne|mieux que personne|comme nul autre|comme aucun autre)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # the practice excels: « c'est l'intervention dans laquelle notre équipe excelle »
    Construction(
        regex_cache.compile(
            rf"\b(?:nous|j'|je|on|(?:notre|mon|nos|l') ?{_SELF}\w*(?: \w+)?) ?(?:excell\w*|brill\w*)"
            r"(?! (?:par (?:son|leur) absence|pas))\b"
        )
    ),
    # a know-how praised by the patients: « un savoir-faire que nos patientes ne cessent de saluer »
    Construction(
        regex_cache.compile(
            r"\b(?:savoir-faire|expertise|travail|talent|doigte|professionnalisme|resultats?|equipe)\b"
            r"[^.!?\n]{0,40}?\b(?:nos|mes) (?:patient|client|opere)\w*"
            r" (?:ne cessent (?:pas )?de |ne se lassent pas de )?"
            r"(?:salu|lou|vant|applaudi|felicit|encens|plebiscit)\w*"
            r"|\b(?:salue|loue|vante|plebiscite|encense)e?s? (?:\w+ )?par (?:toutes |tous )?(?:nos|mes)"
            r" (?:patient|client|opere)\w*"
        ),
        ignore=frozenset({"negation"}),
    ),
    # a magazine ranking of the best
    Construction(regex_cache.compile(r"\bclassement des (?:meilleur\w*|plus \w+|top)\b")),
    # one's rate of failures set below others': « un taux de reprise de 3 %, soit moitié moins que … »,
    # « trois fois inférieur à celui des autres établissements » (« comparable aux séries » is not)
    Construction(
        regex_cache.compile(
            r"\btaux de (?:reprise|complications?|infections?|retouches?|reintervention|echecs?)\w*\b"
            r"[^.!?\n]{0,80}?\b(?:moitie moins|(?:deux|trois|quatre|cinq|dix|\d+) fois (?:moins|inferieur\w*"
            r"|plus (?:bas|faible)\w*)|inferieure?s? (?:a|au|aux) (?:celui|ceux|la moyenne))\b"
        )
    ),
    # one's figures beat a benchmark: « nos taux de complications plus bas que la moyenne »
    Construction(
        regex_cache.compile(
            r"\b(?:plus (?:bas|basse|faible|eleve|courte?|rapide)s?|inferieure?s?|superieure?s?"
            r"|meilleure?s?)"
            rf" (?:que|a) {_BENCHMARK}|\bde plus que {_BENCHMARK}"
        )
    ),
)


# (a ranking, not a general-information superlative: « le meilleur moyen de … », « le plus grand risque »)
_TAGLINE_CLAIM = regex_cache.compile(
    r"\b(?:(?:la |le )?reference|n\s?°\s?1|numero (?:un|1)|leader|l'excellence|incontournable|top \d+"
    r"|meilleure?s?(?! (?:moyen|facon|maniere|allie|conseil|remede|choix|protection|prevention)\b)"
    r"|(?:le|la|les) plus (?:moderne|avance|performant|innovant|sophistique|fiable|reput|experiment|qualifi"
    r"|reconnu|competent|demande|suivi|securis|equipe)\w*"
    r"|\d{2,3}\s?% de (?:\w+ )?satisf\w*|patient\w* satisf\w*)"
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """The practice ranking, singling out or praising itself or its results."""
    found = promise_candidates(context, rule, _CONSTRUCTIONS)
    for c in tagline_candidates(context, rule, _TAGLINE_CLAIM):
        if not any(f.start < c.end and c.start < f.end for f in found):
            found.append(c)
    for c in doctor_quote_candidates(context, rule, _CONSTRUCTIONS) + answered_candidates(
        context, rule, _CONSTRUCTIONS
    ):
        if not any(f.start < c.end and c.start < f.end for f in found):
            found.append(c)
    return found
