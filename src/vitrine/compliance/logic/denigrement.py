"""``denigrement`` as a construction: a negative judgement tied, in the same sentence, to a phrase
naming other practitioners or establishments (« les centres esthétiques du centre commercial :
ce sont des vendeurs », « le service de chirurgie de l'hôpital Saint-Clair est devenu une usine »).

The judgement word carries the qualifiers: « ne signifie pas que le chirurgien a « raté » » is
negated; factual, sourced public-health warnings are dropped by the rule's ``unless_sentence``.
"""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

# Other practitioners and establishments, including non-doctors who inject or « treat ».
_TARGET = (
    # (our own practice is not another one: « notre clinique »)
    r"\b(?:chirurgien\w*|confrere\w*|consoeur\w*"
    r"|(?<!notre )(?<!nos )(?<!ma )(?<!mon )(?:cabinets?|cliniques?\w*)"
    r"|centres? (?:esthetiques?|low[- ]cost|laser|dentaires?|d'en face|d'a cote|voisins?"
    r"|du (?:coin|quartier|boulevard|centre-ville)|de la (?:rue|place|galerie))"
    r"|centres?(?= (?:«|\") ?\w+ ?(?:»|\"))"
    r"|medecins?|praticien\w*|etablissements?|hopita(?:l|ux)|chu|services? de \w+|urgences|anesthesistes?"
    r"|injecteu\w*|esthetici\w*|instituts?|generalistes?|experts?|influenceu\w*|stars? d'\w+|collegues?"
    # (a colleague thanked is no target: « merci au Dr L. pour son accueil, il se reconnaîtra »)
    r"|concurren\w*|(?<!merci )(?<!remercie )(?<!remercions )(?:le|la|du|au) (?:dr|pr|docteur|professeur) \w+"
    r"|la-bas"
    # the place left unnamed in scare quotes (« un nez opéré « ailleurs » »)
    r"|(?:(?<=« )|(?<=«)|(?<=\")|(?<=\" ))ailleurs(?= ?(?:»|\"))"
    r"|groupes? (?:de cliniques|hospitaliers|prives)"
    # « les autres, une fois qu'ils ont encaissé… »: the others as a subject
    r"|(?<=les )autres(?=,| qui| ils| se)"
    # « là où d'autres bâclent les bilans »
    r"|(?<=la ou )d'autres"
    r"|(?:certains|ces|d'autres|les autres|beaucoup de|la plupart des|nombre de|trop de|de nombreux"
    r"|bien des) centres|specialistes?|structures?"
    # other teams (never « notre équipe »), centres named by their flaw (« les centres à la
    # chaîne »), and « ailleurs, on vous … » standing for the others
    r"|(?<=des |les )equipes|(?:autres|certaines|ces) equipes"
    r"|centres?(?= (?:a la chaine|franchises?)|-usines?)|ailleurs(?=,? (?:on (?:vous|te|les)|c'est)\b)"
    # « chez eux : un technicien… », a « grand nom » in scare quotes
    r"|(?:chez eux|la-bas)(?= ?:)|(?:(?<=« )|(?<=«)|(?<=\")|(?<=\" ))grands? noms?(?= ?(?:»|\"))"
    r"|\w+logues?|\w+logistes?|dermatos?|ophtalmos?|gyneco?s?|orl|\w*d[eo]ntistes?|(?:ancien"
    r"|ex-?)\s?associee?s?"
    # other health professionals (« les nutritionnistes qui … »)
    # (never ours: « animés par nos kinés »); a nurse who injects (« chez une copine infirmière »)
    r"|(?<!nos )(?<!mes )(?<!notre )(?<!ma )(?<!mon )(?:nutritionnistes?|dieteticien\w*|kinesitherapeutes?"
    r"|kines|osteopathes?|infirmier\w*)"
    # chains of practices (« les chaînes low-cost », « une chaîne de centres dentaires »)
    r"|chaines?(?= (?:low[- ]cost|de (?:cliniques|centres|cabinets)|dentaires?|d'instituts))"
    r")\b"
)
# Work likened to a beginner's (« des sutures dignes d'un interne de première année »).
_BEGINNER = (
    r"dignes? (?:d'une?|des|du) (?:\w+ )?(?:internes?|debutante?s?|etudiante?s?|stagiaires?|apprentie?s?"
    r"|amat(?:eur|rice)s?|externes?|bouchers?|bricoleu\w*)"
)
# Someone else's failures handled here (« je rattrape ses abdominoplasties », « il me renvoie ses
# complications »): the possessive points back to the colleague named before.
_CLEANUP = (
    r"(?:(?:rattrap|repar|reoper|re-oper|corrig|recuper)\w* (?:ses|leurs)"
    # « vu ce qu'on récupère de ses abdominoplasties »
    r"|(?:vu|quand (?:on|je) voi[st]) ce (?:qu'on|que (?:l'on|nous|je)) (?:recuper|rattrap|repar|corrig)\w*"
    r" (?:de|d'entre) (?:ses|leurs)"
    r"|(?:renvoi|envoi|refil|adress)\w* (?:ses|leurs))"
    r" (?!propres)(?:erreurs|ratages|rates|echecs|complications|degats|betises|boulettes|malfacons"
    r"|\w+plasties|liftings?|lipos?\w*|protheses|implants|injections|nez|paupieres|seins|levres)\b"
)
# Innuendo that names no one but lets everyone guess (« tout le monde a compris », « il se
# reconnaîtra », « pas besoin d'en dire plus »).
_GUESS = (
    r"(?:tout le monde|vous) (?:a|aura|avez|aurez|voit|voyez|sait|savez) (?:tres )?(?:bien )?"
    r"(?:compris|de qui|qui)"
    r"|(?:a|de) qui je (?:pense|fais allusion|parle)|(?:pas besoin|inutile) d'en dire (?:plus|davantage)"
    r"|je n'en dirai? pas (?:plus|davantage)|(?:il|elle|ils|elles) se reconnaitr\w*"
    r"|ceux qui savent,? savent|cherchez l'erreur|devinez (?:qui|lequel|laquelle|ou)"
    r"|c'est le moins qu'on puisse dire|je vous laisse (?:imaginer|deviner)"
    # (where it was done, not who: « je ne dirai pas qui » keeps a patient's secret)
    r"|je ne (?:dirai|citerai|preciserai) pas (?:ou|dans quel\w* \w+|chez qui)"
    r"|on (?:ne )?(?:dira|dit|citera) pas (?:ou|qui|lequel|laquelle|le nom)"
)
# Sarcasm on a cheaper rival (« quand c'est pas cher, c'est vous le produit »)
_CHEAP = (
    r"(?:quand|si|lorsque) c'est (?:pas|moins|trop peu) cher,? c'est|vous en aurez pour votre argent"
    r"|on en a (?:toujours )?pour son argent|le bon marche (?:coute|revient|finit)"
)
# Inflated fees, patients fleeced or neglected, work called tinkering (« tarifs gonflés », « se gavent
# sur le dos des patients », « s'en fichent de leurs patientes », « c'est du bricolage »).
_GREED_OR_NEGLECT = (
    r"(?:tarifs|prix|honoraires|devis|factures?) gonfle\w*|se gav\w*|s'en mett\w* plein les poches"
    r"|s'en (?:fich|fout|moqu)\w* (?:de|des) (?:leurs|ses|ces|leur|sa|son) (?:patient|opere|client)\w*"
    r"|c'est (?:du|de la) (?:bricolage|boucherie|charcuterie)"
)
# Negative judgements about someone's work, skill or honesty.
_JUDGEMENT = words(
    r"bouchers?|boucherie|charlatan\w*|escroc\w*|arnaqu\w*|amat(?:eur|rice)\w*|incompet\w*|incapables?",
    r"nuls|mediocr\w*|minables?|lamentables?|pitoyables?|(?:la )?honte|honteu\w*|scandaleu\w*",
    r"dangereu\w*|(?:mettent|met) (?:\w+ ){0,2}en danger|poison|roulette russe|massacr\w*|carnage",
    r"catastroph\w*|desastr\w*|horreurs?|fiasco|ratee?s|bacl\w*|bidons?|n'importe (?:quoi|comment)",
    r"vandalisme|charcut\w*",
    # greed, decay and idleness (« des voleurs », « établissements vétustes », « son bloc vide »,
    # « n'a que ça à faire »), a failure told in the past (« il a déjà raté deux nez »)
    r"voleu(?:r|rs|se|ses)|requins?|vautours?|margoulins?|vetuste\w*|delabre\w*|insalubres?|crasseu\w*",
    r"n'(?:a|ont|avait|avaient) que ca a faire",
    r"(?:blocs?|agendas?|plannings?|salles? d'attente) (?:vides?|deserts?)",
    r"(?:a|ont|avait|avaient) (?:\w+ )?(?:rate|loupe|bacle|massacre|abime|defigure)",
    r"(?:approche|technique|methode|pratique)s? (?:est |sont )?(?:depassee|obsolete|archaique)s?",
    # the wait told as their flaw (« chez eux on attend des heures sur un brancard »)
    r"(?:chez eux|la-bas),? on (?:y )?(?:attend|poireaute)",
    r"usines?|a la chaine|marchands? de \w+|vendeurs|commerciaux|tiroirs?-caisses?|pompes? a fric",
    r"cupides?|vereu\w*|peu scrupuleu\w*|sans scrupules?|malhonnet\w*|pires|erreurs? grossieres?",
    r"degats|fail|a fuir|fuyez|ne vous laissez pas avoir|se prenn?(?:ent|d) pour|soi-disant",
    r"apprentis? sorciers?",
    # a hospital called a dying place, rivals jealous, sued or hasty, knowing nothing, their second-hand
    # or antiquated machines, a talk « plus du catalogue que de la science », retouched photos, a care they
    # « n'ont pas su vous offrir »
    # (« un concurrent jaloux » who wrote a review is the review's author, not a colleague judged)
    r"mouroirs?|(?:sont|est) (?:\w+ )?jalou(?:x|se|ses)|proces a repetition"
    r"|(?:plusieurs|nombreux|ses|leurs) proces",
    # (the rival is the subject, in the third person: not « se faire opérer trop vite », « si vous n'y
    # connaissez rien », nor our own machines « d'occasion » for sale)
    r"oper(?:e|ent|ait|aient) (?:beaucoup |bien |un peu )?trop vite"
    r"|(?<!patients )(?<!patientes )n'y connai(?:t|ssent|ssait|ssaient) (?:strictement |absolument )?rien",
    # (« encore avec du matériel des années 2000 » is a comparison of equipment in dev, not a judgement)
    r"(?:travaill\w*|oper\w*|equipee?s?|tourn\w*) (?:\w+ ){0,2}?(?:avec|de|sur) (?:des|du)"
    r" (?:machines?|lasers?|materiel|appareils?) (?:d'occasion|d'un autre (?:age|temps|siecle))",
    r"(?:tient|tenait|tiennent|releve|relevait) (?:plus|davantage) du (?:catalogue|marketing|spectacle"
    r"|commerce|cirque)|photos? (?:\w+ )?retouchee?s|la notoriete ne fait pas (?:le talent|la competence)",
    r"n'(?:a|ont|avait|avaient) pas su (?:vous |te |lui )?(?:offrir|donner|apporter|accorder|ecouter|soigner"
    r"|prendre en charge)",
    # their medicine called a trade or out of date, their care unworthy, their fame wanted (« une
    # médecine de supermarché », « des boucheries », « des fonctionnaires du bistouri », « des marchands,
    # pas des soignants », « restés au siècle dernier », « en mal de publicité », « indignes de la
    # profession »)
    r"boucheries|(?:cette|leur|une) (?:medecine|chirurgie) (?:de|du) supermarche|fonctionnaires du \w+",
    r"marchands,? pas des|reste(?:e|s|es)? au (?:siecle dernier|moyen age)|en mal de (?:publicite|notoriete)",
    r"indignes? de (?:la|leur) profession",
    r"irresponsables?|ne sai(?:t|vent) (?:pas|meme pas|rien)|ne connai(?:t|ssent) rien|aucune formation",
    # self-styled experts (« qui se disent "experts" », « une formation de 2 jours »)
    r"se (?:disent|dit|pretend\w*|proclam\w*|autoproclam\w*) (?:\"|« ?)?(?:experte?s?|specialistes?|medecins?"
    r"|chirurgiens?|docteurs?|pros?)\b",
    r"(?:n'ont (?:fait|suivi) qu'une|ont (?:juste |seulement )?(?:fait|suivi) une) formation"
    r" (?:de \d+ \w+|express|eclair|d'un \w+|en ligne)",
    r"pas (?:de |une |un )?(?:vraie?|veritable)s?|mal (?:opere|soigne|fait|injecte|forme)\w*|defigur\w*",
    r"collectionnent les proces|techniques? depassee?s?",
    r"changer de metier|rendre leur diplome|feraient mieux|personne ne (?:regarde|s'interesse|ecoute)",
    # sent back to school or retirement (« il ferait mieux de retourner en internat », « il serait
    # temps qu'il prenne sa retraite », « il ne comprend plus rien »)
    r"ferai\w* mieux de (?:retourner|changer|arreter|rendre|se taire|reprendre|raccrocher)",
    r"retourner (?:en|a l'|a la|sur les bancs de la) (?:internat|externat|fac|faculte|ecole)",
    r"(?:serait|est|il est) (?:grand )?temps qu'(?:il|elle|ils|elles) (?:prenne|prennent) (?:sa"
    r"|leur) retraite",
    r"ne (?:comprend|comprennent|connait|connaissent) plus rien",
    # care skipped (« opèrent d'emblée, parfois sans même un scanner »)
    r"sans (?:meme|aucun|aucune|jamais) (?:un |une |le moindre |la moindre )?(?:scanner|examen|bilan|irm"
    r"|radio|echographie|consultation|avis|evaluation)\w*",
    # behind the times (« des techniques des années 80 », « du matériel d'il y a trente ans »)
    r"(?:techniques?|methodes?|approches?|materiels?|protocoles?|outils|pratiques?) (?:\w+ )?"
    r"(?:des annees (?:19)?[2-9]0|d'il y a (?:\d+|vingt|trente|quarante|cinquante) ans)",
    r"sans jamais revoir|low[- ]cost",
    # care skipped (« sans regarder votre peau », « sans revoir le chirurgien »), a sales target
    # instead of care (« des objectifs de chiffre, pas de soins »), pushing to an act
    r"sans (?:jamais |meme )?(?:vous )?(?:revoir|examiner|regarder|ausculter|ecouter)"
    r" (?:votre|vos|la|le|les|personne)\b",
    r"objectifs? (?:de chiffre|commerciaux|de rentabilite|de vente)",
    r"pouss\w* (?:pas |plus )?(?:a la|au|aux|a l') ?(?:pose|consommation|vente|chirurgie|operation|implant"
    r"|acte|devis)",
    # sarcasm about their work (« vu la qualité de ses prestations »), out of habit not reason
    # (« vu la qualité des résultats » alone can be praise: the disclaimer makes it sarcasm)
    r"declin\w* toute responsabilite",
    r"par (?:simple |pure )?habitude plus que",
    # incompetence idioms and failure verbs (« opère comme un pied », « ratent une fois sur deux »)
    r"comme (?:un pied|des pieds|un manche|une brute)|rat(?:ent|ait|aient)|loup(?:ent|e tout)",
    # (« prélever à la main comme des bûcherons », « leurs méthodes de voyous », « osent encore »)
    r"comme (?:des|un) (?:bucherons?|maquignons?|sauvages|brutes|barbares|cochons|bourrins?)",
    r"(?:methodes|pratiques|manieres|facons) de (?:voyous?|cowboys?|bandits?|maquignons?|mafieux|gangsters?)",
    r"(?:des|ces|de vrais|de vrais) (?:voyous|gangsters|mafieux)",
    r"os(?:ent|e) encore",
    # a book never opened, a training of a weekend (« s'ils ont déjà ouvert un livre d'anatomie »)
    r"(?:jamais|deja|meme) ouvert un (?:livre|manuel|traite|bouquin)",
    r"formee?s? en (?:\d+|un|deux|trois|quelques) (?:week-ends?|jours?|heures?|apres-midi)",
    r"c'est (?:du|de la) (?:volume|chiffre|rendement|caisse|business|commerce|abattage)|de la caisse",
    r"(?:\w+ )?ans de retard|(?:un|une|des) siecles? de retard|a l'ancienne",
    # sarcasm and warnings aimed at them (« bonne chance pour ça », « faut pas s'étonner des résultats »)
    r"bonne chance|(?:il ne )?faut pas s'etonner",
    r"(?:font|faire) du commerce|a tour de bras",
    # hidden fees and back-room practice (« les dépassements surprises de certaines cliniques »)
    r"(?:depassements?|frais|couts?|supplements?|tarifs?|prix) (?:surprises?|caches?|abusifs?)",
    r"(?:en|dans (?:une|son|sa|leur)|au fond (?:d'une?|de son|de sa|de leur))"
    r" arriere-(?:boutique|salle|cour)",
    # work of a beginner, a factory or a shop (« sutures de débutant », « font du chiffre en
    # enchaînant les patients », « vendre des liftings comme on vend des cuisines », « de l'abattage »)
    r"de debutante?s?|mal pose\w*|(?:font|faire|fait) du (?:chiffre|volume|rendement|business|commerce)",
    r"enchain\w* (?:les |des |\d+ "
    r"|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente) )?"
    r"(?:patient\w*|client\w*|actes|protheses"
    r"|interventions|operations|injections|seringues|nez|liftings?|greffes?|implants?)",
    # a trade, not medicine (« la chirurgie mammaire est devenue un business pour certains
    # établissements », « oublient le suivi dès que la facture est réglée »), a patient left in a
    # state (« vous avait laissée dans un état que … »), photos doctored (« retouche photo »)
    r"(?:devenue?s?|est|c'est) (?:un|du|le) business|oubli\w* (?:le|leurs?|les) (?:suivi|patient\w*)",
    r"(?:laisse|mis|rendu)e?s? dans un (?:tel |sale |triste |drole d')?etat",
    r"retouche\w* photo|photoshop\w*",
    # (« moins cher que dans n'importe quelle autre clinique » compares)
    r"comme on vend|abattage|(?<!que )(?<!que dans )(?<!que chez )n'importe quel\w*"
    r"|sans (?:meme )?(?:examiner|regarder|voir) personne",
    r"(?:appris|formee?s?|diplomee?s?)(?: [\w']+){0,2} (?:sur|par)"
    r" (?:youtube|internet|tiktok|instagram|un tuto\w*)",
    r"encaisse\w* (?:le cheque|les cheques|l'argent|votre argent)",
    r"(?:ne|n') (?:les|le|la) revoyez (?:plus|jamais)",
    # mockery, indifference and lost standing (« on dirait des bouées », « de complaisance »,
    # « se fiche de l'indication », « a perdu toute crédibilité », « se fait appeler « l'experte » »)
    r"on dirait (?:des|un|une|du)|de complaisance|se fich\w* (?:\w+ )?(?:de|des|du)\b|marketeu\w*",
    r"(?:perdu|aucune|sans) (?:toute |la moindre )?credibilite|se (?:fait|font|faisait) appeler",
    r"se vant(?:e|ent)\b|sans (?:aucune|la moindre|vraie|veritable) formation",
    # unfit, greedy or careless (« devraient relire leurs cours », « ne devraient pas avoir le droit
    # d'exercer », « injecteur du dimanche », « ne pensent qu'au dépassement », « des commerçants »,
    # « confond médecine et télé-achat », « ne prennent même plus la peine d'examiner »)
    r"devrai\w* (?:relire|reviser|retourner|reprendre|rendre) (?:leurs?|ses|son|les|a)\b",
    r"(?:(?<=cin )|(?<=cins )|(?<=gien )|(?<=giens )|(?<=teur )|(?<=teurs )|(?<=teuse )|(?<=teuses ))"
    r"du dimanche",
    r"ne devrai\w* (?:pas|plus|meme pas) (?:avoir le droit|exercer|operer|injecter|toucher)",
    r"ne pens\w* qu'(?:a|au|aux) (?:l'argent|argent|fric|chiffre|depassements?|factur\w*"
    r"|leur (?:compte|portefeuille|chiffre|tiroir-caisse|image))",
    r"(?:des|de simples|que des) commercants?|confond\w* (?:la )?medecine (?:et|avec)",
    r"ne prenn?\w* (?:meme )?(?:plus|pas) la peine",
    # « qui se lancent dans la chirurgie sans formation »: what they do, not a rule about training
    r"qui [^,.;:!?\n]{0,60}?sans formation",
    # a beginner's work (« des cicatrices dignes d'un interne de première année »)
    _BEGINNER,
    # « que n'importe quel interne de 2e année aurait réussi »: their feat within a beginner's reach
    r"n'importe quel\w* (?:interne|etudiant|externe|debutant|stagiaire|apprenti)\w*",
    # a trail of failures (« une belle série de complications »), the others' failures cleaned up
    # here (« je rattrape ses liftings »), work left to the barely trained
    r"(?:collection|serie|cortege|defile|liste|kyrielle|tas) (?:\w+ )?de"
    r" (?:reprises|complications|ratages|echecs|proces|plaintes)",
    _CLEANUP,
    r"a peine (?:formee?s?|diplomee?s?|qualifiee?s?)|(?:sommairement|insuffisamment|vaguement) formee?s?",
    # their patients turning up here with complications (« ses patientes débarquent chez moi avec … »)
    r"(?:ses|leurs) (?:ancienn?e?s? )?(?:patient|client)\w* (?:\w+ ){0,2}?(?:debarqu|arriv|atterriss|viennent"
    r"|reviennent|finissent|echouent)\w* (?:ensuite |toutes )?"
    r"(?:chez (?:moi|nous)|ici|aux urgences|au cabinet)",
    # botched, rushed or tinkered work (« posé de travers », « expédiés en dix minutes », « du bricolage »)
    # (placed crooked, not « un nez de travers » that the surgeon straightens)
    r"(?:pose|place|injecte|implante|fait|cousu|recousu|greffe)e?s? (?:[\w']+ ){0,3}?de travers"
    # (not DIY: « ateliers « prévenir les accidents de bricolage » »)
    r"|(?<!accidents de )(?<!accident de )(?<!travaux de )(?<!outils de )(?<!magasin de )bricolage"
    r"|bricol(?:ent|e|ait|aient)\b|a la va-vite",
    r"expedi\w* (?:en|au bout de) (?:\d+|deux|trois|cinq|dix|quinze|vingt) ?(?:min\w*|secondes)",
    # behind the times (« ces dinosaures », « des méthodes du Moyen Âge »)
    r"dinosaures?|fossiles|ringard\w*|archeolog\w*|(?:du|au) moyen[- ]age"
    r"|d'un autre (?:age|siecle|temps)|prehistori\w*",
    # patients as numbers, beginners learning on them, a consultation between two doors, a
    # reputation for carelessness (« on vous opère comme des numéros », « des internes qui
    # apprennent sur vous », « peu connu pour son sérieux », « des méthodes douteuses »)
    r"comme (?:des|un) numeros?|(?:internes?|etudiant\w*|debutant\w*|stagiaires?) qui (?:apprenn?\w*"
    r"|se fai\w* la main|s'entrain\w*)(?: \w+){0,2} sur (?:vous|toi)\b|entre deux portes",
    r"peu (?:connue?s?|reputee?s?) pour (?:son|sa|leur|leurs) (?:serieux|competence|rigueur|prudence"
    r"|honnetete|soin)|(?:methodes|pratiques|techniques|competences|diplomes) (?:\w+ )?(?:douteu\w*"
    r"|contestables)",
    # yes to everything for cash, equipment left to rot, care left to the unqualified, stuck in the past
    r"(?:dit|disent) oui a tout|mal entretenue?s?|au petit bonheur|non (?:diplomee?s?|qualifiee?s?)"
    r"|(?:delegu|confi)\w* (?:\w+ ){0,3}(?:a des|aux) (?:\w+ )?non[- ]medecins?",
    r"\bencore\b[^.!?\n]{0,40}?comme (?:il y a (?:\d+|vingt|trente|quarante|cinquante) ans"
    r"|dans les annees)",
    _GREED_OR_NEGLECT,
    # sloppy or clownish work, patients crammed in and seen for minutes, « ici au moins » set against
    # them (« un travail de cochon », « des clowns en blouse », « de vrais pieds nickelés », « pour un
    # résultat souvent moins propre », « des lèvres de canard », « qui vous voient cinq minutes »,
    # « et chez nous au moins, on décroche le téléphone », « devrait être radié »)
    # (clowns called so, not the hospital clowns visiting children nor « notre anesthésiste, c'est un
    # clown » who makes them laugh)
    r"travail de (?:cochon|sagouin|goret)|pieds nickeles|moins propres?",
    r"(?:sont|ce sont|de vrais|bande de|tous des|que des) (?:des )?clowns\b|clowns? en blouse"
    r"|des clowns,? (?:pas|ni plus ni moins)",
    r"(?:levres|bouches?|bec|resultats?) (?:en |de )(?:bec de )?canard|entasse\w*",
    # (a few minutes, not « nos praticiens vous voient 45 minutes »; « ici au moins, on … » set against
    # them, not « ici au moins, pas de souci de parking »)
    r"(?:on vous|vous|te) (?:voi\w*|recoi\w*) (?:[1-9]|1[0-5]|deux|trois|cinq|dix|quinze) min\w*",
    r"(?:chez nous|ici),? au moins,? (?:on|nous|je|l'|le|la|les|chaque)\b"
    r"|(?:devrai\w*|merite\w*) (?:d'|de )?(?:etre )?radie\w*",
)

