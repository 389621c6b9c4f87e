"""``pratique-non-validee``: a claim declared settled without a source, next to the rule file's
words (« la science est formelle », « nos observations le montrent clairement », « ceux qui
disent le contraire… », « une technique validée depuis des années », « ce que la médecine
conventionnelle peine à reconnaître »).

These wordings carry their own assertion: a negation earlier in the sentence (« les cellules ne
reviennent JAMAIS, la science est formelle ») is part of the claim, not a denial of it. Sources in
the sentence still drop them (the rule's ``unless_sentence``).
"""

from __future__ import annotations

import dataclasses
import functools

from vitrine import regex_cache
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.logic.constructions import Construction
from vitrine.compliance.logic.produit_sante import candidates
from vitrine.compliance.registry import Rule

# An effect said to last for ever: « effet définitif », « qui tient toute la vie »
_LASTING = (
    r"(?:effets? (?:(?:est|sera|reste|restera) )?(?:definitifs?|permanents?|a vie|eternels?)"
    # a tissue tightened for good: « rétracte définitivement la peau des paupières sans bistouri »
    r"|(?:retract|retend|raffermi|tend|resserr|remont)\w* definitivement"
    r"|(?:tient|tiennent|dure|durent|tiendra|durera) (?:toute la vie|a vie|pour toujours|definitivement))"
)
_CONSTRUCTIONS = (
    Construction(
        regex_cache.compile(
            r"\bla science est (?:formelle|claire|unanime)\b"
            r"|\b(?:nos|mes) (?:observations|constatations|resultats|chiffres)(?: \w+){0,2}"
            r" (?:le |l')?(?:montrent|prouvent|demontrent|confirment) (?:clairement|bien|sans\b|que\b)"
            r"|\bnotre experience (?:le |l')?(?:montre|prouve|demontre) (?:clairement|bien|que)\b"
            # « nos travaux l'ont démontré : … »: one's own work as the seal of proof
            r"|\b(?:nos|mes) (?:travaux|recherches|observations|resultats|chiffres|donnees|essais)"
            r" (?:le |l')(?:ont|a) (?:montre|prouve|demontre|confirme|etabli)\b"
            r"|\bceux qui (?:disent|pensent|affirment|pretendent|soutiennent) le contraire\b"
            r"|\b(?:technique|methode|traitement|pratique|soin)s? (?:\w+ )?"
            r"(?:validee?s?|reconnue?s?|eprouvee?s?) depuis"
            r" (?:des (?:annees|decennies|siecles)|longtemps|\d+ ans)\b"
            # … or a remedy declared recognised for a condition: « une méthode naturelle reconnue pour
            # traiter les varices »
            r"|\b(?:technique|methode|traitement|pratique|soin|remede)s? (?:\w+ )?"
            r"(?:validee?s?|reconnue?s?|eprouvee?s?) pour (?:traiter|soigner|guerir|eliminer|prevenir"
            r"|faire disparaitre|resorber)\b"
            r"|\b(?:la )?medecine (?:conventionnelle|officielle|classique|traditionnelle|allopathique)"
            r" (?:peine|refuse|ignore|rejette|ne (?:veut|reconnait)|n'ose|vous cache|cache)\w*"
            # a claim closed by a seal of proof: « ce n'est plus à démontrer »
            r"|\bce n'est plus a (?:demontrer|prouver)\b"
            # fat cells said never to come back: « elles ne reviennent JAMAIS »
            r"|\bcellules? (?:graisseuses|adipeuses)\b[^.!?\n]{0,60}?"
            r"\bne (?:reviennent|reviendront|repoussent|se reforment|se reformeront) (?:plus )?jamais\b"
        ),
        ignore=frozenset({"negation"}),
    ),
    Construction(
        regex_cache.compile(
            # an immune boost: « renforce l'immunité », « booste ton immunité »
            r"\b(?:renforc|boost|stimul|relanc|dop)\w* (?:l'|votre |ton |le systeme |vos |les |ses |son )?"
            r"(?:immuni\w*|defenses immunitaires)"
            # magnets and essential oils given an effect: « les aimants thérapeutiques préparent les
            # vaisseaux », « l'huile essentielle d'immortelle … efface tout en un mois »
            r"|\baimants? therapeutiques?\b"
            r"|\bhuiles? essentielles?\b[^.!?\n]{0,80}?"
            r"\b(?:efface|gueri|cicatris|repar|regener|fait disparaitre)\w*"
            r"|\befface\w* tout\b"
            # regrowth where follicles are gone: « réveille les bulbes morts », « repousse sur les
            # zones chauves »
            r"|\b(?:reveill|ressuscit|reactiv)\w* (?:\w+ment )?(?:les |vos |tes )?(?:bulbes|follicules)\b"
            # an effect for every patient, unsourced: « fait repousser les cheveux chez 100 % des hommes »
            r"|\b(?:repouss|gueri|effac|elimin|rajeun|fond|soign|stopp)\w*\b[^.!?\n]{0,50}?\bchez 100\s?%"
            # a nerve or a body « rebalanced »: « rééquilibrent le nerf auditif »
            r"|\breequilibr\w* (?:le |la |les |l'|vos |votre |ton |ta |tes )?(?:nerfs?|energie\w*|chakras?"
            r"|meridiens|systeme nerveux|terrain|corps|organisme)\b"
            r"|\brepouss\w*[^.!?\n]{0,40}?\b(?:zones? (?:chauves?|lisses?)|crane lisse|calvitie complete)"
            # fat dissolved by an injection: « la mésothérapie dissout les graisses »
            r"|\b(?:dissou\w*|dissolv\w*) (?:les |vos |tes |la |votre )?"
            r"(?:graisses?|amas graisseux|cellulite)\b"
            # unsourced effect figures: « booste le collagène de 200 % », « divise par deux les
            # complications »
            r"|\b(?:boost|relanc|stimul|augment|multipli)\w* (?:la production de |le |votre |ton )?"
            r"(?:collagene|elastine)\w*[^.!?\n]{0,30}?(?:de |\+ ?|par )\d+\s?%"
            r"|\bdivise\w* par (?:deux|trois|quatre|\d+) (?:les |le |la |vos )?(?:complications?|risques?"
            r"|temps de (?:recuperation|cicatrisation)|bleus|hematomes|oedemes?|douleurs?|rougeurs"
            r"|cicatrices|vergetures|rides|ridules|cellulite|capitons|taches|cernes|pores|imperfections|chute"
            r"|graisses?|kilos)"
            # a remedy that prevents for sure: « ça évite les hématomes à coup sûr »
            r"|\b(?:evit|previen|empech)\w* (?:les |tout |toute |vos )?"
            r"(?:hematomes?|bleus?|ecchymoses?|oedemes?|vergetures|cicatrices?|cheloides?)\b"
            r"[^.!?\n]{0,20}?\b(?:a coup sur|a 100\s?%|a tous les coups)"
            # homeopathic granules or dilutions given an effect: « Arnica 9CH : le duo anti-bleus »,
            # « sur les bleus, chez nous c'est X en granules »
            r"|\b(?:\d+\s?ch|granules)\b[^.!?\n]{0,80}?\b(?:anti-?\w+|contre (?:les|la|le)|evite\w*|resorb\w*"
            r"|resultats? visibles?|efficace\w*|gueri\w*|soign\w*|previen\w*)"
            r"|\b(?:bleus?|hematomes?|ecchymoses?|oedemes?|cicatrisation)\b[^.!?\n]{0,60}?\b(?:\d+\s?ch|granules)\b"
            # a supplement said to halt hair loss or ageing: « le complément X stoppe la chute en 30 jours »
            r"|\b(?:gelules?|complements?|collagene (?:marin|buvable|hydrolyse)|capsules?|ampoules?"
            r"|cure de \w+)\b"
            # (a purpose, « pour préparer la peau avant un lifting », is the product's promotion:
            # ``produit-sante``; a halt stated as fact is an unproven effect)
            r"[^.!?\n]{0,100}?\b(?:stopp|arret|bloqu|fait repousser|font repousser)\w*"
            r" (?:la |votre |ta |vos |tes |les |le )?(?:chute|cheveux|vieillissement|perte de cheveux)\b"
            # … or said to rebuild a tissue: « le collagène marin X reconstruit le cartilage en 3 mois »,
            # « leurs gélules réparent le collagène après chaque injection »
            r"|\b(?:gelules?|complements?|collagene (?:marin|buvable|hydrolyse)|capsules?|ampoules?"
            r"|cure de \w+|comprimes?)\b[^.!?\n]{0,100}?"
            r"(?<!ne )(?<!n')\b(?:reconstrui|repar|regener|restaur|reconstitu|rebati|recre)\w*"
            r" (?:le |la |les |l'|vos |votre |ton |ta |tes )?(?:cartilages?|collagene|articulations?|tissus"
            r"|derme|fibres|os|tendons?|ligaments?|cellules|bulbes|follicules)\b"
            # a cure that makes a condition vanish: « les veinotoniques font disparaître les varices »
            r"|\b(?:fait|font|fera|feront) disparaitre (?:les |vos |tes |la |votre )?(?:varices|rides|cernes"
            r"|vergetures|cellulite|capitons|poches|bourrelets|rosacee|couperose|cicatrices)\b"
            # a soft practice given a preventive or curative effect: « quelques séances d'ostéopathie
            # crânienne suffisent à prévenir les otites »
            r"|\b(?:osteopathie (?:cranienne|viscerale)|etiopathie|microkinesitherapie|fasciatherapie"
            r"|biokinergie|chiropraxie|sophrologie|acupuncture|auriculotherapie|hypnose)\b[^.!?\n]{0,100}?"
            # (« ne guérit pas »: the effect denied)
            # (« l'hypnose suffit : plus besoin d'anesthésie » claims the practice is enough on its own)
            r"(?<!ne )(?<!n')\b(?:suffi\w*|previen\w*|prevenir|gueri\w*|libere\w*|debloqu\w*|soign\w*"
            r"|evite\w*|empeche\w*|fait disparaitre)\b"
            # an unvalidated practice said to replace an established act: « l'hypnose remplace
            # l'anesthésie générale », « ce soin remplacera vos antalgiques »
            r"|\bremplac(?:e|ent|era|eront)\s+"
            r"(?:(?:bientot|deja|desormais|totalement|completement|avantageusement)\s+)?"
            r"(?:l'|la |le |les |vos |votre |tes |ton )?"
            r"(?:anesthesie\w*(?: generale)?|antibiotiques?|antalgiques?|anti-?douleurs?|morphine"
            r"|operation|intervention)\b"
        )
    ),
    # energy devices sold for intimate rejuvenation: « le laser vaginal ? 3 séances et c'est fini la
    # sécheresse », « trois séances de radiofréquence suffisent : vous retrouvez une intimité comme à
    # vingt ans »
    Construction(
        regex_cache.compile(
            r"\b(?:laser (?:\w+ )?(?:vaginal|intime)|radiofrequence (?:vaginale|intime))\w*\b[^\n]{0,100}?"
            r"\b(?P<m>c'est fini|fini (?:la|les|le)|suffi\w*|renaissance"
            r"|comme a (?:vingt|20|trente|30) ans)\b"
            r"|\bseances? de (?:laser|radiofrequence)\b[^.!?\n]{0,20}?\b(?P<n>suffi\w*)\b[^\n]{0,80}?"
            r"\b(?:intimite|vagin\w*|secheresse|fuites)\b"
        ),
        "m",
    ),
    # sessions of a device said to cure a condition: « trois séances guérissent l'incontinence d'effort »
    Construction(
        regex_cache.compile(
            r"\b(?:seances?|laser|radiofrequence|ondes de choc|led|hifu)\b[^.!?\n]{0,60}?"
            r"(?<!ne )(?<!n')\b(?P<m>gueri(?:ssent|ront|t|ra) (?:definitivement )?"
            r"(?:l'|la |le |les |vos |votre |ton |ta )?"
            r"(?:incontinence|secheresse|fuites?|vaginisme|atrophie|acouphenes?|migraines?|arthrose|calvitie"
            r"|alopecie|lichen|rosacee|acne|cellulite|dysfonction\w*))"
        ),
        "m",
    ),
    # a lasting effect claimed for a technique without surgery: « radiofréquence : l'ovale remonte en
    # une séance, effet définitif »
    Construction(
        regex_cache.compile(
            # (« sans cicatrice » promises a surgical outcome: ``garantie-resultat``)
            r"\b(?:sans (?:bistouri|chirurgie|aiguille|anesthesie|fil)|radiofrequence|hifu"
            r"|ultrasons?|led|cryo\w*|mesotherapie|prp|en une (?:seule )?seance)\b[^\n]{0,150}?"
            rf"\b{_LASTING}\b"
            rf"|\b{_LASTING}\b[^.!?\n]{{0,80}}?"
            r"\b(?:sans (?:bistouri|chirurgie|aiguille)|en une (?:seule )?seance)\b"
        )
    ),
)


