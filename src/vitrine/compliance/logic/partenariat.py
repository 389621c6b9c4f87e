"""``partenariat-non-declare`` as constructions: a commercial link to a brand (gift « offert par »,
« merci à X pour ce … », promo code « -10 % avec DOC10 », referral or affiliate link, commission,
« rendue possible par ») in a text without « Publicité » / « Collaboration commerciale ».
"""

from __future__ import annotations

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, is_dropped
from vitrine.compliance.logic.produit_sante import NAME_WORD, NAMED_PRODUCT, candidates, hypothetical
from vitrine.compliance.registry import Rule
from vitrine.compliance.textmap import fold_string

# Who makes a video or an episode possible without a commercial link: the audience, the team, public
# research funders, a charity (« rendu possible par vos dons », « financé par l'Inserm »)
_NOT_A_COMPANY = (
    r"(?! (?:vous|vos|votre|toi|tes|ton|ta|nos|notre|mes|mon|ma|tous|toutes?|chacun|l'equipe|les equipes"
    r"|les patient\w*|l'universite|l'inserm|le cnrs|l'anr|le ministere|la region|l'ars|l'assurance maladie"
    r"|la fondation|l'association|le chu|l'hopital|l'ap-hp|la ligue|des dons)\b)"
)

# « merci d'ailleurs à X », « merci encore à X »: an adverb between the thanks and its addressee
_MERCI = (
    r"\bmerci,? (?:(?:d'ailleurs|encore|aussi|au passage|beaucoup|infiniment|enormement|egalement"
    r"|bien sur),? )?"
)
# … and not a team, colleagues, relatives or patients: « merci à l'équipe du bloc pour ce cadeau »
_NOT_TEAM = (
    r"(?!(?:toute )?(?:l'equipe (?:du|de la|des|de l') ?(?:bloc|service|cabinet|clinique|etage|centre)"
    # (« nos amis de X Labs » is a company)
    r"|mes |nos (?!amis (?:de |d'|chez ))"
    r"|ma |mon |tous |toutes |chacun|vous\b))"
)

