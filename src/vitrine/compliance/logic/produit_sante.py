"""``produit-sante`` as a construction: a health product (cream, serum, supplement, compression
garment, filler, implant…) within reach of a commercial or recommending cue (a brand's « leur »,
an @account, a promo code, a shop, « je conseille à toutes », « mon préféré », « qui tient 18 mois »).

A neutral mention of a substance (« l'acide hyaluronique est présent dans la peau ») has no cue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import (
    CLAUSE_MARKS,
    Construction,
    construction_candidates,
    enclosing,
    is_dropped,
    tokens_after_cue,
    words,
)
from vitrine.compliance.qualifiers import hypothesis_before
from vitrine.compliance.registry import Rule
from vitrine.compliance.textmap import fold_string
from vitrine.privacy.lexicon import MONTHS

_NEAR = r"[^.!?\n]{0,80}?"

# Products sold over the counter or by the practice (a price next to them is a sale; next to an
# injected product or an implant it is the fee of the act).
_RETAIL = words(
    r"cremes?|serums?|baumes?|gels?|huiles?|lotions?|ecrans? (?:solaires?|total|\d+\+?)|complements?",
    # (a spa's « cure thermale » or « cure « jambes légères » » is no product)
    r"gelules?|(?:multi-?)?vitamines?|collagene"
    r"|cures?(?! (?:«\s*)?(?:thermale?s?|jambes|thalasso\w*|balneo\w*"
    r"|de (?:thalasso\w*|balneo\w*|soins)))|gummies|gummy|gaines?|soutiens?-gorge|brassieres?|patchs?",
    r"soins? (?:cicatrisants?|reparateurs?|post-\w+)|coffret de soins|kits? (?:post-\w+|(?:de |d')?\w+ant\b"
    r"|de soins?|de (?:cicatrisation|recuperation|convalescence))|box (?:post-\w+|de soins?|recup\w*)",
    r"kits? (?:de )?blanchiment|granules?|shakers?|proteines?(?: en poudre)?|substituts? de repas"
    # slimming teas sold with a claim (« la tisane detox KetoSlim fait fondre la graisse »)
    # (a box of herbal teas offered in the waiting room is no health product)
    r"|(?:tisanes?|infusions?|thes?) (?:detox|minceur|drainante?s?|brule-graisses?|amincissante?s?)"
    r"|barres? proteinee?s?",
    r"shampo\w+|apres-shampo\w+|gouttes|collyres?|sprays?|pommades?|masques?|savons?|ampoules?",
    # oral care and compression stockings under their shop names (« les bas X classe 2 »)
    r"bains? de bouche|dentifrices?|brosses? (?:a dents? )?electriques?|brosses? a dents?|hydropulseurs?",
    r"bas (?:[a-z-]+ )?(?:de (?:contention|compression)|classe [1-4i])",
    # home devices: « le boîtier de cryolipolyse », « un appareil de radiofréquence »
    r"boitiers?|appareils? (?:a |de |d')?(?:cryo\w*|radiofrequence|led|lumiere pulsee|laser|epilation|massage"
    r"|electrostimulation|ultrasons?|microcourants?)",
    r"spf(?: ?\d+\+?)?|protections? solaires?|(?:plaques?|bandes?|feuilles?) (?:de |en )?silicone|sticks?",
    # compression garments under their shop names
    r"panty\w*|panties|shorty\w*|(?:culottes?|ceintures?|bandes?) (?:de )?(?:contention|compression"
    r"|maintien)",
    r"vetements? (?:de )?(?:compression|contention)|bas de contention|mentonnieres?",
)
_PRODUCT = words(
    _RETAIL,
    r"fillers?|protheses?|implants?|toxine|botox|skinboosters?|acide hyaluronique",
    # a filler sold by the syringe (« la 2e seringue de X à moitié prix »)
    r"seringues?",
    # medicines pushed by name or form, hearing aids, a pharmacy's shelf
    r"minoxidil|finasteride|semaglutide|liraglutide|tirzepatide"
    r"|stylos? (?:preremplis?|injecteurs?|amaigrissants?"
    r"|minceur)",
    r"(?:aides?|protheses?) auditives?|appareils? auditifs?"
    r"|rayons? (?:post-\w+|de (?:contention|parapharmacie"
    r"|dermo\w*|orthopedie))",
    r"gammes?(?! (?:de prix|de tarifs|d'actes|d'interventions|de soins au cabinet))",
    r"fils? (?:resorbables?|tenseurs?|de suture)|dermographes?|gouttieres?|aligneurs?",
    # threads sold as a lift (« les fils X »), not a son (« mon fils »)
    r"(?<!mon )(?<!ton )(?<!son )(?<!votre )(?<!notre )(?<!leur )(?<!mes )(?<!vos )(?<!nos )(?<!ses )"
    r"(?<!& )fils\b",
    # orthopaedic devices: « leur nouvelle attelle connectée », « les semelles X »
    r"attelles?|ortheses?|semelles? orthopediques?|minerves?|genouilleres?|chevilleres?",
    r"plaques? (?:de fixation|d'osteosynthese)",
    # an injectable booster (« le booster X, pour une peau repulpée »)
    r"(?:skin ?)?boosters?(?! (?:de |d')?(?:visibilite|notoriete|audience|abonnes|vues))",
)
# The practice's equipment: a product only when its maker is named or it is pressed on others
_DEVICE = words(
    r"plateformes?(?! (?:de |d')?(?:rendez-vous|rdv|prise|reservation|telemedecine|teleconsultation))",
    r"machines?|appareils?|dispositifs? medicaux|dispositif medical|equipements?",
)
# A maker named by its trade suffix: « de Biolase Medical », « chez Dermica Labs »
_MAKER = (
    r"\b(?:de|chez|par) [a-z][\w-]+"
    r" (?:medical|medicale|pharma|labs?|aesthetics?|technologies|systems|healthcare)\b"
)
_CUE = words(
    # an @account is a brand, unless it is the person addressed: at the head of a line
    # (a reply to a commenter) or after « Réponse à »
    # (nor a patient thanked for her words: « merci @x pour ton retour sur ta prothèse »)
    r"(?<!reponse a )(?<!repondre a )(?<!^)(?<!\n)@\w+(?:\.\w+)*\b(?! ?:)"
    r"(?!,? (?:pour )?(?:ta|ton|tes|tu|t'|vous|votre|vos)\b)",
    r"codes? [a-z0-9-]*\d*",
    r"-\s?\d+ ?%|\d+ ?% de (?:reduction|remise)|\ba moitie prix|demi-tarif",
    # the best one tried: « le plus efficace que j'aie testé », « la meilleure que nous ayons posée »
    r"(?:le|la|les) (?:plus \w+|meilleure?s?) (?:que (?:j'|nous |on )(?:aie|ai|ayons|avons|ait|a)"
    r" (?:jamais )?(?:teste|essaye|utilise|pose|injecte|prescrit)\w*)",
    r"boutique|e-?shop|(?:en vente|dispo\w*|vendue?s?|en stock) a l'accueil|en vente|commandez\w*|achetez",
    # « je vous conseille de demander les études » is advice, not a product pushed
    r"je (?:vous )?(?:le |la |les |l')?(?:conseille|recommande|prescris|adore)\w*(?! d[e'])"
    r"(?: a (?:toutes|tous))?",
    # « mon préféré », not the verb (« je préfère expliquer »)
    # « mon indispensable en cabine », « mes incontournables »
    r"(?:mon|ma|mes) (?:indispensables?|incontournables?|essentiels?)\b",
    r"(?:mon|ma|mes) (?:top|prefere\w*|favori\w*|chouchou)|(?<!je )(?<!on )prefere\w*|pepite|must-have",
    r"coup de coeur|chouchou|je valide|(?:un|le|mon) must\b|offerte?s? (?:a|aux) (?:toutes|tous|nos|chaque)",
    # a gift to the patient (« et, en cadeau, la crème contour des yeux X offerte »), a product used on
    # every patient (« je l'utilise sur toutes mes patientes »)
    r"en cadeau|(?:je|nous|on) (?:l'|les )?utilis\w* sur (?:toutes|tous) (?:mes|nos|les)",
    r"je n'utilise que|meilleur allie|qui tient \d+ mois|tenue jusqu'a \d+ mois|resultats visibles",
    # a lasting claim: « qui tient toute la vie », « qui tiennent des années »
    r"qui tien\w* (?:toute (?:la|une) vie|a vie|pour toujours|des annees|\d+ ans)",
    # recommended by a third party: « le Dr X recommande les bas … », « recommandé par les dermatologues »
    r"(?:dr|docteur|pr|professeur) [a-z-]+ (?:vous )?(?:recommande|conseille|prescrit)\w*(?! d[e'])",
    r"recommandee?s? par (?:les|des|nos|mes|vos) (?:\w+ )?(?:dermatologues|medecins|chirurgiens|pharmaciens"
    r"|dentistes|experts|specialistes|kines\w*|sages-femmes)",
    # a declared partnership still promotes: « En partenariat avec X, la crème qui … »
    r"en partenariat avec|partenariat avec (?:la marque|les laboratoires|le laboratoire)",
    r"ideal\w* pour|fait (?:toute )?la difference|c'est (?:le|la) seule? qui|demandez-(?:le|la|les)\b",
    # the only brand one uses: « c'est la seule marque que je pose »
    r"(?:la )?seule marque (?:que|qu'|dont)",
    r"(?:travaill\w+|collabor\w+) (?:main dans la main|etroitement|en exclusivite) avec",
    # a perk at the brand for the practice's patients, an agency's key message
    r"(?:tarifs?|prix|conditions?) (?:preferentiel|privilegie|negocie)\w*|messages? cles?",
    r"(?:de|chez) (?:la marque|les laboratoires|le laboratoire)",
    r"sponsorisee? par|collaboration commerciale|#partenariat|en collab\w*",
    r"(?:desormais|officiel\w*|fier\w* d'etre|devient|devenu\w*) (?:le |la )?partenaire",
    r"s'associe\w* (?:a|avec)",
    # a paid role for the maker: « mon rôle de consultant scientifique pour Implantis »
    r"consultant\w* (?:scientifique |medical |officiel )?(?:pour|de|chez)(?! (?:la |le "
    r"|l')?(?:haute autorite|has\b"
    r"|ansm|ministere|oms|inserm|chu|hopita\w+|universite|ars\b|cnom|ordre|sante publique"
    r"|societe francaise))",
    # sold or stocked by the practice, with a price, or « the reference » product
    r"en stock|\d+[,.]\d\d ?€",
    r"dispo\w* (?:directement )?(?:au |a l'|sur (?:le|notre) )(?:cabinet|accueil|secretariat|site)",
    r"(?:on|nous) en (?:a|avons|vend\w*) (?:toujours )?(?:au cabinet|a l'accueil|au secretariat)",
    r"(?:que l'on|qu'on|que nous) (?:vend|propose)\w*|vendue?s? (?:au|a l'|chez nous)",
    # (a reference treatment or centre is medical vocabulary: « le minoxidil est le traitement de référence »)
    r"recommandee?s? (?:apres|pour|contre|en cas)|(?<!traitement )(?<!traitements )(?<!centre )de reference"
    r"|je ne jure que",
    r"meilleure?s? (?:\w+ ){0,3}du marche|je n'(?:injecte|utilise|pose|prescris|conseille) que",
    # (« liens » are references)
    r"lien (?:d'achat |de commande |pour (?:acheter|commander) )?(?:est )?(?:en|dans (?:ma|la|les))"
    r" (?:bio|description|commentaires?)",
    # a discount in euros, a home delivery, a limited stock, a product « qu'on recommande »
    r"\d+ ?(?:€|euros?) de (?:remise|reduction)|livraison (?:a domicile|offerte|gratuite|en \d+|sous \d+)"
    r"|stocks? limitee?s?",
    r"(?:qu'on|que l'on|que nous|que je) (?:vous )?(?:recommande|conseille|prescri)\w*",
    # an affiliate or referral link, a discount « de ma part », an order link, a commission
    r"lien (?:affilie|d'affiliation|de parrainage|pour commander)|[?&]ref=|de ma part",
    r"une (?:petite )?remise|(?:petite )?commission|petite com\b",
    # a care claim made for the product (« parfait sur les cicatrices récentes », « bluffant »,
    # « le plus naturel du marché »)
    r"parfaite?s? sur|bluffant\w*|(?:le|la|les) plus \w+(?: \w+){0,3}? du marche",
    r"nous (?:injectons|posons|utilisons) desormais",
    # a novelty at the practice's desk, or from « our partner »: « Nouveauté à l'accueil », « NOUVEAU
    # chez notre partenaire X »
    r"nouveaute (?:au cabinet|a l'accueil|au secretariat|chez nous|a la clinique|au centre)",
    r"(?:notre|nos|mon|ma) (?:\w+ )?partenaires?(?! (?:hospitalier|institutionnel|universitaire|public)s?\b)",
    # made for a use: « idéal après un laser » (« idéal pour »)
    r"ideale?s? (?:apres|avant|en cas|sur|contre)",
    # picked for the patients or launched (« nous avons sélectionné pour vous le panty X »,
    # « lancement du sérum X »); « bien supérieur aux … » alone is also said of implant generations
    r"(?:selectionne|choisi)e?s? pour vous",
    r"lancement (?:du|de la|de l'|des|de notre|de nos|de ma|de mes|de sa|de ses)",
    # « le Dr X lance sa propre gamme de compléments »
    r"lance (?:sa|ma|notre|leur|une) (?:propre |nouvelle )?"
    r"(?=(?:gamme|ligne) (?:de |d')(?:cremes?|serums?|soins?|complements?|cosmetiques?|dermo\w*|gelules?"
    r"|vitamines?|produits (?:de soin|solaires?)))",
)
# A product pressed on every patient: « je les mets à toutes mes patientes », « les 3 trucs que
# je fais acheter à TOUTES mes patientes »
_TO_EVERY_PATIENT = (
    r"\b(?:je (?:les |la |le |l'|leur )?(?:fais )?(?:acheter|mets|met|conseille|recommande|prescris|donne)"
    r"(?: desormais| systematiquement)?"
    r"|(?:que (?:je|nous)|qu'on|que l'on) (?:fais |faisons |fait )?"
    r"(?:acheter|conseille\w*|recommand\w*|donn\w*|propos\w*)"
    r"(?: desormais| systematiquement)?) a (?:toutes|tous|chacune|chacun) (?:mes|nos|les(?= con| coll))"
    # … or on every colleague or follower: « que je recommande à tous mes confrères »
    r" (?:patient\w*|operee?s|clientes?|confreres|consoeurs|collegues|abonne\w*|lect\w*)"
)
# A sale: a price or a stock, possibly in the sentence after the product (« … sensible. En vente
# à l'accueil : 29 € le flacon »)
_SALE = words(
    r"en vente",
    # « je le vends au cabinet », « on la vend à l'accueil »: 22 of 22 such texts in dev and batches 93-132
    r"(?:je|nous|on) (?:le|la|les|l') ?vend(?:s|ons)?\b",
    r"vendue?s? (?:au|a l'|a notre|dans notre|sur notre)",
    r"en stock",
    # a price, unless told as a cost (« elle coûte environ 60 € », « 12 € en pharmacie, remboursée »)
    r"(?<!coute )(?<!coutent )(?<!environ )(?<!compter )(?<!a partir de )(?<!\d et )(?<![\d.,])(?<!\d )"
    r"(?<!depenser )(?<!payer )(?<!paye )"
    r"\d+(?:[,.]\d\d)? ?(?:€|euros?\b)"
    r"(?! ?(?:en pharmacie|rembours|pris en charge|a la charge|environ"
    r"|sur (?:instagram|internet|tiktok|amazon|les reseaux|le net|des sites)))",
    r"commande (?:en ligne|sur (?:le|notre) site)|livraison (?:en )?(?:\d+ ?h|offerte|gratuite)",
    r"click (?:&|and|et) collect",
)

_SPONSOR = words(
    r"\b(?:rend|rendent) (?:cette|cet|ce|la|le) (?:\w+ )?possible",
    r"\brendue? possible (?:par|grace a)",
    r"\b(?:accompagne|sponsorise|finance)\w*"
    r" (?:la chaine|cette (?:video|serie|emission)|ce (?:podcast|live))",
)

_CONSTRUCTIONS = (
    Construction(regex_cache.compile(rf"\b(?P<m>{_PRODUCT})\b{_NEAR}(?:{_CUE})(?!\w)")),
    Construction(regex_cache.compile(rf"(?:{_CUE}){_NEAR}\b(?P<m>{_PRODUCT})\b")),
    # « Le meilleur allié après un lifting ? La crème à l'arnica … »: a rhetorical question answered
    Construction(
        regex_cache.compile(
            rf"\b(?:meilleur allie|indispensable|secret|arme secrete|must-have|chouchou)[^.!\n]{{0,50}}\?\s*"
            rf"{_NEAR}\b(?P<m>{_PRODUCT})\b"
        )
    ),
    # the product named, then recommended to every patient a sentence later: « Les gélules X …
    # Je les conseille à toutes mes patientes »
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>{_PRODUCT})\b[^\n]{{0,160}}?\bje (?:les|la|le|l') ?(?:conseille|recommande|prescris)"
            r" (?:a )?(?:toutes|tous|chacune|chacun|mes|systematiquement)"
        ),
        "m",
    ),
    # products listed under a push to every patient, across lines
    Construction(regex_cache.compile(rf"(?P<m>{_TO_EVERY_PATIENT})[\s\S]{{0,160}}?\b{_PRODUCT}\b"), "m"),
    Construction(regex_cache.compile(rf"\b{_PRODUCT}\b[^.!?]{{0,80}}?(?P<m>{_TO_EVERY_PATIENT})"), "m"),
    # a retail product then its sale, up to the next sentence of the same paragraph
    Construction(
        regex_cache.compile(
            r"(?<!vendent des )(?<!vendent les )(?<!vendaient des )"
            rf"\b{_RETAIL}\b[^\n]{{0,160}}?(?P<m>{_SALE})(?!\w)"
        ),
        "m",
    ),
    # « Produit dispo à emporter ! », « produits en vente au cabinet »: the practice sells a product
    Construction(
        regex_cache.compile(
            r"\b(?P<m>produits?) (?:\w+ )?(?:dispo\w*|en vente|vendue?s?) (?:a emporter|au cabinet"
            r"|a l'accueil|au secretariat|sur place)"
        ),
        "m",
    ),
    # a sponsor thanked, then its product (« X, qui rend cette vidéo possible. X c'est la crème … »)
    Construction(regex_cache.compile(rf"(?P<m>{_SPONSOR})[^\n]{{0,200}}?\b{_PRODUCT}\b"), "m"),
    # an injected dose of a brand named by its account: « 1 ml de @Lumafill »; an ambassador of a
    # product or a device: « ambassadeur du laser X »
    Construction(
        regex_cache.compile(r"\b\d+(?:[,.]\d+)? ?(?:ml|cc|unites|seringues?) (?:de |d')(?P<m>@\w+)")
    ),
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>ambassad(?:eur|rice)s?|egeries?) (?:de la marque |du |de la |des |de l'|de )"
            rf"(?:nouve\w+ )?(?:{_PRODUCT}|{_DEVICE}|lasers?|gammes?)\b"
        ),
        "m",
    ),
    # the only brand injected: « on n'injecte que du X, le meilleur acide hyaluronique » (« ne … que »
    # restricts, it denies nothing)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:je|on|nous) n'(?:injecte|utilise|pose|implante|prescri|conseille|recommande)\w* que"
            # (a class, « que des marques premium », names no brand)
            r" (?:du|de la|des|de l'|le|la|les|l') ?(?!(?:marques?|produits?|labo\w*|grandes?)\b)[a-z][\w-]*)"
            rf"(?=[^.!?\n]{{0,80}}\b{_PRODUCT}\b)"
        ),
        "m",
        ignore=frozenset({"negation"}),
    ),
    # a product applied at the practice, then on sale there: « on applique X … En vente au centre »
    Construction(
        regex_cache.compile(
            r"\b(?:on applique|nous appliquons|j'applique|on utilise|nous utilisons)\b[^\n]{0,200}?"
            r"(?P<m>en vente (?:au|a l'|a notre|dans notre) (?:centre|cabinet|accueil|secretariat|clinique"
            r"|institut))"
        ),
        "m",
    ),
    # a retail product in a heading, its sale on the next line
    Construction(
        regex_cache.compile(rf"\b{_RETAIL}\b[^\n]{{0,60}}\n[^\n]{{0,160}}?(?P<m>{_SALE})(?!\w)"),
        "m",
    ),
    # « leur nouvelle crème cicatrisante »: the brand's own product
    Construction(regex_cache.compile(rf"\bleurs? (?:nouve\w+ )?(?P<m>{_PRODUCT})\b")),
    # a product, then an affiliate link or a promo code a sentence or two later (« Le patch détox …
    # regardez la couleur le matin !! … lien affilié dans ma bio »)
    Construction(
        regex_cache.compile(
            rf"\b{_PRODUCT}\b[^\n]{{0,200}}?(?P<m>liens? (?:affilie|d'affiliation|de parrainage|d'achat)"
            r"|code (?:promo )?[a-z]*\d+[a-z0-9]*\b)"
        ),
        "m",
    ),
    # a product in a brief, its code heading a line (a bullet) below: « … la gaine et la crème arnica
    # de la box\n- code FLORA15 à mettre en avant »
    Construction(
        regex_cache.compile(
            rf"\b{_PRODUCT}\b(?:[^\n]|\n(?!\s*\n)){{0,200}}?\n[ \t]*(?:[-•*+][ \t])?"
            r"(?P<m>code (?:promo )?(?:[a-z-]+ )?:?\s*[a-z]*\d+[a-z0-9]*\b|liens? (?:affilie|d'affiliation"
            r"|de parrainage))"
        ),
        "m",
    ),
    # a product asked about, a brand praised in the answer: « Quels implants utilisez-vous ? « Presque
    # exclusivement les X : les plus sûrs du marché » » (the answer is no question)
    Construction(
        regex_cache.compile(
            rf"\b(?:quel|quels|quelle|quelles|lequel|laquelle|lesquels|lesquelles) (?:\w+ )?{_PRODUCT}\b"
            rf"[^.!?\n]{{0,40}}\?[ \t]*\n?[ \t]*«?[^.!?\n]{{0,80}}?(?P<m>{_CUE})(?!\w)"
        ),
        "m",
    ),
    # a brief pushing a product: « mettre en avant le sérum Lumina » (not « l'importance de … »)
    Construction(
        regex_cache.compile(
            rf"\b(?:mettre|mettez|mets|mettons) en avant (?:le |la |les |notre |nos |leur |leurs |ce |cette "
            rf"|ces )"
            rf"(?:nouve\w+ )?(?P<m>{_PRODUCT})\b"
        ),
        "m",
    ),
    # a lab thanked for its samples: « Merci au labo X pour les échantillons »
    Construction(
        regex_cache.compile(
            r"\bmerci (?:au|aux|a la|a l') ?(?:labo\w*|laboratoires?|marque)"
            r" (?!(?:d'analyses?|de biologie|d'anatomo\w*)\b)[^\n]{0,40}?pour"
            r" (?:les|ses|leurs|ces|cette|ce) (?:\w+ )?"
            r"(?P<m>echantillons?|produits?|dotations?|coffrets?)\b"
        ),
        "m",
    ),
    # the only brand injected or implanted: « c'est la seule marque que je pose »
    Construction(
        regex_cache.compile(
            r"\bseule (?P<m>marque) (?:que|qu')(?: ?j'| je | nous | on )(?:\w+ )?(?:injecte|pose|implante"
            r"|prescri)\w*"
        ),
        "m",
    ),
    # « le seul spray que j'ai dans ma poche », « la seule crème qui marche vraiment »
    Construction(
        regex_cache.compile(
            rf"\b(?:le|la|les) seule?s? (?P<m>{_PRODUCT}) (?:que (?:j'|je |nous |on )|qui (?:marche"
            rf"|fonctionne|tient"
            r"|agit|soulage|apaise|debouche|marchent|fonctionnent|tiennent|efface\w*|gomme\w*|repare\w*"
            r"|attenue\w*|estompe\w*|cicatrise\w*|lisse\w*|raffermi\w*)\b)"
        ),
        "m",
    ),
    # equipment recommended to peers or patients, or named with its maker's trade name
    Construction(
        regex_cache.compile(
            rf"\b{_DEVICE}\b[^\n]{{0,100}}?(?P<m>(?:je|nous) (?:la |le |les |l')?(?:recommande|conseille)\w*"
            r" (?:vivement |chaudement )?a (?:tous|toutes|chacun|chacune) (?:mes|nos|les) \w+|"
            rf"{_TO_EVERY_PATIENT})"
        ),
        "m",
    ),
    Construction(
        regex_cache.compile(
            rf"\b{_DEVICE}\b[^.!?\n]{{0,60}}?(?P<m>{_MAKER})[^.!?\n]{{0,80}}?(?:{_CUE})(?!\w)"
            rf"|(?:{_CUE})[^.!?\n]{{0,80}}?\b{_DEVICE}\b[^.!?\n]{{0,60}}?(?P<n>{_MAKER})"
        ),
        "m",
    ),
    # loyalty to a named product: « les prothèses X, je n'en changerai pour rien au monde », « je ne
    # pourrais plus m'en passer » (the negation is the praise itself)
    Construction(
        regex_cache.compile(
            rf"\b{_PRODUCT}\b[^\n]{{0,100}}?(?P<m>pour rien au monde"
            r"|(?:je|nous|on) ne (?:pourrai\w*|saurai\w*|peux|pouvons|peut) plus (?:m'en|nous en|s'en) passer"
            r"|impossible de (?:m'en|nous en|s'en) passer"
            r"|(?:je|nous) (?:reste|restons) fideles? (?:a|aux?) (?:cette|ces|ce|leurs?|la marque))"
        ),
        "m",
        ignore=frozenset({"negation"}),
    ),
    # a retail product on sale at the practice's desk: a sale, even in an answer to a question
    # asked (« on nous demande souvent … chez nous c'est X en gel, disponible à l'accueil »)
    Construction(
        regex_cache.compile(
            rf"\b{_RETAIL}\b[^\n]{{0,160}}?(?P<m>(?:dispo\w*|en vente|en stock|vendue?s?)"
            r" (?:directement |des (?:maintenant|aujourd'hui|a present) )?"
            r"(?:a l'accueil|au (?:cabinet|secretariat|centre)|a notre (?:accueil|secretariat)))"
        ),
        "m",
        ignore=frozenset({"meta"}),
    ),
)


def hypothetical(context: Context, candidate: Candidate, *, closed_if: bool = False) -> bool:
    """A real hypothesis before the candidate in its sentence (``qualifiers.hypothesis_before``:
    « s' » only in « s'il(s) », so « s'équipe » is none), spaCy asked only when the line holds a
    cue. With ``closed_if``, a « si » clause closed before the candidate no longer counts (« si
    vous vous équipez, demandez l'offre de ma part »)."""
    tokens = tokens_after_cue(context, candidate.start)
    return tokens is not None and hypothesis_before(tokens, closed_if=closed_if)


def candidates(
    context: Context, rule: Rule, constructions: tuple[Construction, ...], *, closed_if: bool = False
) -> list[Candidate]:
    """``construction_candidates`` with the hypothesis judged by :func:`hypothetical`.

    Shared by the commercial rules (``promotion-payante``…), whose sentences often start with a
    reflexive verb (« le Dr X ne s'en cache pas : … »). ``closed_if``: a « si » clause closed
    before the candidate does not make it hypothetical (see :func:`hypothetical`).
    """
    if "hypothesis" not in rule.qualifiers:
        return construction_candidates(context, rule, constructions)
    without = replace(rule, qualifiers=rule.qualifiers - {"hypothesis"})
    found = construction_candidates(context, without, constructions)
    return [c for c in found if not hypothetical(context, c, closed_if=closed_if)]


# A care claim made for a product (« accélère la cicatrisation », « apaise et répare en 24 h »,
# « 30 % plus légers, pour un résultat plus naturel », « effet lifting garanti 2 ans »)
_CARE_CLAIM = regex_cache.compile(
    r"\b(?:accelere\w*|efface\w*|apaise\w*|repare\w*|raffermi\w*|lisse\w*|gomme\w*|estompe\w*"
    r"|attenue\w*|regenere\w*|redensifi\w*|comble\w*|fait fondre|font fondre|elimine\w*|cicatrise\w*"
    r"|unifie\w*|illumine\w*|rajeuni\w*|repulpe\w*|reveille\w*|garanti\w*|reduit\w*|diminue\w*|soulage\w*"
    r"|degonfle\w*|resorbe\w*|stimule\w*|boost\w*|hydrate\w*|nourri\w*|calme\w*"
    # hair and gums: « stoppe la chute en 30 jours », « fortifie les gencives »
    r"|stoppe\w*|freine\w*|fortifi\w*|renforce\w*|densifi\w*|previen\w*"
    # « reconstruit le cartilage », « guérissent l'arthrose », « c'est de loin ce qui marche le mieux »
    r"|reconstrui\w*|restaure\w*|gueri(?:t|ssent|ra|ront)|(?:marche|marchent|fonctionne|fonctionnent|agit"
    r"|agissent) le mieux|de loin (?:le|la|les|ce qui|celui|celle)"
    r"|effet (?:lifting|liftant|tenseur|repulpant|bonne mine|coup d'eclat|anti-\w+)"
    r"|(?:plus|moins) (?:naturel|leger|durable|doux|douce|efficace|rapide|discret|fiable|souple)\w*"
    # « tiennent plus longtemps que… », « le meilleur pour les cicatrices »
    r"|(?:tien\w*|dure\w*) plus longtemps|(?:le|la) meilleure? (?:pour|contre) (?:les|la|le|vos|tes)"
    # « c'est vraiment la meilleure 👌 »
    r"|c'est (?:\w+ )?(?:le|la) meilleure?(?! (?:facon|maniere|chose|solution|periode|option|moment)))\b"
)
# A product noun and the (up to three) words that may name its brand: « la crème CicaLys », « le baume
# SOS Peau de Nacrée », « les implants Aeris Light »
NAMED_PRODUCT = regex_cache.compile(
    rf"\b(?P<m>{_PRODUCT})\b(?P<name>(?: (?:de |d'|a l'|a |au |aux |la |l')?[^\s.!?,:;()\[\]]+){{1,3}})"
)
# (a word with three letters at least: « vitamine B12 » names no brand)
NAME_WORD = regex_cache.compile(r"[^\W\d_](?:[^\W\d_]|-){2,}[\w-]*")
_NEGATED = regex_cache.compile(r"\b(?:ne|n'|pas|aucune?|jamais|sans)\b|\bn'")


# A branded product handed out, sold, thanked for or linked: « votre gaine Lipotex vous est offerte »,
# « merci aux Laboratoires X », « lien affilié », « disponible à l'accueil », « le nouveau filler X »
_PROMOTED = regex_cache.compile(
    r"\b(?:offerte?s?|offrons|cadeau|merci (?:a |au |aux )?(?:la |le |les |l')?(?:labo\w*|marque)"
    r"|liens? (?:affilie\w*|partenaire|d'achat)|lien en bio|codes? [a-z0-9]*\d|-\s?\d+ ?%"
    r"|vendue?s? (?:au|a l'|a la)|en vente|disponibles? (?:au|a l'|des|chez)|lancement|nouve(?:au|lle)"
    r"|je (?:vous )?(?:le |la |les )?recommande\w*|partenariat|chouchou|prete|pretee?s?"
    r"|a gagner|jeu[- ]concours|concours(?=\s*[:!🎉])|giveaway|tirage au sort"
    # « je lance enfin MA gamme : le sérum X », « la clinique lance sa propre crème »
    r"|lance\w* (?:enfin )?(?:sa|ma|mon|son|notre|leur) (?:propre |nouvel\w* )?"
    r"(?:gamme|ligne|marque|creme|serum|baume|gel|complement)"
    # « mes patientes ne jurent que par la crème X », « disponible en pharmacie », « on vous offre le gel X »
    r"|(?:je|nous|(?:mes|nos) \w+) ne jur\w* que par|disponibles? en (?:pharmacie|parapharmacie)"
    r"|(?:on|nous) (?:vous|t') ?offr\w*)\b"
)
# In a private message a product named in the care instructions is advice: only a sale or a gift
# promotes it (« Je vous mets un code -20 % sur le site de la marque », « on vous offre le tube de X »).
# (not « je peux vous offrir un créneau », nor a patient's « petit cadeau » to the team)
_SOLD = regex_cache.compile(
    r"\b(?:offerte?s?|(?:on|nous|je) (?:vous|t') ?offr\w* (?:le|la|les|un|une|votre|ton|ta|vos|tes)"
    r" (?!creneau|rendez|rdv|place|moment|consultation)|en cadeau|liens? (?:affilie\w*|partenaire|d'achat)"
    r"|codes? [a-z0-9-]*\d*|-\s?\d+ ?%|vendue?s?|en vente"
    # « on en a au cabinet si besoin »: stocked for sale
    r"|(?:on|nous) en (?:a|avons) (?:toujours |aussi )?(?:au cabinet|a l'accueil|au secretariat|en stock))\b"
)
# A public reply naming the brand it handed the reviewer (« continuez la crème Cicalys que nous vous
# avons remise ») advertises it to every reader: in dev and batches 93-116 the review replies naming
# a product's brand all carry `produit-sante`. Not a brand turned down or blamed for a reaction (« la
# crème X n'est pas un produit que nous recommandons », « la crème X vous a irritée : arrêtez-la »).
_BRAND = regex_cache.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}[\w+-]*")
_ADVERSE = regex_cache.compile(
    r"\b(?:irrit\w*|allergi\w*|reaction\w*|intoleran\w*|effets? indesirables?|arret\w*|stopp\w*|eczema"
    r"|rougeurs?|brulures?|desole\w*)"
)
_NAME_TOKEN = regex_cache.compile(r"[^\s.!?,:;()\[\]]+")


# The practice's own branded product (« notre sérum Cicaline »): in dev and batches 93-132 the 69 texts
# naming one (« notre », « mon », « ma ») all carry `produit-sante`, private messages included.
# (« mes patchs Nicorette, il y a dix ans » are the doctor's own past; « notre sérum X n'est plus fabriqué »
# turns it down)
_OWN = regex_cache.compile(r"\b(?:notre|nos|mon|ma) (?:(?:nouvel\w*|nouveaux?|propres?) )?$")
# (« notre pommade X prescrite par le Dr est à acheter en pharmacie » is a prescription, not a sale)
_PRESCRIBED = regex_cache.compile(r"\b(?:prescrite?s?|sur ordonnance|en pharmacie)\b")


# a recall or a refund told, not a product promoted (« retirées du marché en 2019 #allergan »)
_WARNING = regex_cache.compile(r"\b(?:retir\w* du marche|rappel\w*|alerte|ansm|rembours\w*)")


def _named_products_with_claims(context: Context, rule: Rule) -> list[Candidate]:
    """A product named by its brand (a capitalised name right after the product noun, in the
    original text) with a care claim after it in the next sentences of the paragraph, or handed
    out, sold, thanked for or linked around it: the dermocosmetic « sold or recommended with
    care claims » of the rule. A class of product (« l'acide hyaluronique comble un volume »)
    names no brand."""
    folded = context.folded.text
    if any(context.may_search(p) for p in rule.unless_text):
        return []
    plain = context.plain.text
    found: list[Candidate] = []
    position = 0
    # (searched from each product noun's end, not the match's: « un skinbooster + le sérum Hydralis »
    # reads the sérum's name too)
    while (match := NAMED_PRODUCT.search(folded, position)) is not None:
        position = match.end("m")
        start, end = context.plain_span(*match.span("name"))
        if not any(w[0].isupper() for w in NAME_WORD.findall(plain[start:end])):
            continue
        window = folded[match.end("m") : match.start() + 180].split("\n\n", 1)[0]
        claim = _CARE_CLAIM.search(window)
        # (a negation counts in the claim's own sentence: « … ne vous ait pas convenu. Elle reste
        # de loin la plus efficace » claims)
        if claim is None or _NEGATED.search(re.split(r"[.!?]", window[: claim.start()])[-1]):
            # (the brand's own hashtag promotes it: « … bandes de silicone Scarlys … #scarlys »)
            brand = NAME_WORD.search(match.group("name"))
            hashtag = (
                brand is not None
                and re.search(rf"#{re.escape(brand.group())}\b", folded) is not None
                and _WARNING.search(folded) is None
            )
            around = folded[max(0, match.start() - 120) : match.start() + 180]
            own = _OWN.search(folded, max(0, match.start("m") - 30), match.start("m"))
            if own and not _turned_down(folded, *match.span()) and not _PRESCRIBED.search(window):
                promoted = True
            elif context.channel == "message":
                promoted = _SOLD.search(around) is not None
            else:
                promoted = bool(_PROMOTED.search(around) or hashtag) or (
                    context.channel == "avis-reponse"
                    and _BRAND.match(plain[start:end].lstrip()) is not None
                    and _WARNING.search(folded) is None
                    and not _turned_down(folded, *match.span())
                )
            if not promoted:
                continue
        if is_dropped(context, rule, *match.span("m")):
            continue
        begin, finish = context.plain_span(*match.span())
        # (the excerpt ends on the brand: « crème Cicalys », not « crème Cicalys que nous »)
        capitals = [w for w in _NAME_TOKEN.finditer(plain, start, end) if w.group()[:1].isupper()]
        if capitals:
            finish = capitals[-1].end()
        if any(c.start < finish and c.end > begin for c in found):
            continue
        found.append(
            Candidate(rule.id, begin, finish, f"Supprimer « {plain[begin:finish]} ». {rule.suggestion}")
        )
    # (a question told before, closed, is no condition: « @x demande si c'est normal : oui, mets la crème X »)
    return [c for c in found if not hypothetical(context, c, closed_if=True)]


def _turned_down(folded: str, start: int, end: int) -> bool:
    """Whether the product's sentence denies it or blames it for a reaction."""
    low, high = enclosing(folded, start, end)
    sentence = folded[low:high]
    return _NEGATED.search(sentence) is not None or _ADVERSE.search(sentence) is not None


# A sponsor named: « cet épisode est réalisé en partenariat avec Ozonia », « sponsorisé par Dermalis »
_SPONSOR_NAME = regex_cache.compile(
    r"\b(?:en partenariat avec|partenariat avec|sponsorisee?s? par|avec le soutien (?:de|d')|rendue? possible"
    r" (?:par|grace a)|offerte?s? par) ?(?:la marque |les laboratoires |le laboratoire |l'|@)?"
    r"(?P<name>[a-z][\w-]{3,})\b"
)

# one of them must be in the text for a sponsor to be named (a cheap guard before the scan)
_SPONSOR_WORDS = ("partenariat", "sponsoris", "soutien", "possible", "offert")
# public bodies, charities and places are no sponsors of a product
_PUBLIC_NAMES = frozenset(
    {
        "sante",
        "inserm",
        "ligue",
        "association",
        "hopital",
        "universite",
        "assurance",
        "fondation",
        "comite",
        "ministere",
        "mairie",
        "ville",
        "region",
        "institut",
        "centre",
        "clinique",
        "maison",
        "societe",
    }
)


def _sponsor_named_with_claims(context: Context, rule: Rule) -> list[Candidate]:
    """A sponsor named by a capitalised name, then that name again with a care claim after it
    (« en partenariat avec Ozonia … les injections d'ozone Ozonia guérissent l'arthrose »): the
    sponsor's product is promoted with a claim, whatever noun it goes by."""
    folded = context.folded.text
    if not any(w in folded for w in _SPONSOR_WORDS) or any(context.may_search(p) for p in rule.unless_text):
        return []
    plain = context.plain.text
    names: set[str] = set()
    for match in _SPONSOR_NAME.finditer(folded):
        start, end = context.plain_span(*match.span("name"))
        word = plain[start:end]
        if word[:1].isupper() and not word.isupper() and match.group("name") not in _PUBLIC_NAMES:
            names.add(match.group("name"))
    found: list[Candidate] = []
    for name in names:
        for match in regex_cache.compile(rf"\b{name}\b").finditer(folded):
            # the claim is the name's own verb: at most two words between (« Ozonia guérissent »,
            # « X Pro apaise »), not a clause further on (« X rappelle que le dépistage réduit … »)
            window = folded[match.end() : match.end() + 60].split("\n", 1)[0]
            claim = _CARE_CLAIM.search(window)
            if (
                claim is None
                or len(window[: claim.start()].split()) > 2
                or _NEGATED.search(window[: claim.start()])
            ):
                continue
            if is_dropped(context, rule, *match.span()):
                continue
            begin, finish = context.plain_span(match.start(), match.end() + claim.end())
            if any(c.start < finish and c.end > begin for c in found):
                continue
            found.append(
                Candidate(rule.id, begin, finish, f"Supprimer « {plain[begin:finish]} ». {rule.suggestion}")
            )
    return [c for c in found if not hypothetical(context, c)]


# Injections of a product are an act (« -20 % sur toutes les injections de toxine et d'acide hyaluronique »,
# « les injections d'acide hyaluronique sont disponibles au cabinet »): of the dev and batch texts naming
# « injections de » toxin, hyaluronic acid, skinbooster or filler, 224 carry no `produit-sante`, 12 do.
# A brand after the product (« l'acide hyaluronique Volumia ») still names a product.
_INJECTED = regex_cache.compile(r"\b(?:toxine|botox|acide hyaluronique|skin ?boosters?|fillers?)\b")
_INJECTED_BRAND = regex_cache.compile(
    r"(?i:toxine|botox|acide hyaluronique|skin ?boosters?|fillers?)(?:\s+[a-zà-ÿ]+){0,2}\s+[A-ZÀ-Ý][\w-]{2,}"
)
_PRODUCT_WORD = regex_cache.compile(rf"\b{_PRODUCT}\b")
_AS_INJECTIONS = regex_cache.compile(r"\b(?:injections?|seances?) (?:de |d')")


def _injected_act(context: Context, candidate: Candidate) -> bool:
    """Whether the candidate names only injected products, told as injections, with no brand."""
    plain = context.plain.text[max(0, candidate.start - 60) : candidate.end + 30]
    folded = fold_string(plain).lower()
    products = _PRODUCT_WORD.findall(fold_string(context.plain.text[candidate.start : candidate.end]).lower())
    return (
        bool(products)
        and all(_INJECTED.fullmatch(p) for p in products)
        and _AS_INJECTIONS.search(folded) is not None
        and _INJECTED_BRAND.search(plain) is None
    )


# A branded injectable on offer (« -25 % sur les injections Juvelis Volume », « une injection Juvéderm
# Volbella offerte », « -30 % sur le Botox », « séance de Botox® -25 % »): the offer sells the brand.
# In dev and batches 93-132, 13 of the 16 sentences so read carry `produit-sante`; lower-case « botox »
# is the act (« -20 % sur le botox »: none of them), and a capital that opens the sentence proves nothing.
# (a study's figure is no discount: « une réduction de 80 % de la transpiration », « -40 % de récidive »;
# the offer is in the brand's clause: « café offert, et présentation des injections X » gives the coffee)
_OFFER = regex_cache.compile(
    r"-\s?\d+ ?%(?! ?(?:de |d'|du |des |en moyenne))|\bpromo\w*|\b\d+ ?(?:%|€) de (?:reduction|remise)\b"
    r"|\bremise (?:de \d+ ?(?:%|€)|exceptionnelle|speciale)|\breduction (?:exceptionnelle|speciale)"
    r"|\bofferte?s?\b"
)
_OFFERED_BRAND = regex_cache.compile(
    r"\binjections? (?:de |d')?(?:la |l')?(?P<injected>[a-z][\w-]{2,})"
    r"|\b(?:le|du|au|de|sur) (?P<capital>botox|vistabel|azzalure|bocouture|dysport|xeomin)\b"
    r"|\b(?P<known>juvederm|restylane|teoxane|profhilo|sculptra|radiesse|belotero|stylage)\b"
    r"|\b(?P<marked>[a-z][\w-]{2,}) ?[®™]"
)
_NOT_BRANDS = frozenset({"black", "noel", "saint", "fete", "paques"})


def _branded_injectables_on_offer(context: Context, rule: Rule) -> list[Candidate]:
    """A branded injectable in the same clause as a discount or a gift (see ``_OFFERED_BRAND``)."""
    folded = context.folded.text
    if context.channel == "message" or not context.may_search(_OFFER):
        return []
    if any(context.may_search(p) for p in rule.unless_text) or _WARNING.search(folded):
        return []
    plain = context.plain.text
    found: list[Candidate] = []
    for match in _OFFERED_BRAND.finditer(folded):
        group = match.lastgroup or ""
        name_start, name_end = match.span(group)
        if group in ("injected", "capital"):
            start, end = context.plain_span(name_start, name_end)
            # (a word in capitals, « -30 % SUR LES INJECTIONS DE TOXINE », is shouted, not a brand)
            word = plain[start:end]
            if not word[:1].isupper() or word.isupper() or match.group(group) in _NOT_BRANDS:
                continue
        # (the clause: no comma, semicolon or sentence end between; « Profhilo : remise de 10 % » is one)
        if _OFFER.search(folded, *enclosing(folded, match.start(), name_end, CLAUSE_MARKS)) is None:
            continue
        if is_dropped(context, rule, name_start, name_end):
            continue
        begin, finish = context.plain_span(match.start(), name_end)
        if any(c.start < finish and c.end > begin for c in found):
            continue
        found.append(
            Candidate(rule.id, begin, finish, f"Supprimer « {plain[begin:finish]} ». {rule.suggestion}")
        )
    return [c for c in found if not hypothetical(context, c)]


# A care product sold over the counter, under its brand, given away: « le kit cicatrisation Epidermia
# (gel de silicone + crème) offert », « on vous offre le tube de Cicaderm Repair » (17 of 17 such texts in
# dev and batches 93-140). Read on the text as written: the brand is the capital. Unbranded (« le panty de
# contention offert ») the gift is the practice's offer, not a product's promotion.
_RETAIL_GIFT = regex_cache.compile(
    # (care products only: a box of chocolates, a bottle of perfume or « huiles de Provence » are gifts)
    r"\b(?:kits? (?:de )?(?:cicatrisation|post-?op\w*|soins?|recuperation|convalescence)"
    r"|cremes?|gels?|baumes?|tubes?|gaines?|serums?|brassieres?|panty)"
    r"(?P<after>(?:\s+(?:(?:de|du|d')\s*)?[a-z][\w+-]*){1,3})"
)
# Capitalised words of a gift's name that are no brand: seasons, feasts, qualities (« Gaine offerte en
# Juin », « Crème Hydratante Offerte »)
_NOT_GIFT_BRANDS = frozenset(MONTHS) | {
    "saint",
    "valentin",
    "fetes",
    "bien",
    "etre",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "gourmand",
    "noel",
    "paques",
    "offert",
    "offerte",
    "offerts",
    "offertes",
    "hydratante",
    "apaisante",
    "reparatrice",
    "cicatrisante",
    "post",
    "op",
    "silicone",
    "compression",
    "contention",
}
_AFTER_WORD = regex_cache.compile(r"(?<![\w'])[a-z][\w+-]{2,}")
_GIVEN = regex_cache.compile(r"\bofferte?s?\b|\ben cadeau\b|\b(?:vous|t') ?offr(?:e|ons|ent)\b|\boffrons\b")


def _branded_retail_given(context: Context, rule: Rule) -> list[Candidate]:
    """A branded care product in the same clause as a gift (see ``_RETAIL_GIFT``)."""
    folded = context.folded.text
    if context.channel == "message" or not context.may_search(_GIVEN):
        return []
    if any(context.may_search(p) for p in rule.unless_text) or _WARNING.search(folded):
        return []
    plain = context.plain.text
    found: list[Candidate] = []
    for match in _RETAIL_GIFT.finditer(folded):
        brand_end = None
        for word in _AFTER_WORD.finditer(folded, *match.span("after")):
            start, end = context.plain_span(word.start(), word.end())
            # (a word in capitals is shouted, not a brand; « Noël » is a season)
            if (
                plain[start:end][:1].isupper()
                and not plain[start:end].isupper()
                and word.group() not in _NOT_BRANDS | _NOT_GIFT_BRANDS
            ):
                brand_end = word.end()
                break
        if brand_end is None:
            continue
        if _GIVEN.search(folded, *enclosing(folded, match.start(), brand_end, CLAUSE_MARKS)) is None:
            continue
        if is_dropped(context, rule, match.start(), brand_end):
            continue
        found.append(Candidate(rule.id, *context.plain_span(match.start(), brand_end)))
    return [c for c in found if not hypothetical(context, c)]


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Health products promoted or recommended commercially."""
    found = [c for c in candidates(context, rule, _CONSTRUCTIONS) if not _injected_act(context, c)]
    for extra in (
        _named_products_with_claims(context, rule),
        _sponsor_named_with_claims(context, rule),
        _branded_injectables_on_offer(context, rule),
        _branded_retail_given(context, rule),
    ):
        found += [c for c in extra if not any(f.start < c.end and f.end > c.start for f in found)]
    return found
