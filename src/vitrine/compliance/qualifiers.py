"""Context qualifiers: is a candidate negated, hypothetical, a question, a quoted rule, meta-discourse?

A rule's candidate is dropped when one of the qualifiers the rule listens to applies. The
decisions are made on spaCy tokens (folded surface forms and lemmas, ``Polarity=Neg`` and
``Mood=Cnd`` from the morphologizer) inside the candidate's sentence; docs/decisions/0010
compares them with edsnlp's qualifiers on the development corpus.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from vitrine.compliance.nlp import Sentence, Token
from vitrine.compliance.textmap import fold_string

QUALIFIERS: tuple[str, ...] = ("negation", "hypothesis", "question", "reported", "meta")

# Full negation cues; "ne"/"n'" alone is only the first half of « ne ... pas ».
_NEGATION_WORDS = frozenset(
    {
        "pas",
        "aucun",
        "aucune",
        "aucuns",
        "aucunes",
        "jamais",
        "nullement",
        "ni",
        "rien",
        "sans",
        "non",
    }
)
_NE = frozenset({"ne", "n'", "n", "n’"})
_MORPH_NEGATION = frozenset({"plus", "guere", "personne", "nul", "nulle", "nulle part"})
# Negation that an incitation uses itself (« ne ratez pas », « n'hésitez pas ») is not a qualifier.
_INCITATION_VERBS = frozenset({"rater", "manquer", "hesiter", "attendre", "tarder", "louper", "passer"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "!", "?", ".", "(", ")", "…", "-", "—", "mais", "|", "•", "/"})
_NEGATION_WINDOW = 7


def _pictograph(text: str) -> bool:
    """An emoji token (pictographs, with their variation selectors and joiners)."""
    return any(unicodedata.category(c) == "So" for c in text) and all(
        unicodedata.category(c) in {"So", "Sk", "Mn", "Cf"} for c in text
    )


def _emoji_ends_clause(preceding: list[Token], position: int) -> bool:
    """Whether the emoji at ``preceding[position]`` (tokens read backwards from the candidate) ends a
    clause, as a full stop would (« … sauter le pas 🌞 -15 % », « sans chirurgie 🍑 et l'effet dure à
    vie »), unless a negation cue sits right before it (« on ne vous promettra jamais 😇 un résultat
    garanti », « aucune technique n'est 💯 sans risque », « pas de ❤️ -30 % »). « sans » before it
    governs its own noun only. A capital after the emoji starts a new sentence (« pas avant 😉 Et mets
    la crème X »), unless a negation or « de » opened right before it (« pas de 💉 Botox à -30 % »)."""
    before = preceding[position + 1 : position + 4]
    opened = bool(before) and (
        before[0].norm in _NEGATION_WORDS or before[0].norm in _NE or before[0].norm in {"de", "d'"}
    )
    if position > 0 and preceding[position - 1].text[:1].isupper() and not opened:
        return True
    if before and before[0].norm in {"de", "d'"}:
        before = before[1:]
    for index, cue in enumerate(before[:2]):
        # (« le pas », « un pas » is a step, not a negation)
        after_article = index + 1 < len(before) and before[index + 1].norm in {"le", "un", "ce", "du", "au"}
        step = cue.norm == "pas" and (cue.pos == "NOUN" or after_article)
        if (cue.norm in _NEGATION_WORDS and cue.norm != "sans" and not step) or cue.norm in _NE:
            return False
        if cue.norm.endswith("n'"):
            return False
    return True


# « pouvoir » is not a cue: « vous pourrez reprendre le travail sans douleur » is a promise.
_HYPOTHESIS_WORDS = frozenset({"si", "s'", "peut-etre", "eventuellement", "potentiellement", "hypothese"})
# « comme si » compares and « même si » concedes: the claim after them still stands.
_NOT_HYPOTHESIS_BEFORE_IF = frozenset({"comme", "meme"})
# « si » before an adjective or adverb intensifies (« une attente si longue », « si bien cicatrisé »),
# except these, which open a condition (« si nécessaire », « si jamais », « si besoin »).
_IF_BEFORE_ADJECTIVE = frozenset(
    [
        "jamais",
        "necessaire",
        "possible",
        "besoin",
        "oui",
        "non",
        "seulement",
        "vraiment",
        "toutefois",
        "souhaite",
        "souhaitee",
        "indique",
        "indiquee",
        "ca",
        "rien",
        "plus",
        "moins",
        "pas",
        "demain",
        "aujourd'hui",
        "maintenant",
        "encore",
        "deja",
        "ensuite",
        "bientot",
        "enfin",
        "finalement",
        "trop",
        "parfois",
        "recemment",
        "auparavant",
        "effectivement",
        "reellement",
        "malheureusement",
        "la",
        "eligible",
        "disponible",
        "seul",
        "seule",
        "seuls",
        "seules",
        "tel",
        "telle",
    ]
)
# (nor after what opens a clause, where « si » is « if » again: « Si demain un centre vous garantit… »)
_CLAUSE_OPENING = frozenset({"", ",", ";", ":", "et", "mais", "ou", "(", "-", "—", "–", "«", '"', "…", "."})
# « vous avez peut-être vu … » doubts what the reader saw, not the claim.
_PAST_AUXILIARY = frozenset({"avez", "as", "a", "avons", "ont", "etes", "es", "est", "l'avez", "l'as"})
_CLAUSE_CLOSE = frozenset({",", ";", ":", "—", "–", "-", "!", "…"})
_OTHER_HYPOTHESIS_WORDS = _HYPOTHESIS_WORDS - {"si", "s'", "peut-etre"}

_REPORTED = re.compile(
    r"\b(?:cnom|ordre des medecins|conseil (?:national )?de l'ordre"
    # (« tout rentrera dans l'ordre », « de l'ordre de 2 % » are no body)
    r"|(?<!plainte devant )(?<!plaintes devant )(?<!sanction devant )(?<!dans )l'ordre"
    r"(?! de (?:\d|grandeur|quelques|plusieurs|une? |deux|trois|quatre|cinq|six|dix|vingt|trente|cent|mille))"
    r"|code de (?:la )?sante"
    # (« comme la loi l'impose » vouches for what the sentence says: it reports no rule)
    r"|csp\b|r\.? ?4127|deontolog\w*|interdi\w*|proscri\w*|prohib\w*"
    r"|la loi\b(?! (?:l'|le |nous |vous )?(?:impose|exige|prevoit|oblige|demande|veut)\w*)|loi du\b"
    # (a contest's or a payment's « règlement » sets no rule: « règlement à rédiger, tirage le 30/06 »,
    # « votre règlement de 3 200 € »)
    r"|(?<!votre )(?<!son )(?<!leur )reglement\w*"
    r"(?! (?:a rediger|du jeu|du concours|du tirage|de \d|par |en ))"
    r"|recommandations? d\w*|charte|n'(?:est|sont) pas (?:autorise|permis)\w*|pas le droit"
    r"|(?:ne|n')\s?(?:doit|doivent|devons|pouvons|peut|peuvent|pourrons|avons le droit)\b"
    r"\s?(?:pas|jamais|en aucun)"
    r"|il est (?:interdit|defendu)|la regle|regles? (?:de|d')|legislation|juridique\w*"
    r"|mefie[rz]\w*|fuye[sz]|mefiance"
    # (the others set against us report nothing: « contrairement à certains confrères, je … »)
    r"|(?<!contrairement a )(?<!comme chez )(?<!a la difference de )(?<!mieux que )"
    r"certains (?:sites|cabinets|centres|praticiens"
    r"|confreres|medecins)|qui (?:vous )?promett\w*|qui (?:vous )?promet\b)"
)
# (« le mot de ma patiente », « les mots qu'une patiente a glissés »: her message, not a word discussed)
_A_PATIENTS = (
    r"(?!-|\s+(?:de|d'|des|que|qu')\s?(?:(?:ma|mon|mes|une?|cette|notre|nos|la|sa|son|ses|leur|vos)\s)?"
    r"(?:\w+ )?(?:patient|client|opere|abonne)\w*)"
)
_META = re.compile(
    rf"\b(?:le mot{_A_PATIENTS}|les mots{_A_PATIENTS}|le terme|les termes|l'expression|les expressions"
    r"|la mention|la formule"
    r"|la notion|pourquoi (?:nous|je) ne|c'est pourquoi|faq|question frequente"
    r"|on nous demande|vous nous demandez|on me demande|on m'a demande|on (?:me|nous) pose"
    r"|question d'un\w* (?:abonne|patient|lect|internaute)\w*"
    r"|nous (?:ne )?(?:publions|montrons|diffusons) (?:pas|jamais|aucun)"
    r"|je (?:ne )?(?:publie|montre|diffuse) (?:pas|jamais|aucun)|par deontologie|par respect)"
)
# « parler de X » announces a word it talks about only before it: in « je suis médecin
# morphologue et je vous parle de la mésothérapie » the title is used, not discussed. Nor does it
# reach past a clause of its own (« on va parler de la rhinoplastie, parce que … je suis l'un des
# rares en France à la maîtriser »).
_META_BEFORE = re.compile(
    r"\b(?:parler|parle) de(?![^,;:.!?]*(?:[,;:.!?]|\b(?:parce que|car|et que|mais)\b))"
)
_QUOTE_OPEN = "«\"“'"
_QUOTE_CLOSE = "»\"”'"
# A quoted slogan disowned right after its closing quote (« « Plus que 2 places ! » : ce genre
# de phrase n'a rien à faire… », « … si vous lisez ça, fuyez »): the text quotes the wording to
# criticise it, it does not use it.
_DISOWNED_AFTER = re.compile(
    r"(?i)^[^»”]{0,200}[»”](?:[^«»“”]{0,10}[«“][^»”]{0,200}[»”])*[^«»“”]{0,120}?"
    r"\b(?:ce genre d|ce type d|ces (?:phrases?|formules?|slogans?|accroches?|messages?|promesses?)\b"
    r"|(?:cette|une) (?:phrase|formule|accroche|promesse)\b|ce (?:slogan|discours|message)\b"
    r"|si vous (?:lisez|voyez|entendez) (?:[cç]a|cela|ceci)\b"
    # … or flagged as a warning sign (« « réservez vite ! » 🚩 si un cabinet te parle comme ça »,
    # « la phrase « et si c'était votre tour ? » me met mal à l'aise »)
    r"|\bsignal d'alarme\b|\bred flag\b|\bmet\w* mal [àa] l'aise\b"
    r"|\bsi (?:un|une|ton|ta|votre) (?:cabinet|chirurgien\w*|m[ée]decin|centre|clinique|praticien\w*)"
    r" (?:te|vous) (?:parle|dit|[ée]crit)\b)|^[^»”]{0,200}[»”]\W{0,4}🚩"
    # … or judged right after it closes (« « C'est sans douleur. » Faux. », « « Ça dure à vie » → mythe »)
    r"|^[^»”]{0,200}[»”][\s*_?:→-]{0,6}"
    r"(?:faux|archi-?faux|id[ée]e re[çc]ue|mythe|intox|fake news|vrai ou faux)\b"
)


# A quote given as the practitioner's own words is a claim, not a word talked about: in the press
# « « le plateau technique le plus moderne du Grand Est », affirme le Dr X », « il se dit « le seul
# praticien en France » ». Claiming verbs only (« précise », « explique », « annonce » also give
# information and others' words: « des pubs promettent « zéro douleur », explique le Dr X »), and a
# speaker who is the practitioner or the practice's (« assure-t-il », « son fondateur », not « -t-elle »
# nor « le directeur de l'ARS », often a patient or a third party); singular verbs only, « affirment
# certaines cliniques » reports others. `superlatif`'s quote exception (rules/superlatif.yaml) spells
# the same attribution as lookarounds.
_SPEECH = (
    r"(?:affirm|assur|revendiqu|martel|claironn|assen|lanc|vant|promet|jur|se felicit|s'enthousiasm"
    r"|se rejou)\w*(?<!ent)"
)
_SPEAKER = (
    r"(?:(?:le|la) (?:dr|dre|pr|docteure?|professeure?|chirurgien\w*|praticien\w*|directeur medical"
    r"|directrice medicale)|(?:son|sa) (?:fondat\w*|direct\w*|chirurgien\w*|praticien\w*))\b"
)
_ATTRIBUTED_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?:a |avait )?{_SPEECH}(?:-t-il\b|\s+{_SPEAKER})|selon (?:lui|{_SPEAKER}))"
)
_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:se (?:dit|disant|decrit comme|presente comme|qualifie de)|revendiqu\w*(?<!ent))\s*:?\s*$"
)


def _is_attributed(folded_before: str, folded_after: str) -> bool:
    """The quote opened after ``folded_before`` and closed before ``folded_after`` (folded,
    lower-case) is given as the practitioner's own words."""
    return bool(_ATTRIBUTED_AFTER.search(folded_after) or _ATTRIBUTED_BEFORE.search(folded_before))


def _tokens_before(sentence: Sentence, start: int) -> list[Token]:
    return [t for t in sentence.tokens if t.end <= start]


def _tokens_inside(sentence: Sentence, start: int, end: int) -> list[Token]:
    return [t for t in sentence.tokens if t.start < end and t.end > start]


def is_negated(sentence: Sentence, start: int, end: int) -> bool:
    """A full negation cue governs ``[start, end)`` from just before it, in the same clause."""
    inside = _tokens_inside(sentence, start, end)
    inside_has_cue = any(t.norm in _NEGATION_WORDS for t in inside)
    preceding = list(reversed(_tokens_before(sentence, start)))
    window: list[Token] = []
    for tok in preceding:
        if tok.norm in _CLAUSE_BREAK or len(window) >= _NEGATION_WINDOW:
            break
        if _pictograph(tok.text) and _emoji_ends_clause(preceding, len(window)):
            break
        window.append(tok)
    for i, tok in enumerate(window):
        is_ne = tok.norm in _NE or tok.norm.endswith("n'")
        # The morphologizer also marks « tu » Polarity=Neg (read as « tû »): trust it only on
        # the second halves of a negation that the word list leaves out.
        morph_negative = tok.negative and tok.norm in _MORPH_NEGATION
        if tok.norm not in _NEGATION_WORDS and not is_ne and not morph_negative:
            continue
        if (
            _without_a_doubt(window, i)
            or _set_phrase_without(window, i)
            or _expletive_never(window, i)
            or _cannot_believe(window, i)
            or _not_like(preceding, i)
            or _never_without(window, i)
        ):
            continue
        if is_ne and inside_has_cue:
            continue  # « n'avons jamais eu de complication »: the cue inside carries the negation
        if is_ne and any(t.norm in {"que", "qu'"} for t in window[:i]):
            continue  # « ne sont que des vendeurs » restricts, it does not negate
        # The verb right after the cue: an incitation verb makes the negation part of the push.
        following = window[:i]
        if any(t.lemma in _INCITATION_VERBS for t in following[-3:]):
            continue
        return True
    return False


# « ne … jamais sans X », « pas sans X »: two negations assert X (« je ne me couche jamais sans la crème X »)
_BEFORE_WITHOUT = frozenset({"jamais", "pas", "plus"})


def _never_without(window: list[Token], i: int) -> bool:
    """``window[i]`` is « sans » after « jamais », « pas » or « plus », or one of those before
    « sans »: the double negation asserts what follows (``window`` runs backwards)."""
    norm = window[i].norm
    if norm == "sans":
        return i + 1 < len(window) and window[i + 1].norm in _BEFORE_WITHOUT
    if norm in _BEFORE_WITHOUT:
        return i > 0 and window[i - 1].norm == "sans"
    return (norm in _NE or norm.endswith("n'")) and any(
        t.norm == "sans" and k + 1 < len(window) and window[k + 1].norm in _BEFORE_WITHOUT
        for k, t in enumerate(window[:i])
    )


def _expletive_never(window: list[Token], i: int) -> bool:
    """``window[i]`` is the « jamais » of a superlative's relative clause, with no « ne »: « le plus
    joli nez que j'aie jamais sculpté » asserts (``window`` runs backwards)."""
    before = [t.norm for t in window[i + 1 : i + 4]]
    return (
        window[i].norm == "jamais"
        and any(norm in {"que", "qu'"} for norm in before)
        and not any(norm in _NE or norm.endswith("n'") for norm in before)
    )


def _cannot_believe(window: list[Token], i: int) -> bool:
    """``window[i]`` ends « je n'en reviens (toujours) pas », amazement rather than negation."""
    forward = [t.norm for t in reversed(window[max(i - 3, 0) : i + 4])]  # text order
    return (window[i].norm == "pas" or window[i].norm in _NE) and any(
        first == "en" and second.startswith(("revien", "revenai", "revenions", "reveniez"))
        for first, second in pairwise(forward)
    )


def _not_like(preceding: list[Token], i: int) -> bool:
    """``preceding[i]`` is the « pas » of a bare « pas comme » (« pas comme dans ces usines »), which
    compares; « ce n'est pas comme ça » keeps its « ne » and stays a negation (``preceding`` runs
    backwards over the whole sentence, so the « ne » is seen even beyond the window)."""
    before = preceding[i + 1 : i + 4]
    return (
        preceding[i].norm == "pas"
        and i > 0
        and preceding[i - 1].norm == "comme"
        and not any(t.norm in _NE or t.norm.endswith("n'") for t in before)
    )


def _without_a_doubt(window: list[Token], i: int) -> bool:
    """``window[i]`` belongs to « sans (aucun) doute », which asserts (``window`` runs backwards)."""
    after = [t.norm for t in reversed(window[:i])]
    before = window[i + 1].norm if i + 1 < len(window) else ""
    norm = window[i].norm
    return (norm == "sans" and (after[:1] == ["doute"] or after[:2] == ["aucun", "doute"])) or (
        norm == "aucun" and before == "sans" and after[:1] == ["doute"]
    )


# « sans frais », « sans engagement »: set phrases that negate nothing after them (« paiement en 4 fois sans
# frais et consultation découverte offerte aux 50 premières »)
_SET_WITHOUT = frozenset(
    {"frais", "engagement", "supplement", "surcout", "interet", "interets", "rendez-vous"}
)


def _set_phrase_without(window: list[Token], i: int) -> bool:
    """``window[i]`` is the « sans » of « sans frais » or the like (``window`` runs backwards)."""
    return window[i].norm == "sans" and i > 0 and window[i - 1].norm in _SET_WITHOUT


def is_hypothetical(sentence: Sentence, start: int, *, closed_if: bool = False) -> bool:
    """A conditional verb or a real hypothesis cue precedes the candidate in its sentence.

    Not cues: « comme si », « même si », « s' » other than « s'il(s) », « peut-être » after an
    auxiliary (« vous avez peut-être vu »). With ``closed_if``, a « si » clause closed by a comma
    before the candidate no longer counts: the candidate is in the main clause (« si vous vous
    équipez, demandez l'offre de ma part »).
    """
    return hypothesis_before(_tokens_before(sentence, start), closed_if=closed_if)


def hypothesis_before(tokens: list[Token], *, closed_if: bool = False) -> bool:
    """:func:`is_hypothetical` on the tokens that precede the candidate in its sentence."""
    for index, token in enumerate(tokens):
        previous = tokens[index - 1].norm if index else ""
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if token.conditional or token.norm in _OTHER_HYPOTHESIS_WORDS:
            return True
        if token.norm == "peut-etre" and not _after_auxiliary(tokens, index):
            return True
        intensifier = (
            index + 1 < len(tokens)
            and tokens[index + 1].pos in {"ADJ", "ADV"}
            and following not in _IF_BEFORE_ADJECTIVE
            and previous not in _CLAUSE_OPENING
        )
        is_if = (token.norm == "si" and previous not in _NOT_HYPOTHESIS_BEFORE_IF and not intensifier) or (
            token.norm == "s'" and following in {"il", "ils"}
        )
        if is_if and not (closed_if and _clause_closed(tokens[index + 1 :])):
            return True
    return False


# A verbless « si » (« si besoin, votre consultation peut être avancée ») conditions what follows it.
_ELLIPTICAL_IF = frozenset({"besoin", "necessaire", "possible", "utile", "oui", "non", "doute", "souhaite"})


def _clause_closed(tokens: list[Token]) -> bool:
    """A clause ends among ``tokens``, outside quotes (« si on vous promet « zéro douleur, zéro
    cicatrice » » is still one clause)."""
    if tokens and tokens[0].norm in _ELLIPTICAL_IF:
        return False
    depth = 0
    for token in tokens:
        if token.norm in {"«", "“"}:
            depth += 1
        elif token.norm in {"»", "”"}:
            depth = max(0, depth - 1)
        elif depth == 0 and token.norm in _CLAUSE_CLOSE:
            return True
    return False


def _after_auxiliary(tokens: list[Token], index: int) -> bool:
    """« peut-être » right after an auxiliary (« vous avez peut-être vu »), not after « c'est »."""
    previous = tokens[index - 1].norm if index else ""
    before = tokens[index - 2].norm if index > 1 else ""
    return previous in _PAST_AUXILIARY and not (previous == "est" and before in {"c'", "ce"})


_INTERROGATIVE = re.compile(
    r"\b(?:est-ce|peut-on|faut-il|existe-t-il|y a-t-il|qu'est-ce|pourquoi|comment|combien|quel\w*)\b"
    r"|-t-(?:il|elle|on)\b|\w-(?:on|il|elle|ils|elles)\b"
    # an interviewer's question (« Que pensez-vous des centres low-cost ? »), not a marketing « rêvez-vous »
    r"|\b(?:que|qu'en|qu'y) (?:pensez|repondez|dites|repondriez|diriez)-vous\b"
)
_NEGATIVE_ANSWER = re.compile(
    # (« ça dépend des personnes » answers a myth as surely as « non »)
    r"(?:non\b|pas\b|jamais|aucun|cela n'existe|ca n'existe|il n'existe|c'est impossible|impossible|faux\b"
    r"|(?:ca|cela|tout) depend\b"
    r"|c'est (?:un mythe|faux|interdit|non))"
)


_EMOJI_THEN_CAPITAL = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]*\s+[A-ZÀ-Ý]")


