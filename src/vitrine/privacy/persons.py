"""Names of patients and third parties in French text.

Three sources, then one filter:

1. spaCy's ``PER`` entities (``fr_core_news_md``), minus one-word entities that the tagger sees as
   a common noun, verb or adjective (« Livraison », « Rappel », « Bonne » at a sentence start);
2. proper nouns that are known first names (the name list shipped with ``gender-guesser``), with
   the capitalised words that follow (the surname or an initial), which the NER model often
   labels ``MISC``/``ORG`` or misses in short messages;
3. French cues: « Mme Durand », « je m'appelle … », « c'est … », « ma fille … », greetings and
   signatures;

and every candidate goes through ``is_not_a_patient`` (practitioners with a title, cited authors,
eponyms, brands, institutions and places).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vitrine.privacy import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc


def alternation(words: tuple[str, ...]) -> str:
    """Regex alternation of literal words, longest first so that prefixes do not win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zà-öø-ÿ"
# A capitalised name word (Durand, Jean-Pierre, O'Neill, DURAND) or an initial (D.).
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}]?[{LOWER}]+)*"
    rf"|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?|[{UPPER}]\.)"
)
NAME = rf"{NAME_WORD}(?:[ \t]+(?:(?:de|du|des|van|von|le|la|ben|el)[ \t]+)?{NAME_WORD}){{0,2}}"
COURTESY = alternation(lexicon.COURTESY_TITLES)

HONORIFIC_NAME = re.compile(rf"\b(?:{COURTESY})[ \t]+{NAME}", re.IGNORECASE)
_PRACTITIONER_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{alternation(lexicon.PRACTITIONER_TITLES)})\.?"
    rf"(?:[ \t]+(?:{NAME_WORD})[ \t]+(?:et|&)(?:[ \t]+(?:le|la))?(?:[ \t]+(?:{NAME_WORD}))?)?"
    rf"(?:[ \t]+(?:{NAME_WORD})){{0,3}}(?:[ \t]+|[ \t]*[{UPPER}][{LOWER}]+-)?$",
    re.IGNORECASE,
)
_EPONYM_BEFORE = re.compile(
    rf"\b(?:{alternation(lexicon.EPONYM_HEADS)})(?:\s+[{LOWER}]+)?\s+(?:de|d['’]|du|des|selon)\s*$",
    re.IGNORECASE,
)
_INSTITUTION_BEFORE = re.compile(
    rf"\b(?:{alternation(lexicon.INSTITUTION_HEADS)})(?:\s+(?:de|du|des|d['’]|la|le|saint|sainte|st|ste))*"
    rf"(?:\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*){{0,2}}\s*$",
    re.IGNORECASE,
)
_SAINT_BEFORE = re.compile(r"\b(?:saint|sainte|st|ste)[\s\-]*$", re.IGNORECASE)
_CITATION_AFTER = re.compile(
    r"^(?:\s+(?:et\s+al\b|et\s+coll\b|et\s+collaborateurs\b)|\s*,?\s*\(?(?:19|20)\d{2}\b"
    r"|\s*,\s+[A-Z]\.\s*[A-Z]?\.?\s*,)"
)
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{COURTESY})\s*$", re.IGNORECASE)
_NOT_PERSONS = frozenset(lexicon.NOT_PERSONS)
_EPONYMS = frozenset(lexicon.EPONYMS)
_PRACTITIONER_TITLES = frozenset(t.rstrip(".") for t in lexicon.PRACTITIONER_TITLES)
_COURTESY_WORDS = frozenset(t.rstrip(".") for t in lexicon.COURTESY_TITLES)
_TITLES = _PRACTITIONER_TITLES | _COURTESY_WORDS
_NON_NAME_HEADS = frozenset(lexicon.INSTITUTION_HEADS + lexicon.STREET_TYPES)

_CUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"\b(?i:{COURTESY})[ \t]+(?P<value>{NAME})"), 0.85),
    (
        re.compile(
            rf"(?i:\bje\s+m['’]appelle|\bje\s+suis|\bmoi\s+c['’]est|\bc['’]est|\bc|\bmon\s+nom\s+est|"
            rf"\bde\s+la\s+part\s+de|\bpatiente?\s*:|\bnom\s*:|\bnom\s+de\s+la\s+patiente?\s*:?)"
            rf"[ \t]+(?P<value>{NAME})"
        ),
        0.8,
    ),
    (
        re.compile(
            r"(?i:\b(?:mon|ma|notre|son|sa|leur)\s+(?:fils|fille|mari|époux|épouse|femme|conjoint|conjointe|"
            r"compagnon|compagne|mère|maman|père|papa|frère|sœur|soeur|enfant|bébé|petit-fils|petite-fille|"
            r"grand-mère|grand-père|tante|oncle|cousin|cousine|amie?|voisin|voisine|collègue|nièce|neveu|"
            r"belle-mère|beau-père|belle-sœur|beau-frère|patiente?))[ \t]*,?[ \t]+"
            rf"(?P<value>{NAME})"
        ),
        0.8,
    ),
    (
        re.compile(
            rf"(?im:^\s*(?:bonjour|bonsoir|salut|coucou|cher|chère|merci|bravo|félicitations)"
            rf"(?:[ \t]+à)?[ \t]+(?P<value>{NAME})[ \t]*[,!.])"
        ),
        0.75,
    ),
    (
        re.compile(
            rf"(?i:cordialement|bien\s+à\s+vous|salutations|bonne\s+journée|bonne\s+soirée|merci(?:\s+d['’]avance)?"
            rf"|bisous|à\s+bientôt)[ \t]*[,.!]?[ \t]*\n+[ \t]*(?P<value>{NAME})[ \t]*$",
            re.MULTILINE,
        ),
        0.75,
    ),
)
# A surname and an initial, as in lists and schedules: « 8h Garnier S. », « Benoît R. ».
_SURNAME_INITIAL = re.compile(
    rf"(?<![\w.])(?P<value>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t][{UPPER}]\.)"
)
# Lower-case surname after a courtesy title in informal messages: « c est mme lambert ».
_LOWER_AFTER_TITLE = re.compile(
    rf"\b(?i:mme|mlle|madame|monsieur)[ \t]+(?P<value>[{LOWER}][{LOWER}\-]{{2,}})\b"
)


@cache
def _name_detector() -> Any:
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def first_name_is_female(name: str) -> bool:
    """Whether a first name is mostly given to women in France (used to pick pseudonyms)."""
    return str(_name_detector().get_gender(name, "france")) in {"female", "mostly_female"}


def _listed_names() -> set[str]:
    """The lower-cased names of ``gender-guesser``'s list: the keys of
    ``Detector(case_sensitive=False).names``, read without building the per-country table.

    ``Detector`` parses each line's 56 country columns into a dictionary in Python (about 0.3 s
    of CPU on a cold start); the guard needs only the names. Same rules as its ``_eat_name_line``
    and ``_set``: comment lines start with ``#`` or ``=``, the name is the second field, and a
    ``+`` stands for nothing, a space or a hyphen. ``tests/privacy`` checks the two sets are equal.
    """
    from gender_guesser import detector

    names: set[str] = set()
    path = Path(detector.__file__).with_name("data") / "nam_dict.txt"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line[0] in "#=":
                continue
            name = line.split(None, 2)[1].lower()
            if "+" in name:
                names.update(name.replace("+", joint) for joint in ("", " ", "-"))
            else:
                names.add(name)
    return names


