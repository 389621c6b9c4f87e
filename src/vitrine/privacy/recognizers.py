"""French Presidio recognisers: NIR, phones, e-mails (offline), postal addresses, birth dates,
record numbers and patient names (spaCy NER plus French cues, minus practitioners and eponyms).

Each recogniser is a small class registered in the analyzer built by ``vitrine.privacy.engine``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import ClassVar

import tldextract
from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer

from vitrine.privacy import lexicon
from vitrine.privacy.persons import HONORIFIC_NAME, first_names, person_spans

LANGUAGE = "fr"


def _alternation(words: tuple[str, ...]) -> str:
    """Regex alternation of literal words, longest first so that prefixes do not win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


MONTHS_RE = _alternation(lexicon.MONTHS)


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


class FrPhoneRecognizer(_RegexRecognizer):
    """French phone numbers: 0X XX XX XX XX, +33 X…, 0033 X…, +33 (0)X…, with spaces, dots or dashes.

    A regex rather than libphonenumber's validation: numbers in the ranges that ARCEP reserves
    for fiction and examples (06 39 98 …) must be masked too, and libphonenumber rejects them.
    """

    ENTITY = "PHONE_NUMBER"
    RULES = (
        (
            re.compile(
                r"(?<![\w+/.\-])(?P<value>(?:(?:\+|00)[ \t]?33[ \t.\-]?(?:\([ \t]?0[ \t]?\)[ \t.\-]?)?[1-9]"
                r"|0[1-9])(?:[ \t.\-/]?\d{2}){4})(?![\w/])"
            ),
            0.75,
        ),
    )


PHONE_CONTEXT = ["téléphone", "tél", "tel", "portable", "mobile", "numéro", "appeler", "joindre", "rappeler"]


class InternationalPhoneRecognizer(PhoneRecognizer):
    """Foreign numbers written with their country code (« +32 470 12 34 56 », « 0041 79 … »),
    validated by libphonenumber through Presidio's recogniser; French ones are left to
    ``FrPhoneRecognizer``."""

    SCORE = 0.75

    def __init__(self) -> None:
        super().__init__(context=PHONE_CONTEXT, supported_language=LANGUAGE, supported_regions=("FR",))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Keep only numbers that start with an international prefix other than France's."""
        results = super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]
        return [
            r
            for r in results
            if re.match(r"(?:\+|00)", text[r.start : r.end])
            and not re.match(r"(?:\+|00)\s*33", text[r.start : r.end])
        ]


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
    rf"(?:(?:1er|\d{{1,2}})[ \t]+(?i:{MONTHS_RE})[ \t]+(?:(?:19|20)\d{{2}}|\d{{2}}\b)"
    rf"|\d{{1,2}}[ \t]*[/.\-][ \t]*\d{{1,2}}[ \t]*[/.\-][ \t]*(?:(?:19|20)\d{{2}}|\d{{2}})\b"
    rf"|\d{{2}}[ \t]\d{{2}}[ \t](?:19|20)\d{{2}}\b|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}\b)"
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
    r"environ|garantie?\s+de|ça\s+fait|cela\s+fait|fait|d['’]ici|sous|pour|en|délai\s+de|recul\s+de|"
    r"suivi\s+de|durée\s+de|période\s+de)\s*$",
    re.IGNORECASE,
)
_AGE_VERB_BEFORE = re.compile(
    r"(?:\bâg[ée]e?s?\s+de|\bj['’]ai|\bjai|\ba|\baura|\baurai|\bavait|\bavais|\bf[êe]te(?:ra)?\s+ses|"
    r"\bf[êe]ter\s+ses|\bmes|\bses|\bâge\s*:|"
    r"\b(?:patiente?|fille|fils|enfant|femme|homme|dame|monsieur|madame|mère|père|ado|adolescente?)\s+de)\s*$",
    re.IGNORECASE,
)
_RELATION_BEFORE = re.compile(
    r"\b(?:mon|ma|notre|son|sa)\s+(?:fils|fille|mari|époux|épouse|femme|conjointe?|compagnon|compagne|mère|"
    r"maman|père|papa|frère|sœur|soeur|enfant|bébé|grand-mère|grand-père|nièce|neveu)\b",
    re.IGNORECASE,
)


_LAST_PERSONS: list[tuple[str, object, list[tuple[int, int, float]]]] = []


