"""French Presidio recognisers: NIR, phones, e-mails (offline), postal addresses, birth dates,
record numbers and patient names (spaCy NER plus French cues, minus practitioners and eponyms).

Each recogniser is a small class registered in the analyzer built by ``vitrine.privacy.engine``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

import tldextract
from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer

from vitrine.privacy import lexicon

LANGUAGE = "fr"


def _alternation(words: tuple[str, ...]) -> str:
    """Regex alternation of literal words, longest first so that prefixes do not win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


MONTHS_RE = _alternation(lexicon.MONTHS)
# A capitalised name word (Durand, Jean-Pierre, O'Neill, DURAND) or an initial (D.).
NAME_WORD = (
    r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)*"
    r"|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?|[A-ZÀ-ÖØ-Þ]\.)"
)
NAME = rf"{NAME_WORD}(?:[ \t]+(?:(?:de|du|des|van|von|le|la)[ \t]+)?{NAME_WORD}){{0,2}}"
PRACTITIONER_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{_alternation(lexicon.PRACTITIONER_TITLES)})\.?(?:[ \t]+(?:et|&)[ \t]+\w+)?[ \t]*$",
    re.IGNORECASE,
)


def _result(entity: str, start: int, end: int, score: float, name: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name},
    )


class _RegexRecognizer(LocalRecognizer):
    """A recogniser driven by regexes whose named group ``value`` is the span to report.

    Subclasses list ``(regex, score)`` pairs in ``RULES`` and may refine ``accept``.
    """

    ENTITY = ""
    RULES: tuple[tuple[re.Pattern[str], float], ...] = ()

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=LANGUAGE)

    def load(self) -> None:
        """Nothing to load: the regexes are compiled at import time."""

    def accept(self, text: str, match: re.Match[str], nlp_artifacts: NlpArtifacts | None) -> float | None:
        """Return the score for this match, or None to reject it. Default: the rule's score."""
        return 1.0

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Run every rule over the text and keep the matches that ``accept`` scores."""
        results: list[RecognizerResult] = []
        for regex, score in self.RULES:
            for match in regex.finditer(text):
                factor = self.accept(text, match, nlp_artifacts)
                if factor is None:
                    continue
                start, end = match.span("value")
                results.append(_result(self.ENTITY, start, end, score * factor, type(self).__name__))
        return EntityRecognizer.remove_duplicates(results)


# ---------------------------------------------------------------------------------------------- NIR


def nir_key_is_valid(nir: str) -> bool:
    """Check a 15-character NIR (13 characters + 2-digit key); Corsica 2A/2B count as 19/18."""
    if len(nir) != 15:
        return False
    department = nir[5:7].upper()
    body = nir[:5] + {"2A": "19", "2B": "18"}.get(department, department) + nir[7:13]
    if not body.isdigit() or not nir[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(nir[13:])


class FrNirRecognizer(PatternRecognizer):
    """French social-security number (NIR), spaced or not, accepted only when its key checks."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "NIR",
            r"\b[1-478](?:[ .\-]?\d){4}[ .\-]?(?:\d{2}|2[ABab])(?:[ .\-]?\d){6}[ .\-]?\d{2}\b",
            0.6,
        )
    ]
    CONTEXT: ClassVar[list[str]] = [
        "sécurité",
        "sociale",
        "sécu",
        "nir",
        "insee",
        "vitale",
        "assuré",
        "immatriculation",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="FR_NIR",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=LANGUAGE,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """A NIR is reported only if its control key matches."""
        return nir_key_is_valid(re.sub(r"[ .\-]", "", pattern_text))


# -------------------------------------------------------------------------------------------- phone


PHONE_CONTEXT = [
    "téléphone",
    "tél",
    "tel",
    "portable",
    "mobile",
    "fixe",
    "numéro",
    "appeler",
    "joindre",
    "rappeler",
]


class FrPhoneRecognizer(PhoneRecognizer):
    """French phone numbers (0X XX XX XX XX, +33, 0033, dots, spaces, dashes) via libphonenumber.

    A number that libphonenumber validates for France is identifying on its own, hence a score
    above the default threshold even without a context word.
    """

    SCORE = 0.75

    def __init__(self) -> None:
        super().__init__(context=PHONE_CONTEXT, supported_language=LANGUAGE, supported_regions=("FR",))


# ------------------------------------------------------------------------------------------- e-mail


@cache
def offline_tld_extractor() -> tldextract.TLDExtract:
    """A TLD extractor that uses the public-suffix snapshot bundled with tldextract.

    ``suffix_list_urls=()`` disables every HTTP request and ``cache_dir=None`` disables the
    on-disk cache, so the bundled snapshot is the only source: nothing is fetched, ever.
    """
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


EMAIL_CONTEXT = ["email", "e-mail", "mail", "courriel", "adresse", "écrire"]


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recogniser, validating domains against the bundled suffix list."""

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(context=EMAIL_CONTEXT, supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool:
        """Valid when the domain has a known public suffix (checked offline)."""
        return bool(offline_tld_extractor()(pattern_text).fqdn)


# ------------------------------------------------------------------------------------------ address

_STREET = _alternation(lexicon.STREET_TYPES)
_PARTICLE = r"(?:de|du|des|la|le|les|l['’]|d['’]|aux|au|sur|sous|en|et)"
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w\-'’]*|\d{1,4}(?:er)?)"
_STREET_NAME = (
    rf"(?:{_PARTICLE}[ \t]*)*(?:{_CAP}(?:[ \t\-]+(?:{_PARTICLE}[ \t]*)*{_CAP})*"
    r"|[a-zà-öø-ÿ][\w\-]+(?:[ \t]+[a-zà-öø-ÿ][\w\-]+)?)"
)
_POSTCODE_CITY = (
    rf"(?:\d{{5}}|\d{{2}}[ \t]\d{{3}})[ \t]+{_CAP}(?:[ \t\-]+(?:{_PARTICLE}[ \t\-]*)*{_CAP})*"
    r"(?:[ \t]+cedex(?:[ \t]+\d+)?)?"
)


class FrAddressRecognizer(_RegexRecognizer):
    """French postal addresses: « 12 rue de la République, 69002 Lyon », « 3 bis, av. Foch »."""

    ENTITY = "ADDRESS"
    RULES = (
        (
            re.compile(
                rf"(?P<value>\b\d{{1,4}}(?:[ \t]?(?:bis|ter|quater|[a-dA-D])\b)?[ \t]*,?[ \t]*"
                rf"(?i:{_STREET})[ \t]+{_STREET_NAME}(?:[ \t]*,?[ \t]*{_POSTCODE_CITY})?)"
            ),
            0.85,
        ),
        (
            # No street number but a postcode: « avenue Foch, 75116 Paris ».
            re.compile(rf"(?P<value>\b(?i:{_STREET})[ \t]+{_STREET_NAME}[ \t]*,?[ \t]*{_POSTCODE_CITY})"),
            0.8,
        ),
        (
            # Postcode and city after a dwelling verb: « j'habite 69002 Lyon ».
            re.compile(
                rf"(?i:habite|domicilié|domiciliée|réside|demeurant|adresse)[^\n.]{{0,20}}?(?P<value>\b{_POSTCODE_CITY})"
            ),
            0.7,
        ),
    )

    def accept(self, text: str, match: re.Match[str], nlp_artifacts: NlpArtifacts | None) -> float | None:
        """Reject « 2 rue » fragments: the street needs a name of at least two letters."""
        value = match.group("value")
        return 1.0 if re.search(r"[A-Za-zÀ-ÿ]{2,}\s*$", value) or re.search(r"\d{5}", value) else None


# -------------------------------------------------------------------------------------- birth dates

_DATE = (
    rf"(?:(?:1er|\d{{1,2}})[ \t]+(?i:{MONTHS_RE})[ \t]+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:(?:19|20)\d{{2}}|\d{{2}})\b)"
)
_BIRTH_BEFORE = re.compile(
    r"(?:\bn[ée]e?s?\b|\bn[ée]\(e\)|naissance|\bddn\b|d\.d\.n|\bnaiss\b)[^.!?\n]{0,40}$", re.IGNORECASE
)
_NOT_BIRTH_BEFORE = re.compile(
    r"(?:rendez-vous|rdv|consultation|opér|interven|chirurgie|bloc|séance|rappel|le\s+rendez)[^.!?\n]{0,15}$",
    re.IGNORECASE,
)
_AGE_NEGATIVE_BEFORE = re.compile(
    r"(?:depuis|il\s+y\s+a|pendant|durant|dans|après|avant|voilà|voici|tous\s+les|plus\s+de|moins\s+de|"
    r"environ|garantie?|ça\s+fait|cela\s+fait|fait|d['’]ici|sous|de|des|pour|en|à|a|de\s+plus\s+de)\s*$",
    re.IGNORECASE,
)
_HONORIFIC_NAME = re.compile(rf"\b(?:{_alternation(lexicon.COURTESY_TITLES)})[ \t]+{NAME}", re.IGNORECASE)


class FrBirthDateRecognizer(_RegexRecognizer):
    """Birth dates, birth years and the age of a named person.

    « née le 12 mars 1985 », « date de naissance : 12/03/1985 », « né en 1985 »,
    « Mme Durand, 47 ans ». Dates without a birth cue (appointments, surgery) are not reported.
    """

    ENTITY = "DATE_OF_BIRTH"
    RULES = (
        (re.compile(rf"(?P<value>{_DATE})"), 0.85),
        (
            re.compile(
                rf"(?i:\bn[ée]e?s?|\bn[ée]\(e\))[ \t]+(?i:en)[ \t]+"
                rf"(?P<value>(?:(?i:{MONTHS_RE})[ \t]+)?(?:19|20)\d{{2}})\b"
            ),
            0.85,
        ),
        (re.compile(r"(?P<value>\b\d{1,3}[ \t]*(?:ans|an)\b)"), 0.75),
    )

    def accept(self, text: str, match: re.Match[str], nlp_artifacts: NlpArtifacts | None) -> float | None:
        """Dates need a birth cue just before; ages need a named person just before."""
        value = match.group("value")
        before = text[max(0, match.start("value") - 60) : match.start("value")]
        if value.endswith(("ans", "an")):
            return self._accept_age(text, match, before, nlp_artifacts)
        if match.re is self.RULES[1][0]:
            return 1.0
        if _BIRTH_BEFORE.search(before) and not _NOT_BIRTH_BEFORE.search(before[-25:]):
            return 1.0
        return None

    @staticmethod
    def _accept_age(
        text: str, match: re.Match[str], before: str, nlp_artifacts: NlpArtifacts | None
    ) -> float | None:
        number = int(re.match(r"\d+", match.group("value")).group())  # type: ignore[union-attr]
        if number > 120 or _AGE_NEGATIVE_BEFORE.search(before):
            return None
        clause = re.split(r"[.!?\n;]", before)[-1]
        if re.search(r"\b(?:âg[ée]e?s?\s+de|j['’]ai|a|aura|avait|fête\s+ses|fêter\s+ses)\s*$", clause, re.I):
            cue = True
        else:
            cue = bool(re.search(r"[,(–\-]\s*$", clause))
        if not cue:
            return None
        clause_start = match.start("value") - len(clause)
        if _HONORIFIC_NAME.search(clause):
            return 1.0
        for start, end in person_spans(text, nlp_artifacts):
            if clause_start <= start and end <= match.start("value"):
                return 1.0
        return None


# -------------------------------------------------------------------------------- record numbers


class FrMedicalRecordRecognizer(_RegexRecognizer):
    """Record, IPP and patient numbers: « dossier n° 2024-1234 », « IPP 123456 »."""

    ENTITY = "MEDICAL_RECORD"
    RULES = (
        (
            re.compile(
                r"(?i:\b(?:dossier|ipp|nip|nda|n°\s*(?:de\s+)?patient|num[ée]ro\s+(?:de\s+)?patient|"
                r"identifiant(?:\s+patient)?|id\s+patient|r[ée]f(?:[ée]rence)?\.?(?:\s+(?:du\s+)?dossier)?|"
                r"n°\s*(?:de\s+)?dossier|num[ée]ro\s+(?:de\s+)?dossier|matricule|n°\s*(?:de\s+)?s[ée]jour))"
                r"(?:\s*(?i:n°|nº|no\.?|num(?:[ée]ro)?\.?|#))?\s*[:=]?\s*"
                r"(?P<value>(?:[A-Z]{1,4}[\-/ ]?)?\d[\dA-Z]*(?:[\-/.]\d[\dA-Z]*)*)"
            ),
            0.85,
        ),
    )

    def accept(self, text: str, match: re.Match[str], nlp_artifacts: NlpArtifacts | None) -> float | None:
        """A record number has at least four digits and is not a date or a year alone."""
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        if digits < 4 or re.fullmatch(r"(?:19|20)\d{2}", value) or re.fullmatch(_DATE, value):
            return None
        return 1.0


# ------------------------------------------------------------------------------------------ persons

_EPONYM_BEFORE = re.compile(
    rf"\b(?:{_alternation(lexicon.EPONYM_HEADS)})(?:\s+\w+)?\s+(?:de|d['’]|du|des|selon)\s*$", re.IGNORECASE
)
_INSTITUTION_BEFORE = re.compile(
    rf"\b(?:{_alternation(lexicon.INSTITUTION_HEADS)})(?:\s+(?:de|du|des|d['’]|la|le))*\s*$", re.IGNORECASE
)
_CITATION_AFTER = re.compile(
    r"^(?:\s+(?:et\s+al\b|et\s+coll\b|et\s+collaborateurs\b)|\s*,?\s*\(?(?:19|20)\d{2}\b|\s*,\s+[A-Z]\.\s*[A-Z]?\.?\s*,)"
)
_NOT_PERSONS = frozenset(lexicon.NOT_PERSONS)
_EPONYMS = frozenset(lexicon.EPONYMS)
_TITLES = frozenset(t.rstrip(".") for t in lexicon.PRACTITIONER_TITLES + lexicon.COURTESY_TITLES)

_PERSON_CUES = (
    (re.compile(rf"\b(?i:{_alternation(lexicon.COURTESY_TITLES)})[ \t]+(?P<value>{NAME})"), 0.85),
    (
        re.compile(
            rf"(?i:\bje\s+m['’]appelle|\bje\s+suis|\bmoi\s+c['’]est|\bmon\s+nom\s+est|\bde\s+la\s+part\s+de|"
            rf"\bpatiente?\s*:|\bnom\s*:|\bnom\s+de\s+la\s+patiente?\s*:?)[ \t]+(?P<value>{NAME})"
        ),
        0.8,
    ),
    (
        re.compile(
            r"(?i:\b(?:mon|ma|notre|son|sa|leur)\s+(?:fils|fille|mari|époux|épouse|femme|conjoint|conjointe|"
            r"compagnon|compagne|mère|maman|père|papa|frère|sœur|soeur|enfant|bébé|petit-fils|petite-fille|"
            r"grand-mère|grand-père|tante|oncle|cousin|cousine|amie?|voisin|voisine|collègue|nièce|neveu|"
            r"belle-mère|beau-père|belle-sœur|beau-frère))[ \t]+"
            rf"(?P<value>{NAME})"
        ),
        0.8,
    ),
    (
        re.compile(rf"(?im:^\s*(?:bonjour|bonsoir|cher|chère|merci)[ \t]+(?P<value>{NAME})[ \t]*[,!])"),
        0.75,
    ),
    (
        re.compile(
            rf"(?i:cordialement|bien\s+à\s+vous|salutations|bonne\s+journée|merci(?:\s+d['’]avance)?)"
            rf"[ \t]*[,.!]?[ \t]*\n+[ \t]*(?P<value>{NAME})[ \t]*$",
            re.MULTILINE,
        ),
        0.75,
    ),
)


def is_not_a_patient(text: str, start: int, end: int) -> bool:
    """Whether a capitalised name at ``text[start:end]`` is a practitioner, an author, an eponym,
    a brand, an institution or a place rather than a person to protect."""
    name = text[start:end].strip()
    lowered = name.lower()
    first_word = lowered.split()[0].rstrip(".") if lowered.split() else ""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 30]
    if not name or not name[0].isupper():
        return True
    if lowered in _NOT_PERSONS or lowered in _TITLES or first_word in _NOT_PERSONS:
        return True
    if first_word in {t.rstrip(".") for t in lexicon.PRACTITIONER_TITLES}:
        return True
    if PRACTITIONER_BEFORE.search(before):
        return True
    if _CITATION_AFTER.search(after):
        return True
    if _EPONYM_BEFORE.search(before) or (lowered in _EPONYMS and not _HONORIFIC_BEFORE.search(before)):
        return True
    if _INSTITUTION_BEFORE.search(before):
        return True
    if re.fullmatch(r"(?:saint|sainte|st|ste)[\- ].+", lowered):
        return True
    # Acronyms (HAS, ANSM, CHU) are organisations.
    return bool(re.fullmatch(r"[A-Z]{2,6}", name))


_HONORIFIC_BEFORE = re.compile(rf"\b(?:{_alternation(lexicon.COURTESY_TITLES)})\s*$", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and punctuation that the NER model sometimes leaves at the edges of a name."""
    while start < end and not (text[start].isalnum()):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return start, end


def _ner_person_spans(nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int]]:
    if nlp_artifacts is None or nlp_artifacts.tokens is None:
        return
    for ent in nlp_artifacts.tokens.ents:
        if ent.label_ == "PER":
            yield ent.start_char, ent.end_char