_RHETORICAL = re.compile(
    r"\W*pourquoi (?:payer|attendre|hesiter|chercher (?:ailleurs|plus loin)|aller (?:ailleurs|plus loin)"
    r"|vous priver|te priver|se priver|payer plus|depenser plus)\b"
)


def is_question(sentence_text: str, start: int, sentence_start: int) -> bool:
    """The candidate is in a real question, not a marketing one.

    The clause must end with a question mark and either be phrased as a question
    (« peut-on garantir … ? », « existe-t-il … ? ») or be answered negatively right after
    (« Un résultat garanti ? Cela n'existe pas. »). « Envie d'un ventre plat sans douleur ? »
    stays a promise. ``sentence_text`` may extend past the sentence to show the answer.
    """
    tail = sentence_text[start - sentence_start :]
    cut = re.search(r"[.!?\n]", tail)
    if not (cut and cut.group() == "?"):
        return False
    # an emoji then a capital ends the candidate's sentence before a question of its own (« Le seul
    # chirurgien de Lille à faire la rhino piézo 😎 Tu connais quelqu'un d'autre ? Non. »); a word or
    # two questions the claim itself (« Une lipo sans douleur 🤔 Vraiment ? Non »)
    emoji = _EMOJI_THEN_CAPITAL.search(tail, 0, cut.start())
    if emoji and len(tail[emoji.end() - 1 : cut.start()].split()) > 2:
        return False
    question = fold_string(sentence_text[: start - sentence_start + cut.end()])
    answer = fold_string(tail[cut.end() : cut.end() + 60]).strip(" \n\t-—–:")
    # a marketing question answers itself (« Pourquoi payer 6 000 € à Paris quand… ? »), unless
    # it is answered no (« … ? Il n'existe pas de meilleur résultat universel »)
    if _RHETORICAL.match(question.lower()) and not _NEGATIVE_ANSWER.match(answer.lower()):
        return False
    return bool(_INTERROGATIVE.search(question) or _NEGATIVE_ANSWER.match(answer))


