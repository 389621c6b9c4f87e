"""The shared French pipeline: the lemma index made of sets lemmatizes exactly as spaCy's lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import spacy

from vitrine.language import MODEL, french

CORPUS = Path(__file__).parents[1] / "corpus" / "conformite" / "dev.jsonl"


def test_the_lemma_index_as_sets_gives_the_same_lemmas_as_the_shipped_lists() -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()[:150]]
    shipped = spacy.load(MODEL, exclude=["parser", "senter", "ner"])
    lemmatizer: Any = shipped.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in index.values())  # what the speed-up replaces
    ours = french()
    for text in texts:
        expected = [(t.text, t.lemma_) for t in shipped(text)]
        assert [(t.text, t.lemma_) for t in ours(text, disable=("ner", "vitrine_surface_lemmas"))] == expected
