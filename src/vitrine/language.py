"""The French spaCy pipeline (``fr_core_news_md``), loaded once per process and shared.

The compliance engine, the privacy guard and review triage all read French with the same
model. Loading it costs seconds (spaCy compiles its French tokenizer exceptions) and memory, so
one pipeline holds every component any of them needs, and each caller disables, per call, the
components it does not want (``nlp(text, disable=...)`` changes no shared state, so threads can
share the pipeline). Installed package only: nothing is downloaded.

Components: ``tok2vec``, ``morphologizer``, ``attribute_ruler``, ``lemmatizer``, ``ner``, then
``sentencizer`` (punctuation; the statistical parser and senter are not loaded) and
``vitrine_surface_lemmas`` (the privacy guard matches context words on lower-cased surface forms,
and skips the slow rule lemmatizer).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL = "fr_core_news_md"
SURFACE_LEMMAS = "vitrine_surface_lemmas"

#: What each reader leaves out.
FOR_COMPLIANCE = ("ner", SURFACE_LEMMAS)
FOR_PRIVACY = ("lemmatizer", "sentencizer")
FOR_REVIEWS = (SURFACE_LEMMAS,)


def _surface_lemmas(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def _index_as_sets(nlp: Any) -> None:
    """Make the rule lemmatizer's word index sets instead of lists (same answers, no scans).

    ``fr_core_news_md`` ships ``lemma_index`` as JSON lists (66,000 nouns, 28,000 adjectives):
    spaCy's French lemmatizer tests ``word in index`` for every word it has not cached yet, and
    for each form its suffix rules propose, so each unseen word cost about a millisecond.
    """
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        table[key] = frozenset(words)


@cache
def french() -> Any:
    """The shared pipeline (``spacy.language.Language``), loaded on first use."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(SURFACE_LEMMAS):
        Language.component(SURFACE_LEMMAS, func=_surface_lemmas)
    nlp = spacy.load(MODEL, exclude=["parser", "senter"])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(SURFACE_LEMMAS, last=True)
    _index_as_sets(nlp)
    return nlp
