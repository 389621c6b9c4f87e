"""The Presidio analyzer configured for French, and ``find``: the guard's detection entry point."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from vitrine.privacy.entities import ENTITY_TYPES, Entity

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpEngine

LANGUAGE = "fr"
SPACY_MODEL = "fr_core_news_md"
#: Results scored below this are dropped (pattern matches without their context, for instance).
SCORE_THRESHOLD = 0.5
#: Longer texts are analysed in pieces cut at line ends (spaCy's memory grows with the text).
CHUNK_CHARS = 10_000

NLP_CONFIGURATION: dict[str, object] = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
    "ner_model_configuration": {
        "model_to_presidio_entity_mapping": {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"},
        "labels_to_ignore": ["MISC"],
    },
}


@cache
def nlp_engine() -> NlpEngine:
    """Presidio's spaCy engine over the process's shared French pipeline (``vitrine.language``).

    Nothing here reads the dependency parse or real lemmas: the rule lemmatizer (the slowest
    component) is skipped, and Presidio's context words are matched against lower-cased surface
    forms (the lists are written that way: « tél », « sécu »). NER and POS as usual.
    """
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    from vitrine.language import FOR_PRIVACY, french

    class PrivacyView:
        """The shared pipeline as Presidio calls it, without the components the guard skips."""

        def __init__(self, nlp: Any) -> None:
            self.nlp = nlp
            self.vocab = nlp.vocab

        def __call__(self, text: str) -> Any:
            return self.nlp(text, disable=FOR_PRIVACY)

        def pipe(self, texts: Iterable[str], **options: Any) -> Iterator[Any]:
            return self.nlp.pipe(texts, disable=FOR_PRIVACY, **options)  # type: ignore[no-any-return]

    class SharedSpacyNlpEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {LANGUAGE: PrivacyView(french())}  # type: ignore[assignment]  # typed None

    configuration = NLP_CONFIGURATION["ner_model_configuration"]
    assert isinstance(configuration, dict)
    engine = SharedSpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
        ner_model_configuration=NerModelConfiguration.from_dict(configuration),
    )
    engine.load()
    return engine


@cache
def analyzer() -> AnalyzerEngine:
    """Presidio's analyzer with the French recognisers of ``vitrine.privacy.recognizers`` only."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from vitrine.privacy.recognizers import french_recognizers

    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in french_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=nlp_engine(), registry=registry, supported_languages=[LANGUAGE])


# French typography: no-break and thin spaces, curly apostrophes. Each becomes one plain
# character, so offsets found in the normalised text are offsets in the original.
_TYPOGRAPHY = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2019": "'"})


def normalized(text: str) -> str:
    """``text`` with typographic spaces and apostrophes made plain (same length, same offsets)."""
    return text.translate(_TYPOGRAPHY)


def _canonical(value: str) -> str:
    """Lower-case alphanumerics only; French phone prefixes +33/0033 become 0."""
    value = re.sub(r"^\s*(?:\+|00)\s*33\s*(?:\(0\))?", "0", value)
    return re.sub(r"[\W_]+", "", value.lower())


def _allowed(entity_text: str, allowed: list[str]) -> bool:
    """Whether an entity is (part of) an allowed value. A short entity must equal a whole
    allowed value: the first name « Marie » is not allowed by « contact@cabinet-marie.fr »."""
    canonical = _canonical(entity_text)
    if not canonical:
        return False
    return any(canonical == value or (len(canonical) >= 8 and canonical in value) for value in allowed)


def _without_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the longest span where spans overlap (an address beats the street's person name)."""
    kept: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (-(r.end - r.start), -r.score, r.start)):
        if all(result.end <= other.start or result.start >= other.end for other in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)


def _entities(text: str, results: list[RecognizerResult], allowed: list[str]) -> list[Entity]:
    entities: list[Entity] = []
    for result in _without_overlaps(results):
        surface = text[result.start : result.end]
        if allowed and _allowed(surface, allowed):
            continue
        entities.append(Entity(result.entity_type, result.start, result.end, float(result.score), surface))
    return entities


def find(text: str, allow: Iterable[str] = ()) -> list[Entity]:
    """Find patient-identifying data in French ``text``.

    Returns entities sorted by start, without overlaps. ``allow`` lists values that must not be
    reported (the practice's own published phone, e-mail, address): an entity whose text is part
    of an allowed value (compared on letters and digits only) is dropped.
    """
    if not text.strip():
        return []
    allowed = [c for c in (_canonical(value) for value in allow) if c]
    if len(text) > CHUNK_CHARS:
        return [
            replace(entity, start=entity.start + offset, end=entity.end + offset)
            for offset, chunk in _chunks(text)
            for entity in find(chunk, allow=allow)
        ]
    results = analyzer().analyze(
        text=normalized(text), language=LANGUAGE, entities=list(ENTITY_TYPES), score_threshold=SCORE_THRESHOLD
    )
    return _entities(text, results, allowed)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Cut a long text at line (or sentence) ends into pieces of at most ``CHUNK_CHARS``."""
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = max(
                text.rfind("\n", start + CHUNK_CHARS // 2, end),
                text.rfind(". ", start + CHUNK_CHARS // 2, end),
            )
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


def find_many(
    texts: Iterable[str], allow: Iterable[str] = (), batch_size: int = 32
) -> Iterator[list[Entity]]:
    """``find`` over many texts, in order, with spaCy processing them in batches (faster)."""
    allowed = [c for c in (_canonical(value) for value in allow) if c]
    engine = analyzer()
    texts = list(texts)
    # Long texts go through ``find`` (in chunks); spaCy only sees an empty stand-in for them.
    batches = nlp_engine().process_batch(
        [normalized(t) if len(t) <= CHUNK_CHARS else "" for t in texts],
        language=LANGUAGE,
        batch_size=batch_size,
    )
    for text, (_, artifacts) in zip(texts, batches, strict=True):
        if not text.strip() or len(text) > CHUNK_CHARS:
            yield find(text, allow=allow)
            continue
        results = engine.analyze(
            text=normalized(text),
            language=LANGUAGE,
            entities=list(ENTITY_TYPES),
            score_threshold=SCORE_THRESHOLD,
            nlp_artifacts=artifacts,
        )
        yield _entities(text, results, allowed)
