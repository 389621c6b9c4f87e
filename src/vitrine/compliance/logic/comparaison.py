"""``comparaison`` as constructions: a comparison marker tied to a phrase naming *other* doctors
or establishments (« plus courts que dans les autres cliniques », « contrairement à l'hôpital »,
« les grandes cliniques facturent 4 000 € ; au cabinet, 2 600 € »).

A comparison of techniques (« moins d'ecchymoses que la râpe classique ») names no competitor
and does not fire; the rule's ``unless_sentence`` drops sourced scientific comparisons.
"""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"  # any character inside a sentence

# Who « the others » are: practitioners and establishments.
_NOUN = (
    r"(?:chirurgien\w*|confrere\w*|consoeur\w*|cabinets?|cliniques?(?:-usines?)?|centres?(?:-usines?)?"
    r"|instituts?"
    r"|medecins?(?: esthetiques?)?|praticien\w*|etablissements?|structures?|hopita(?:l|ux)|chu"
    r"|equipes?|specialistes?|injecteu\w*|collegues?|services?|blocs?(?: operatoires?)?"
    # other specialists by name (« les ophtalmologues du secteur »)
    r"|(?:dermato|ophtalmo|gyneco|cardio|stomato|rhumato|pneumo|neuro|uro|endocrino|radio|angio"
    r"|phlebo)logues?"
    # (« chez l'endocrino », « les chaînes low-cost », « les audioprothésistes du centre-ville »)
    r"|(?:endocrino|ophtalmo|gyneco|rhumato|stomato)s?\b|chaines?(?= (?:low[- ]cost|de (?:cliniques"
    r"|centres|cabinets)|dentaires))"
    r"|(?:audio)?prothesistes?|opticiens?"
    r"|orthodontistes?|kinesitherapeutes?"
    r"|groupes? (?:de cliniques|hospitaliers|prives)|usines?|dermatos?|dentistes?)"
)
_PLACE = (
    r"(?:voisin\w*|concurrent\w*|parisien\w*|publi\w+|prive\w*|low[- ]cost|classiques?|traditionnel\w*"
    r"|hospitali\w+|universitaires?"
    r"|turc\w*|du (?:coin|secteur(?: \d)?|quartier|centre-ville|\d+e(?: arrondissement)?)"
    r"|de (?:la|ma|notre) (?:ville|region|metropole)|du (?:departement|canton)"
    r"|de la concurrence|d'a cote|d'en face|de paris"
    r"|d'europe de l'est|a \d+ ?(?:€|euros)"
    r"|(?:de la|du) (?:cote|sud|nord|capitale)|francaise?s?|suisses?|belges?|etrangere?s?"
    # named by their flaw: « les centres à la chaîne du quartier »
    r"|a la chaine)"
)
_OTHERS = words(
    r"(?:les |des |aux |d'|ces |deux |trois |plusieurs |un |une |l')?autres? (?:\w+ )?" + _NOUN,
    r"(?:la plupart|beaucoup|bien|nombre|la majorite|trop|certaine?s|tou(?:te)?s|de nombreu\w+|nombreu\w+"
    r"|une (?:bonne |grande )?partie"
    r"|la moyenne|les (?:deux|trois) quarts|la moitie|\d+ ?%) (?:des |de |d'|les )?(?:\w+ )?" + _NOUN,
    # (« chez le dentiste du centre-ville »: singular too, the place makes it someone else)
    r"(?:les|des|aux|ces|ce|cette|nos|mes|deux|trois|quatre|plusieurs|\d+|un|une|le|la|l') ?"
    r"(?:grande?s |grosses? "
    r"|petite?s )?" + _NOUN + r" " + _PLACE,
    r"(?:les |des |aux )?(?:grande?s|grosses?) " + _NOUN,
    r"ces (?:grande?s |grosses? )?" + _NOUN,
    r"(?:le|la|un|une) (?:\w+ )?"
    + _NOUN
    + r" (?:d'a cote|d'en face|en face|voisine?|concurrente?|low[- ]cost)",
    r"(?:nos|mes|vos) (?:\w+ )?(?:confreres|consoeurs|collegues|concurrents)",
    r"(?:la |une )?concurrence",
    r"(?:nos|mes|les|des|ses|leurs) concurrents?",
    r"les voisins",
    r"(?:l'|a l'|de l')hopital(?: public)?",
    r"les (?:chu|urgences)\b",
    r"la moyenne (?:nationale|regionale|du secteur|dans la region|des \w+)",
    r"(?:les |des |du )?(?:prix|tarifs?) (?:du|de la) (?:marche|concurrence)",
    # (« notre clinique partenaire d'Istanbul » is ours)
    # (« quand ta patiente revient de Tunisie » tells where she went, not a rival set against us)
    r"(?<!partenaire d')(?<!partenaires d')(?<!partenaire a )(?<!partenaire en )"
    r"(?<!revient de )(?<!reviennent de )(?<!revenue de )(?<!rentre de )(?<!rentree de )(?<!retour de )"
    r"(?:l'etranger|istanbul|turquie|tunisie|europe de l'est)",
    r"(?:votre|ton|vos|tes) (?:ancien|precedent|autre) (?:chirurgien|medecin|praticien)\w*",
    r"(?:votre|ton) (?:chirurgien|medecin|praticien) habituel",
    # « celle qu'utilise votre dermatologue actuel »
    r"(?:votre|ton) " + _NOUN + r" (?:actuel|habituel|precedent|d'avant)",
    # « les cabinets low-cost » after « contrairement aux »: the article is in the contrast
    r"(?<=\baux )" + _NOUN + r" " + _PLACE,
    r"(?:au|le|du|des) chu\b",
    r"(?<!nulle part )ailleurs",
    # « que celui de la clinique du Parc », « que ceux du cabinet voisin »: a named competitor's offer
    r"(?:celui|celle|ceux|celles) (?:de la|du|de l'|des|d'un|d'une) " + _NOUN,
    # « le 2e établissement de la métropole »: a ranked rival
    r"(?:le|la|les) (?:\d+e|\d+eme|deuxieme|second|seconde|troisieme) " + _NOUN,
)