# An effect asserted on one's own belief or practice, against the evidence: « Réaction à l'étude sur
# l'ozonothérapie : moi j'y crois, je l'utilise depuis 5 ans, ça régénère les tissus »,
# « n'en déplaise aux sceptiques, ça marche ». The study is named to be dismissed, so it is no
# source: the rule's « étude » sentence exception does not drop it.
_EFFECT = (
    r"(?:regener|previen|prevenir|gueri|soign|repar|rajeun|stopp|inverse|effac|elimin|detoxi|boost|relanc"
    r"|stimul|ralenti|fait fondre|marche|fonctionne|agi)\w*"
)
_AGAINST_EVIDENCE = Construction(
    regex_cache.compile(
        r"\b(?:(?:moi )?j'y crois|(?:moi )?j'en suis convaincue?|les sceptiques|quoi qu'en dise\w*"
        r"|n'en deplaise|peu importe (?:ce que disent )?les etudes"
        r"|les etudes (?:se trompent|ne (?:voient|montrent) (?:pas|rien)))\b"
        r"[^.!?\n]{0,160}?\b(?:ca|cela|elle|il|qui|ce soin|cette technique|cette methode) (?:\w+ )?"
        rf"{_EFFECT}\b"
    ),
    ignore=frozenset({"negation", "reported"}),
)
# A claim sealed by « the studies » or « science » in general, no study named: « le PRP fait repousser
# le cartilage, les études sont formelles », « … = zéro œdème. La science a parlé. » The studies are
# invoked, not cited, so the rule's « étude » sentence exception does not drop it.
_STUDIES_SEAL = Construction(
    regex_cache.compile(
        r"(?:\b(?:les etudes|la litterature|les publications|les chiffres|les donnees) (?:sont|est)"
        r" (?:formelles?|claires?|unanimes?|sans appel)\b"
        r"|\b(?:la science|les etudes|la recherche) (?:a|ont) (?:parle|tranche|rendu son verdict)\b)"
        # (a source named nearby makes it a summary of the evidence)
        r"(?![^\n]{0,120}\b(?:has|inserm|ansm|pubmed|doi|et al|sources?|recommandations?|cochrane|\d{4}\)))"
    ),
    ignore=frozenset({"negation"}),
)
_STUDY = "etudes?"


