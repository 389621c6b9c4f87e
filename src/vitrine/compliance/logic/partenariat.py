"""``partenariat-non-declare`` as constructions: a commercial link to a brand (gift « offert par »,
« merci à X pour ce … », promo code « -10 % avec DOC10 », referral or affiliate link, commission,
« rendue possible par ») in a text without « Publicité » / « Collaboration commerciale ».
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, construction_candidates
from vitrine.compliance.registry import Rule

_CONSTRUCTIONS = (
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
            r"|\bje touche une (?:petite )?commission\b|\ben donnant mon nom\b|\brendue? possible par\b"
            r"|\bpartenaire officiel\b|\?ref="
        )
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Undisclosed commercial links to a brand."""
    return construction_candidates(context, rule, _CONSTRUCTIONS)