def _persons_of(text: str, nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int, float]]:
    """``person_spans`` for the text being analysed, computed once however many ages it holds.

    The cache holds one (text, doc, spans) tuple, swapped whole, so threads never mix results.
    """
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    cached = _LAST_PERSONS[-1] if _LAST_PERSONS else None
    if cached is not None and cached[0] is text and cached[1] is doc:
        return cached[2]
    spans = person_spans(text, doc)
    _LAST_PERSONS[:] = [(text, doc, spans)]
    return spans


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
        (
            # « née le 15 mars » (no year) right after a birth word.
            re.compile(
                rf"(?i:\bn[ée]e?s?|\bn[ée]\(e\))[ \t]+(?i:le)[ \t]+"
                rf"(?P<value>(?:1er|\d{{1,2}})[ \t]+(?i:{MONTHS_RE}))\b(?![ \t]+\d)"
            ),
            0.8,
        ),
        (re.compile(r"\((?P<value>(?:19|20)\d{2})\)"), 0.75),
    )

    def accept(self, text: str, match: re.Match[str], nlp_artifacts: NlpArtifacts | None) -> float | None:
        """Dates need a birth cue just before; ages need a named person just before."""
        value = match.group("value")
        before = text[max(0, match.start("value") - 60) : match.start("value")]
        if value.endswith(("ans", "an")):
            return self._accept_age(text, match, before, nlp_artifacts)
        if match.re is self.RULES[1][0] or match.re is self.RULES[3][0]:
            return 1.0
        if match.re is self.RULES[4][0]:
            # « Mme Durand (1962) »: a year in brackets right after a person's name.
            persons = _persons_of(text, nlp_artifacts)
            return (
                1.0 if any(re.fullmatch(r"\s*", text[end : match.start()]) for _, end, _ in persons) else None
            )
        if _BIRTH_BEFORE.search(before) and not _NOT_BIRTH_BEFORE.search(before[-25:]):
            return 1.0
        return None

    @staticmethod
    def _accept_age(
        text: str, match: re.Match[str], before: str, nlp_artifacts: NlpArtifacts | None
    ) -> float | None:
        """An age counts when it follows a person's name (« Julie, 34 ans », « Maëlle 23 ans ») or
        an age verb in a text that names someone (« j'ai 27 ans », « ma mère a 78 ans »)."""
        digits = re.match(r"\d+", match.group("value"))
        if digits is None or int(digits.group()) > 120 or _AGE_NEGATIVE_BEFORE.search(before):
            return None
        clause = re.split(r"[.!?\n;]", before)[-1]
        start = match.start("value")
        persons = _persons_of(text, nlp_artifacts)
        if any(re.fullmatch(r"[\s,(–—\-/:·]*", text[end:start]) for _, end, _ in persons):
            return 1.0
        if re.search(rf"{HONORIFIC_NAME.pattern}[\s,(–\-]*$", clause, re.IGNORECASE):
            return 1.0
        if _AGE_VERB_BEFORE.search(clause) and (persons or _RELATION_BEFORE.search(clause)):
            return 1.0
        return None


# -------------------------------------------------------------------------------- record numbers


class FrMedicalRecordRecognizer(_RegexRecognizer):
    """Record, IPP and patient numbers: « dossier n° 2024-1234 », « IPP 123456 »."""

    ENTITY = "MEDICAL_RECORD"
    RULES = (
        (
            re.compile(
                r"(?i:\b(?:dossier(?:\s+(?:patient|médical|medical))?|ipp|nip|nda|iep|n°\s*(?:de\s+)?patient|"
                r"num[ée]ro\s+(?:de\s+)?patient|patiente?\s*(?=n°|nº|no\b|#)|code\s+patient|r[ée]f\.?\s+patient|"
                r"n°\s*d['’]admission|num[ée]ro\s+d['’]admission|"
                r"identifiant(?:\s+patient)?|id\s+patient|r[ée]f(?:[ée]rence)?\.?(?:\s+(?:du\s+)?dossier)?|"
                r"n°\s*(?:de\s+)?dossier|num[ée]ro\s+(?:de\s+)?dossier|matricule|n°\s*(?:de\s+)?s[ée]jour))"
                r"(?:\s+(?i:est|c['’]est|c\s+est)(?:\s+(?i:le))?)?(?P<marker>\s*(?i:n°|nº|no\.?|num(?:[ée]ro)?\.?|#))?"
                r"\s*(?P<colon>[:=])?\s*"
                r"(?P<value>(?:[A-Z]{1,4}[\-/ ]?)?\d[\dA-Z]*(?:[\-/.]\d[\dA-Z]*)*)"
            ),
            0.85,
        ),
    )

    def accept(self, text: str, match: re.Match[str], nlp_artifacts: NlpArtifacts | None) -> float | None:
        """A record number has at least four digits and is not a date or a year alone."""
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        # Three digits are enough after an explicit « n° » or colon (« dossier n° 789 »).
        minimum = 3 if match.group("marker") or match.group("colon") else 4
        if digits < minimum or re.fullmatch(r"(?:19|20)\d{2}", value) or re.fullmatch(_DATE, value):
            return None
        return 1.0


# ------------------------------------------------------------------------------------------ persons


class FrPersonRecognizer(LocalRecognizer):
    """Names of patients and third parties (see ``vitrine.privacy.persons``)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=LANGUAGE)

    def load(self) -> None:
        """Load the first-name list now rather than on the first text."""
        first_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report every candidate name that is not a trap."""
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = [
            _result("PERSON", start, end, score, type(self).__name__)
            for start, end, score in person_spans(text, doc)
        ]
        return EntityRecognizer.remove_duplicates(results)


def french_recognizers() -> list[EntityRecognizer]:
    """Every recogniser of the guard, configured for French."""
    return [
        FrPersonRecognizer(),
        FrPhoneRecognizer(),
        InternationalPhoneRecognizer(),
        OfflineEmailRecognizer(),
        FrAddressRecognizer(),
        FrBirthDateRecognizer(),
        FrNirRecognizer(),
        FrMedicalRecordRecognizer(),
    ]