@cache
def first_names() -> frozenset[str]:
    """Lower-cased first names from the list shipped with ``gender-guesser`` (about 45,000 names
    from many countries), minus French function words that happen to be names somewhere."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    names = _listed_names()
    excluded = set(STOP_WORDS) | _NOT_PERSONS | set(lexicon.MONTHS) | set(lexicon.NOT_FIRST_NAMES)
    return frozenset(name for name in names if len(name) >= 3 and name not in excluded)


def is_not_a_patient(text: str, start: int, end: int) -> bool:
    """Whether the capitalised name ``text[start:end]`` is a practitioner, a cited author, an
    eponym, a brand, an institution or a place rather than a person to protect."""
    name = text[start:end].strip()
    if not name or not name[0].isupper():
        return True
    lowered = name.lower()
    words = lowered.split()
    first_word = words[0].rstrip(".")
    before = text[max(0, start - 80) : start]
    after = text[end : end + 30]
    if lowered in _NOT_PERSONS or lowered in _TITLES or first_word in _NOT_PERSONS:
        return True
    if first_word in _PRACTITIONER_TITLES or first_word in _NON_NAME_HEADS:
        return True
    if _PRACTITIONER_BEFORE.search(before):
        return True
    # « Smith (2019) » is an author, « Mme Durand (1962) » a patient with her birth year.
    titled = first_word in _COURTESY_WORDS or bool(_HONORIFIC_BEFORE.search(before))
    if _CITATION_AFTER.search(after) and not (titled and not re.match(r"\s+et\s+(?:al|coll)", after)):
        return True
    if _EPONYM_BEFORE.search(before) or (lowered in _EPONYMS and not _HONORIFIC_BEFORE.search(before)):
        return True
    if _INSTITUTION_BEFORE.search(before) or _SAINT_BEFORE.search(before):
        return True
    if re.fullmatch(r"(?:saint|sainte|st|ste)[\- ].+", lowered):
        return True
    # Acronyms (HAS, ANSM, CHU) are organisations.
    return bool(re.fullmatch(r"[A-Z]{2,6}", name))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and punctuation that the NER model sometimes leaves at the edges of a name."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    if end - start > 2 and text[end - 1] == "." and text[end - 3] != " ":
        end -= 1  # a sentence full stop, not an initial
    return start, end


_FOLLOWING_NAME = re.compile(rf"^(?:[ \t]+(?:(?:de|du|le|la|ben|el)[ \t]+)?{NAME_WORD}){{1,2}}")


def _extend(text: str, end: int) -> int:
    """Extend a first name with the surname or initial that follows it (« Chloé B. »)."""
    match = _FOLLOWING_NAME.match(text[end:])
    if not match:
        return end
    words = match.group().split()
    # Stop before a capitalised common word at a sentence start (« Julie. Merci »).
    if words[-1].lower().rstrip(".") in _NOT_PERSONS:
        return end
    return end + match.end()


def _ner_spans(text: str, doc: Doc) -> list[tuple[int, int, float]]:
    spans: list[tuple[int, int, float]] = []
    known = first_names()
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        if len(ent) == 1 and ent[0].pos_ != "PROPN" and ent[0].lower_ not in known:
            continue  # « Livraison », « Lister »: a capitalised common word, not a name
        start, end = _trim(text, ent.start_char, ent.end_char)
        if start < end:
            spans.append((start, end, 0.85))
    return spans


def _first_name_spans(text: str, doc: Doc) -> list[tuple[int, int, float]]:
    spans: list[tuple[int, int, float]] = []
    known = first_names()
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.lower_ not in known:
            continue
        if token.ent_type_ == "LOC":
            continue
        spans.append((token.idx, _extend(text, token.idx + len(token.text)), 0.75))
    return spans


def _cue_spans(text: str) -> list[tuple[int, int, float]]:
    spans: list[tuple[int, int, float]] = []
    for regex, score in _CUES:
        for match in regex.finditer(text):
            start, end = _trim(text, *match.span("value"))
            spans.append((start, end, score))
    from spacy.lang.fr.stop_words import STOP_WORDS

    for match in _SURNAME_INITIAL.finditer(text):
        if match.group("value").split()[0].lower() not in STOP_WORDS:
            spans.append((*match.span("value"), 0.7))
    return spans


def _lower_case_spans(text: str) -> list[tuple[int, int]]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    return [
        match.span("value")
        for match in _LOWER_AFTER_TITLE.finditer(text)
        if match.group("value") not in STOP_WORDS and match.group("value") not in _NOT_PERSONS
    ]


def person_spans(text: str, doc: Doc | None) -> list[tuple[int, int, float]]:
    """Candidate ``(start, end, score)`` spans of people to protect, traps removed (may overlap)."""
    candidates = _cue_spans(text)
    if doc is not None:
        candidates += _ner_spans(text, doc) + _first_name_spans(text, doc)
    kept = [(s, e, score) for s, e, score in candidates if s < e and not is_not_a_patient(text, s, e)]
    kept += [(s, e, 0.7) for s, e in _lower_case_spans(text)]
    return kept