def is_reported(folded_sentence: str) -> bool:
    """The sentence quotes a rule or reports what others claim (« le CNOM interdit ... »)."""
    return bool(_REPORTED.search(folded_sentence))


def is_meta(folded_sentence: str, sentence_text: str, start: int, end: int, sentence_start: int) -> bool:
    """The sentence talks about words or about the practice's own publishing policy."""
    if _META.search(folded_sentence):
        return True
    before = sentence_text[: start - sentence_start].rstrip()
    if _META_BEFORE.search(fold_string(before)):
        return True
    after = sentence_text[end - sentence_start :].lstrip()
    if before and after and before[-1] in _QUOTE_OPEN and after[0] in _QUOTE_CLOSE:
        return not _is_attributed(fold_string(before[:-1]).lower(), fold_string(after[1:]).lower())
    opened = max(before.rfind("«"), before.rfind("“"))
    inside_quote = opened != -1 and max(before.rfind("»"), before.rfind("”")) < opened
    return inside_quote and bool(_DISOWNED_AFTER.search(after))


_CUES_BEFORE = re.compile(
    r"\b(?:ne|n'|pas|aucune?s?|jamais|nullement|ni|rien|sans|non|point|si|s'|peut-etre|eventuellement"
    r"|potentiellement|hypothese)(?!\w)|\w+r(?:ais|ait|ions|iez|aient)\b"
)