def person_spans(text: str, nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
    """Spans of names of people to protect: NER names and French cues, minus the traps."""
    spans: list[tuple[int, int]] = []
    for start, end in _ner_person_spans(nlp_artifacts):
        start, end = _trim(text, start, end)
        if start < end and not is_not_a_patient(text, start, end):
            spans.append((start, end))
    for regex, _score in _PERSON_CUES:
        for match in regex.finditer(text):
            start, end = match.span("value")
            if not is_not_a_patient(text, start, end):
                spans.append((start, end))
    return spans


class FrPersonRecognizer(LocalRecognizer):
    """Names of patients and third parties.

    Starts from spaCy's ``PER`` entities (fr_core_news_md), adds names introduced by French cues
    (Mme, je m'appelle, ma fille, signatures) and drops practitioners with a title, cited
    authors, eponyms, brands, institutions and places.
    """

    NER_SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=LANGUAGE)

    def load(self) -> None:
        """Nothing to load: the spaCy model is run by the NLP engine."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report NER names and cue names that are not traps."""
        results: list[RecognizerResult] = []
        for start, end in _ner_person_spans(nlp_artifacts):
            start, end = _trim(text, start, end)
            if start < end and not is_not_a_patient(text, start, end):
                results.append(_result("PERSON", start, end, self.NER_SCORE, type(self).__name__))
        for regex, score in _PERSON_CUES:
            for match in regex.finditer(text):
                start, end = match.span("value")
                if not is_not_a_patient(text, start, end):
                    results.append(_result("PERSON", start, end, score, type(self).__name__))
        return EntityRecognizer.remove_duplicates(results)


def french_recognizers() -> list[EntityRecognizer]:
    """Every recogniser of the guard, configured for French."""
    return [
        FrPersonRecognizer(),
        FrPhoneRecognizer(),
        OfflineEmailRecognizer(),
        FrAddressRecognizer(),
        FrBirthDateRecognizer(),
        FrNirRecognizer(),
        FrMedicalRecordRecognizer(),
    ]