@functools.cache
def _study_not_a_source(rule: Rule) -> Rule:
    """``rule`` whose sentence exceptions no longer take a named study for a source."""
    kept = tuple(p for p in rule.unless_sentence if _STUDY not in p.pattern)
    return dataclasses.replace(rule, unless_sentence=kept)


# Efficacy sealed as proven (« une efficacité démontrée ») is a claim only where the text gives no
# sources: an explainer closing on « Sources : … » states the evidence it rests on.
_EFFICACY_SEAL = Construction(regex_cache.compile(r"\befficacite (?:prouvee|demontree|reconnue|etablie)\b"))
_SOURCES_LINE = regex_cache.compile(r"(?m)^\W*(?:sources?|references?|bibliographie)\s?:")


def find(context: Context, rule: Rule) -> list[Candidate]:
    """Unconfirmed claims presented as settled."""
    constructions: tuple[Construction, ...] = _CONSTRUCTIONS
    if not _SOURCES_LINE.search(context.folded.text):
        constructions += (_EFFICACY_SEAL,)
    found = candidates(context, rule, constructions)
    found += [
        candidate
        for candidate in candidates(context, _study_not_a_source(rule), (_AGAINST_EVIDENCE, _STUDIES_SEAL))
        if not any(c.start < candidate.end and c.end > candidate.start for c in found)
    ]
    return found
