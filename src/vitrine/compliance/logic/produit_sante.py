"""``produit-sante`` as a construction: a health product (cream, serum, supplement, compression
garment, filler, implant…) within reach of a commercial or recommending cue (a brand's « leur »,
an @account, a promo code, a shop, « je conseille à toutes », « mon préféré », « qui tient 18 mois »).

A neutral mention of a substance (« l'acide hyaluronique est présent dans la peau ») has no cue.
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates, words
from vitrine.compliance.registry import Rule

_NEAR = r"[^.!?\n]{0,80}?"

_PRODUCT = words(
    r"cremes?|serums?|baumes?|gels?|huiles?|lotions?|ecrans? solaires?|complements?|gelules?|vitamines?",
    r"collagene|cures?|gaines?|soutiens?-gorge|brassieres?|patchs?|fillers?|protheses?|implants?",
    r"toxine|botox|skinboosters?|soins? (?:cicatrisants?|reparateurs?|post-\w+)|coffret de soins",
    r"shampo\w+|apres-shampo\w+|gouttes|collyres?|sprays?|pommades?|masques?|savons?|acide hyaluronique",
    r"spf ?\d+|protections? solaires?|fils? (?:resorbables?|tenseurs?|de suture)|dermographes?",
)
_CUE = words(
    # an @account is a brand, unless it is the person addressed (« Réponse à @Sandrine : … »)
    r"(?<!reponse a )(?<!repondre a )@\w+(?! ?:)",
    r"codes? [a-z0-9-]*\d*",
    r"-\s?\d+ ?%",
    r"boutique|e-?shop|a l'accueil|en vente|commandez\w*|achetez",
    r"je (?:vous )?(?:le |la |les )?(?:conseille|recommande|prescris|adore)\w*(?: a (?:toutes|tous))?",
    r"(?:mon|ma|mes) (?:top|prefere\w*|favori\w*|chouchou)|prefere\w*|pepite|must-have|coup de coeur",
    r"je n'utilise que|meilleur allie|qui tient \d+ mois|resultats visibles|ideal\w* pour",
    r"(?:de|chez) (?:la marque|les laboratoires|le laboratoire)",
    r"sponsorisee? par|collaboration commerciale|#partenariat|en collab\w*",
    # sold or stocked by the practice, with a price, or « the reference » product
    r"en stock|dispo\w* (?:au|a l'|sur (?:le|notre)) (?:cabinet|accueil|secretariat|site)|\d+[,.]\d\d ?€",
    r"recommandee?s? (?:apres|pour|contre|en cas)|de reference|je ne jure que",
    r"meilleure?s? (?:\w+ ){0,3}du marche|je n'(?:injecte|utilise|pose|prescris|conseille) que",
    r"lien (?:en|dans (?:ma|la|les)) (?:bio|description|commentaires?)",  # « liens » are references
    # an affiliate or referral link, a discount « de ma part », an order link
    r"lien (?:affilie|d'affiliation|de parrainage|pour commander)|[?&]ref=|de ma part|une remise",
    # a care claim made for the product (« parfait sur les cicatrices récentes », « bluffant »,
    # « le plus naturel du marché »)
    r"parfaite?s? sur|bluffant\w*|(?:le|la|les) plus \w+ du marche",
    r"nous (?:injectons|posons|utilisons) desormais|nouveaute au cabinet",
)

_CONSTRUCTIONS = (
    Construction(re.compile(rf"\b(?P<m>{_PRODUCT})\b{_NEAR}(?:{_CUE})(?!\w)")),
    Construction(re.compile(rf"(?:{_CUE}){_NEAR}\b(?P<m>{_PRODUCT})\b")),
    # « Le meilleur allié après un lifting ? La crème à l'arnica … »: a rhetorical question answered
    Construction(
        re.compile(
            rf"\b(?:meilleur allie|indispensable|secret|arme secrete|must-have|chouchou)[^.!\n]{{0,50}}\?\s*"
            rf"{_NEAR}\b(?P<m>{_PRODUCT})\b"
        )
    ),
    # the product named, then recommended to every patient a sentence later: « Les gélules X …
    # Je les conseille à toutes mes patientes »
    Construction(
        re.compile(
            rf"\b(?P<m>{_PRODUCT})\b[^\n]{{0,160}}?\bje (?:les|la|le|l') ?(?:conseille|recommande|prescris)"
            r" (?:a )?(?:toutes|tous|chacune|chacun|mes|systematiquement)"
        ),
        "m",
    ),
    # « leur nouvelle crème cicatrisante »: the brand's own product
    Construction(re.compile(rf"\bleurs? (?:nouve\w+ )?(?P<m>{_PRODUCT})\b")),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Health products promoted or recommended commercially."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
