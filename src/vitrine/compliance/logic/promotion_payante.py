"""``promotion-payante`` as constructions, next to the rule file's words: money put on content or
visibility (« remettre 50 € sur la vidéo », « 3 000 euros par mois en référencement payant »),
numbers helped along (« j'ai un peu aidé l'algo avec une promo »), an influencer paid to show the
practice, an advertising campaign launched, a paid listing in a directory.

The hypothesis is judged by ``produit_sante.candidates`` (a reflexive « s'en cache » is no « si »).
"""

from __future__ import annotations

import re

from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction, words
from vitrine.compliance.logic.produit_sante import candidates
from vitrine.compliance.registry import Rule

_MONEY = r"\d[\d\s.,]*\s?k?\s?(?:€|euros?\b|balles\b)"
# What paid visibility is bought for: a piece of content, an advert, a ranking
_TARGET = words(
    r"videos?|posts?|publications?|reels?|story|stories|threads?|tweets?|tiktoks?|contenus?",
    r"pubs?|publicites?|annonces?|campagnes?|ads|sponsoris\w*|boost\w*",
    r"referencement(?: payant| google| naturel)?|visibilite",
)
_AUDIENCE = r"(?:likes|followers|abonnes|vues|fans|j'aime|mentions? j'aime)"

_CONSTRUCTIONS = (
    # a platform's ad label over the practice's own name: « Publicité · Dr X, chirurgien-dentiste »
    # (over a brand, « Publicité | En partenariat avec … », it is the partnership disclosure)
    Construction(
        re.compile(
            r"(?:^|\n)\s*(?P<m>publicite)\s*[·•|]\s*(?:dr|docteur|pr|professeur|cabinet|clinique|centre|institut)\b"
        ),
        "m",
    ),
    # an amount put on content or visibility: « remettre 50 € sur la vidéo », « 3 000 euros par
    # mois en référencement payant »
    Construction(
        re.compile(
            rf"(?P<m>{_MONEY})(?: \w+){{0,3}} (?:sur|dans|en|pour)"
            r" (?:la |le |les |l'|ce |cette |ces |notre |nos |mon |ma |mes |du |de la |des |une |un )?"
            rf"(?:\w+ )?{_TARGET}\b"
        ),
        "m",
    ),
    # the numbers helped along: « j'ai un peu aidé l'algo avec une promo », « aidé la croissance
    # avec un pack »
    Construction(
        re.compile(
            r"\b(?P<m>(?:aide|booste|gonfle|pousse|dope)\w*) (?:un peu |bien |legerement )?"
            r"(?:la croissance|l'algo\w*|les chiffres|le compteur|les stats|mes stats|le compte|les abonnes"
            r"|ma visibilite|la visibilite)\b[^.!?\n]{0,20}?\b(?:avec|grace a|via) (?:un|une|des|quelques)\b"
        ),
        "m",
    ),
    # paid to promote: « j'ai payé pour promouvoir ce thread », « on a investi un peu pour faire
    # connaître le nouveau plateau »
    Construction(
        re.compile(
            r"\b(?P<m>(?:pa(?:y|i)|investi|depense|claque|mis)\w*)"
            r" (?:un peu |un petit budget |quelques euros )?"
            r"(?:pour|afin de) (?:nous |me |le |la |les )?(?:promouvoir|booster|sponsoriser|mettre en avant"
            r"|diffuser|pousser|faire (?:connaitre|tourner|remonter))\b"
        ),
        "m",
    ),
    # an influencer or content placement bought: « devis influence », « 3 stories + 1 reel … 1 200 € »
    Construction(
        re.compile(
            r"\b(?P<m>(?:devis|contrat|prestation|budget|facture)s? (?:d')?influence\w*)"
            rf"|\b(?P<n>\d+ (?:stories|story|reels?|posts?|videos?|tiktoks?|publications?))\b[^\n]{{0,100}}?"
            rf"{_MONEY}(?: ?(?:ht|ttc)\b| par (?:mois|post|story|reel|video|publication))"
        ),
        "m",
    ),
    # an audience sold in a pack: « pack croissance Instagram – 5 000 abonnés + 20 000 j'aime »,
    # « grâce au pack croissance de @X »
    Construction(
        re.compile(
            rf"\b(?P<m>(?:packs?|offres?|forfaits?|prestations?))\b[^\n]{{0,40}}?\b\d[\d\s.,]*k?\s*{_AUDIENCE}"
            r"(?!\w)|\b(?P<n>packs? (?:croissance|visibilite|boost|notoriete|abonnes|followers|likes))\b"
        ),
        "m",
    ),
    # an advertising campaign: « campagne d'affichage et de spots radio », « on a lancé une petite
    # campagne ce mois-ci » (not a public-health campaign)
    Construction(
        re.compile(
            r"\b(?P<m>campagnes? (?:d'affichage|publicitaires?|de pub\w*|radio|tv|televis\w*|d'affiches?"
            r"|de visibilite|de notoriete|marketing)|spots? (?:radio|tv|televis\w*|publicitaires?))\b"
            r"|\b(?P<n>lance\w*|lancement d'une) (?:une |des )?(?:petite |nouvelle |premiere |grande )?"
            r"(?:campagne|pub|publicite)s?\b(?! (?:de|d'|nationale|contre|pour (?:la|le)) ?"
            r"(?:vaccination|depistage|prevention|sensibilisation|information|sante))"
        ),
        "m",
    ),
    # a paid listing: « en tête de liste de l'annuaire … grâce à notre abonnement »
    Construction(
        re.compile(
            r"\b(?P<m>en tete|en haut|en premier|premiere? (?:position|place)|mis en avant)\b"
            r"(?:[^.!?\n]|\.(?=\w)){0,80}?"
            r"\b(?:grace a|avec|via) (?:notre|mon|leur|un|une|l') ?(?:abonnement|option|formule)\b"
            r"|\b(?:grace a|avec|via) (?:notre|mon|leur|un|une|l') ?(?P<n>abonnement|option|formule)\b"
            r"[^!?\n]{0,80}?\b(?:en tete|en haut|en premier|premiere? (?:position|place)|mis en avant)\b"
        ),
        "m",
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Paid promotion of the practice's content or activity."""
    return candidates(context, rule, _CONSTRUCTIONS)