def could_qualify(folded_before: str, folded_after: str, folded_sentence: str) -> bool:
    """Cheap test on folded text: can any qualifier apply? If not, spaCy need not run.

    Over-inclusive by design (any negation or hypothesis word before the candidate, any
    conditional-looking ending, a question mark after it, quotes, rule or meta vocabulary).
    """
    return bool(
        _CUES_BEFORE.search(folded_before)
        or "?" in folded_after
        or any(q in folded_sentence for q in _QUOTE_OPEN + _QUOTE_CLOSE)
        or _REPORTED.search(folded_sentence)
        or _META.search(folded_sentence)
        or _META_BEFORE.search(folded_before)
    )


def qualifiers_for(
    sentence: Sentence, sentence_text: str, folded_sentence: str, start: int, end: int, wanted: frozenset[str]
) -> set[str]:
    """Return the subset of ``wanted`` qualifiers that apply to the candidate ``[start, end)``."""
    found: set[str] = set()
    if "negation" in wanted and is_negated(sentence, start, end):
        found.add("negation")
    # (a « si » clause closed before the candidate leaves it in the main clause: « si vous hésitez,
    # -20 % sur la consultation »; on dev and batches 93-100, 30 right findings gained, 4 wrong)
    if "hypothesis" in wanted and is_hypothetical(sentence, start, closed_if=True):
        found.add("hypothesis")
    if "question" in wanted and is_question(sentence_text, start, sentence.start):
        found.add("question")
    if "reported" in wanted and is_reported(folded_sentence):
        found.add("reported")
    if "meta" in wanted and is_meta(folded_sentence, sentence_text, start, end, sentence.start):
        found.add("meta")
    return found
