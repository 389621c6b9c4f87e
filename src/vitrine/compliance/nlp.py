"""French analysis with spaCy's ``fr_core_news_md``: tokens, lemmas, morphology, sentences.

The model is loaded once per process, without the parser and the entity recogniser (the
engine only needs lemmas, morphology and sentence boundaries; the statistical sentence
recogniser replaces the parser's boundaries at a fraction of the cost). It is only run on the
paragraphs where a rule found a candidate, so a compliant text never pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from vitrine.compliance.textmap import fold_string

MODEL = "fr_core_news_md"


@dataclass(frozen=True)
class Token:
    """A token of the analysed window; offsets are in the window's source text."""

    start: int
    end: int
    text: str
    norm: str  # folded surface form
    lemma: str  # folded lemma
    pos: str
    negative: bool  # morphologizer says Polarity=Neg
    conditional: bool  # morphologizer says Mood=Cnd


@dataclass(frozen=True)
class Sentence:
    """A sentence: its span and its tokens."""

    start: int
    end: int
    tokens: tuple[Token, ...]


@cache
def load() -> Any:
    """Load the French pipeline once (from the installed package, never downloaded)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["parser", "ner"])
    nlp.enable_pipe("senter")
    return nlp


def analyse(text: str, offset: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences of tokens; offsets are shifted by ``offset``."""
    if not text.strip():
        return []
    doc = load()(text)
    sentences: list[Sentence] = []
    for sent in doc.sents:
        tokens = []
        for tok in sent:
            if tok.is_space:
                continue
            morph = tok.morph
            tokens.append(
                Token(
                    start=offset + tok.idx,
                    end=offset + tok.idx + len(tok.text),
                    text=tok.text,
                    norm=fold_string(tok.text),
                    lemma=fold_string(tok.lemma_),
                    pos=tok.pos_,
                    negative="Neg" in morph.get("Polarity"),
                    conditional="Cnd" in morph.get("Mood"),
                )
            )
        sentences.append(Sentence(offset + sent.start_char, offset + sent.end_char, tuple(tokens)))
    return sentences