_CONSTRUCTIONS = (
    # « petit mot pour le sponsor de cette vidéo »: « avant de parler de la technique » is no
    # meta-discourse about the sponsor
    Construction(
        regex_cache.compile(
            r"\bsponsors? (?:de|du) (?:cette|ce|la|l') ?(?:video|chaine|episode|podcast|live|emission)\b"
        ),
        ignore=frozenset({"meta"}),
    ),
    Construction(
        regex_cache.compile(
            rf"{_MERCI}(?:a |@){_NOT_TEAM}[^.!?\n]{{0,40}}?"
            r"\bpour (?:ce|cet|cette|ces|le|la|les|l'|son|sa|ses)\b"
            r"[^.!?\n]{0,60}?"
            # (a loan too: « merci à X pour la mise à disposition de leur attelle »)
            r"\b(?:offert\w*|cadeau|geste|envoi|coffret|financement|mise a disposition|pret)\b"
            r"|\b(?:offerte?s?|envoyee?s?|recue?s?) (?:a l'occasion|de la part)\b"
            r"|\bcadeau recu (?:de|par)\b|\bqui m'a (?:envoye|offert) (?:son|sa|ses|leur|leurs) nouve\w+"
            r"|-\s?\d+ ?% (?:avec|grace a) (?:le code )?[a-z]*\d+[a-z0-9]*\b"
            r"|\bliens? (?:de parrainage|d'affili\w*|en description|dans ma bio|en commentaire)\b"
            r"[^.!?\n]{0,40}"
            r"(?:offert|code|%|commission)|(?:offert|code|%)[^.!?\n]{0,40}\bliens? en description\b"
            r"|\bje touche (?:une )?(?:petite )?(?:commission|com|comm)\b|\ben donnant mon nom\b"
            r"|\b(?:ma|notre) (?:vitrine|boutique|liste|page) amazon\b"
            r"|\brecue?s? (?:gratuitement|en cadeau)\b|\brendue? possible (?:par|grace a)\b"
            rf"{_NOT_A_COMPANY}"
            r"|\b(?:qui )?rend(?:ent)? (?:cette|ce|cet) (?:\w+ )?possible\b"
            r"|\blien (?:est )?en description avec \d+ ?% (?:de reduction|de remise)"
            r"|\bpartenaire officiel\b|\?ref="
            # a code word after the discount, without digits: « (-15 % avec DRNUIT) »
            r"|-\s?\d+ ?% (?:avec|grace a) (?:le code )?"
            r"(?!(?:le|la|les|votre|vos|ton|ta|tes|une?|des|notre|nos|mon|ma|mes|leurs?|ce|cette"
            r"|ces)\b)[a-z0-9]{4,}"
            r"(?=\s*(?:\)|$|[.!,;\n]|(?:si|pour|sur|chez)\b|[^\w\s]))"
            # … or before its discount: « avec CAMILLE20 vous avez -20 % chez @marque »
            r"|\bavec (?:le code |mon code )?[a-z]+\d+[a-z0-9]*\b[^.!?\n]{0,30}?(?:-\s?\d+ ?%|\d+ ?% de)"
            # thanks to a company, then an ad for its offer: « Merci à X … Allez voir leur boutique »,
            # « … sachez qu'ils proposent aussi des crédits », « merci à X d'avoir sponsorisé … »
            r"|\bmerci\b[^\n]{0,200}?\b(?:allez (?:voir|decouvrir|jeter un oeil a)|decouvrez"
            r"|filez (?:voir|sur)|foncez (?:voir|sur)|rendez-vous (?:sur|chez))"
            r" (?:leur|leurs|sur leur) (?:\w+ )?(?:boutique|site"
            r"|showroom|catalogue|offres?|produits?|gamme|collection|circuits|voyages|magasin|creations"
            r"|services"
            r"|e-?shop)\b"
            r"|\bmerci\b[^\n]{0,200}?\b(?:ils|elles) (?:proposent|font|vendent|ont) (?:aussi|egalement)\b"
            # a gift from a company, then a push to its shop: « grâce à X, qui nous a offert tout
            # l'équipement — foncez sur leur nouvelle collection »
            r"|\bqui (?:m'|nous )(?:a|ont) (?:offert|envoye|prete|fourni|equipe|gate)\w*[^\n]{0,200}?"
            r"\b(?:foncez|allez (?:voir|decouvrir)|filez|decouvrez|rendez-vous|profitez)\b[^.!?\n]{0,20}?"
            r"\bleurs? (?:\w+ ){0,2}(?:boutique|site|collection|gamme|produits?|offres?|catalogue|e-?shop"
            r"|lien)\b"
            # … or a deal at the company thanked: « merci à X … ils ont une offre pour les internes »
            r"|\bmerci\b[^\n]{0,200}?\b(?:ils|elles) (?:proposent|font|ont|offrent|accordent)"
            r" (?:aussi |egalement |meme )?(?:une |des |un )?(?:petite |belle )?(?:offres?|remises?|reduc\w*"
            r"|codes?"
            r"|promos?|prix|tarifs?|ristournes?)\b"
            # (not a team, colleagues, relatives or patients: « merci à l'équipe du bloc qui m'a offert … »)
            rf"|{_MERCI}(?:a |au |aux |@){_NOT_TEAM}"
            r"[^.!?\n]{0,40}?\b(?:d'avoir|de m'avoir|de nous avoir|pour m'avoir"
            r"|pour nous avoir|qui (?:m'|nous |m'en |nous en )?(?:a|ont))"
            r" (?:sponsorise|offert|equipe|habille|prete|finance|regale|gate)\w*"
            # a brand or a laboratory that invited the doctor (a seminar, a trip)
            r"|\bmerci (?:a la |au |aux |a l'|a )(?:laboratoire|labo|marque|maison|societe|groupe"
            r"|fabricant)s?\b"
            r"[^.!?\n]{0,40}?\b(?:de m'avoir|de nous avoir|pour m'avoir|pour nous avoir"
            r"|qui (?:m'|nous )(?:a|ont))"
            r" (?:invite|convie|emmene|accueilli)\w*"
        )
    ),
    # a company thanked, then a discount at that company for the practice's patients: « Merci au Spa X
    # de nous avoir accueillis … nos patientes ont -20 % sur les soins du spa »
    Construction(
        regex_cache.compile(
            r"\bmerci (?:a|au|aux|@)[^\n]{0,250}?(?:-\s?\d+ ?%|\d+ ?% de (?:reduction|remise))[^.!?\n]{0,40}?"
            r"\b(?:chez|sur (?:leur|leurs|les \w+ (?:du|de la|de l'|des)))"
        )
    ),
    # a loan or a gift from a brand (« MedDistrib me l'a prêté gracieusement », « merci à X de me la
    # prêter », « ils m'en ont envoyé un », « ils m'ont gâtée avec le coffret »), a referral hook
    # (« dites que vous venez de ma part », « mentionnez mon nom »), a code then its discount
    # (« le code … : SERENIA-DOC, -20 % »)
    Construction(
        regex_cache.compile(
            r"\b(?:me|nous) (?:l'|la |le |les )(?:(?:a|ont|avez|avoir) )?pret(?:e|ee|es|ees|er|ent)\b"
            r"|\bpretee?s? gracieusement\b"
            r"|\b(?:ils|elles|la marque) (?:m'en |me l'|me les |nous en |nous l'|nous les |m'|nous )(?:ont|a)"
            r" (?:envoye|offert|fait parvenir|gate|prete)\w*"
            # a trip on the brand: « la marque m'a d'ailleurs invité à son congrès de Miami »
            r"|\b(?:la marque|le laboratoire|le labo|les laboratoires|ils|elles) (?:m'|nous )(?:a|ont)"
            r" (?:[\w']+ )?"
            r"(?:invite|convie)\w* (?:a|au|en|pour) (?:son|leur|un|une) (?:congres|seminaire|voyage|soiree"
            r"|week-end|sejour|diner|lancement|evenement)\b"
            # (a referral to a colleague, « dites au Dr X que vous venez de ma part », has no discount)
            r"|\b(?:dites|demandez|mentionnez|precisez|donnez)\b"
            r"(?=[^.!?\n]{0,80}?(?:remise|reduction|offre|%|ristourne|geste commercial))"
            r"[^.!?\n]{0,40}?\b(?:de ma part|mon nom|notre nom|notre cabinet|le cabinet|le nom du cabinet)\b"
            r"|\b(?:concession|magasin|boutique|showroom)\b[^.!?\n]{0,40}?\b(?:mentionnez|dites|donnez)\b"
            r"[^.!?\n]{0,20}?\b(?:de ma part|mon nom)\b"
            r"|\bcode\b[^.!?\n]{0,40}?:\s*[a-z0-9-]{4,}[ ,]+-\s?\d+ ?%"
        )
    ),
    # equipment or products lent, provided or sent by a company: « machine prêtée par X », « le laser
    # mis à disposition par X » (not by the audience, a hospital or a public body)
    Construction(
        regex_cache.compile(
            r"\b(?:machines?|appareils?|lasers?|equipements?|materiels?|plateformes?|dispositifs?|produits?"
            r"|echantillons?|coffrets?|box|colis|fauteuils?|tables?|loupes?|gammes?|kits?|prototypes?)\b"
            r"[^.!?\n]{0,30}?\b(?P<m>(?:pretee?s?|mise?s? a (?:notre |ma |mon )?disposition|fournie?s?"
            r"|envoyee?s?|donnee?s?|offerte?s?)(?: gracieusement| gratuitement)? par)"
            rf"{_NOT_A_COMPANY}"
            r"(?! (?:la |le |l')?(?:hopital|clinique|service|mutuelle|secu\w*|securite sociale|assurance"
            r"|etablissement|collegue|confrere|infirmi\w+|patient\w*))"
            r" (?!(?:un|une|des|mon|ma|mes)\b)(?=[\w@])"
        ),
        "m",
    ),
    # « code DOC10 pour vous »: a personal code handed to the audience; « je ne jure que par … » is
    # not a negation of it.
    Construction(
        regex_cache.compile(
            r"\bcode (?:promo )?[a-z]*\d+[a-z0-9]* (?:pour (?:vous|toi|mes abonne\w*|les abonne\w*)"
            # … or to use at the brand's: « code LIPS10 chez eux », « code DOC10 chez @marque »
            r"|chez (?:eux|elles|@\w+|la marque))\b"
        ),
        ignore=frozenset({"negation"}),
    ),
)