# Judgements strong enough to reach a target named in the sentence before (not « ils ont limité
# les dégâts »): money before care, botched or reckless work, insults
_CROSS_JUDGEMENT = words(
    r"objectifs? (?:de chiffre|commerciaux|de rentabilite|de vente)",
    r"(?:font|faire|fait) du (?:chiffre|volume|rendement|business|commerce)|a la chaine|usines?",
    r"c'est (?:du|de la) (?:volume|chiffre|rendement|caisse|business|commerce|abattage)",
    r"bouchers?|charlatan\w*|escroc\w*|arnaqu\w*|incompet\w*|bacl\w*|massacr\w*|n'importe (?:quoi|comment)",
    r"ne pens\w* qu'(?:a|au|aux) (?:l'argent|argent|fric|chiffre|factur\w*)|sans scrupules?|malhonnet\w*",
    r"(?:approche|technique|methode|pratique)s? (?:est |sont )?(?:depassee|obsolete|archaique)s?",
    r"(?:serait|est|il est) (?:grand )?temps qu'(?:il|elle|ils|elles) (?:prenne|prennent) (?:sa"
    r"|leur) retraite",
    r"ne (?:comprend|comprennent|connait|connaissent) plus rien",
    r"ferai\w* mieux de (?:retourner|changer de metier|arreter|rendre|raccrocher)",
    # « ces gens-là … des marchands de tapis », « devraient avoir honte »
    r"marchands? de \w+|devrai\w* avoir honte",
    _BEGINNER,
    _CLEANUP,
    r"(?:collection|serie|cortege|defile|liste|kyrielle|tas) (?:\w+ )?de (?:reprises|complications|ratages)",
    _GREED_OR_NEGLECT,
)
_NO_NEGATION = frozenset({"negation"})
_CONTRASTIVE_PAS = r"(?:[,:] (?:et )?pas|\bsans) (?:les|des|de|du|la|le|un|une|comme)\b"
# the judged thing belongs to them: « … de certaines cliniques », « … qu'on voit dans certaines cliniques »
_THEIRS = (
    r"\b(?:de|des|d'|du|chez|dans|aux?|proposee?s? par|que proposent"
    r"|qu'on (?:voit|trouve)(?: \w+)?) (?:\w+ )?"
)
_INNUENDO = (
    r"(?:(?:qui )?se reconnaitront|que je ne (?:nommerai|citerai) pas|(?:dont|que) je tairai le nom"
    r"|suivez mon regard|je ne vise personne|je ne (?:citerai|nommerai) (?:pas de noms?|personne)"
    r"|sans citer de noms?)"
)
_MOCKERY = r"(?:🙄|🤡|🤦|💀|😂|🙃|😬|🦖|\bon en reparle\b|\blol\b|\bmdr\b)"
_SCARE = r"(?:«|\") ?"
_UNSCARE = r" ?(?:»|\")"

