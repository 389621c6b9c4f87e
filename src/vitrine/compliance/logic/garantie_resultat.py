"""``garantie-resultat`` as constructions: a promise about the outcome, whatever its wording.

- an outcome (« résultat », « repousse », « ton nez », « la cicatrice ») next to a certainty word
  (« garanti », « assuré », « promis », « à coup sûr », « 100 % », « pour toujours »), in any order;
- a future addressed to the reader with a flattering outcome (« vous allez retrouver un ventre
  plat », « ton nez sera parfait », « tu auras dix ans de moins »);
- the absence of any harm (« zéro effet secondaire », « plus jamais de cicatrice », « les
  complications appartiennent au passé », « cicatrice indétectable »);
- a problem removed for good (« élimine la cellulite définitivement », « votre cicatrice
  disparaîtra totalement »), an act and done (« … et c'est réglé »), a harm ruled out
  (« aucune récidive possible »);
- a refund bet on the result (« 100 % de repousse ou on vous rembourse »).

Negated promises (« aucun résultat ne peut être garanti ») are dropped by the qualifiers on the
marker; « vous ne le regretterez pas » is a promise despite its negation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import (
    Construction,
    construction_candidates,
    enclosing,
    tokens_after_cue,
    words,
)
from vitrine.compliance.logic.taglines import tagline_candidates
from vitrine.compliance.qualifiers import hypothesis_before
from vitrine.compliance.registry import Rule

_S = r"[^.!?\n]"

# What a patient hopes to get out of an act.
_OUTCOME = words(
    r"resultats?",
    r"effets?",
    r"repousse",
    r"succes|reussite|efficacite",
    # what a treatment is sold on: « densité garantie à vie », « un rajeunissement garanti »
    r"densite|rajeunissement|eclat|tenue",
    r"(?:ton|ta|tes|votre|vos|son|sa|ses|le|la|les|un|une|des) (?:nouve\w+ )?"
    r"(?:nez|poitrine|seins?|ventre|visage|peau|levres|regard|silhouette|fesses|cuisses|corps|cheveux"
    r"|cicatrices?"
    r"|oreilles|yeux|vue|vision|sourire|dents|sourcils|paupieres|cellulite|rides)",
    r"(?:une |la )?vision (?:de )?\d+/10|sans lunettes|oreilles recollees|\w+ (?:recolle|efface|corrige)e?s",
    r"des cheveux|greffons|implants?",
    # ad copy names the outcome without a determiner: « Sourire complet en 24 h, pour de bon »
    r"(?:sourire|ventre|nez|regard|vue|vision|peau|poitrine|silhouette|dentition)"
    r" (?:complet|parfait|neuf|neuve|nouveau|nouvelle|plat|net|nette|lisse|ferme|eclatant)e?s?",
)
# Words that turn an outcome into a certainty.
_CERTAIN = words(
    r"garanti\w*",
    r"assure(?:e|s|es)?",
    # « un résultat certain », not the determiner « chez certains patients »
    # (nor the pronoun « l'efficacité varie : certaines répondent »): a word after it must be a link word
    r"(?<!chez )(?<!pour )(?<!de )certaine?s?"
    r"(?!\s+(?!(?:et|ou|mais|des|a|en|pour|avec|chez|dans|sur|car|donc)\b)[a-z])",
    r"promise?s?|promis jure",
    r"a coup sur",
    r"a (?:tous les )?coups? sur",
    r"a 100\s?%|100\s?% (?:garanti|naturel|reussi|efficace|sur|parfait)\w*",
    r"pour toujours|a vie|pour la vie|pour de bon|definitivement acquis|eternel\w*",
    r"sans (?:aucun )?(?:echec|faute|risque)",
    r"infaillible\w*|immanquable\w*|inevitable\w*",
)
# Before the outcome only unambiguous words (« certains effets », « assure le suivi » are not promises).
_CERTAIN_BEFORE = words(
    r"garanti(?:e|s|es|ssons|t|ssez)?",
    r"promet\w*|promis",
    r"a coup sur",
    # « la technique vous assure un résultat définitif » (not « nous assurons le suivi »)
    r"(?:vous|t'|te) (?:l')?assur(?:e|ent|era|eront|ons)",
)
# Flattering outcomes promised in the future tense.
_FLATTERING = words(
    r"parfait\w*|impeccable\w*|magnifique\w*|sublime\w*|superbe\w*|canon|de reve|incroyable\w*|top",
    r"ventre plat|\w+ ans de moins|rajeuni\w*|transforme\w*|metamorphose\w*|comme neu\w*",
    r"resultat (?:naturel|parfait|harmonieux|spectaculaire|durable|immediat)\w*",
    r"confiance en (?:vous|toi)|jeunesse|peau de bebe|silhouette|corps de reve",
    # perfect sight: « vous repartez avec 10/10 »
    r"10/10|dix dixiemes",
)
_FUTURE = words(
    r"vous (?:allez|aurez|obtiendrez|retrouverez|serez|verrez|ressortirez|sortirez|repartirez)",
    r"(?:tu |t')(?:vas|auras|obtiendras|retrouveras|seras|verras|ressortiras|sortiras|repartiras)",
    # the present of an ad tells the same promise: « vous ressortez avec le ventre plat »
    r"(?:vous (?:ressortez|repartez|sortez)|tu (?:ressors|repars|sors)) avec",
    r"(?:ton|ta|tes|votre|vos) \w+ (?:sera|seront|va etre|vont etre)",
    r"(?:le|les|ce|ces|votre|ton) resultats? (?:sera|seront|va etre|vont etre)",
)
# Verbs that make a problem go away.
_REMOVE = words(
    r"elimin\w+|supprim\w+|effac\w+|fait disparaitre|font disparaitre|detrui\w+|gomm\w+|debarrass\w+",
    r"disparaitr(?:a|ont)|partir(?:a|ont)|s'en ira|s'en iront|regl\w+|stopp\w+",
    # « tu dis adieu aux poils pour toujours » (not a habit given up: « dites adieu au tabac »)
    r"(?:dis|dites|dire|disent) adieu (?!(?:a la |au |aux |a l')?(?:tabac|cigarettes?|clopes?|alcool))",
    # « ça retend la peau … pour toujours » (« fait fondre … définitivement » is the unvalidated
    # claim of pratique-non-validee in the corpus, not a promise)
    r"retend\w*",
    # « font taire le sifflement dès la 3e séance »
    r"(?:fait|font|fera|feront) taire",
)
# What is removed inside the body (a mechanism, not an outcome the reader sees).
_MECHANISM = (
    r"(?:(?:les |la |le |l')?(?:cellules?|toxines|retention|collagene|adipocytes|graisses?|maladies?"
    r"|pathologies?)"
    # a share of something removed is a measured mechanism (« élimine définitivement 30 % des graisses »)
    r"|\d+\s?% (?:des |de la |du |de l')?\w+)"
)
# An act, a dose or a session: « quelques unités de toxine et c'est réglé » (« un peu de contouring et
# c'est réglé » or « clap clap et hop » over a transition promise nothing about an act)
_ACT_DONE = words(
    r"unites?|seances?|injections?|piqures?|seringues?|ml|toxine|botox|acide hyaluronique|laser",
    r"peeling|fils|lipo\w*|cryo\w*|interventions?|operation|chirurgie|anesthesie|rhino\w*|blepharo\w*",
    r"lifting|greffe|implants?|facettes|prp|mesotherapie|bistouri",
)
# Words that make the removal total or final.
_FOR_GOOD = r"(?:definitivement|pour toujours|a vie|pour la vie|pour de bon|totalement|completement|a jamais)"
# Harms a promise says will not happen.
_HARM = words(
    r"effets? (?:secondaires?|indesirables?)",
    r"complications?|risques?|douleurs?|cicatrices?|bleus?|hematomes?|gonflements?|oedemes?",
    r"sequelles?|rides|cernes|bourrelets|complexes?|rechutes?|recidives?|retouches?|echecs?",
    r"convalescence|eviction sociale|downtime|temps de recuperation|suites operatoires|dangers?",
)

# What a body or a look becomes (for promises told casually).
_LOOKS = words(
    _OUTCOME,
    _FLATTERING,
    r"nez|seins?|poitrine|ventre|fesses|cuisses|jean|taille \d+|maillot|miroir|cheveux|crane|calvitie|regard",
    r"\d+ ans|kilos?",
)
# What is given back (« votre ventre d'avant, on vous le rend », « on te rend tes 20 ans »): a look,
# youth or confidence, never a document (« nous vous rendons vos résultats d'analyse »).
_GIVEN_BACK = words(
    r"(?:ton|ta|tes|votre|vos|le|la|les|son|sa|ses) (?:\w+ )?(?:nez|poitrine|seins?|ventre|visage|peau|levres"
    r"|regard|silhouette|fesses|cuisses|corps|cheveux|yeux|vue|sourire|jambes|cou|taille|jeunesse|confiance"
    r"|paupieres"
    r"|oreilles|menton|pommettes|ovale|mains|bras"
    r"|allure|eclat|fraicheur)\b(?: (?:d'avant|de (?:vos|tes|ses|leurs) (?:\d+|vingt|trente) ans|d'antan))?",
    r"(?:vos|tes|ses|leurs) (?:\d+|vingt|trente|quarante) ans",
)
_GIVE_BACK = (
    r"(?:on|nous|je) (?:vous |te |t')(?:le |la |les |l')?(?:rend|rends|rendons|rendra|rendrons|redonne\w*)"
)
# A tag that seals a claim as a certainty: « nos liftings tiennent dix ans, c'est une certitude »
_CERTAINTY_TAG = (
    r"c'est (?:une )?certitude|c'est (?:certain|garanti|assure)|soyez-en (?:sure?s?|certaine?s?)"
    r"|sans (?:aucun )?doute possible"
)
_SEALED = (
    r"(?:c'est )?promis(?: jure)?|je (?:te|vous) le (?:promets|garantis)"
    r"|c'est (?:aussi |tout )?simple (?:que ca|que cela|comme bonjour)"
)

_CONSTRUCTIONS = (
    # no feeling, no one noticing: « tu sens rien du tout », « plus personne ne voit que… »
    Construction(
        regex_cache.compile(
            r"\b(?:tu|vous|on) (?:ne |n')?(?:sens|sentez|sentirez|sentiras|sent|sentira)"
            r" (?:absolument |strictement )?(?:rien|aucune douleur)\b"
            r"|\bpersonne ne (?:voit|verra|remarque\w*|devine\w*|saura)\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    # outcome … certainty, in either order, in the same clause
    # (« fait fondre la cellulite pour de bon » states a mechanism: pratique-non-validee's claim)
    Construction(
        regex_cache.compile(rf"(?<!fondre )\b{_OUTCOME}\b{_S}{{0,40}}?\b(?P<m>{_CERTAIN})(?!\w)"), "m"
    ),
    Construction(regex_cache.compile(rf"\b(?P<m>{_CERTAIN_BEFORE})\b{_S}{{0,30}}?\b{_OUTCOME}\b"), "m"),
    # a flattering outcome promised in the future tense to the reader
    Construction(regex_cache.compile(rf"\b{_FUTURE}\b{_S}{{0,50}}?\b(?P<m>{_FLATTERING})(?!\w)"), "m"),
    # the reader's delight promised: « vous verrez, vous serez ravie » (« vous serez ravis d'apprendre
    # que… » announces news, « j'espère que vous serez ravie » hopes)
    Construction(
        regex_cache.compile(
            r"(?<!espere que )(?<!esperons que )\b(?:vous (?:serez|allez etre)|tu (?:seras|vas etre))"
            r" (?:\w+ )?(?P<m>ravie?s?|conquise?s?|enchantee?s?|comblee?s?)\b"
            r"(?! (?:de|d')\s?[a-z]+(?:er|ir|re)\b)"
        ),
        "m",
    ),
    # years given back: « le cadeau qui lui rendra 10 ans », « ça vous enlève dix ans » (a patient's
    # result shown, « rajeunies de 15 ans », is a before/after, not a promise)
    Construction(
        regex_cache.compile(
            r"\b(?:vous|lui|leur|te|t') ?(?P<m>(?:rend|rendr|redonn|enlev|ot|retir)\w*"
            r" (?:\d+|cinq|dix|quinze|vingt) ans)\b(?! (?:plus tard|apres|de suivi|d'experience|de pratique))"
            # years erased: « efface dix ans en 45 minutes » (« efface dix ans de tabac » erases a habit)
            r"|\b(?P<n>(?:efface|gomme|enleve|retire)\w* (?:\d+|cinq|dix|quinze|vingt) ans)\b"
            r"(?! (?:plus tard|apres|de |d'))"
        ),
        "m",
    ),
    # zero harm: « zéro effet secondaire », « plus jamais de bleus », « fini les cicatrices »
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>zero|0|plus jamais (?:de|d')|fini(?:e|s|es)? (?:les|la|le)|adieu (?:les|aux|a la|au)"
            rf"|bye bye (?:les)?|oubliez (?:les|la|le))\s*{_HARM}\b"
            # (« toujours zéro complication au compteur » is a track record: superlatif)
            r"(?! (?:en|depuis|sur) (?:\d|plus)"
            r"| (?:\w+ )?(?:au compteur|a ce jour|jusqu'ici|jusqu'a present))"
        ),
        "m",
    ),
    Construction(
        regex_cache.compile(
            rf"\b{_HARM}\b{_S}{{0,20}}?\b(?P<m>appartien\w* au passe|c'est (?:du passe|fini|termine)"
            r"|(?:totalement |completement )?(?:indetectables?|imperceptibles?|inexistante?s?|invisibles?))"
        ),
        "m",
    ),
    Construction(
        regex_cache.compile(
            rf"\b{_HARM}\b{_S}{{0,20}}?\b(?P<m>n'existe\w* plus|ne (?:se )?ver\w+ (?:plus|pas|jamais))"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # a result that lasts, told as a certainty: « ils dureront toute votre vie », « le résultat tient
    # 10 ans minimum », « ça ne bouge plus », « ils ne tomberont plus jamais »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:dureront|tiendront|garderont|garderez|garderas|resteront)"
            r" (?:toute (?:votre|ta|leur|la) vie|a vie|pour toujours|pour la vie)"
            r"|(?:dur|tien)\w* (?:\d+|dix|quinze|vingt) ans (?:minimum|au moins|sans bouger))\b"
        ),
        "m",
    ),
    # the negation is the promise: « ils ne tomberont plus jamais », « ça ne bouge plus »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>ne (?:repoussent|repousseront|tomberont|retomberont|bougeront) (?:plus )?jamais"
            r"|(?:(?:ca|cela|il|elle|ils|elles|le resultat) ne bouge(?:nt|ra|ront)? plus"
            r"|ne bouger(?:a|ont) plus)"
            # (« … ne bougera plus après un an » tells when the result settles, not a promise)
            r"(?! (?:apres|au-dela|passe|a partir|au bout|des lors))"
            # never again, in the future: « vous ne verrez plus jamais vos poches », « vos taches ne
            # reviendront jamais »
            r"|(?:vous|tu) ne (?:verrez|verras|perdrez|perdras|souffrirez|souffriras|aurez|auras) plus jamais"
            # weight or a flaw never coming back: « vous ne reprendrez jamais de poids »
            r"|(?:vous|tu) ne (?:reprendrez|reprendras|regrossirez|regrossiras|rechuterez|rechuteras)"
            r" (?:plus )?jamais"
            r"|(?:vous|tu) n'(?:aurez|auras) plus jamais"
            r"|ne (?:reviendront|repousseront|reapparaitront) (?:plus )?jamais)\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # « c'est fini pour de bon », « c'est réglé à vie »
    Construction(regex_cache.compile(rf"\b(?P<m>c'est (?:fini|termine|regle|gagne) {_FOR_GOOD})\b"), "m"),
    # an elliptic zero harm after a claim: « …, pas un bleu, personne ne saura »
    Construction(
        regex_cache.compile(
            r"(?:^|[,;:!…=]\s*|,? et )(?P<m>pas (?:un|une|de|d') ?(?:seul(?:e)? )?"
            r"(?:bleu|hematome|cicatrice|trace|marque|douleur|gonflement|oedeme)s?)\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # « ça fait jamais mal, jamais »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:ne )?(?:fait|font|fera|feront) (?:jamais|absolument pas|strictement pas) mal)\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # a scar that will become invisible: « votre cicatrice d'abdominoplastie deviendra invisible »
    Construction(
        regex_cache.compile(
            rf"\b{_HARM}\b{_S}{{0,40}}?\b(?:deviendra|deviendront|devient|deviennent|sera|seront|restera"
            r"|resteront) (?:tout simplement |tout bonnement |carrement )?"
            r"(?P<m>(?:totalement |completement |parfaitement )?"
            r"(?:invisibles?|indetectables?|imperceptibles?))"
        ),
        "m",
    ),
    # all grafts or all cases: « 100 % des greffons qui prennent »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>100\s?% des (?:greffons|implants|cheveux|injections|seances|resultats))\b"
        ),
        "m",
    ),
    # a free redo if the result disappoints: « si le résultat ne correspond pas, nous reprenons gratuitement »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:reprenons|reprend|reprendrons|reoperons|retouchons|refaisons|corrigeons|referons)"
            r" (?:[\w']+ ){0,2}(?:gratuitement|sans frais|a nos frais)"
            r"|(?:reprise|retouche|reintervention)s? (?:\w+ )?(?:gratuite|offerte)s? (?:si|en cas)\b"
            r"|(?:nous nous |on s'|je m')engag\w* (?:sur|a obtenir) (?:le|un|votre|ton) resultat)"
        ),
        "m",
        frozenset({"hypothesis", "negation"}),  # the condition is the guarantee itself
    ),
    # an outcome, then a commitment: « un front lisse pendant des années, on s'y engage »
    Construction(
        regex_cache.compile(
            rf"\b(?:{_OUTCOME}|{_FLATTERING}|lisses?|fermes?|plats?|rajeuni\w*)\b{_S}{{0,60}}?"
            r"(?P<m>(?:on s'|nous nous |je m')y engag\w*)"
        ),
        "m",
    ),
    # a harm asked then dismissed: « Les bleus ? Inexistants. », « La douleur ? Zéro. »
    Construction(
        regex_cache.compile(
            rf"\b{_HARM}\s?[?:]\s*(?P<m>(?:totalement |quasi )?"
            r"(?:inexistante?s?|zero|aucune?|nulle?s?|invisibles?|oubliee?s?))\b"
        ),
        "m",
    ),
    # a problem removed for good: « élimine la cellulite définitivement », « disparaîtra totalement »
    # (what is removed inside the body, « élimine les toxines définitivement », is a mechanism told
    # as a fact: pratique-non-validee's claim, not a promise about what the reader will see)
    Construction(
        regex_cache.compile(
            rf"\b{_REMOVE}\b(?! {_MECHANISM}){_S}{{0,40}}?\b(?P<m>{_FOR_GOOD})\b(?! {_MECHANISM})"
        ),
        "m",
    ),
    # the same with a « sans » on the way (« retend la peau, sans chirurgie et pour toujours »): the
    # « sans » belongs to the act, not to the promise, so negation does not apply
    Construction(
        regex_cache.compile(rf"\b(?P<m>{_REMOVE}\b{_S}{{0,40}}?\bsans \w+ et {_FOR_GOOD})\b"),
        "m",
        frozenset({"negation"}),
    ),
    # an effect promised after a set number of sessions: « efface les vergetures en 6 séances »,
    # « repousse visible dès la 2e séance » (hedged sentences are dropped in :func:`find`)
    Construction(
        regex_cache.compile(
            rf"\b(?:{_REMOVE}|visibles?|repousse (?:des|de vos|de tes) cheveux|{_FLATTERING}"
            rf"|(?:re)?dessine\w*"
            r"|sculpte\w*|corps d'athlete)\b"
            rf"{_S}{{0,40}}?"
            r"\b(?P<m>(?:en|des (?:la|le)) (?:\d+e?|une|deux|trois|quatre|cinq|six|premiere|deuxieme|seconde"
            r"|troisieme|1re|1ere) (?:seules? )?(?:seances?|interventions?|operations?))\b(?! (?:ou|a) )"
        ),
        "m",
    ),
    # uncertainty waved away: « pas de « peut-être », pas de « ça dépend » »
    Construction(
        regex_cache.compile(r"\b(?P<m>pas de «?\s?(?:peut-etre|ca depend|si)\s?»?)(?!\w)"),
        "m",
        frozenset({"negation", "meta"}),
    ),
    # two « sans » in a row, the second on a harm (« sans lame et sans douleur »): the first one is
    # not a negation of the promise
    Construction(
        regex_cache.compile(rf"\b(?P<m>sans \w+ (?:et|ni) sans (?:aucune? )?{_HARM})(?!\w)"),
        "m",
        frozenset({"negation"}),
    ),
    # the result itself declared final: « le résultat est naturel et définitif »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:le|les|votre|vos|ton|tes) resultats? (?:est|sont|sera|seront) (?:\w+ et )?"
            r"(?:definitifs?|permanents?|irreversibles?|garantis?)\b)"
        ),
        "m",
    ),
    # (« détruit les cellules à jamais et retend la peau »: after « et » a new clause begins)
    Construction(regex_cache.compile(rf"\b(?P<m>{_FOR_GOOD})\s+(?!et\b)(?:\w+\s+)?{_REMOVE}"), "m"),
    # the result told to match a simulation or a picture: « le résultat sera exactement celui de la
    # simulation », « vos seins seront identiques à la projection 3D »
    Construction(
        regex_cache.compile(
            r"\b(?:le|les|votre|vos|ton|tes) (?:\w+ )?(?:resultats?|\w+) (?:final |finaux )?"
            r"(?:sera|seront|va etre|vont etre)"
            r" (?P<m>(?:exactement |strictement |parfaitement |rigoureusement )?"
            r"(?:celui|ceux|celle|celles|identiques?|conformes?|fideles?|le meme|la meme|les memes|pareils?)"
            r" (?:de|du|des|a|au|aux|que) (?:la |le |l'|votre |vos |ta |ton |ce |cette )?"
            r"(?:simulation|projection|modelisation|image|photo|logiciel|scanner|maquette|imagerie)\w*)"
        ),
        "m",
    ),
    # a future addressed to the reader made permanent: « votre ventre sera définitivement plat »
    Construction(regex_cache.compile(rf"\b{_FUTURE}\b{_S}{{0,20}}?\b(?P<m>{_FOR_GOOD})\b"), "m"),
    Construction(regex_cache.compile(r"\b(?P<m>c'est (?:pour (?:la vie|toujours|de bon)|a vie))\b"), "m"),
    # freed from an aid for good: « plus jamais besoin de lunettes »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:plus jamais|jamais plus|plus"
            # « avec nous vous n'aurez jamais besoin de retouche »
            r"|(?:vous|tu) n'(?:aurez|auras|avez|as)(?: plus| pas)?(?: jamais)?) besoin (?:de |d')\s?"
            r"(?:lunettes|lentilles|correcteur|maquillage|retouches?|perruque|complements?"
            r"|reprises?|reoperation|seconde intervention|deuxieme intervention"
            # (« pas besoin de revenir pour les fils » is logistics: only a bare « revenir » promises)
            r"|revenir(?=\s*(?:[.!…]|$))))\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # an outcome told to the reader, sealed by a promise or « that simple »: « tu remets ton jean
    # taille 36 en 15 jours, promis », « dans 12 mois tu te regarderas avec des cheveux, c'est aussi
    # simple que ça »
    Construction(
        regex_cache.compile(
            rf"\b(?:tu|vous|t')\b{_S}{{0,60}}?\b{_LOOKS}\b{_S}{{0,60}}?[,:]?\s(?P<m>{_SEALED})"
            r"(?=\s*(?:[!.…]|$|[^\w\s]))"
        ),
        "m",
    ),
    # an act and done: « quelques unités de toxine et c'est réglé »
    Construction(
        regex_cache.compile(
            rf"\b{_ACT_DONE}(?: [\w']+){{0,4}} "
            r"(?P<m>et (?:c'est|tout est) (?:regle|fini|termine|reparti)|et le tour est joue|et hop)\b"
        ),
        "m",
    ),
    # a harm ruled out: « aucune récidive possible »
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>(?:aucune?|zero|pas de|plus de) {_HARM})"
            r" (?:n'est )?(?:possible|a craindre|a prevoir)\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # a look or youth given back by the practice: « votre ventre d'avant, on vous le rend »
    Construction(regex_cache.compile(rf"\b(?P<m>{_GIVE_BACK})\b\s?{_GIVEN_BACK}"), "m"),
    Construction(regex_cache.compile(rf"\b{_GIVEN_BACK}{_S}{{0,30}}?[,:]\s*(?P<m>{_GIVE_BACK})\b"), "m"),
    # the aftermath waved away: « vous reprenez votre vie comme si de rien n'était », « le lendemain,
    # vous n'y pensez plus », « on en ressort comme de chez le coiffeur » (« des confrères continuent
    # d'opérer comme si de rien n'était » is about others: the reader must be the subject)
    Construction(
        regex_cache.compile(
            r"\b(?:vous|tu|on)\b[^.!?\n]{0,60}?\b(?P<m>comme si de rien n'etait)"
            r"|\b(?P<n>(?:vous|tu) n'y (?:pensez|penses|penserez|penseras) (?:deja |meme )?plus)\b(?!\s*\?)"
            r"|\b(?:ressor|repar|sor)\w* comme (?:d'une?|de|apres une?|en sortant d'une?|au sortir d'une?)\s?"
            r"(?:\w+ ){0,2}(?P<o>chez (?:le coiffeur|l'estheticienne|la manucure|le dentiste)"
            r"|(?:seance|soin) (?:de manucure|du visage|d'estheticienne))\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # a claim about the outcome sealed as a certainty: « nos liftings tiennent dix ans, c'est une certitude »
    Construction(
        regex_cache.compile(
            rf"\b(?:{_OUTCOME}|{_ACT_DONE}|(?:tien|dur)\w* (?:\d+|cinq|dix|quinze|vingt) ans)\b{_S}{{0,60}}?"
            rf"[,:]\s*(?P<m>{_CERTAINTY_TAG})(?=\s*(?:[.!,;…]|$))"
        ),
        "m",
    ),
    # the result shown from the first moment, as a fact: « résultat visible dès le réveil » (a hedged
    # « premier aperçu », « partiellement », « résultat définitif à six mois » describes the healing)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>resultats? (?:\w+ )?(?:visibles?|immediats?|spectaculaires?)"
            r" (?:des|a) (?:le |la |l')?"
            r"(?:reveil|sortie|lendemain|premier jour|premiere heure|fin de (?:la|l'))\w*)"
            r"(?![^.!?\n]{0,60}\b(?:partiel\w*|en partie|apercu|definitif a|final a|oedeme|gonflement))"
        ),
        "m",
    ),
    # an outcome promised whatever happens (« la presbytie apparaîtra quoi qu'il arrive » is a fact
    # about ageing, not a promise)
    Construction(regex_cache.compile(rf"\b{_LOOKS}\b{_S}{{0,50}}?\b(?P<m>quoi qu'il arrive)\b"), "m"),
    # a condition or an aid gone for good: « plus jamais d'otite », « fini la prothèse », « adieu les
    # lunettes » (an inflammation named by its « -ite » is a condition, not a harm of the act)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:plus jamais|jamais plus) (?:de |d')\s?(?:\w+ites?|angines?|crises?|migraines?"
            r"|lunettes|lentilles|loupes?"
            r"|poussees?|boutons|ronflements?|apnees?|maux de \w+|mal (?:au|aux|de) \w+)"
            r"|(?:fini(?:e|s|es)?|adieu|bye bye) (?:les |la |le |l'|aux |a la |au )\s?(?:protheses?|lunettes"
            r"|lentilles|operations?|chirurgies?|bistouri|regimes?|perruques?|medicaments?|cachets|traitements?))\b"
        ),
        "m",
    ),
    # a result without the effort it takes: « sans sport ni régime »
    Construction(
        regex_cache.compile(
            r"(?<!meme )\b(?P<m>sans (?:sport|regime|effort|privation)s? (?:ni|et sans) (?:sport|regime"
            r"|effort|privation)s?)\b"
            # (« même sans sport ni régime, le poids peut rester stable » describes a possibility)
            r"(?![^.!?\n]{0,60}\b(?:peut|peuvent|pourra\w*|possible)\b)"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # pain asked about then answered by an emphatic nothing: « si ça pique ? … Rien. Nada. Zéro. »
    Construction(
        regex_cache.compile(
            r"\b(?:pique\w*|fait mal|faire mal|douleur|douloureu\w*|brule\w*)\b[^\n]{0,100}?"
            r"(?P<m>\b(?:rien|nada|zero|que dalle|nothing)[.!…]+\s*(?:rien|nada|zero|que dalle|nothing)\b)"
        ),
        "m",
        frozenset({"negation", "question", "hypothesis"}),  # « si ça pique » asks, it does not suppose
    ),
    # a lasting mark told to vanish entirely: « d'ici 3 mois elle aura totalement disparu », « vos
    # vergetures seront complètement effacées » (a swelling or bruises that resolve is healing, not a
    # promise; a hedged sentence is dropped in :func:`find`)
    Construction(
        regex_cache.compile(
            r"\b(?:cicatrices?|marques?|traces?|taches|vergetures|rides|cernes|cellulite|cicatrice\w*)\b"
            r"[^.!?\n]{0,60}?\b(?P<m>(?:aura|auront|sera|seront) (?:totalement|completement|entierement"
            r"|definitivement|tout a fait|integralement) (?:disparue?s?|effacee?s?|invisibles?|gommee?s?))"
            r"(?!\w)"
        ),
        "m",
    ),
    # a flattering outcome from the very next day, as ad copy: « Vue parfaite dès le lendemain matin »,
    # « peau lisse dès la sortie » (a hedged « souvent », « chez la plupart » informs)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:vue|vision|sourire|peau|ventre|nez|regard|visage|poitrine|resultat)s?"
            r" (?:\w+ )?(?:parfaite?s?|nette?s?|impeccables?|lisses?|plats?|sublimes?|definitifs?|10/10)"
            r" (?:des|a) (?:le |la |l')?(?:lendemain|reveil|sortie|premier jour|j1|j\+1)\w*)"
            r"(?![^.!?\n]{0,60}\b(?:souvent|parfois|generalement|la plupart|certains|en partie|partiel\w*))"
        ),
        "m",
    ),
    # the outcome announced as what the reader will get: « Un nez fin, droit, naturel : c'est ce que vous
    # obtiendrez »
    Construction(
        regex_cache.compile(
            rf"\b{_LOOKS}\b{_S}{{0,60}}?\b(?P<m>c'est (?:exactement |precisement |tout )?ce que (?:vous|tu)"
            r" (?:obtiendrez|obtiendras|aurez|auras|allez (?:obtenir|avoir)|vas (?:obtenir|avoir)"
            r"|retrouverez|retrouveras))\b(?! a )"
        ),
        "m",
    ),
    # the only sensation promised: « vous ne sentirez qu'une légère chaleur » (a restriction, not a
    # negation; « dans la plupart des cas » hedges it)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:vous|tu) ne (?:sentirez|sentiras|ressentirez|ressentiras|sentez|ressentez)"
            r" (?:rien d'autre |rien de plus )?qu'une? (?:legere?|petite?|simple|vague|infime|minuscule)s?)\b"
            r"(?![^.!?\n]{0,60}\b(?:plupart|souvent|generalement|en general|parfois|certain\w*))"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # failure ruled out by the offer: « Vous ne pouvez pas perdre ! »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:vous|tu) ne (?:pouvez|peux|pourrez|pourras) (?:pas|jamais) perdre)\b"
        ),
        "m",
        frozenset({"negation", "hypothesis"}),  # (« si ça ne marche pas, … » is the bet itself)
    ),
    # a refund bet on the result
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:ou|sinon) (?:on |nous |je )(?:vous |te )?rembourse\w*"
            r"|(?:ou|sinon) rembourse\w*(?!\w)(?! (?:par|partiellement|en partie))"
            r"|satisfaite?s? ou (?:rembourse|re-?traite|reopere|retouche|re-?injecte|repris)\w*)"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # the refund answering a disappointment: « Pas contente du résultat ? On vous rembourse. »
    Construction(
        regex_cache.compile(
            r"\b(?:pas|plus|non|in)\s?(?:contente?|satisfaite?|convaincue?|ravie?)s?\b[^.!\n]{0,40}?[?,:]\s*"
            r"(?P<m>(?:on|nous|je) (?:vous |te )?rembours\w*)"
            r"|\b(?:decue?|mecontente?)s?\b[^.!\n]{0,40}?[?,:]\s*"
            r"(?P<n>(?:on|nous|je) (?:vous |te )?rembours\w*)"
        ),
        "m",
        frozenset({"negation", "question", "hypothesis"}),
    ),
    # implants that will never need replacing: « prothèses posées chez nous = aucun changement à prévoir »
    Construction(
        regex_cache.compile(
            r"\b(?:protheses?|implants?)\b[^.!?\n]{0,40}?\b(?P<m>(?:aucun|zero|jamais de|pas de)"
            r" (?:changement|remplacement|renouvellement)s?"
            r"|(?:ne|n')(?: \w+)? (?:jamais|plus) (?:a |besoin d'etre )?(?:changee?s?|remplacee?s?))\b"
            r"(?! (?:de (?:traitement|pansement|rendez-vous|date)|d'horaire))"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # a harm ruled out in the future, then sworn: « ça ne s'infectera pas, je vous l'assure »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:ne|n')\s?(?:se |s')?\w+(?:era|eras|erez|eront|ira|iront|dra|dront)"
            r" (?:pas|jamais|plus)\b[^.!?\n]{0,20}?,?\s(?:je (?:vous|te) l'assure|je (?:vous|te) le"
            r" (?:garantis|promets|jure)|promis(?: jure)?|c'est (?:sur|certain|garanti))\b)"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # back to work at once, and nothing else: « tu rentres chez toi, tu reprends le boulot lundi.
    # C'est tout. »
    Construction(
        regex_cache.compile(
            r"\b(?:tu|vous) (?:reprends|reprenez|retournes|retournez|retrouves|retrouvez)\b(?: [\w']+){0,3}"
            r" (?:boulot|travail|taf|sport|activites?|vie)\b[^.!?\n]{0,30}?[.!,]\s*"
            r"(?P<m>c'est tout|point barre|et voila|rien de plus)\b"
        ),
        "m",
    ),
    # a result timed to the clock: « les injections qui font fondre le ventre en 4 mois, chrono en main »
    Construction(
        regex_cache.compile(
            r"\ben (?:\d+|une?|deux|trois|quatre|cinq|six|huit|dix) (?:jours|semaines|mois|heures|seances)\b"
            r"[^.!?\n]{0,20}?(?P<m>(?:chrono|montre|calendrier) en main)\b"
        ),
        "m",
    ),
    # nothing left of what is removed: « 4 à 6 passages de picoseconde et il n'en reste RIEN »
    Construction(
        regex_cache.compile(
            r"\b(?:seances?|passages?|laser|picoseconde|injections?|traitement|detatouage)\b[^.!?\n]{0,60}?"
            r"\b(?P<m>il n'en (?:reste|restera) (?:plus )?(?:rien|aucune trace))\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # a flaw gone in a set number of sessions: « Plus de veines en 2 séances, naturellement »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:plus|fini(?:e|s|es)?|adieu) (?:de |d'|les |la |le |aux )\s?(?:\w+ )?"
            r"(?:veines|varices|varicosites|rides|taches|cellulite|poils|cernes|poches|boutons|acne|rougeurs"
            r"|couperose|vergetures|bourrelets|capitons|tatouages?|cicatrices|kilos|sifflements?)"
            r"\b[^.!?\n]{0,20}?\ben (?:\d+|une|deux|trois|quatre|cinq|six) (?:seules? )?seances?)\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
    # an act sold on its lasting effect: « un lifting sans chirurgie aux effets définitifs »
    Construction(
        regex_cache.compile(
            r"\b(?:aux|a l'|avec des|avec un)"
            r" (?P<m>(?:effets?|resultats?) (?:\w+ )?(?:definitifs?|permanents?))\b"
        ),
        "m",
        frozenset({"negation"}),  # (the « sans » of « sans chirurgie » belongs to the act)
    ),
    Construction(
        regex_cache.compile(
            r"\b(?P<m>100\s?% de (?:repousse|reussite|succes|efficacite|resultats?|guerison|prise|tenue"
            r"|correction))\b"
        ),
        "m",
    ),
    # « vous ne le regretterez pas »: a promise despite its negation
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:vous|tu) ne (?:le |la |les )?(?:regretterez|regretteras) (?:pas|jamais))\b"
        ),
        "m",
        frozenset({"negation"}),
    ),
)


def _quoted(text: str, start: int, end: int) -> bool:
    """The whole promise sits between quotes (« « zéro cicatrice », méfiez-vous »): a mention.

    The qualifiers judge only the marker (« garanti »), which never touches the quotes.
    """
    before, after = text[max(start - 3, 0) : start].rstrip(), text[end : end + 3].lstrip()
    if _AD_COPY.search(_fold(text[max(start - 40, 0) : start])):
        return False
    if _CLAIMED.search(_fold(text[max(start - 160, 0) : start])) and _CLAIM_END.match(text, end):
        return False
    return bool(before and after and before[-1] in '«"“' and after[0] in '»"”')


# A doctor's claim reported with its words quoted: « le Dr X assure que ses patientes sortent « sans
# aucune douleur » »
_CLAIMED = regex_cache.compile(
    r"\b(?:dr|docteur|pr|professeur|chirurgien(?:ne)?|praticien(?:ne)?)\b[^«»\n.!?]{0,40}?"
    r"\b(?:assure|affirme|promet|garanti|jure|declare|annonce|certifie)\w* (?:que|qu')"
    r"[^«»\n.!?]{0,80}[«\"“]\s*$"
)
# (the quoted words end the clause: « … « zéro cicatrice » sont mensongères » makes them a subject)
_CLAIM_END = regex_cache.compile(r"\s*[»\"”]\s*(?:[.,;:!?…]|et\b|$)")
# Quoted ad copy is the promise itself: « bannières « résultat à vie » », « slogan : « … » »
_AD_COPY = regex_cache.compile(
    r"\b(?:bannieres?|slogans?|accroches?|annonces?|affiches?|visuels?|taglines?|publicites?"
    r"|pubs?)\s*:?\s*[«\"“]\s*$"
)


def _hypothetical(context: Context, candidate: Candidate) -> bool:
    """A real hypothesis before the candidate (``qualifiers.hypothesis_before``), spaCy asked
    only when the line holds a cue."""
    tokens = tokens_after_cue(context, candidate.start)
    return tokens is not None and hypothesis_before(tokens)


def promise_candidates(
    context: Context, rule: Rule, constructions: tuple[Construction, ...]
) -> list[Candidate]:
    """``construction_candidates`` with the hypothesis judged by :func:`_hypothetical`."""
    if "hypothesis" not in rule.qualifiers:
        return construction_candidates(context, rule, constructions)
    conditional = tuple(c for c in constructions if "hypothesis" in c.ignore)
    found = construction_candidates(context, rule, conditional)
    without = replace(rule, qualifiers=rule.qualifiers - {"hypothesis"})
    others = tuple(c for c in constructions if c not in conditional)
    for candidate in construction_candidates(context, without, others):
        if any(c.start < candidate.end and c.end > candidate.start for c in found):
            continue
        if not _hypothetical(context, candidate):
            found.append(candidate)
    return found


# A doctor's own words in quotes (« Dr X : « … » », « « … », affirme le Dr X »): an interview or a
# press quote is the doctor's communication, not a patient's testimonial nor a mention of a phrase.
_DOCTOR = r"(?:dr|docteur|pr|professeur|chirurgien(?:ne)?|praticien(?:ne)?)"
_DOCTOR_QUOTE = regex_cache.compile(
    rf"\b{_DOCTOR}\b(?:(?![.!?]\s|patient|client|message|avis|temoign|ecri|lettre"
    rf"|commentaire)[^«»\n]){{0,80}}:"
    r"\s*(?P<a>«[^»\n]{1,600}»)"
    r"|(?P<b>«[^»\n]{1,600}»),?\s*(?:affirme|explique|declare|assure|precise|confie|ajoute|souligne|martele"
    rf"|insiste|indique|raconte|promet|lance|resume|poursuit|conclut|reconnait|estime|rappelle)\w*\s+(?:le"
    rf"|la)\s+{_DOCTOR}\b"
    # the doctor's claim reported with a quoted part: « le Dr X assure que ses patientes sortent
    # « sans aucune douleur » »
    rf"|\b{_DOCTOR}\b[^«»\n.!?]{{0,40}}?\b(?:assure|affirme|promet|garanti|jure|declare|annonce|certifie)\w*"
    r" (?:que|qu')[^«»\n.!?]{0,80}?(?P<d>«[^»\n]{1,600}»)(?=\s*(?:[.,;:!?…]|et\b|$))"
)
# A press text that is one quote from end to end is the interviewee's answer: the doctor's own words.
_WHOLE_QUOTE = regex_cache.compile(r"\A\s*(?P<c>«[^«»]{1,1200}»)\s*\Z")
_TRIGGERS: dict[str, tuple[Construction, ...]] = {}


def _doctor_quotes(context: Context) -> list[tuple[int, int, bool]]:
    """Folded spans of the doctor's own quoted words, and whether the quote is a claim reported
    (« le Dr X assure que … « … » »), where the quoted words are no mere mention either."""
    folded = context.folded.text
    spans = [(*m.span(g), g == "d") for m in _DOCTOR_QUOTE.finditer(folded) for g in "abd" if m.group(g)]
    whole = _WHOLE_QUOTE.match(folded) if context.channel == "presse" else None
    if whole and not any(low <= whole.start("c") < high for low, high, _ in spans):
        spans.append((*whole.span("c"), False))
    return spans


def doctor_quote_candidates(
    context: Context, rule: Rule, constructions: tuple[Construction, ...]
) -> list[Candidate]:
    """The rule's constructions and regex triggers read inside the doctor's own quoted words.

    The exceptions that only say « this is a quotation » (they match the whole quote) and the
    reported-speech qualifier are lifted there: the quotation marks do not distance the doctor
    from what the doctor says.
    """
    folded = context.folded.text
    if "«" not in folded:
        return []
    found: list[Candidate] = []
    for low, high, claimed in _doctor_quotes(context):
        quote = folded[low:high]
        lifted = replace(
            rule,
            exceptions=tuple(e for e in rule.exceptions if not e.fullmatch(quote)),
            qualifiers=rule.qualifiers - ({"reported", "meta"} if claimed else {"reported"}),
        )
        if lifted == rule:
            continue
        if rule.id not in _TRIGGERS:
            _TRIGGERS[rule.id] = tuple(Construction(t.pattern) for t in rule.triggers if t.kind == "regex")
        start, end = context.plain_span(low, high)
        for candidate in promise_candidates(context, lifted, constructions + _TRIGGERS[rule.id]):
            if start <= candidate.start and candidate.end <= end:
                found.append(candidate)
    return found


# A question the doctor says is often asked, then answered (« On me demande souvent pourquoi … :
# parce qu'avec nous vous n'aurez jamais besoin de retouche »): the answer is the doctor's own claim,
# not a mention of the asked words, so the « meta » qualifier (« on me demande ») does not apply after
# « parce que ».
_ANSWERED = regex_cache.compile(
    r"\b(?:on (?:me|nous) (?:demande|pose)|vous (?:me|nous) (?:demandez|posez)|on m'a demande)\b"
    r"[^\n]{0,200}?\b(?P<a>parce (?:que|qu')|la reponse est simple)"
)


def answered_candidates(
    context: Context, rule: Rule, constructions: tuple[Construction, ...]
) -> list[Candidate]:
    """Candidates in the answer to an asked question, read without the « meta » qualifier."""
    if "meta" not in rule.qualifiers:
        return []
    folded = context.folded.text
    answers = []
    for match in _ANSWERED.finditer(folded):
        end = folded.find("\n", match.end("a"))
        answers.append(context.plain_span(match.start("a"), len(folded) if end == -1 else end))
    if not answers:
        return []
    lifted = replace(rule, qualifiers=rule.qualifiers - {"meta"})
    return [
        c
        for c in promise_candidates(context, lifted, constructions)
        if any(low <= c.start and c.end <= high for low, high in answers)
    ]


# An effect « en 6 séances » is information when the sentence hedges it (« en moyenne », « chez
# certains patients », « de 3 à 6 séances »).
_SESSIONS = regex_cache.compile(
    # (a mark gone for good or a perfect sight the next day, told « in most cases », informs as well)
    r"\b(?:seances?|interventions?|operations?|lendemain|reveil|disparue?s?|effacee?s?)\b"
)
_HEDGE = regex_cache.compile(
    r"\b(?:en moyenne|souvent|parfois|generalement|en general|habituellement|environ|plusieurs|peut|peuvent"
    r"|selon|certain\w*|la plupart|variable\w*)\b"
)


def _sentence(context: Context, candidate: Candidate, before: int = 0) -> str:
    """The folded rough sentence (between ``.!?`` and line breaks) around the candidate, with
    ``before`` more characters ahead of it."""
    text = context.plain.text
    low, high = enclosing(text, candidate.start, candidate.end)
    return _fold(text[max(low - before, 0) : high])


def _hedged_sessions(context: Context, candidate: Candidate) -> bool:
    if not _SESSIONS.search(_fold(context.plain.text[candidate.start : candidate.end])):
        return False
    return bool(_HEDGE.search(_sentence(context, candidate)))


# An effect claimed for an unvalidated remedy (« nos séances d'exosomes effacent totalement les
# cicatrices », « le PRP régénère vos cellules et stoppe définitivement la chute ») is an unconfirmed
# claim presented as established: ``pratique-non-validee``, not a promise about an act (labels of the
# eleventh and thirteenth batches). The absence of harm (« exosomes : zéro effet secondaire ») stays.
_UNVALIDATED_AGENT = regex_cache.compile(
    r"\b(?:exosomes?|prp|plasma riche|cellules souches|ozone\w*|carboxytherapie|mesotherapie|gelules?"
    r"|complements? alimentaires?|collagene (?:marin|buvable|hydrolyse)|huiles? essentielles?|homeopath\w*"
    r"|granules|aimants?|detox\w*|regener\w* (?:vos|les|tes|la|votre) (?:cellules|tissus)"
    # devices and gentle methods sold as cures: « la cryothérapie du visage … dès la première séance »
    r"|cryo(?:therapie|lipolyse)?|laser froid|lipolaser|hypnose|sophro\w*|photobiomodulation|auriculo\w*"
    r"|acupuncture"
    r"|rajeunissement (?:vaginal|intime))\b"
)
# The claim told as established (« c'est scientifiquement prouvé », « LA révolution anti-chute »): the
# effect beside it is that claim, whatever the remedy.
_ESTABLISHED = regex_cache.compile(
    r"(?<!pas )(?<!jamais )\b(?:scientifiquement|cliniquement) (?:prouve|demontre)e?s?\b"
    r"|\bc'est (?:prouve|demontre)\b|\b(?:la|une) revolution\b"
)

_REMOVAL = regex_cache.compile(rf"\b{_REMOVE}")
# (timed in a count of sessions, the effect is a promise about the act: « la carboxythérapie élimine la
# cellulite définitivement en 5 séances »)
_REGENERATION = regex_cache.compile(r"\bregener\w*|\breprogramm\w*")
_COUNTED_SESSIONS = regex_cache.compile(r"\ben (?:\d+|une?|deux|trois|quatre|cinq|six|dix) seances?\b")


# The mark named in the sentence before, then a pronoun: « votre cicatrice … Rassurez-vous, d'ici 3 mois
# elle aura totalement disparu » (read only when a mark is named in the 160 characters before it).
_VANISHED_PRONOUN = Construction(
    regex_cache.compile(
        r"\b(?:elle|elles) (?P<m>(?:aura|auront|sera|seront) (?:totalement|completement|entierement"
        r"|definitivement|tout a fait|integralement) (?:disparue?s?|effacee?s?|invisibles?|gommee?s?))(?!\w)"
    ),
    "m",
)
_MARK_BEFORE = regex_cache.compile(r"\b(?:cicatrice\w*|marques?|taches|vergetures)\b")


def _vanished_mark(context: Context, rule: Rule) -> list[Candidate]:
    text = context.plain.text
    return [
        c
        for c in promise_candidates(context, rule, (_VANISHED_PRONOUN,))
        if _MARK_BEFORE.search(_fold(text[max(c.start - 160, 0) : c.start]))
    ]


def _unvalidated_effect(context: Context, candidate: Candidate) -> bool:
    if not _REMOVAL.search(_fold(context.plain.text[candidate.start : candidate.end])):
        return False
    # (the remedy may head the claim: « Les exosomes ? En deux séances, on … »)
    if not _UNVALIDATED_AGENT.search(_sentence(context, candidate, before=80)):
        return False
    sentence = _sentence(context, candidate)
    if _ESTABLISHED.search(_sentence_and_next(context, candidate)):
        return True
    # (a regeneration told in the same sentence marks it as the unvalidated claim itself: « en trois
    # séances, on régénère la peau en profondeur et on efface dix ans »)
    return not _COUNTED_SESSIONS.search(sentence) or bool(_REGENERATION.search(sentence))


def _sentence_and_next(context: Context, candidate: Candidate) -> str:
    """The folded rough sentence of the candidate and the one after it (« … en 3 séances. C'est
    scientifiquement prouvé »)."""
    text = context.plain.text
    low, high = enclosing(text, candidate.start, candidate.end)
    _, after = enclosing(text, high + 1, high + 1)
    return _fold(text[low : after + 1])


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


# A promise in a brief's quoted tagline or key message (« Accroche principale : « Un sourire parfait
# garanti en 2 séances, sans douleur » »): logic.taglines
_TAGLINE_PROMISE = regex_cache.compile(
    r"\bgaranti\w*|\bzero (?:douleur|cicatrice|bleu|risque|complication|trace)s?\b"
    r"|\bsans (?:douleur|cicatrice|risque|bleus?|trace)s?\b|\bresultats? (?:assure|certain|parfait)\w*"
)


# An efficacy told of an unvalidated remedy (« la mésothérapie fait repousser les cheveux de façon
# définitive », « la cryolipolyse … sans régime ni sport », « visibles dès la deuxième séance ») is the
# unconfirmed claim of `pratique-non-validee`: in dev and batches 93-116, of the texts labelled with it
# where the rules read such an efficacy as a promise, about 80 carry no `garantie-resultat` and 12 do.
# The absence of harm (« sans douleur », « aucun effet secondaire ») stays a promise.
_EFFICACY = regex_cache.compile(
    # (an effect timed in sessions stays a promise about the act: « repousse visible dès la 2e séance »)
    rf"\b{_REMOVE}|\bdefinitiv\w*|\bpour (?:de bon|toujours)\b|\bne reviend\w*"
    r"|\bfinie?s? les\b|\badieu\b|\bsans (?:\w+ )?(?:regimes?|sport|efforts?)\b|\beviction\b"
    r"|\bsolution\b|\bimmediat\w*"
)
# (a result « acquis à vie » or years taken off stay promised to the reader: the corpus labels both)
_PROMISED_TO_READER = regex_cache.compile(r"\ba vie\b|\bans\b|\bannees\b")
# (the harm whose absence is promised, and a promise said as such)
_HARM_OR_PROMISE = regex_cache.compile(
    r"\b(?:douleurs?|douloureu\w*|indolore|mal|cicatrices?|risques?|effets? (?:secondaires?|indesirables?)"
    r"|complications?|bleus?|hematomes?|danger\w*|traces?|marques?|garanti\w*|promi\w*)\b"
)
_UNVALIDATED_TEXT = regex_cache.compile(
    rf"(?<!#)(?:{_UNVALIDATED_AGENT.pattern}|{_ESTABLISHED.pattern}|\bmiracle\w*|\brevolution\w*|\blipolyse\b)"
)
# Surgical acts: an efficacy said of one is a promise about it.
_ACT = regex_cache.compile(
    r"\b(?:\w+plasties?|lifting|greffes?|lipoaspiration|liposuccion|chirurgi\w*|operations?|interventions?"
    r"|abdomino\w*|blepharo\w*|rhino\w*|augmentation mammaire|protheses?|implants?|epilation)\b"
)
# (a remedy refused or denied is no remedy claimed: « nous ne pratiquons ni la mésothérapie ni le PRP »)
_REFUSED = regex_cache.compile(r"\b(?:ne|n'|ni|pas|jamais|aucune?|sans)\b")


def keep(context: Context, candidate: Candidate) -> bool:
    """Whether a candidate of the rule, from its YAML triggers or this module, stays a promise:
    not an efficacy claimed for an unvalidated remedy named in the text."""
    claim = _fold(context.plain.text[candidate.start : candidate.end])
    if not _EFFICACY.search(claim) or _HARM_OR_PROMISE.search(claim) or _PROMISED_TO_READER.search(claim):
        return True
    # (an effect timed in a count of sessions is a promise about the act, as in _unvalidated_effect)
    if _COUNTED_SESSIONS.search(_sentence(context, candidate)):
        return True
    # an act named in the claim's sentence or the one before makes it a promise about that act
    # (« Blépharoplastie : un regard rajeuni pour toujours »), unless a remedy is named there too
    text = context.plain.text
    prior = enclosing(text, candidate.start, candidate.end)[0] - 1  # the mark that closes the one before
    start = enclosing(text, prior, prior)[0] if prior > 0 else 0
    local = _fold(text[start : candidate.start]) + " " + _sentence(context, candidate)
    if _ACT.search(local) and not _named_remedy(local, agents_only=True):
        return True
    return not _named_remedy(context.folded.text)


def _named_remedy(folded: str, *, agents_only: bool = False) -> bool:
    """An unvalidated remedy named and not refused in its own sentence (« nous ne pratiquons ni la
    mésothérapie ni le PRP » names none; nor does a hashtag). ``agents_only``: the remedy itself,
    not a « révolution » or « c'est prouvé » said of an ordinary act."""
    pattern = _UNVALIDATED_AGENT if agents_only else _UNVALIDATED_TEXT
    for sentence in re.split(r"[.!?\n]", folded):
        remedy = pattern.search(sentence)
        if remedy is not None and not _REFUSED.search(sentence[: remedy.start()]):
            return True
    return False


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Promises about the outcome of an act, or about the absence of any harm."""
    found = [
        c
        for c in promise_candidates(context, rule, _CONSTRUCTIONS)
        if not _hedged_sessions(context, c) and not _unvalidated_effect(context, c)
    ]
    others = doctor_quote_candidates(context, rule, _CONSTRUCTIONS)
    others += answered_candidates(context, rule, _CONSTRUCTIONS) + _vanished_mark(context, rule)
    for c in others:
        if _hedged_sessions(context, c) or _unvalidated_effect(context, c):
            continue
        if not any(f.start < c.end and c.start < f.end for f in found):
            found.append(c)
    if "meta" in rule.qualifiers:
        found = [c for c in found if not _quoted(context.plain.text, c.start, c.end)]
    # (a tagline is quoted by the brief that will publish it: no quote undoes it)
    for c in tagline_candidates(context, rule, _TAGLINE_PROMISE):
        if not any(f.start < c.end and c.start < f.end for f in found):
            found.append(c)
    return found