# What a discount or a perk looks like, next to « de ma part » or after a partner named
_PERK = (
    r"(?:remise|reduc\w*|ristourne|geste|prix (?:d'ami|special|preferentiel|reduit)"
    r"|tarifs? (?:preferentiel|special|reduit)\w*|-\s?\d+ ?%|\d+ ?% de (?:reduction|remise)|cadeau|surprise"
    r"|offres?|offr(?:ent|ons)|offerte?s?|moins cher|(?:livraison|frais de port|essai) (?:offert|gratuit)\w*)"
)

_MORE_CONSTRUCTIONS = (
    # a perk « de ma part » / « de notre part » at a company, in either order (a colleague referred
    # « de ma part » is offered no discount)
    Construction(
        regex_cache.compile(
            rf"\bde (?:ma|notre) part\b(?=[^.!?\n]{{0,80}}?(?<!\w){_PERK})"
            rf"|(?<!\w){_PERK}[^.!?\n]{{0,80}}?\bde (?:ma|notre) part\b"
        )
    ),
    # a code word (letters then digits) handed with a perk: « -15% pour les internes avec INTERNE15 »,
    # « ils offrent la livraison avec OEIL24 »
    Construction(
        regex_cache.compile(
            rf"(?:(?<!\w){_PERK}|(?<![\d,.])\d+ ?%)[^.!?\n]{{0,60}}?\bavec"
            r" (?:le code |mon code |notre code )?"
            r"[a-z]{2,}[a-z-]*\d{1,3}\b"
            r"|\b(?:livraison|frais de port|essai|abonnement|mois)\b[^.!?\n]{0,30}?\b(?:offerte?s?"
            r"|gratuite?s?)"
            r"[^.!?\n]{0,30}?\bavec (?:le code |mon code |notre code )?[a-z]{2,}[a-z-]*\d{1,3}\b"
        )
    ),
    # a share of the sale: « on touche un petit pourcentage », « c'est notre code »
    Construction(
        regex_cache.compile(
            r"\b(?:je|on|nous) (?:touche|touchons|percoi[st]|percevons|recupere|recuperons|gagne|gagnons)"
            r" (?:une |un )?(?:petite? |petit )?(?:commission|com|comm|pourcentage|ristourne|retrocession)\b"
            # « je touche un petit quelque chose si tu passes par là », « j'ai un code »
            r"|\b(?:je|on|nous) (?:touche|touchons|recupere|recuperons|gagne|gagnons) (?:un|une)"
            r" (?:petite? )?"
            r"(?:quelque chose|chose|bonus|part)\b|\bj'ai (?:un|mon) (?:petit )?code\b(?! d)"
            # « lien avec ma commission en commentaire »
            r"|\b(?:avec|sur|dont) (?:ma|notre|une) (?:petite )?(?:commission|com|comm|retrocession)\b"
            r"|\bc'est (?:notre|mon) code\b|\b(?:ca|cela) (?:me|nous) (?:fait|rapporte|reverse) (?:une |un )?"
            r"(?:petite? |petit )?(?:commission|com|comm|pourcentage|ristourne)\b"
        )
    ),
    # a partnership with a maker announced in prose (« notre partenariat avec l'association X et les
    # laboratoires Y »): a commercial link, not the legal mention
    Construction(
        regex_cache.compile(
            r"\b(?:notre|mon|un|ce|le|cette|nouveau) (?:nouveau |beau |grand )?partenariat avec\b"
            r"[^.!?\n]{0,80}?\b(?:les laboratoires|le laboratoire|la marque|le labo|les labos|la societe"
            r"|l'entreprise|la maison)(?= [a-z])"
        )
    ),
    # a referral or affiliate link of one's own, whatever it earns
    Construction(
        regex_cache.compile(r"\b(?:mon|notre|ce|le) lien (?:de parrainage|d'affiliation|affilie)\b")
    ),
    # a sponsor without the word: « cet épisode existe grâce à Banque X », « cette vidéo vous est
    # offerte par … », a sign-up bonus through the link
    Construction(
        regex_cache.compile(
            r"\b(?:cet|cette|ce) (?:episode|video|live|podcast|emission|chronique|newsletter|numero|serie"
            r"|tuto\w*) (?:existe|est possible|vous est (?:offert|propose)e?"
            r"|est (?:soutenue?|financee?|offerte?|proposee?|accompagnee?|rendue? possible)) (?:grace a"
            r"|par)\b"
            # … by a company, not by the audience (« grâce à vos questions »)
            rf"{_NOT_A_COMPANY}"
            # « un mot pour X, qui soutient la chaîne » (not the viewers « qui soutiennent la chaîne »)
            r"|(?<!vous )(?<!tous )\bqui (?:soutient|accompagne|finance|sponsorise|parraine|rend possible)"
            r" (?:la chaine|cette (?:video|serie|emission|chronique)|ce (?:podcast|live|programme)"
            r"|cet episode"
            r"|l'emission|le podcast|la newsletter)\b"
            r"|\b(?:avec|via|par) (?:le|mon|notre|ce) lien\b[^.!?\n]{0,80}?\bvous (?:recevez|gagnez|obtenez"
            r"|aurez|touchez|beneficiez)\b[^.!?\n]{0,30}?(?:\d+ ?(?:€|euros)|de bienvenue|offerte?s?"
            r"|gratuit\w*|mois)"
        ),
        ignore=frozenset({"meta"}),
    ),
    # working « hand in hand » with a company whose customers get a perk: « nous travaillons main
    # dans la main avec X … nos patientes bénéficient d'un tarif préférentiel »
    Construction(
        regex_cache.compile(
            r"\b(?:travaill\w+|collabor\w+) (?:main dans la main |en direct |etroitement "
            r"|depuis \w+ ans )?avec"
            rf"[^\n]{{0,200}}?(?:nos|mes|vos) (?:patient\w*|abonne\w*|lect\w*)[^.!?\n]{{0,40}}?\b{_PERK}"
        )
    ),
)

