"""``promotion-payante`` as constructions, next to the rule file's words: money put on content or
visibility (« remettre 50 € sur la vidéo », « 3 000 euros par mois en référencement payant »),
numbers helped along (« j'ai un peu aidé l'algo avec une promo »), an influencer paid to show the
practice, an advertising campaign launched, a paid listing in a directory.

The hypothesis is judged by ``produit_sante.candidates`` (a reflexive « s'en cache » is no « si »).
"""

from __future__ import annotations

from vitrine import regex_cache
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
# « nos affiches de prévention » are no advert
_NOT_PUBLIC_HEALTH = (
    r"(?! (?:de |d'|sur (?:le |la |l')?)(?:prevention|sensibilisation|information|depistage|vaccination))"
)
_AUDIENCE = r"(?:likes|followers|abonnes|vues|fans|j'aime|mentions? j'aime)"

_POSTS = r"(?:stories|story|reels?|posts?|publications?|videos?|tiktoks?|tags?|mentions?)"

_CONSTRUCTIONS = (
    # visibility paid in kind: an act, a discount or a gift given to a creator in exchange for posts
    # (« on t'offre ta séance, en échange 3 stories », « -50 % sur ta greffe si tu tagues le cabinet
    # dans 5 posts »)
    Construction(
        regex_cache.compile(
            r"(?P<m>\boff(?:r|ert)\w*|-\s?\d+ ?%|\bgratuit\w*|\bremises?\b|\breductions?\b"
            r"|\bprix (?:d'ami|special)|\bon (?:te|vous) (?:fai\w+|offr\w+))"
            r"[^\n]{0,120}?(?:\ben echange (?:de |d')?|\bcontre "
            r"|\bsi (?:tu|vous|il|elle|ils|elles) (?:tagu|mentionn|identifi|post|publi|partag)\w*"
            r"[^.!?\n]{0,40}?)"
            r"(?:\d+|une?|deux|trois|quatre|cinq|quelques|des)?\s?"
            rf"{_POSTS}\b"
        ),
        "m",
    ),
    # money and a perk for a post: « on te propose 800 € + une séance laser pour une story sur le cabinet »
    Construction(
        regex_cache.compile(
            rf"(?P<m>{_MONEY})[^\n]{{0,60}}?\bpour (?:une?|\d+|deux|trois|quatre|cinq|quelques) {_POSTS}\b"
        ),
        "m",
    ),
    # an audience grown, then the pack paid for it: « 80k abonnés en 2 semaines … merci le pack à 49 € »
    Construction(
        regex_cache.compile(
            rf"\b\d[\d\s.,]*k?\s*{_AUDIENCE}(?!\w)[^\n]{{0,150}}?\b(?P<m>packs?|forfaits?|formules?)\b"
            rf"[^.!?\n]{{0,20}}?{_MONEY}"
        ),
        "m",
    ),
    # a platform's ad label over the practice's own name: « Publicité · Dr X, chirurgien-dentiste »
    # (over a brand, « Publicité | En partenariat avec … », it is the partnership disclosure)
    Construction(
        regex_cache.compile(
            r"(?:^|\n)\s*(?P<m>publicite)\s*[·•|]\s*(?:dr|docteur|pr|professeur|cabinet|clinique|centre"
            r"|institut)\b"
        ),
        "m",
    ),
    # an amount put on content or visibility: « remettre 50 € sur la vidéo », « 3 000 euros par
    # mois en référencement payant »
    Construction(
        regex_cache.compile(
            rf"(?P<m>{_MONEY})(?: \w+){{0,3}} (?:sur|dans|en|pour)"
            r" (?:la |le |les |l'|ce |cette |ces |notre |nos |mon |ma |mes |du |de la |des |une |un )?"
            rf"(?:\w+ )?{_TARGET}\b"
        ),
        "m",
    ),
    # the numbers helped along: « j'ai un peu aidé l'algo avec une promo », « aidé la croissance
    # avec un pack »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:aide|booste|gonfle|pousse|dope)\w*) (?:un peu |bien |legerement )?"
            r"(?:la croissance|l'algo\w*|les chiffres|le compteur|les stats|mes stats|le compte|les abonnes"
            r"|ma visibilite|la visibilite)\b[^.!?\n]{0,20}?\b(?:avec|grace a|via) (?:un|une|des|quelques)\b"
        ),
        "m",
    ),
    # paid to promote: « j'ai payé pour promouvoir ce thread », « on a investi un peu pour faire
    # connaître le nouveau plateau »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:pa(?:y|i)|investi|depense|claque|mis)\w*)"
            r" (?:un peu |un petit budget |quelques euros )?"
            r"(?:pour|afin de) (?:nous |me |le |la |les )?(?:promouvoir|booster|sponsoriser|mettre en avant"
            r"|diffuser|pousser|faire (?:connaitre|tourner|remonter))\b"
        ),
        "m",
    ),
    # an influencer or content placement bought: « devis influence », « 3 stories + 1 reel … 1 200 € »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:devis|contrat|prestation|budget|facture)s? (?:d')?influence\w*)"
            rf"|\b(?P<n>\d+ (?:stories|story|reels?|posts?|videos?|tiktoks?|publications?))\b[^\n]{{0,100}}?"
            rf"{_MONEY}(?: ?(?:ht|ttc)\b| par (?:mois|post|story|reel|video|publication))"
        ),
        "m",
    ),
    # an audience sold in a pack: « pack croissance Instagram – 5 000 abonnés + 20 000 j'aime »,
    # « grâce au pack croissance de @X »
    Construction(
        regex_cache.compile(
            rf"\b(?P<m>(?:packs?|offres?|forfaits?"
            rf"|prestations?))\b[^\n]{{0,40}}?\b\d[\d\s.,]*k?\s*{_AUDIENCE}"
            r"(?!\w)|\b(?P<n>packs? (?:croissance|visibilite|boost|notoriete|abonnes|followers|likes))\b"
        ),
        "m",
    ),
    # an advertising campaign: « campagne d'affichage et de spots radio », « on a lancé une petite
    # campagne ce mois-ci » (not a public-health campaign)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>campagnes? (?:d'affichage|publicitaires?|de pub\w*|radio|tv|televis\w*|d'affiches?"
            r"|de visibilite|de notoriete|marketing)|spots? (?:radio|tv|televis\w*|publicitaires?))\b"
            r"|\b(?P<n>lance\w*|lancement d'une) (?:une |des |la |les |notre |nos |ma |mes |cette )?"
            r"(?:petite |nouvelle |premiere |grande )?"
            r"(?:campagne|pub|publicite)s?\b(?! (?:de|d'|nationale|contre|pour (?:la|le)) ?"
            r"(?:vaccination|depistage|prevention|sensibilisation|information|sante|dons?|collecte"
            r"|recrutement))"
        ),
        "m",
    ),
    # an advert read on air: « [Annonce radio — 20 secondes, Radio X] », « spot TV de 30 s » (not a
    # public body's campaign)
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:annonces?|messages?|pubs?) (?:radio|tv|televisee?s?|publicitaires?))\b"
            r"(?=[^\n]{0,30}?\b\d+ ?(?:s|sec|secondes?)\b)"
            r"(?![^\n]{0,60}\b(?:sante publique|assurance maladie|ministere|prefecture|inca|ars)\b)"
        ),
        "m",
    ),
    # money put behind a post: « on a mis un petit budget derrière ce post pour qu'il touche plus de
    # monde », « quelques euros sur la vidéo pour la pousser »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:un |une |du |de l'|quelques |notre |mon |le )?(?:petit |gros |vrai )?(?:budget"
            r"|argent|billets?|euros|sous|thunes?|enveloppe))\b(?: \w+){0,2}? (?:derriere|sur|dans|pour)"
            r" (?:ce|cette|ces|le|la|les|l'|nos|mes|notre|mon|ma|chaque) ?(?:\w+ )?"
            r"(?:posts?|publications?|videos?|reels?|story|stories|tiktoks?|contenus?|annonces?|articles?)\b"
        ),
        "m",
    ),
    # posters or billboards of the practice in the street or the metro: « notre clinique est partout
    # dans le métro … nos affiches », « nos panneaux 4x3 sur la rocade »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:nos|notre|mes|ma|ses|leurs?) (?:\w+ )?(?:affiches?|panneaux|4 ?x ?3|encarts?|spots?"
            r"|bannieres?))\b"
            rf"{_NOT_PUBLIC_HEALTH}(?=[^\n]{{0,80}}?\b(?:metro|abribus|bus|tram\w*|gare|aeroport|rocade"
            r"|periph\w*|autoroute|rue|ville|radio|journal|quotidien|magazine|cinema|ecrans?)\b)"
            r"|\b(?:metro|abribus|bus|tram\w*|gare|aeroport|rocade|periph\w*|centre-ville)\b[^\n]{0,80}?"
            r"\b(?P<n>(?:nos|notre|mes|ma) (?:\w+ )?(?:affiches?|panneaux|4 ?x ?3|encarts?|bannieres?))\b"
            rf"{_NOT_PUBLIC_HEALTH}"
            r"|\b(?P<p>(?:affiches?|panneaux) (?:4 ?x ?3|publicitaires?|geants?|lumineux|numeriques?))\b"
            r"|\b(?P<q>(?:sur|dans) (?:les |des )?(?:abribus|panneaux publicitaires|ecrans publicitaires))\b"
            r"|\b(?P<o>(?:partout|en grand|en affiche)) (?:dans|sur|a) (?:le |les |la )?(?:metro|abribus|bus"
            r"|murs|gares?|panneaux|rues)\b"
        ),
        "m",
    ),
    # paid so that content is shown: « on a payé pour que la vidéo passe dans le fil des Lyonnaises »;
    # an amount spent on a platform: « nos 200 € mensuels sur Instagram »; a paid push: « un petit
    # coup de pouce payant »; a sponsoring budget for posts
    Construction(
        regex_cache.compile(
            r"\b(?P<m>(?:pa(?:y|i)|investi|depense|claque|mis)\w*)(?: \w+){0,3}? pour que (?:la |le |les |l'"
            r"|notre |nos"
            rf" |ce |cette |ces |mon |ma |mes )(?:\w+ )?{_TARGET}\b"
            rf"|(?P<n>{_MONEY})(?: \w+){{0,2}}? (?:sur|chez|en) (?:instagram|insta|facebook|meta|google"
            rf"|tiktok|linkedin"
            r"|youtube|snapchat|pinterest)\b"
            r"|\b(?P<o>(?:coup de pouce|coup de boost|push|promotion|mise en avant|diffusion"
            r"|placement)s? (?:payant\w*|payee?s?\b(?! par (?!moi|nous|le cabinet|la clinique)))"
            # a platform's own ad tool (« TikTok Promote »)
            r"|(?:tiktok|instagram|meta|youtube|linkedin) promote)"
            r"|\b(?P<p>budget (?:\w+ ){0,2}?(?:sponsoring|sponso|pubs?|ads|boost\w*|publicit\w*|promotion"
            r"|visibilite)"
            r"|sponsoring (?:des |de nos |de mes |du |de la )?(?:posts?|publications?|videos?|reels?"
            r"|contenus?|page|compte))"
            r"\b"
        ),
        "m",
    ),
    # « le tweet est sponsorisé », « ce post a été boosté »: the content itself told as paid for
    Construction(
        regex_cache.compile(
            r"\b(?:le|ce|mon|notre|la|cette) (?:tweet|post|video|reel|publication|story|contenu|article"
            r"|thread)s? (?:est|etait|a ete|sera)"
            r" (?P<m>sponsoris\w*|booste\w*|promue?\b|mise? en avant contre)"
        ),
        "m",
    ),
    # content seen as an advert: « notre vidéo tourne dans les pubs avant les stories », « si cette
    # vidéo vous est apparue en pub »
    Construction(
        regex_cache.compile(
            r"\b(?:tourne|passe|diffuse|apparai\w+|apparue?s?)\w* (?:\w+ ){0,4}?(?P<m>(?:dans les"
            r"|en) (?:pubs?"
            r"|publicites?|annonces? (?:sponsorisees?|payantes?)))\b"
        ),
        "m",
    ),
    # an advert run before or inside videos: « on la diffuse en pré-roll pour toucher un maximum de monde »
    Construction(regex_cache.compile(r"\b(?P<m>(?:pre|mid)-?rolls?)\b"), "m"),
    # retargeting: « le pixel de retargeting est posé … les visiteuses verront nos annonces »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>retargeting|re-?ciblage|remarketing|pixel (?:de (?:suivi|conversion|retargeting)|meta"
            r"|facebook|tiktok|google))\b"
            r"|\b(?:verront|voient|verra|reverront) (?P<n>(?:nos|notre|mes|ma|vos) (?:annonces|pubs?"
            r"|publicites?|bannieres?))"
        ),
        "m",
    ),
    # a paid listing: « en tête de liste de l'annuaire … grâce à notre abonnement »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>en tete|en haut|en premier|premiere? (?:position|place)|mis en avant)\b"
            r"(?:[^.!?\n]|\.(?=\w)){0,80}?"
            r"\b(?:grace a|avec|via) (?:notre|mon|leur|un|une|l') ?(?:abonnement|option|formule)\b"
            r"|\b(?:grace a|avec|via) (?:notre|mon|leur|un|une|l') ?(?P<n>abonnement|option|formule)\b"
            r"[^!?\n]{0,80}?\b(?:en tete|en haut|en premier|premiere? (?:position|place)|mis en avant)\b"
            # … whatever links the paid option to the ranking: « on a pris l'option « Profil mis en
            # avant » (89 €/mois) pour sortir en premier », « l'abonnement premium nous place en tête »
            r"|\b(?P<o>(?:option|abonnement|formule)s?)\b(?=[^.!?\n]{0,100}?\b(?:en tete|en haut|en premier"
            # … or to climb the map: « l'option « annonce locale » (15 €/jour) pour remonter dans Maps »
            r"|premiere? (?:position|place)|mieux (?:classe|place|referenc)\w*"
            r"|remonter (?:dans|sur|en) (?:les |la |le )?(?:maps|google|resultats|classement|recherches|liste"
            r"|annuaire|tete))\b)"
        ),
        "m",
    ),
    # a ranking sold by the month: « passe en « Praticien mis en avant » (tête de liste) : 49 €/mois »
    Construction(
        regex_cache.compile(
            r"\b(?P<m>mise? en avant|tete de liste|en tete (?:de liste|des resultats)"
            r"|premiere? (?:position|place))\b"
            rf"[^\n]{{0,80}}?{_MONEY} ?(?:/|par) ?mois\b"
        ),
        "m",
        ignore=frozenset({"reported"}),
    ),
)


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Paid promotion of the practice's content or activity."""
    return candidates(context, rule, _CONSTRUCTIONS, closed_if=True)