# A delay, a duration or a price (« 6 mois », « 3 semaines », « 2 600 € »).
_FIGURE = (
    r"\b(?:\d+(?:[ ,.]\d+)?|deux|trois|quatre|cinq|six|huit|dix|quinze|vingt) ?(?:jours?|semaines?|mois|ans?"
    r"|heures?|h\b|minutes?|min\b|€|euros)"
)

# In a « them … : us » contrast, « les dermatologues qui … » is enough to name the others.
# (a nickname in quotes may run to a few words: « les « usines à paupières » qui … »)
_OTHERS_WIDE = words(
    _OTHERS,
    r"(?:les|des) (?:\"|« ?)?" + _NOUN + r"(?:\"| ?»)? qui",
    r"(?:les|des) (?:\"|« ?)" + _NOUN + r"(?: [\w']+){1,3}(?:\"| ?») qui",
)

# Comparison markers.
_COMPARATIVE = (
    r"\b(?:plus|moins|mieux|meilleure?s?|pires?|davantage|superieure?s?|inferieure?s?|moindres?|plutot)\b"
)
_CONTRAST = words(
    r"contrairement (?:a|aux)",
    r"a la difference (?:de|des|d')",
    r"a l'inverse (?:de|des|d')",
    r"la ou",
    r"alors que",
    r"tandis que",
    r"quand",
    r"au lieu de",
    r"plutot que",
    r"(?:pas|non) comme",
    r"comme (?:chez|dans|a)",
    r"par rapport (?:a|aux)",
    r"compare\w* (?:a|aux)",
    r"(?:vs\.?|versus)",
    r"pendant que",
    r"(?:bien )?(?:avant|devant)(?= (?:les|tou(?:te)?s) )",
    r"ne ressembl\w* pas a",
    # « rendez-vous sous 48 h, loin des délais interminables des dermatologues du secteur »
    # (what they impose, not a place: « le cabinet est loin des hôpitaux »)
    r"loin (?:des|du|de la|de l') (?:\w+ )?(?:delais|attentes?|tarifs|prix|files?|listes?|depassements"
    r"|consultations|methodes|pratiques|protocoles|factures|devis)\b",
    # « 3 semaines, contre 4 à 6 mois dans les CHU »: a figure set against the others' figure
    r"contre (?:(?:plus de|pres de|environ|en moyenne|jusqu'a) )?(?:\d|(?:deux|trois|quatre|cinq|six|huit|dix"
    r"|douze|quinze|vingt|trente)\b)|contre (?:plus|pres|environ) d'une?(?= )",
)
_PIVOT = words(
    r"dans (?:mon|notre) (?:service|cabinet|centre|equipe|clinique)",
    r"chez nous",
    r"chez moi",
    r"ici(?:,| on| c'est| nous| je)",
    r"au cabinet(?:,| du| de| nous)",
    r"a la clinique (?:du|de|des)",
    r"nous,",
    r"nous on",
    r"moi,? (?:je|on)",
    r"de notre cote",
    r"pour notre part",
    r"notre (?:cabinet|clinique|equipe|centre)",
    r"(?:nos|mes) (?:delais|tarifs|honoraires|prix|resultats|taux)",
)