# A brand's perk for the practice's patients at « our partner »: « nos patientes bénéficient de -20 % au
# spa X, notre partenaire bien-être »; a care act or a perk given in exchange for posts
_PARTNER_PERK = (
    Construction(
        regex_cache.compile(
            rf"\b(?:nos|mes) (?:patient\w*|abonne\w*|client\w*|lect\w*)\b[^.!?\n]{{0,40}}?(?<!\w){_PERK}"
            r"[^.!?\n]{0,80}?\b(?:notre|nos|mon|mes) (?:\w+ )?partenaires?\b"
            r"(?! (?:hospitalier|institutionnel|universitaire|public|de sante)s?\b)"
            # … or on showing the practice's card: « -20 % sur sa cure sur présentation de la carte du
            # cabinet »
            rf"|(?<!\w){_PERK}[^.!?\n]{{0,80}}?\bsur presentation"
            r" (?:de la|de votre|d'une) (?:carte|ordonnance"
            r"|facture|badge) (?:du|de notre|de la|de votre) (?:cabinet|clinique|centre)\b"
            r"|\ben echange (?:de |d')?(?:\d+|une?|deux|trois|quatre|cinq|quelques|des)"
            r" (?:stories|story|reels?|posts?|publications?|videos?|tiktoks?)\b"
        )
    ),
)

