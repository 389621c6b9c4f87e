"""``partenariat-non-declare`` as constructions: a commercial link to a brand (gift « offert par »,
« merci à X pour ce … », promo code « -10 % avec DOC10 », referral or affiliate link, commission,
« rendue possible par ») in a text without « Publicité » / « Collaboration commerciale ».
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction
from vitrine.compliance.logic.produit_sante import candidates
from vitrine.compliance.registry import Rule

_CONSTRUCTIONS = (
    # « petit mot pour le sponsor de cette vidéo »: « avant de parler de la technique » is no
    # meta-discourse about the sponsor
    Construction(
        re.compile(
            r"\bsponsors? (?:de|du) (?:cette|ce|la|l') ?(?:video|chaine|episode|podcast|live|emission)\b"
        ),
        ignore=frozenset({"meta"}),
    ),
    Construction(
        re.compile(
            r"\bmerci (?:a |@)[^.!?\n]{0,40}?\bpour (?:ce|cet|cette|ces|le|la|les|son|sa|ses)\b"
            r"[^.!?\n]{0,60}?"
            r"\b(?:offert\w*|cadeau|geste|envoi|coffret|financement)\b"
            r"|\b(?:offerte?s?|envoyee?s?|recue?s?) (?:a l'occasion|de la part)\b"
            r"|\bcadeau recu (?:de|par)\b|\bqui m'a (?:envoye|offert) (?:son|sa|ses|leur|leurs) nouve\w+"
            r"|-\s?\d+ ?% (?:avec|grace a) (?:le code )?[a-z]*\d+[a-z0-9]*\b"
            r"|\bliens? (?:de parrainage|d'affili\w*|en description|dans ma bio|en commentaire)\b"
            r"[^.!?\n]{0,40}"
            r"(?:offert|code|%|commission)|(?:offert|code|%)[^.!?\n]{0,40}\bliens? en description\b"
            r"|\bje touche (?:une )?(?:petite )?(?:commission|com|comm)\b|\ben donnant mon nom\b"
            r"|\b(?:ma|notre) (?:vitrine|boutique|liste|page) amazon\b"
            r"|\brecue?s? (?:gratuitement|en cadeau)\b|\brendue? possible (?:par|grace a)\b"
            r"|\b(?:qui )?rend(?:ent)? (?:cette|ce|cet) (?:\w+ )?possible\b"
            r"|\blien (?:est )?en description avec \d+ ?% (?:de reduction|de remise)"
            r"|\bpartenaire officiel\b|\?ref="
            # a code word after the discount, without digits: « (-15 % avec DRNUIT) »
            r"|-\s?\d+ ?% (?:avec|grace a) (?:le code )?"
            r"(?!(?:le|la|les|votre|vos|ton|ta|tes|une?|des|notre|nos|mon|ma|mes|leurs?|ce|cette|ces)\b)[a-z0-9]{4,}"
            r"(?=\s*(?:\)|$|[.!,;\n]|(?:si|pour|sur|chez)\b|[^\w\s]))"
            # … or before its discount: « avec CAMILLE20 vous avez -20 % chez @marque »
            r"|\bavec (?:le code |mon code )?[a-z]+\d+[a-z0-9]*\b[^.!?\n]{0,30}?(?:-\s?\d+ ?%|\d+ ?% de)"
            # thanks to a company, then an ad for its offer: « Merci à X … Allez voir leur boutique »,
            # « … sachez qu'ils proposent aussi des crédits », « merci à X d'avoir sponsorisé … »
            r"|\bmerci\b[^\n]{0,200}?\b(?:allez (?:voir|decouvrir|jeter un oeil a)|decouvrez"
            r"|filez (?:voir|sur)|foncez (?:voir|sur)|rendez-vous (?:sur|chez))"
            r" (?:leur|leurs|sur leur) (?:\w+ )?(?:boutique|site"
            r"|showroom|catalogue|offres?|produits?|gamme|collection|circuits|voyages|magasin|creations|services"
            r"|e-?shop)\b"
            r"|\bmerci\b[^\n]{0,200}?\b(?:ils|elles) (?:proposent|font|vendent|ont) (?:aussi|egalement)\b"
            r"|\bmerci (?:a |@)[^.!?\n]{0,40}?\b(?:d'avoir|qui a|qui ont)"
            r" (?:sponsorise|offert|equipe|habille)\w*"
        )
    ),
    # a company thanked, then a discount at that company for the practice's patients: « Merci au Spa X
    # de nous avoir accueillis … nos patientes ont -20 % sur les soins du spa »
    Construction(
        re.compile(
            r"\bmerci (?:a|au|aux|@)[^\n]{0,250}?(?:-\s?\d+ ?%|\d+ ?% de (?:reduction|remise))[^.!?\n]{0,40}?"
            r"\b(?:chez|sur (?:leur|leurs|les \w+ (?:du|de la|de l'|des)))"
        )
    ),
    # a loan or a gift from a brand (« MedDistrib me l'a prêté gracieusement », « merci à X de me la
    # prêter », « ils m'en ont envoyé un », « ils m'ont gâtée avec le coffret »), a referral hook
    # (« dites que vous venez de ma part », « mentionnez mon nom »), a code then its discount
    # (« le code … : SERENIA-DOC, -20 % »)
    Construction(
        re.compile(
            r"\b(?:me|nous) (?:l'|la |le |les )(?:(?:a|ont|avez|avoir) )?pret(?:e|ee|es|ees|er|ent)\b"
            r"|\bpretee?s? gracieusement\b"
            r"|\b(?:ils|elles|la marque) (?:m'en|me l'|nous en|nous l'|m'|nous) (?:ont|a)"
            r" (?:envoye|offert|fait parvenir|gate)\w*"
            # (a referral to a colleague, « dites au Dr X que vous venez de ma part », has no discount)
            r"|\b(?:dites|demandez|mentionnez|precisez|donnez)\b"
            r"(?=[^.!?\n]{0,80}?(?:remise|reduction|offre|%|ristourne|geste commercial))"
            r"[^.!?\n]{0,40}?\b(?:de ma part|mon nom)\b"
            r"|\b(?:concession|magasin|boutique|showroom)\b[^.!?\n]{0,40}?\b(?:mentionnez|dites|donnez)\b"
            r"[^.!?\n]{0,20}?\b(?:de ma part|mon nom)\b"
            r"|\bcode\b[^.!?\n]{0,40}?:\s*[a-z0-9-]{4,}[ ,]+-\s?\d+ ?%"
        )
    ),
    # « code DOC10 pour vous »: a personal code handed to the audience; « je ne jure que par … » is
    # not a negation of it.
    Construction(
        re.compile(r"\bcode (?:promo )?[a-z]*\d+[a-z0-9]* pour (?:vous|toi|mes abonne\w*|les abonne\w*)\b"),
        ignore=frozenset({"negation"}),
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Undisclosed commercial links to a brand."""
    return candidates(context, rule, _CONSTRUCTIONS)
