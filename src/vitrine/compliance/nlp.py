"""French analysis with spaCy's ``fr_core_news_md``: tokens, lemmas, morphology, sentences.

The pipeline is shared with the privacy guard and review triage (``vitrine.language``); the
engine runs it without the entity recogniser. It needs lemmas and morphology, and hands spaCy
rough sentences already (``Context`` cuts them around each candidate), which the rule-based
sentencizer splits further where needed. The senter carries its own embedding layer, so dropping
it saves a third of each call. Only the sentences where a rule found a candidate are analysed,
so a compliant text never pays for it; ``analyse_many`` batches them (spaCy's fixed cost per call
is larger than the cost of a short sentence).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from vitrine.compliance.recent import Recent
from vitrine.compliance.textmap import fold_string
from vitrine.language import FOR_COMPLIANCE, french


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


def load() -> Any:
    """The shared French pipeline (``vitrine.language``), loaded once per process."""
    return french()


def analyse(text: str, offset: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences of tokens; offsets are shifted by ``offset``."""
    return analyse_many([(text, offset)])[0]


#: Analyses of recent sentences, by text (see ``vitrine.compliance.recent``).
RECENT: Recent[str, list[Sentence]] = Recent(4096)


def _shifted(sentences: list[Sentence], offset: int) -> list[Sentence]:
    if not offset:
        return sentences
    return [
        Sentence(
            s.start + offset,
            s.end + offset,
            tuple(replace(t, start=t.start + offset, end=t.end + offset) for t in s.tokens),
        )
        for s in sentences
    ]


def analyse_many(windows: list[tuple[str, int]]) -> list[list[Sentence]]:
    """``analyse`` over several ``(text, offset)`` windows, with one spaCy batch for the new ones."""
    results: list[list[Sentence]] = [[] for _ in windows]
    todo: dict[str, list[int]] = {}
    for i, (text, offset) in enumerate(windows):
        if not text.strip():
            continue
        known = RECENT.get(text)
        if known is None:
            todo.setdefault(text, []).append(i)
        else:
            results[i] = _shifted(known, offset)
    if todo:
        docs = load().pipe(list(todo), batch_size=32, disable=FOR_COMPLIANCE)
        for text, doc in zip(todo, docs, strict=True):
            sentences = _sentences(doc, 0)
            RECENT.put(text, sentences)
            for i in todo[text]:
                results[i] = _shifted(sentences, windows[i][1])
    return results


def _sentences(doc: Any, offset: int) -> list[Sentence]:
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