# A brand's handle thanked for a loan or a gift (« Merci @HairLab pour le prêt de ce bijou ») stands
# even when the sentence goes on about « certains confrères » (read as a report by the qualifiers)
_HANDLE_THANKED = (
    Construction(
        regex_cache.compile(
            rf"{_MERCI}@\w+ pour (?:le|ce|cet|cette|ces|leur|leurs|son|sa|ses) (?:\w+ )?"
            r"(?:pret|cadeau|envoi|colis|coffret|mise a disposition)\b"
        ),
        ignore=frozenset({"reported"}),
    ),
)

# An order not to disclose the payment: « ne pas mentionner la rémunération ». A « si » before it
# does not undo it (« si tu tagues le cabinet, sans écrire que c'est un partenariat »): the order
# stands whatever the condition.
_HIDE_ORDER = (
    Construction(
        regex_cache.compile(
            r"\b(?:ne (?:pas|jamais)|sans|surtout pas|eviter de) (?:mentionner|indiquer|preciser|declarer"
            r"|afficher|signaler|dire|ecrire|mettre|ajouter|parler de|faire apparaitre)\b"
            r"[^.!?\n]{0,20}?(?:\b|(?=#))(?:la remuneration|le partenariat|la collaboration|le sponsor\w*"
            r"|le contrat"
            r"|qu'(?:elles|ils|elle|il) (?:sont|est) paye\w*"
            r"|que c'est (?:un |une )?(?:paye|sponsorise|pub\w*|offert|partenariat|collab\w*|remunere)"
            r"|#pub|#ad\b|#partenariat|la mention|le cadeau|le lien (?:commercial|avec))"
            # « PAS de #pub », « pas besoin de mettre #pub »: the mention itself waived
            # the verb conjugated: « on préfère que tu ne mentionnes pas que c'est payé »
            r"|\bne (?:mentionne[sz]?|indique[sz]?|precise[sz]?|dise[sz]?|ecrive[sz]?|mette[sz]?|signale[sz]?"
            r"|declare[sz]?|parle[sz]?) (?:pas|jamais|surtout pas)\b[^.!?\n]{0,10}?(?:\b|(?=#))"
            r"(?:que c'est (?:un |une )?(?:paye|sponsorise|pub\w*|offert|partenariat|collab\w*|remunere)"
            r"|de la remuneration|du partenariat|la remuneration|le partenariat|la collaboration"
            r"|le sponsor\w*"
            r"|le contrat|#pub|#ad\b|#partenariat)"
            r"|\bpas (?:besoin )?(?:de|d') ?(?:mettre |ajouter |faire |indiquer |preciser |ecrire )?(?:de )?"
            r"(?:#pub\w*|#ad\b|#partenariat\w*|#sponsor\w*"
            r"|mention (?:partenariat|pub\w*|collab\w*|sponsor\w*))"
            # « sans mention #pub pour garder un rendu naturel », « un post sans mention pub ça vous va ? »
            r"|\bsans (?:la |de |aucune )?mention\s+\W{0,2}#?(?:pub\w*|partenariat|collab\w*|sponsor\w*)"
            # the legal mention itself named as what to leave out: « NE PAS mettre « partenariat » ni
            # « publicité » », « ne PAS mentionner « collaboration commerciale » », « inutile de mettre
            # #partenariat », « ne comporteront ni mention « Publicité » », « s'abstient de toute mention »,
            # « PAS de mention pub »
            r"|\b(?:ne (?:pas|jamais)|surtout pas|eviter de|inutile de) (?:mentionner|indiquer|preciser"
            r"|afficher|ecrire|mettre|ajouter|faire apparaitre)\W{1,3}"
            r"(?:#?partenariat|publicite|collaboration commerciale)\b"
            r"|\b(?:ne|n') ?\w+ (?:pas|ni) (?:la |de |aucune )?mention\s+\W{0,2}#?"
            r"(?:pub\w*|partenariat|collab\w*|sponsor\w*)"
            r"|\bs'abstien\w* de (?:toute |la )?mention|\bpas de mention\s+\W{0,2}#?(?:pub\w*|partenariat"
            r"|collab\w*|sponsor\w*)"
        ),
        ignore=frozenset({"negation", "meta", "hypothesis"}),
    ),
)