# « mieux » before an infinitive is a manner adverb, not a comparison (« nous cherchons à mieux
# prévenir », « pour mieux vous informer »).
_BETTER = r"mieux(?! (?:(?:vous|nous|les|le|la|te|se|en|y|leur|lui) )?\w+(?:er|ir|re|oir)\b)"
_NO_NEGATION = frozenset({"negation"})
_CONSTRUCTIONS = (
    # a rival named before, then set against us by a pronoun (« Ce type est un charlatan. Contrairement
    # à lui, je … »), fees under the average, « voilà la différence entre quelqu'un qui … »
    # (in dev and batches 93-132: 7 of 7, 7 of 7 and 1 of 1 texts carry the rule)
    Construction(
        regex_cache.compile(
            # (then ourselves: not « contrairement à elle, la ropivacaïne dure … »; fees, not a ferritin
            # level; a practitioner, not « la différence entre un œdème et un hématome »)
            r"\b(?:contrairement|a la difference) (?:a|d') ?(?:lui|elle|eux|elles),?"
            r" (?:je|nous|on|chez nous|ici|mes|nos)\b"
            # (or ourselves first: « Chez nous, contrairement à eux, chaque injection… », 3 of 3)
            r"|\b(?:chez nous|chez moi|ici|au cabinet),? (?:contrairement|a la difference) (?:a|d') ?"
            r"(?:eux|elles)\b"
            # our results against theirs: « mes résultats n'ont rien à voir avec les leurs » (4 of 4)
            r"|\b(?:mes|nos|les \w+ de (?:mes|nos)) (?:\w+ ){0,2}?"
            r"(?:resultats?|taux de (?:complications?|reprises?|infections?|satisfaction)|suites|greffes?"
            r"|cicatrices?)\b[^.!?\n]{0,40}?\bn'ont (?:strictement |absolument )?rien a voir avec "
            r"(?:les leurs|(?:ceux|celles) (?:de (?!mon |ma |mes |notre |nos )|d'|des|du)"
            r"|ce qu(?:e|')\s*(?:font|sortent|proposent|obtiennent|pratiquent))"
            # a fee doubled by a rival: « le chirurgien d'en face facture le double » (19 of 19)
            r"|\b(?:confreres?|consoeurs?|collegues?|(?:le|la|les|ce|cette|ces) (?:autres? )?"
            r"(?:chirurgiens?|cliniques?|centres?|praticiens?|dermatos?|medecins?|cabinets?))\b"
            r"[^.!?\n]{0,60}?\bfactur\w* (?:le double|le triple|deux fois plus|trois fois plus)\b"
            r"|\b(?:tarifs?|prix|honoraires|devis|forfaits?|delais?)\b[^.!?\n]{0,40}(?:\d+ ?%|nettement|bien"
            r"|largement) (?:sous|au-dessous de|en dessous de|en-dessous de) (?:la|les) moyennes?\b"
            r"|\bvoila (?:toute )?la difference entre (?:quelqu'un|un (?:vrai )?(?:chirurgien|medecin"
            r"|praticien|specialiste|centre|cabinet)|une (?:vraie )?(?:chirurgienne|injectrice|clinique)|nous"
            r"|ceux|celles)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # « plus courts que dans les autres cliniques », « moins cher qu'à Istanbul »
    Construction(
        regex_cache.compile(
            # (« les pires opérations que j'ai vues passer de Turquie »: a relative clause)
            rf"(?P<m>{_COMPARATIVE}){_S}{{0,60}}?\bqu(?:e\b|')(?! ?(?:j'ai|j'avais|je |nous avons|on a"
            rf"|vous avez)\b)"
            rf"{_S}{{0,40}}?\b{_OTHERS}(?!\w)"
        ),
        "m",
    ),
    # « inférieurs de 20 % à ceux pratiqués dans les autres cliniques »
    Construction(
        regex_cache.compile(
            rf"(?P<m>\b(?:superieur|inferieur|comparable|identique|equivalent)\w*){_S}{{0,30}}?\ba "
            rf"(?:celui|celle|ceux|celles)\b{_S}{{0,50}}?\b{_OTHERS}(?!\w)"
        ),
        "m",
    ),
    # « contrairement à l'hôpital », « là où la plupart des cabinets », « comme chez la plupart des… »
    Construction(regex_cache.compile(rf"\b{_CONTRAST}\s{_S}{{0,40}}?\b{_OTHERS}(?!\w)"), ignore=_NO_NEGATION),
    # the strong contrasts reach further: « là où il faut souvent compter 4 à 6 mois dans les
    # services hospitaliers »
    Construction(
        regex_cache.compile(
            r"\b(?:la ou|contrairement (?:a|aux)|a la difference (?:de|des|d')|tandis que|alors que)"
            rf"\s{_S}{{0,60}}?\b{_OTHERS}(?!\w)"
        ),
        ignore=_NO_NEGATION,
    ),
    # « moins cher ailleurs », « un autre chirurgien … on fait mieux pour moins cher »
    Construction(
        regex_cache.compile(
            # (not into a quote opened after them: « mes confrères : que répondez-vous au patient qui
            # demande « vous êtes le meilleur ? » »)
            rf"\b{_OTHERS}\b[^.!?\n«]{{0,80}}?\b(?P<m>{_BETTER}|moins cher\w*|plus cher\w*|meilleure?s?)\b"
        ),
        "m",
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>{_BETTER}|moins cher\w*|plus cher\w*|meilleure?s? (?:resultats|prix|tarifs?))\b"
            rf"{_S}{{0,40}}?\b{_OTHERS}(?!\w)"
        ),
        "m",
    ),
    # « mes résultats … et ceux publiés par trois confrères parisiens »
    Construction(
        regex_cache.compile(
            rf"\b(?:mes|nos) (?:resultats|tarifs|delais|prix|honoraires|cicatrices)\b{_S}{{0,80}}?"
            rf"\b(?:ceux|celles|celui|celle)\b{_S}{{0,40}}?\b{_OTHERS}(?!\w)"
        )
    ),
    # « Les grandes cliniques facturent … 4 000 €. Au cabinet …, 2 600 € » : the others, then us.
    Construction(
        regex_cache.compile(
            rf"\b(?:les|la|nos|mes|des|certaine?s) (?:autres |grande?s |grosses? )?"
            rf"(?:{_NOUN}|concurrents?|urgences)\b(?: {_PLACE})?{_S}{{0,100}}?(?:\d|€){_S}{{0,60}}[.;,:\n]\s*"
            rf"{_S}{{0,50}}?{_PIVOT}"
        ),
        ignore=_NO_NEGATION,
    ),
    Construction(
        regex_cache.compile(
            rf"\bailleurs,? (?:on|vous|ils|c'est|il faut|comptez)\b{_S}{{0,80}}[.;\n]\s*{_PIVOT}"
        ),
        ignore=_NO_NEGATION,
    ),
    # « Dans mon service, le même chirurgien. Dans les grosses structures d'à côté, bonne chance »;
    # « Chez nous, le chirurgien vous suit. Là-bas, des techniciens »;
    # « Méfiez-vous des dermatologues qui vendent… : chez nous, on soigne »: us set against them.
    Construction(
        regex_cache.compile(
            rf"{_PIVOT}[^\n]{{0,160}}?[.;:,]\s*(?:mais |alors que )?"
            rf"(?:(?:dans|chez|a|aux) {_OTHERS}(?!\w)|la-bas\b)"
        ),
        ignore=_NO_NEGATION,
    ),
    Construction(
        regex_cache.compile(
            rf"\b{_OTHERS_WIDE}(?!\w){_S}{{0,100}}?[:;,.…!]+\s*(?:{_PIVOT}{_S}{{0,20}}?\b(?:on|nous|je"
            rf"|c'est)\b"
            r"|(?:mais )?(?:pas (?:nous|chez nous|ici)|nous,? (?:non|jamais))\b)"
        ),
        # (« 80 % des cliniques sous-traitent l'anesthésie. Pas nous. »)
        # « quand je vois les délais de certains confrères… chez nous, 3 semaines »: what the author
        # sees is no one else's claim
        ignore=_NO_NEGATION | {"reported"},
    ),
    # what the others cannot offer (« nos confrères du CHU ne peuvent pas offrir ce confort »): the
    # negation is the comparison
    Construction(
        regex_cache.compile(
            rf"\b{_OTHERS}(?!\w){_S}{{0,40}}?\b(?:ne|n') ?(?:peuvent|peut|savent|sait|pourront|pourra)"
            r" pas (?:vous )?(?:offrir|proposer|garantir|assurer|donner)\b"
        ),
        # (what they cannot do is the author's claim, not something reported)
        ignore=_NO_NEGATION | {"reported"},
    ),
    # « on n'utilise que des marques premium, pas les prothèses qu'on voit dans certaines cliniques »
    Construction(
        regex_cache.compile(
            rf"\bn'\w+ (?:\w+ )?que\b{_S}{{0,60}}?,? pas (?:les|des|la|le|de|du)\b"
            rf"{_S}{{0,60}}?\b{_OTHERS}(?!\w)"
        ),
        ignore=_NO_NEGATION,
    ),
    # « pendant que certains jouent aux influenceurs, nous on opère »: them, then us
    Construction(
        regex_cache.compile(
            rf"\bpendant que (?:certains|certaines|d'autres|les autres)\b{_S}{{0,80}}?[,;:]\s*"
            rf"(?:nous|moi|chez nous|ici|au cabinet)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # few others can say the same: « je ne connais pas beaucoup de blocs dans la région qui peuvent
    # en dire autant », « peu de cabinets peuvent en faire autant »
    Construction(
        regex_cache.compile(
            r"\b(?:peu|pas beaucoup|pas (?:un|une) seule?|rares? sont les) (?:de |d'|les )?(?:autres )?"
            rf"{_NOUN}"
            rf"\b{_S}{{0,60}}?\b(?:en dire autant|en faire autant|faire aussi bien|faire de meme"
            r"|s'en vanter|afficher (?:ces|de tels|les memes) \w+)"
        ),
        ignore=_NO_NEGATION,
    ),
    # matching a rival's quote: « un devis d'un autre chirurgien ? Apportez-le, on s'aligne »
    Construction(
        regex_cache.compile(
            r"\b(?:devis|tarifs?|prix)\b[^\n]{0,60}?\b(?:d'une? |de votre |de vos |dans une? )?"
            rf"(?:autres?|ancien|precedent) {_NOUN}[^\n]{{0,100}}?\b(?:on s'(?:y )?aligne"
            r"|nous nous (?:y )?alignons|on (?:vous )?fait mieux|on (?:le|les) bat|nous faisons mieux"
            r"|on vous (?:fait|fera|accorde) (?:\d+ ?%|\d+ ?(?:€|euros)) de moins"
            # (« on vous explique pourquoi le nôtre est plus juste »)
            r"|(?:le|la|les) (?:notre|notres|mien|mienne|miens) (?:est|sont|reste|restent) (?:plus|moins"
            r"|mieux"
            r"|meilleure?s?))\b"
        ),
        # « si vous avez un devis d'un autre chirurgien… on fait mieux », « un devis dans un autre
        # cabinet ? Apportez-le : on vous fait 20 % de moins »: the offer stands
        ignore=_NO_NEGATION | {"hypothesis", "question"},
    ),
    # « 2 000 € de moins ici qu'à Lyon »: the practice's place set against another city
    Construction(
        regex_cache.compile(
            r"(?P<m>\bde (?:moins|plus)|\bmoins (?:cher|long|chere)s?"
            r"|\bplus (?:cher|long|rapide|court|chere)s?)\b"
            rf"{_S}{{0,30}}?\b(?:ici|chez nous|chez moi|au cabinet) qu'(?:a|en|au|aux|dans)\b"
        ),
        "m",
    ),
    # « nos honoraires sont dans le bas de la fourchette », « comparez les devis, vous verrez »
    Construction(
        regex_cache.compile(
            r"\b(?:nos|mes) (?:honoraires|tarifs?|prix|delais)\b[^.!?\n]{0,70}?\b(?:bas|haut|dessous|dessus)"
            r" de (?:la fourchette|la moyenne|ce qu(?:e|i))|\bcomparez\b[^.!?\n]{0,40}?\bvous verrez\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # « un devis à 6 000 € ailleurs ? Chez nous, 3 900 € »; « entre nous et une clinique turque »
    Construction(
        regex_cache.compile(
            rf"\b(?:devis|tarifs?|prix|honoraires"
            rf"|delais?)\b{_S}{{0,60}}?\bailleurs\b{_S}{{0,60}}?[.;:?!]+\s*{_PIVOT}"
            rf"|\bentre (?:nous|moi|notre (?:cabinet|clinique|centre|equipe)) et {_OTHERS}(?!\w)"
        ),
        ignore=_NO_NEGATION,
    ),
    # « un simulateur 3D, ce que les trois quarts des cabinets n'ont toujours pas »
    Construction(
        regex_cache.compile(
            rf"\bce qu(?:e\b|'){_S}{{0,30}}?\b{_OTHERS}(?!\w){_S}{{0,25}}?"
            r"\b(?:n'|ne )(?:\w+ ){1,2}(?:pas|jamais)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # the others as a foil: « vous avez vu 3 chirurgiens avant moi », « les mêmes implants que chez
    # les grands noms », « n'a plus rien à envier aux grands centres », « nos tarifs, parmi les
    # plus bas de Paris », « ils vous disent 2 semaines ? Ici, 5 jours »
    Construction(
        regex_cache.compile(
            r"\b(?:vu|consulte|rencontre)e?s? (?:\d+|deux|trois|quatre|cinq|plusieurs)(?: ou \d+)?"
            r" (?:chirurgiens|medecins|praticiens|dermatologues|confreres|specialistes) avant (?:moi|nous)\b"
            r"(?=[^.!?\n]{0,60}\benfin\b)"
            r"|\bmemes? \w+(?: \w+)? que chez (?:les |des |vos |d'autres |un |une |le |la )?(?:(?:«|\") ?)?"
            rf"(?:grands? noms|autres|concurren\w*|{_NOUN})\b"
            rf"|\brien a envier (?:a|aux|au)\b{_S}{{0,30}}?\b{_NOUN}\b"
            r"|\b(?:tarifs?|prix|honoraires|delais)\b[^.!?\n]{0,30}?\bparmi les (?:plus|moins) \w+"
            # (« ils font 6 liftings par jour. Nous on en fait un »)
            r"|\bils (?:(?:vous )?(?:disent|annoncent|promettent|proposent|facturent)\b"
            r"|(?:font|enchainent|operent|posent|injectent|voient|prennent)\b[^.!?\n]{0,10}?\d+\b)"
            rf"{_S}{{0,80}}?[.?!]+\s*{_PIVOT}"
        ),
        ignore=_NO_NEGATION,
    ),
    # what others lack or impose: « introuvable dans les cliniques du centre-ville », « pourquoi
    # attendre 6 mois à l'hôpital ? »
    Construction(
        regex_cache.compile(
            r"\b(?:ne|n') (?:le |la |les )?trouverez (?:pas|jamais|nulle part)\b"
            rf"{_S}{{0,20}}?\b(?:dans|chez|a|aux?) {_OTHERS}(?!\w)"
            rf"|\bpourquoi (?:attendre|payer)\b{_S}{{0,40}}?\b{_OTHERS}(?!\w)"
        ),
        ignore=_NO_NEGATION,
    ),
    # them, then us in the next sentence: « Les usines à greffe d'Istanbul ? … Ici on prend le temps »,
    # « Beaucoup de collègues posent encore des implants ronds. Moi je travaille sur mesure »,
    # « n'allez pas voir le dermato de la place du Marché, … Chez nous, on teste chaque peau »
    Construction(
        regex_cache.compile(
            rf"(?:\b{_OTHERS_WIDE}(?!\w)|\bn'allez (?:surtout |jamais )?(?:pas|plus) (?:voir |chez )"
            rf"(?:le|la|les|ce|cette) {_NOUN}\b)"
            # their way told as behind or careless (« encore », « par défaut », a scornful « ? »), else
            # « les hôpitaux font un travail remarquable. Ici on leur adresse… » would be a contrast
            r"(?=[^\n]{0,160}?(?:\b(?:encore|toujours|jamais|par defaut|a la chaine|a la va-vite|n'importe"
            r"|usines?|crame\w*|rate\w*|bacl\w*|bouchers?|charcut\w*|massacr\w*|le double|le triple"
            # (their patients taken back here: « on récupère leurs patients en reprise »)
            r"|recuper\w* leurs|en reprise"
            r"|(?:deux|trois) fois plus"
            r"|sans (?:vous |meme )?(?:regarder|examiner|voir|ausculter))\b"
            r"|^[^.!\n]{0,40}\?))"
            r"[^\n]{0,160}?[.;:!?…]+\s*(?:mais |alors que |et )?"
            # (« chez moi chaque patiente a 2h30 de bloc »: every patient of ours, against theirs)
            r"(?:ici,? (?:on|nous|c'est|je)|chez (?:nous|moi),? (?:on|nous|c'est|je|vous|chaque|tou(?:te)?s?"
            r" les)"
            r"|moi,? (?:je|on)"
            r"|nous,? (?:on|nous)|au cabinet,? (?:on|nous|c'est))\b"
            # (« nous, on répare les dégâts de ces charcutiers » judges them: denigrement)
            # (« vous repartez avec 10/10 » is no repair)
            r"(?! (?:\w+ ){0,2}?(?:repar(?!t)|rattrap|corrig|recuper)\w*)"
        ),
        ignore=_NO_NEGATION | {"reported"},
    ),
    # the others' costs and waits escaped or doubled: « nos patients n'ont pas à subir les délais du
    # public », « tu paies le double à Paris pour la même greffe », « le nôtre inclut le suivi, ce
    # qui n'est pas leur cas »
    Construction(
        regex_cache.compile(
            r"\b(?:subir|supporter|endurer|eviter|echapper a|fuir) (?:les|des) (?:delais|listes? d'attente"
            r"|tarifs?|prix|depassements?)(?: \w+)? (?:du (?:public|prive|chu)|de l'hopital|des hopitaux"
            r"|des chu|de la concurrence|d'ailleurs|des (?:autres|grandes?|grosses?) \w+)\b"
            r"|\b(?:paie|paies|payez|payer|paient|coute|coutent|factur\w+) (?:le double|le triple"
            r"|(?:deux|trois|\d+) fois plus)\b[^.!?\n]{0,40}?\b(?:a|en|au|chez|dans|ailleurs)\b"
            r"|\b(?:le|la|les) (?:notre|notres|mien|mienne|miens)\b[^.!?\n]{0,100}?"
            r"\b(?:ce qui|ce|qui) n'est pas (?:leur|son) cas\b"
        ),
        ignore=_NO_NEGATION | {"hypothesis"},
    ),
    # what the others charge for the same thing (« allez demander combien on vous prend boulevard
    # Haussmann pour la même chose »); « pas la peine de te ruiner chez le dentiste du centre-ville »;
    # two ways of working set side by side (« la clinique X fait de l'abattage, nous, nous faisons
    # de la médecine »)
    Construction(
        regex_cache.compile(
            r"\bcombien (?:on vous|ils vous|elles vous|ils|elles|(?:ca|cela) vous|vous)"
            r" (?:prend|facture|demande|coute|coutera|paierez|payerez)\w*\b[^.!?\n]{0,60}?"
            r"\bpour (?:la|le|les) memes? (?:chose|acte|intervention|operation|resultat|prestation|soin"
            r"|traitement)s?\b"
            r"|\b(?:pas la peine|inutile|plus besoin|pas besoin) (?:de|d') (?:te |vous )?(?:ruiner|payer"
            r"|attendre|patienter)\b[^.!?\n]{0,30}?\b(?:chez|a|au|aux|dans)\b[^.!?\n]{0,10}?\b"
            + _NOUN
            + r"\b"
            r"|\b"
            + _NOUN
            + r"\b[^.!?\n]{0,60}?\b(?:fait|font)\b[^.!?\n]{0,40}?,\s*(?:nous,? nous|moi,? je|nous,? on"
            r"|ici,? on) (?:faisons|fais|fait)\b"
        ),
        ignore=_NO_NEGATION | {"reported"},
    ),
    # their figure, then ours: « 7 mois en moyenne au CHU de la région. Au cabinet, c'est 3 semaines »,
    # « leurs patients attendent 6 mois … Chez nous : 3 semaines » (the marker is our figure: a study
    # quoted for their delay does not make the comparison scientific)
    Construction(
        regex_cache.compile(
            rf"(?:{_FIGURE}{_S}{{0,60}}?\b(?:{_OTHERS}|la-bas|chez eux)(?!\w)"
            rf"|\b(?:{_OTHERS}|la-bas|chez eux"
            r"|leurs? (?:patient\w*|delais|tarifs|prix|listes? d'attente))(?!\w)"
            rf"{_S}{{0,80}}?{_FIGURE})"
            rf"{_S}{{0,100}}[.;:\n]\s*(?P<m>(?:{_PIVOT}|ici ?:){_S}{{0,30}}?{_FIGURE})"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # a flaw we do not have, « comme » the others (« je fais pas des greffes à la chaîne comme certains
    # confrères »): a bare « pas … comme beaucoup de confrères » may agree with them, the flaw does not
    Construction(
        regex_cache.compile(
            r"\bpas\b[^.!?\n]{0,50}?\b(?:a la chaine|a la va-vite|n'importe comment|d'usine|du chiffre"
            r"|de l'abattage|low[- ]cost|bacl\w*|au rabais)\b"
            rf"{_S}{{0,15}}?\bcomme (?:chez |dans |a |au |aux |en )?{_OTHERS}(?!\w)"
        ),
        # (« comme certains confrères » is the author's foil, not someone quoted)
        ignore=_NO_NEGATION | {"reported"},
    ),
    # us, « pas un de ces établissements vétustes »: ours set against a kind of others
    Construction(
        regex_cache.compile(
            r"\b(?:pas|plutot que|et non|loin) (?:un|une|l'un|l'une) (?:de|des) (?:ces|tous ces|toutes ces)"
            rf" (?:[\w-]+ ){{0,2}}?{_NOUN}\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # steering away from a named other, then ours said better (« allez pas chez le Dr X, … venez chez
    # nous, c'est plus sûr »)
    Construction(
        regex_cache.compile(
            r"\b(?:n')?allez (?:surtout |jamais )?(?:pas|plus) (?:voir |chez |dans )(?:le|la|les|ce|cette)"
            rf" (?:{_NOUN}|(?:dr|docteur|pr|professeur) \w+)\b[^\n]{{0,160}}?\b(?:chez (?:nous|moi)|ici"
            rf"|au cabinet)\b{_S}{{0,30}}?\b(?:plus|mieux|moins)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # our figure, then theirs: « Chez moi : 2 200 €. Le centre d'en face l'affiche à 1 290 € »
    Construction(
        regex_cache.compile(
            rf"{_PIVOT}{_S}{{0,60}}?{_FIGURE}{_S}{{0,40}}[.;\n]\s*(?:[\w']+,? ){{0,2}}?{_OTHERS}(?!\w)"
            rf"{_S}{{0,60}}?{_FIGURE}"
        ),
        ignore=_NO_NEGATION,
    ),
    # « Nos délais : 10 jours. La moyenne dans la région : 3 mois. »
    Construction(
        regex_cache.compile(
            r"\b(?:nos|mes|notre|mon) (?:delais|tarifs?|honoraires|prix|resultats|taux)\b[^\n]{0,60}"
            r"\n?[^\n]{0,10}\bla moyenne\b"
        )
    ),
    # « bien en dessous des cliniques du centre-ville »: our price set under theirs
    Construction(
        regex_cache.compile(
            # (an intensifier or a price before it: « le parking est en dessous des cabinets » is a floor)
            r"(?:\b(?:bien|largement|nettement|tres|loin) (?:en dessous|en-dessous|au-dessous|au dessous)"
            r"|\b(?:prix|tarifs?|honoraires|forfaits?|packs?|devis|cher)\b[^.!?\n]{0,80}?"
            r"\b(?:en dessous|en-dessous|au-dessous|au dessous)) (?:de |d')?"
            r"(?:(?:des|les) (?:prix|tarifs)(?: \w+)? )?"
            rf"(?:ceux |celles |celui |celle )?(?:de |des |du |d')?(?:{_OTHERS}|(?:des"
            rf"|les) (?:\w+ )?{_NOUN})(?!\w)"
        ),
        ignore=_NO_NEGATION,
    ),
    # « typiques des chirurgiens low-cost de la rue voisine, pas de notre équipe »: them, not us
    Construction(
        regex_cache.compile(
            rf"\b{_OTHERS}(?!\w){_S}{{0,60}}?,\s*(?:et |mais )?(?:pas|jamais|non) (?:de |chez |dans |a "
            rf"|avec |par )?"
            r"(?:nous|moi|notre|nos|mon|ma|mes|ici)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # « une révolution au cabinet, que les services hospitaliers du coin n'ont toujours pas adoptée »
    Construction(
        regex_cache.compile(
            rf"\bqu(?:e\b|'){_S}{{0,10}}?\b{_OTHERS}(?!\w){_S}{{0,25}}?\b(?:n'"
            rf"|ne )(?:\w+ ){{1,2}}?(?:toujours|encore|meme)"
            r" pas\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # the cheaper rival in an FAQ question (« Pourquoi ne pas aller dans une clinique moins chère ? »)
    Construction(
        regex_cache.compile(
            r"\bpourquoi (?:ne pas |ne pas plutot )?(?:aller|choisir|partir|payer|se faire operer"
            r"|vous faire operer)"
            rf"\b{_S}{{0,30}}?\b(?:une?|des|la|le|les|l') ?{_NOUN}\b{_S}{{0,20}}?"
            r"\b(?:moins cher\w*|plus cher\w*|low[- ]cost|a l'etranger|moins \w+|plus \w+)"
        ),
        ignore=_NO_NEGATION | {"question"},
    ),
    # « quand votre généraliste vous fait attendre trois semaines », « sans les 2 mois d'attente chez
    # l'endocrino », « chez certains on vous facture 90 €. Ici ? 60 »: their wait or fee as the foil
    Construction(
        regex_cache.compile(
            # (« quand votre chirurgien vous fait attendre au bloc » may be us: only another doctor of theirs)
            r"\b(?:quand|alors que|tandis que) (?:votre|ton|vos|tes) (?:\w+ )?(?:generalistes?"
            r"|medecins? traitants?|(?:dermato|ophtalmo|gyneco|endocrino|cardio|rhumato)(?:logues?|s)?"
            r"|dentistes?|kines?(?:itherapeutes?)?)\b"
            r" (?:vous |te )?(?:fai\w*|font) (?:attendre|patienter|payer)\b"
            rf"|\bsans (?:les |la |des |vos )?(?:{_FIGURE} )?(?:d'attente|de delai|d'attente) (?:chez|a"
            rf"|au|aux|dans)"
            rf" (?:le |la |l'|les |un |une |votre |ton )?{_NOUN}\b"
            rf"|\bchez (?:certains|certaines|d'autres|les autres)\b{_S}{{0,80}}?(?:\d"
            rf"|€){_S}{{0,40}}[.;:\n]\s*"
            rf"(?:{_PIVOT}|ici\s?\?)"
        ),
        ignore=_NO_NEGATION,
    ),
    # « 45 minutes par consultation, pas 8 comme dans les centres-usines »: our figure, not theirs
    Construction(
        regex_cache.compile(
            r"\bpas (?:\d+|deux|trois|quatre|cinq|six|huit|dix|quinze|vingt)\b[^.!?\n]{0,20}?\bcomme (?:chez"
            r"|dans"
            rf"|a|au|aux|en)\b ?(?:{_OTHERS_WIDE}|(?:les|des|ces|certaine?s|beaucoup de|la plupart des|nombre"
            rf" de)"
            rf" (?:\w+ )?{_NOUN})(?!\w)"
        ),
        ignore=_NO_NEGATION,
    ),
    # our price or delay set above or below an average (« nos tarifs sont 300 € au-dessus de la
    # moyenne de la région », « inférieur de 25 % à la moyenne constatée chez les libéraux »)
    Construction(
        regex_cache.compile(
            r"\b(?:prix|tarifs?|honoraires|delais?|forfaits?|devis|couts?)\b[^.!?\n]{0,50}?(?P<m>\b"
            r"(?:superieur"
            r"|inferieur|au-dessus|au-dessous|en dessous|en-dessous|au dessus|au dessous)\w*)[^.!?\n]{0,20}?"
            r"\b(?:a|de) la moyenne\b"
        ),
        "m",
        # (« on me demande pourquoi nos tarifs sont au-dessus de la moyenne » answers with our own claim)
        ignore=_NO_NEGATION | {"reported", "meta"},
    ),
    # our figure set against what the literature reports (« 0 infection sur nos 340 otoplasties, quand
    # la littérature rapporte jusqu'à 5 % »); figures « comparables à la littérature » are no contrast
    Construction(
        regex_cache.compile(
            r"\b(?:quand|alors que|tandis que|la ou) (?:la litterature|les series publiees|les autres"
            r" equipes)"
            r" (?:\w+ )?(?:rapporte|decri|annonce|parle|fait etat|affiche|publie)\w*\b[^.!?\n]{0,25}?\d"
        ),
        ignore=_NO_NEGATION,
    ),
    # them, then us, each behind a colon or a comma (« Chez eux : un technicien… Chez nous : un
    # chirurgien », « Là-bas, des assistants payés au greffon… Ici, le médecin », « chez eux, c'est du
    # volume. Dans un service comme le nôtre, c'est du temps »)
    Construction(
        regex_cache.compile(
            r"\b(?:chez eux|la-bas)\s?[:,][^\n]{0,220}?[.;!?\n]\s*(?:[\w']+\s?[,:]?\s+){0,2}?(?:chez (?:nous"
            r"|moi)"
            r"|ici|au cabinet|dans (?:un|une|notre|mon|ma) (?:service|cabinet|centre|equipe|clinique)\b"
            r"(?: comme (?:le|la) (?:notre|mien|mienne))?)\s?[:,]"
        ),
        ignore=_NO_NEGATION,
    ),
    # their figure told impersonally, then ours (« dans le 16e on vous fait patienter 5 mois. Chez
    # nous, 3 semaines »), a quote received, then ours (« un devis à 6 500 € ?? Ici c'est 4 900 »)
    Construction(
        regex_cache.compile(
            r"\bon vous (?:fait|fera|faisait|demande|demandera|facture|facturera) (?:patienter|attendre"
            r"|payer)?"
            rf"{_S}{{0,20}}?{_FIGURE}{_S}{{0,60}}[.;:!?\n]\s*(?P<m>(?:{_PIVOT}|ici ?:){_S}{{0,30}}?{_FIGURE})"
            r"|\b(?:(?:recu|eu|obtenu) )?(?:un|une) (?:devis|proposition|tarif)\b[^.!\n]{0,60}?\?+\W{0,6}\s*"
            r"(?:ici|chez nous|chez moi|au cabinet),? (?:c'est |on est a |on vous le fait a |:)?\s?\d"
        ),
        ignore=_NO_NEGATION | {"question"},
    ),
    # « facturée autour de 1 800 €, alors qu'à Paris on vous demandera le double »; « le double pour
    # exactement le même geste »; « on est à 2 900 € quand la clinique Belvédère est à 4 500 »
    Construction(
        regex_cache.compile(
            rf"{_FIGURE}{_S}{{0,20}}?\b(?:alors qu'|tandis qu'|quand |la ou )(?:a|en|au|dans"
            rf"|chez)\b{_S}{{0,40}}?"
            r"\b(?:on vous|ils vous|le double|le triple|deux fois|trois fois|(?:plus|moins) cher)"
            r"|\b(?:le double|le triple|deux fois plus|trois fois plus)\b[^.!?\n]{0,30}?\bpour (?:exactement"
            r" )?"
            r"(?:la|le|les) memes? (?:geste|chose|acte|intervention|operation|resultat|prestation|soin)s?\b"
            # (our price, not any figure: « 30 minutes quand le centre est calme, parfois 45 »)
            r"|\b\d[\d ,.]*\s?(?:€|euros)[^.!?\n]{0,30}?\b(?:quand|alors que|tandis que|la ou)\b (?:la|le|les"
            r"|l'|chez) ?"
            r"(?:\w+ )?"
            rf"{_NOUN}\b{_S}{{0,40}}?\d"
        ),
        ignore=_NO_NEGATION,
    ),
    # a rival's price for the same thing, ours beside it: « À la clinique d'en face, c'est 380 € pour
    # exactement le même produit », « ma consœur d'en face facture 6 000 € un lifting que je réalise pour
    # 4 500 », « Le même dans le 8e ? Comptez presque le double »
    Construction(
        regex_cache.compile(
            rf"{_OTHERS}{_S}{{0,40}}?{_FIGURE}{_S}{{0,20}}?\bpour (?:exactement )?(?:le|la|les) memes?\b"
            rf"|(?:{_OTHERS}|\b(?:ma|mon|mes|nos) (?:consoeur|confrere|collegue)s?\b){_S}{{0,30}}?\bfactur\w*"
            rf"{_S}{{0,10}}?{_FIGURE}{_S}{{0,60}}?\b(?:que|qu') ?(?:je|nous|on)"
            r" (?:\w+ ){0,2}?(?:pour|a) \d"
            r"|\b(?:le|la|les) memes? (?:\w+ )?(?:dans le \d+(?:e|eme)\b(?: arrondissement)?|ailleurs"
            r"|a (?:paris|lyon|marseille|nice|bordeaux|monaco|geneve|istanbul|l'etranger)\b"
            rf"|chez (?:un|une|les|le|la|vos|votre|ton|ta) (?:\w+ )?{_NOUN})[^?.!\n]{{0,30}}\?\s*"
            r"(?:comptez|prevoyez|il faut compter) (?:\w+ )?(?:le double|le triple|deux fois plus"
            r"|trois fois plus|\d[\d ]*\s?(?:€|euros))"
        ),
        ignore=_NO_NEGATION | {"question"},
    ),
    # « contrairement aux chirurgiens qui charcutent … je travaille à l'aiguille »
    Construction(
        regex_cache.compile(
            rf"\b(?:contrairement (?:aux|a des|a ces)|a la difference des|a l'inverse des) {_NOUN} qui\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # our equipment, then the others still doing it the old way (« avec ça, je me demande comment
    # certains confrères osent encore prélever à la main »)
    Construction(
        regex_cache.compile(
            r"\bavec (?:ca|cela|cette machine|ce \w+|notre \w+|mon \w+|ma \w+)\b,?"
            rf"{_S}{{0,40}}?\b{_OTHERS}(?!\w){_S}{{0,20}}?\b(?:osent|continuent|s'obstinent|travaillent|font"
            r"|prelevent|operent) (?:encore|toujours)\b"
        ),
        # (a quoted screen text is the author's own)
        ignore=_NO_NEGATION | {"question", "meta", "reported"},
    ),
    # « chez nous le prix est le même que ce que vous paieriez dans la plupart des centres low-cost »
    Construction(
        regex_cache.compile(
            r"\b(?:prix|tarifs?|honoraires|delais?|forfaits?)\b[^.!?\n]{0,20}?\b(?:est|sont|reste|restent) "
            r"(?:le|la|les)"
            rf" memes? que\b{_S}{{0,50}}?\b{_OTHERS}(?!\w)"
        ),
        ignore=_NO_NEGATION | {"hypothesis"},
    ),
    # « 30 % sous les prix du marché », « aucun autre cabinet de la ville », « pas le cas partout »
    Construction(
        regex_cache.compile(
            r"\b(?:sous|en dessous|au-dessous|au dessous) (?:des|du|les) (?:prix|tarifs?)"
            r" (?:du marche|de la concurrence|moyens|pratiques)|\baucun autre " + _NOUN + r"\b"
            r"|\b(?:loin d'etre|pas) le cas (?:partout|ailleurs|de tous|chez tous|chez les autres)\b"
        ),
        ignore=_NO_NEGATION,
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Comparisons with other doctors or establishments."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