_CONSTRUCTIONS = (
    # « X, pas les prothèses low cost qu'on voit dans certaines cliniques »: a contrastive « pas »
    # sets us against them; it does not negate the judgement.
    Construction(
        regex_cache.compile(
            rf"{_CONTRASTIVE_PAS}{_S}{{0,50}}?\b(?P<m>{_JUDGEMENT}){_S}{{0,50}}?{_THEIRS}{_TARGET}"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    Construction(
        regex_cache.compile(
            rf"{_CONTRASTIVE_PAS}{_S}{{0,50}}?{_TARGET}{_S}{{0,60}}?\b(?P<m>{_JUDGEMENT})(?!\w)"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # « méfiez-vous des dermatologues qui … », « gare aux injecteurs »: a warning aimed at them
    Construction(
        regex_cache.compile(
            rf"\b(?:mefiez-vous|mefie-toi|gare) (?:des|de ces|du|de la|aux|a la|au) {_TARGET}"
        )
    ),
    # « pas de consultation à la chaîne comme dans les grosses cliniques »: what we don't do, they do
    Construction(
        regex_cache.compile(
            rf"\bpas (?:de|d'|d'une?|des|du)\b{_S}{{0,40}}?\b(?P<m>{_JUDGEMENT}){_S}{{0,15}}?"
            rf"\bcomme (?:chez|dans|a|au|aux)?{_S}{{0,20}}?{_TARGET}"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # « 45 minutes, pas 10 comme dans les centres à la chaîne »: the contrast is the reproach
    Construction(
        regex_cache.compile(
            rf"\bpas\b{_S}{{0,30}}?\bcomme (?:chez|dans|a|au|aux)\b{_S}{{0,20}}?{_TARGET}"
            rf"{_S}{{0,40}}?\b(?P<m>{_JUDGEMENT})(?!\w)"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # scare quotes on their title, then mockery: « Les médecins « esthétiques » qui … on en reparle ? 🙄 »
    Construction(
        regex_cache.compile(
            rf"\b(?:les|ces|des|aux) (?:{_SCARE}{_TARGET}{_UNSCARE}|{_TARGET} {_SCARE}\w+{_UNSCARE})"
            rf"[^.!\n]{{0,120}}?{_MOCKERY}"
        )
    ),
    # « n'allez pas chez le Dr Morin », « n'allez surtout pas dans ce centre »: steering away
    Construction(
        regex_cache.compile(
            r"\b(?:n'allez (?:surtout |jamais )?(?:pas |plus )?|allez (?:surtout )?(?:pas|plus|jamais) )"
            rf"(?:chez|dans|a|voir) {_S}{{0,20}}?{_TARGET}"
        ),
        ignore=_NO_NEGATION,
    ),
    # innuendo: the others not named but pointed at (« certains confrères qui se reconnaîtront »,
    # « des cliniques que je ne nommerai pas », « suivez mon regard »)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}(?:\W{{0,3}})[^\n]{{0,60}}?\b{_INNUENDO}\b|\b{_INNUENDO}\b[^\n]{{0,60}}?{_TARGET}"
        ),
        ignore=_NO_NEGATION,
    ),
    # scare quotes on their title (« certains « confrères » »), or on their claims (« ma consœur …
    # communique sur ses « résultats naturels » »)
    Construction(
        regex_cache.compile(
            r"\b(?:certains|certaines|ces|nos|mes|des|les) (?:chere?s |grands |illustres )?"
            rf"{_SCARE}(?:confrere|consoeur|collegue|expert|specialiste|docteur|chirurgien)\w*{_UNSCARE}"
            # (« chez certains concurrents, le « chirurgien » qui vous opère … », « votre « expert » »)
            r"|\b(?:le|la|leur|un|une|votre|ton|ce|cette) "
            rf"{_SCARE}(?:confrere|consoeur|expert|specialiste|docteur|chirurgien|medecin|praticien)e?s?"
            # (« chez le « docteur » du salon de beauté d'en face »)
            rf"{_UNSCARE}(?= qui|,| du\b| de la\b| d'en face| d'a cote)"
            rf"|\b(?:confrere|consoeur|collegue|clinique|cabinet|centre)\w*\b{_S}{{0,80}}?\b(?:ses|leurs)"
            rf" (?:\w+ ){{0,2}}{_SCARE}[^»\"\n]{{1,40}}{_UNSCARE}"
        )
    ),
    # « je n'ai aucune leçon à recevoir d'un confrère qui … »: a colleague dismissed
    Construction(
        regex_cache.compile(
            r"\b(?:aucune|pas de|pas une) lecons? a recevoir (?:de la part )?"
            rf"(?:d'une?|de ce|de cette|de ces|des|du) (?:\w+ )?{_TARGET}"
        ),
        ignore=_NO_NEGATION,
    ),
    # « pendant que certains jouent aux influenceurs en blouse, nous on opère »
    Construction(
        regex_cache.compile(
            r"\bpendant que (?:certains|certaines|d'autres|les autres)\b"
            # (what equipment they use is a comparison, not a judgement on them)
            r"(?!(?: \w+)? (?:utilis|emploi|travaill|dispos|propos)\w* (?:encore )?(?:les|des|un|une|d'))"
            rf"{_S}{{0,80}}?[,;:]\s*"
            rf"(?:nous|moi|chez nous|ici|au cabinet)\b"
        )
    ),
    # a colleague given a name (« qualifie certains confrères de « marchands de seins » »): the
    # quotes carry the insult, they do not disown it
    Construction(
        regex_cache.compile(
            rf"\b(?:qualifi|trait|appel|surnomm)\w* (?:\w+ ){{0,4}}?{_TARGET}"
            rf" (?:de |d')(?:«|\")? ?(?P<m>{_JUDGEMENT})"
        ),
        "m",
        ignore=frozenset({"negation", "meta"}),
    ),
    # what the others keep quiet: « ce que les autres chirurgiens ne vous disent pas »
    Construction(
        regex_cache.compile(
            rf"\bce que {_S}{{0,20}}?{_TARGET} (?:ne|n') ?(?:vous |te )?(?:disent|diront|avouent|expliquent"
            r"|montrent|racontent) (?:pas|jamais)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # « des collègues qui n'auraient jamais dû toucher un nez », « il ne souhaite pas réparer leurs
    # erreurs »: the negation is part of the reproach
    Construction(
        regex_cache.compile(
            rf"{_TARGET}{_S}{{0,60}}?\bn'(?:aurai\w*|aurait) jamais du"
            r" (?:toucher|operer|injecter|exercer|approcher)"
            r"|\b(?:reparer|rattraper|corriger|reprendre) leurs"
            r" (?:erreurs|degats|ratages|betises|boulettes)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # lacks told through a negation that is the reproach (« ces dentistes-là n'ont aucune éthique »)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}{_S}{{0,60}}?\b(?:n'ont|n'a|n'avai\w+|sans) (?:plus )?"
            r"(?:aucune?|pas d'|pas de|pas la moindre|la moindre)"
            r" (?:ethique|deontologie|morale|scrupules?|conscience|competences?|formation|diplome)\b"
            # (« n'a pas tenu un bistouri depuis dix ans », « copient la technique sans la comprendre »)
            # (years without a scalpel, not « depuis sa retraite »)
            rf"|{_TARGET}{_S}{{0,80}}?\b(?:n'(?:a|ont|avait|avaient) (?:pas|plus|jamais) (?:tenu|touche)"
            r" (?:un|de|le moindre) (?:bistouri|scalpel) depuis (?:\d+|des|deux|trois|cinq|dix|quinze|vingt)"
            r" (?:ans|annees|mois)|sans (?:la|le|les|l') ?comprendre)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # the unfit told to quit without a noun for them (« certains devraient rendre leur diplôme »),
    # the same place behind every failure (« trois reprises cette semaine, toutes opérées au même
    # endroit »), a name for whoever operated (« le bricoleur qui vous a opérée »), « I would not let
    # them do it on my dog », insults under « sans doute » (no negation: « vous préférez sans doute
    # les charlatans »)
    Construction(
        regex_cache.compile(
            # (« certains patients devraient se contenter d'un traitement local » is advice)
            r"\b(?:certains|certaines|d'autres|il y en a qui)\b(?! (?:patient|client|personne|cas|gens|femme"
            r"|homme"
            r"|enfant)\w*)[^.!?\n]{0,30}?\b(?:devrai\w* (?:rendre"
            r" (?:leur|son) diplome(?! d)|changer de metier|arreter d'operer"
            # (« certains devraient peut-être se contenter des entorses »)
            r"|(?:peut-etre |plutot |donc )?(?:se contenter|s'en tenir|se limiter) (?:de|des|du|aux?)\b)"
            r"|feraient mieux de changer de metier)"
            r"|\b(?:reprises?|ratages?|complications?)\b[^\n]{0,80}?\b(?:toute?s? )?"
            r"(?:operee?s?|injectee?s?|faite?s?|traitee?s?) (?:au meme endroit|(?:par|chez) le meme"
            r" (?:(?:«|\") ?)?(?:chirurgien|medecin|praticien|confrere|cabinet|centre|injecteur))"
            # (« … au même endroit : notre bloc, en 2019 » is the author's own)
            r"(?!\W{0,3}(?:chez nous|ici|notre|nos|dans notre|au cabinet|chez moi))"
            r"|\b(?:bricoleu\w*|boucher|charlatan|amateur|apprenti[- ]sorcier)\b(?: \w+)?"
            r" qui (?:vous|t'|l'|les|m') ?(?:a|avait|ont|avaient)"
            r" (?:opere|injecte|soigne|refait|charcute|rate)"
            r"|\b(?:laisse\w*|fai\w*|confie\w*)\b[^.!?\n]{0,30}?\bsur (?:mon|ma) (?:chien|chat|pire ennemi)"
            r"|\bsans doute (?:\w+ )?(?:les|des|aux|un|une|ces)"
            r" (?:charlatan\w*|bouchers?|escroc\w*|arnaqueu\w*|apprentis?[- ]sorciers?)"
        ),
        ignore=_NO_NEGATION,
    ),
    # others' work cleaned up here, named by its flaw (« on a l'habitude de rattraper les bricolages »)
    Construction(
        regex_cache.compile(
            r"\b(?:rattrap|repar|corrig|reprend|reopere)\w* (?:les|ces|tous ces|leurs|des|de tels) (?:\w+ )?"
            r"(?:bricolages|massacres|boucheries|ratages|charcutages|carnages|catastrophes|horreurs)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # scare quotes on an act done elsewhere (« un pouce « opéré » ailleurs »), or on what they
    # claim to do (« certains cabinets du 8e qui « font de l'implantologie » le week-end »)
    Construction(
        regex_cache.compile(
            rf"{_SCARE}(?:opere|injecte|soigne|refait|repare|reconstruit|traite|greffe)e?s?{_UNSCARE}"
            r"(?: \w+)? (?:ailleurs|par|chez|dans|en turquie|en tunisie|a l'etranger|a istanbul)\b"
            rf"|{_TARGET}(?: [\w']+){{0,3}}? qui {_SCARE}(?:font|fait|pratiquent|pratique|operent|opere"
            r"|soignent|injectent|traitent)\b"
        )
    ),
    # unfit to hold the tools (« ce type ne devrait pas avoir le droit de tenir un bistouri »); their
    # volume, then ours, then innuendo (« Ils font 6 liftings par jour. Nous on en fait un. Je vous
    # laisse imaginer… »)
    Construction(
        regex_cache.compile(
            r"\b(?:type|mec|gars|monsieur|dame|celui-la|celle-la|individu|bonhomme|certains|certaines|ils"
            r"|elles|il"
            r"|elle) ne devrai\w* (?:pas|plus|meme pas|jamais) (?:avoir le droit de )?(?:tenir|toucher"
            r"|approcher"
            r"|manier)"
            r" (?:un|une) (?:bistouri|seringue|scalpel|aiguille|canule|laser)\b"
            r"|\b(?:ils|elles) (?:font|enchainent|operent|posent|injectent|voient|prennent|facturent"
            r"|recoivent)\b"
            r"[^.!?\n]{0,20}?\d+\b[^\n]{0,80}?[.;!?]\s*(?:nous|moi|chez nous|ici)\b[^\n]{0,80}?"
            r"\b(?:je vous laisse (?:imaginer|deviner|juger)|devinez (?:qui|lequel|laquelle|ou|ce qui)"
            r"|cherchez l'erreur)"
            # (« Chez eux : … \n Chez nous : … \n Devinez lequel fait des cicatrices en patchwork »)
            r"|\b(?:chez eux|la-bas)\s?:[\s\S]{0,200}?\b(?:chez nous|chez moi|ici)\b[\s\S]{0,160}?"
            r"\b(?:devinez (?:qui|lequel|laquelle|ou|ce qui)|cherchez l'erreur|je vous laisse (?:imaginer"
            r"|deviner|juger))"
            # (a « grand nom » in scare quotes, then belittled: « Grand nom, petit résultat. Je dis ça… »)
            r"|(?:«|\") ?grands? noms? ?(?:»|\")[^\n]{0,160}?\b(?:je dis (?:ca|cela),? je (?:dis|ne dis) rien"
            r"|petits? (?:resultats?|travail|talent)|on (?:repassera|a vu mieux))\b"
            # (« comment certains confrères osent encore prélever à la main »: indignation, not a question)
            rf"|{_TARGET}{_S}{{0,30}}?\bos(?:ent|e) (?:encore|toujours)\b"
        ),
        ignore=_NO_NEGATION | {"question"},
    ),
    # work done by a tradesman (« un BBL fait par un plombier », « opérée par un garagiste »)
    Construction(
        regex_cache.compile(
            r"\b(?:fait|opere|injecte|pose|realise|refait|greffe)e?s? (?:par|chez) (?:un|une|des|le|la"
            r"|ce|cette)"
            r" (?:plombier|garagiste|mecanicien|carreleur|macon|coiffeu\w+|cordonnier|veterinaire|charcutier"
            r"|bricoleur|manchot|peintre en batiment)s?\b"
        )
    ),
    # « ce que je ne ferai jamais, contrairement à une bonne partie des cliniques … : opérer après une
    # seule consultation »: their practice told as what we refuse
    Construction(
        regex_cache.compile(
            r"\bce que (?:je|nous|on) ne (?:ferai|ferons|fera|fais|faisons|fait|ferais"
            r"|ferions) (?:jamais|pas)\b"
            rf",? (?:contrairement a|a la difference de) {_S}{{0,60}}?{_TARGET}"
        ),
        ignore=_NO_NEGATION,
    ),
    # the others' faults told through a contrast (« pas comme certains qui enchaînent 8 nez par jour »,
    # « moi je ne fais pas de l'abattage à 12 patients par matinée »)
    Construction(
        regex_cache.compile(
            r"\b(?:pas comme|contrairement a|a la difference de) (?:certains|certaines|d'autres|les autres"
            rf"|(?:beaucoup|nombre|trop|bon nombre) de {_TARGET}|la plupart des {_TARGET})\b"
            rf"{_S}{{0,90}}?\b(?P<m>{_JUDGEMENT})(?!\w)"
            r"|\b(?:moi|nous),? (?:je|on|nous) (?:(?:ne|n') ?)?(?:fais|fait|faisons|pratique|pratiquons) pas"
            rf" (?:(?:de l'|du |de la |des |dans l'|dans le |dans la )?(?P<n>{_JUDGEMENT})(?!\w)"
            r"|(?:du|de l') ?(?:chiffre|volume|rendement|business|commerce|abattage)\b)"
        ),
        ignore=_NO_NEGATION,
    ),
    # scare quotes on what they publish (« les « résultats » publiés par la clinique d'en face »)
    Construction(
        regex_cache.compile(
            rf"\b(?:les|leurs|ses|des) {_SCARE}(?=[a-z])[^»\"\n]{{1,30}}?{_UNSCARE}"
            r" (?:publie|affiche|montre|vante|poste|promi)\w*"
            rf" (?:par|de|sur) (?:\w+ ){{0,2}}?{_TARGET}"
        )
    ),
    # the others named, then judged in the next sentence (« Le cabinet d'en face vous fait signer un
    # devis le jour même ? Normal, ils ont des objectifs de chiffre »), or their patients « repaired »
    # here (« la clinique d'en face … On répare ensuite chez nous 🙃 »)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}[^\n]{{0,140}}?[.?!…]\s+(?:[\w']+\s?[,!:]?\s+){{0,3}}?(?:il|elle|ils|elles|eux|son|sa"
            rf"|ses|leurs?|chez eux"
            r"|ces gens(?:-la)?|ces individus)\b"
            rf"{_S}{{0,100}}?"
            rf"\b(?P<m>{_CROSS_JUDGEMENT})(?!\w)"
        ),
        "m",
    ),
    Construction(
        regex_cache.compile(
            rf"{_TARGET}[^\n]{{0,160}}?[.?!…]\s+(?P<m>(?:on|nous) (?:les |la |le |vous )?repar\w*"
            # the repair told as what follows them, or mocked (not « nous réparons ici les fentes »)
            r" (?:(?:ensuite|apres|derriere|apres coup) (?:chez nous|ici|au cabinet)\b"
            rf"|(?:chez nous|ici|au cabinet)\W{{0,3}}{_MOCKERY}))"
        ),
        "m",
    ),
    # a failure cleaned up here after a colleague named in a sentence before (« Le Dr X … Dix ans
    # que je rattrape ses abdominoplasties »), or his patients invoked as proof (« Le Dr X ?
    # Demandez donc à ses patientes »; not when they are said to be pleased)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}[^\n]{{0,140}}?[.?!…]\s+{_S}{{0,60}}?\b(?P<m>{_CLEANUP}"
            r"|demandez (?:donc |plutot |un peu |voir )?(?:a|aux) (?:ses|leurs) (?:ancienn?e?s? )?"
            rf"(?:patient\w*|client\w*|operee?s)\b(?!{_S}{{0,40}}(?:ador|ravi|satisf|recommand|content"
            rf"|merci)))"
        ),
        "m",
    ),
    # their advice questioned, then doubted (« L'ORL d'à côté vous a dit qu'il fallait opérer ? Prenez un
    # 2e avis ici, vous seriez surpris du nombre de chirurgies évitables »)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}[^\n]{{0,140}}?\?\s+{_S}{{0,100}}?\b(?P<m>(?:chirurgies?|operations?"
            rf"|interventions?|actes)"
            r" (?:\w+ )?(?:evitables|inutiles|injustifiee?s|superflue?s))\b"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # the others left to be guessed (« Le Dr R. … Pas besoin d'en dire plus »)
    Construction(
        regex_cache.compile(rf"{_TARGET}[^\n]{{0,160}}?\b(?P<m>{_GUESS})\b"),
        "m",
        ignore=_NO_NEGATION,
    ),
    # sarcasm on the cheaper rival (« le centre d'en face l'affiche à 1 290 €. Quand c'est pas cher… »)
    Construction(
        regex_cache.compile(rf"{_TARGET}[^\n]{{0,160}}?\b(?P<m>{_CHEAP})"), "m", ignore=_NO_NEGATION
    ),
    # a place denied its name (« une clinique qui ne mérite pas ce nom »): the negation is the insult
    Construction(
        regex_cache.compile(
            rf"{_TARGET}{_S}{{0,30}}?\b(?P<m>(?:ne|n') ?meri\w* (?:pas|plus|guere)"
            r" (?:ce|son|leur|le) (?:nom|titre)"
            r"|indigne\w* de (?:ce|son|leur) (?:nom|titre))"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # what they hide for their own sake (« ce que vos dermatologues refusent de vous dire », « la
    # technique que les chirurgiens ne veulent pas que vous connaissiez »)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}(?: (?:classiques|traditionnels|conventionnels|du coin|du secteur))? (?:(?:ne"
            rf"|n') ?veulent pas que vous (?:sachiez|connaissiez|decouvriez|voyiez)"
            r"|(?:ne|n') ?(?:veulent|voudront) (?:pas|jamais) (?:voir|entendre|admettre|reconnaitre)"
            r"|refusent de (?:voir|admettre|reconnaitre)"
            r"|refusent de vous (?:dire|montrer|expliquer|reveler)|vous cach\w+)\b"
        ),
        ignore=_NO_NEGATION,
    ),
    # rhetorical questions set against them (« pourquoi payer 6 000 € chez le dentiste du coin, qui
    # vous facture … d'un autre siècle ? »): the question is the reproach
    Construction(
        regex_cache.compile(
            rf"\bpourquoi (?:payer|attendre|aller|courir|perdre)\b{_S}{{0,60}}?{_TARGET}{_S}{{0,100}}?"
            rf"\b(?P<m>{_JUDGEMENT})(?!\w)"
        ),
        "m",
        ignore=frozenset({"question"}),
    ),
    # « ailleurs … et pas le même travail, croyez-moi »: the quality denied to them
    Construction(
        regex_cache.compile(
            rf"{_TARGET}{_S}{{0,80}}?\b(?P<m>pas (?:du tout )?(?:le meme|la meme) (?:travail|qualite|niveau"
            r"|resultat|soin|suivi)s?)\b"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # the work they send us told as a business (« à ce rythme il devrait nous verser une commission »),
    # a former practitioner laughed at (« chez ton ancien dentiste 😬 »)
    Construction(
        regex_cache.compile(
            rf"{_TARGET}[^\n]{{0,160}}?\b(?P<m>(?:devrai\w*|pourrai\w*) (?:nous|me) (?:verser|payer|reverser)"
            r" (?:une )?(?:commission|pourcentage|com|ristourne))\b"
            r"|\b(?:ton|ta|votre) (?:ancien|ancienne|precedent|precedente|ex-?) ?"
            rf"{_TARGET}[^\n]{{0,40}}?{_MOCKERY}"
        ),
    ),
    # a group of them described, then laughed at (« les nutritionnistes qui te font manger des
    # graines pendant dix ans 🤡 »); the same aimed at patients is ton-inapproprie
    Construction(regex_cache.compile(rf"\b(?:les|ces|des|aux) {_TARGET} qui\b[^\n]{{0,160}}?{_MOCKERY}")),
    # insinuation: what we do, « ce qui n'est pas le cas partout » (the others are left to guess)
    Construction(
        regex_cache.compile(
            r"\b(?:chez (?:nous|moi)|ici|nous|notre|nos|mon|mes)\b[^.!?\n]{0,140}?\b(?P<m>(?:pas|loin d'etre)"
            r" (?:toujours |forcement )?le cas (?:partout|ailleurs|de tous|de toutes|chez tous"
            r"|chez tout le monde|dans toutes? les \w+))\b"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # (« si un chirurgien vous promet …, fuyez » warns about anyone who would; « le chirurgien
    # réagit : « … » » is the speaker, not the one judged)
    Construction(
        regex_cache.compile(
            rf"(?<!\bsi un )(?<!\bsi une )(?<!\bsi votre )(?<!\bsi ton ){_TARGET}"
            rf"(?! (?:\w+ )?(?:reagit|repond|retorque|declare|explique|confie|precise|ajoute)\b)"
            rf"{_S}{{0,100}}?\b(?P<m>{_JUDGEMENT})(?!\w)"
        ),
        "m",
    ),
    # « ne confiez pas votre peau à des amateurs »: the others called unfit, unnamed
    Construction(
        regex_cache.compile(
            r"\bne (?:confiez|confie|laissez|laisse) (?:pas|jamais) (?:votre|vos|ton|ta|tes)"
            r" (?:visage|corps|peau|nez|seins?|poitrine|silhouette|sante|levres|regard|ventre|cheveux|sourire"
            r"|dents)"
            r" (?:a|aux|entre les mains (?:de|d'|des)) (?:des |de |d')?(?P<m>amat(?:eur|rice)s|apprentis?\w*"
            r"|bouchers|charlatans|n'importe qui|bricoleu\w*)"
        ),
        "m",
        ignore=_NO_NEGATION,
    ),
    # (« low cost » before a target qualifies something else: « les greffes low-cost, le Dr X … »)
    Construction(regex_cache.compile(rf"\b(?!low[- ]cost)(?P<m>{_JUDGEMENT})\b{_S}{{0,60}}?{_TARGET}"), "m"),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Negative judgements about other practitioners or establishments."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