# « code CABINETSOURIRE »: a code word in capitals, checked on the analysed text's case
_CODE_WORD = regex_cache.compile(
    r"\b(?:mettez|entrez|utilisez|tapez|saisissez|renseignez|indiquez|avec)? ?(?:le |mon |notre )?"
    r"code (?:promo |de reduction |partenaire )?(?P<code>[a-z][a-z0-9-]{3,})\b"
)
_MEDICAL_CODES = regex_cache.compile(
    r"(?:cim|ccam|ngap|naf|ape|rpps|adeli|finess|siret|siren|insee|nir|atc|lpp)\b"
)
_COMMERCE = regex_cache.compile(
    r"%|\b(?:remise|reduc\w*|command\w*|panier|boutique|e-?shop|livraison|offert\w*|gratuit\w*|achat\w*|lien"
    r"|promo\w*|leur site|bio|essai|abonnement|soldes?|profite[zr]?)\b"
    # a code handed to the audience or to use at the brand's: « code DOCNOMADE pour vous »
    r"|\bcode [a-z][a-z0-9-]{3,} (?:pour (?:vous|toi|mes abonne\w*)|chez (?:eux|elles|@\w+))\b"
)
_NOT_CODES = frozenset(
    {
        "promo",
        "postal",
        "acces",
        "source",
        "couleur",
        "vestimentaire",
        "civil",
        "penal",
        "secret",
        "wifi",
        "porte",
        "barre",
        "confidentiel",
        "reduction",
        "partenaire",
        "parrainage",
        "avantage",
        "pour",
        "dans",
        "sante",
        "deontologie",
        "route",
        "travail",
        "commerce",
        "consommation",
    }
)


