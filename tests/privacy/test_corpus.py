"""The corpus loader strips [[TYPE:surface]] markup and reports bad lines in French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vitrine.privacy.corpus import CorpusError, Span, load, load_split, strip_markup


def test_it_strips_markup_and_computes_offsets() -> None:
    text, spans = strip_markup("Je suis [[PERSON:Marie Durand]], tel [[PHONE_NUMBER:06 12 34 56 78]].")
    assert text == "Je suis Marie Durand, tel 06 12 34 56 78."
    assert spans == (Span("PERSON", 8, 20), Span("PHONE_NUMBER", 26, 40))
    assert [text[s.start : s.end] for s in spans] == ["Marie Durand", "06 12 34 56 78"]


def test_a_text_without_markup_has_no_span() -> None:
    assert strip_markup("Le Dr Martin opère à la clinique Saint-Jean.") == (
        "Le Dr Martin opère à la clinique Saint-Jean.",
        (),
    )


def test_it_names_the_file_line_and_field_of_an_unknown_type(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    lines = [{"id": "c-1", "text": "ok"}, {"id": "c-2", "text": "[[NAME:Marie]]"}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"dev\.jsonl, ligne 2, champ « text » : type inconnu « NAME »"):
        load(path)


def test_it_rejects_invalid_json_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text('{"id": "c-1", "text": "ok"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"ligne 2 : JSON invalide"):
        load(path)


def test_the_project_corpus_loads_with_consistent_offsets() -> None:
    examples = load_split("dev")
    assert len(examples) >= 100
    assert all(0 <= s.start < s.end <= len(e.text) for e in examples for s in e.spans)
    assert any(not e.spans for e in examples)  # traps: texts with nothing to find