def _code_words(context: Context, rule: Rule) -> list[Candidate]:
    """« code DRHUGO », « le code CABINETSOURIRE à la commande »: a word in capitals after « code »."""
    folded = context.folded.text
    if "code" not in folded or any(context.may_search(p) for p in rule.unless_text):
        return []
    found = []
    for match in _CODE_WORD.finditer(folded):
        if match.group("code") in _NOT_CODES:
            continue
        start, end = context.plain_span(*match.span("code"))
        word = context.plain.text[start:end]
        text = context.plain.text
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end != -1 else len(text)]
        # a code word is in capitals in a text that is not all capitals
        if not (word.isupper() and any(c.islower() for c in line)):
            continue
        # … and handed in a commercial sentence (a portal's access code is not a promo code)
        around = folded[max(match.start() - 150, 0) : match.end() + 150]
        if _MEDICAL_CODES.match(match.group("code")) or not _COMMERCE.search(around):
            continue
        if is_dropped(context, rule, *match.span()):
            continue
        begin, finish = context.plain_span(*match.span())
        found.append(
            Candidate(
                rule.id, begin, finish, f"Supprimer « {context.plain.text[begin:finish]} ». {rule.suggestion}"
            )
        )
    return [c for c in found if not hypothetical(context, c, closed_if=True)]


# Thanks to a company: « merci à l'équipe Aeris France », « merci aux laboratoires Nacrée »
_THANKS_TO = regex_cache.compile(
    r"\bmerci,? (?:(?:beaucoup|infiniment|encore|d'ailleurs|aussi|au passage|egalement),? )?(?:a |au |aux |@)"
    r"(?:toute )?"
    r"(?:(?:l'|la |le |les )?(?:equipe|marque|laboratoire|labo|societe|maison|groupe|team)s? )?"
    r"(?:de |d')?(?P<name>[a-z][\w-]{2,})"
)


def _thanks_to_a_brand_promoted(context: Context, rule: Rule) -> list[Candidate]:
    """The maker of a product the text names by its brand, thanked (« les nouveaux implants Aeris
    Light … Merci à l'équipe Aeris France pour la formation ! »): « merci à la marque X » of the rule."""
    folded = context.folded.text
    if "merci" not in folded or any(context.may_search(p) for p in rule.unless_text):
        return []
    plain = context.plain.text
    brands: set[str] = set()
    for match in NAMED_PRODUCT.finditer(folded):
        start, end = context.plain_span(*match.span("name"))
        brands.update(
            fold_string(w) for w in NAME_WORD.findall(plain[start:end]) if w[0].isupper() and w[1:].islower()
        )
    if not brands:
        return []
    found = []
    for match in _THANKS_TO.finditer(folded):
        # a negation elsewhere in an unsplit sentence (« je n'en changerai pour rien 🙏 merci à … »)
        # does not govern a thanks
        if match.group("name") not in brands or is_dropped(
            context, rule, *match.span(), ignore=frozenset({"negation"})
        ):
            continue
        begin, finish = context.plain_span(*match.span())
        found.append(
            Candidate(rule.id, begin, finish, f"Supprimer « {plain[begin:finish]} ». {rule.suggestion}")
        )
    return [c for c in found if not hypothetical(context, c, closed_if=True)]


# A commercial link somewhere in the text: a handle, a code, money, a brand, a product, a contract.
_LINK = regex_cache.compile(
    r"@\w|\bcodes?\b|%|€|\beuros?\b|\bremuner\w*|\bmarques?\b|\blabo\w*|\bcontrat\b|\bcommission\b"
    r"|\bdotation\b|\boffert\w*|\bproduits?\b|\bgammes?\b|\bkits?\b|\btubes?\b|\bseringues?\b"
    r"|\bpartenariat\b|\bcollab\w*|\bambassad\w*|\binfluen\w*|\bcreat(?:eur|rice)s?\b|\bpaye\w*"
    r"|\b(?:serums?|cremes?|gels?|gaines?|sacs?|coffrets?|colis)\b"
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Undisclosed commercial links to a brand."""
    found = candidates(
        context, rule, _CONSTRUCTIONS + _MORE_CONSTRUCTIONS + _PARTNER_PERK + _HANDLE_THANKED, closed_if=True
    )
    # (an order to hide a link needs a link: « pas de mention pub sur le site du cabinet, nous ne faisons
    # pas de publicité » hides nothing)
    hidden = construction_candidates(context, rule, _HIDE_ORDER) if _LINK.search(context.folded.text) else []
    for extra in (hidden, _code_words(context, rule), _thanks_to_a_brand_promoted(context, rule)):
        found += [c for c in extra if not any(f.start < c.end and f.end > c.start for f in found)]
    return found
