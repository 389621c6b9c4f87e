"""Pure helpers of the page: highlighted segments, replacements, input validation."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from django.core.exceptions import ValidationError

from vitrine.compliance import Finding
from vitrine.web.conformite.checking import (
    apply_replacement,
    finding_views,
    replacement_of,
    segments,
    validate_input,
)


def _finding(rule: str, severity: str, start: int, end: int, text: str) -> Finding:
    return Finding(rule, severity, start, end, 1, start + 1, text[start:end], "m", "r", "s")


def test_segments_cover_the_text_exactly_and_overlaps_take_the_most_serious_severity() -> None:
    text = "Le meilleur résultat garanti de Lyon."
    findings = finding_views(
        [
            _finding("superlatif", "risque", 3, 20, text),
            _finding("garantie-resultat", "interdit", 12, 28, text),
        ]
    )
    parts = segments(text, findings)
    assert "".join(p.text for p in parts) == text
    by_text = {p.text: p for p in parts}
    assert by_text["meilleur "].severity == "risque" and by_text["meilleur "].numbers == (1,)
    assert by_text["résultat"].severity == "interdit" and by_text["résultat"].numbers == (1, 2)
    assert by_text["résultat"].ends == (1,) and by_text[" garanti"].ends == (2,)
    assert by_text["Le "].numbers == () and by_text[" de Lyon."].severity == ""


def test_a_text_without_findings_is_one_plain_segment() -> None:
    assert [(p.text, p.numbers) for p in segments("Bonjour", [])] == [("Bonjour", ())]
    assert segments("", []) == []


def test_a_replacement_is_put_in_place_of_the_span_and_an_empty_one_removes_it() -> None:
    text = "Le meilleur chirurgien de Lyon."
    base = _finding("superlatif", "interdit", 3, 22, text)
    fixed = replace(base, replacement="chirurgien")
    assert apply_replacement(text, fixed) == "Le chirurgien de Lyon."
    removed = replace(base, replacement="")
    assert apply_replacement(text, removed) == "Le  de Lyon."
    assert finding_views([fixed])[0].replacement == "chirurgien"
    assert replacement_of({"replacement": ""}) == "" and replacement_of({"rule": "x"}) is None


def test_a_finding_without_replacement_cannot_be_applied() -> None:
    text = "Résultat garanti"
    with pytest.raises(ValidationError, match="pas de correction automatique"):
        apply_replacement(text, _finding("garantie-resultat", "interdit", 0, 16, text))


@pytest.mark.parametrize(
    ("text", "channel", "input_format", "message"),
    [
        (None, "site", "text", "chaîne de caractères"),
        ("x" * 100_001, "site", "text", "trop long (100001 caractères"),
        ("ok", "telegram", "text", "canaux possibles : instagram"),
        ("ok", "site", "docx", "formats possibles : text, markdown, html"),
    ],
)
def test_bad_input_is_named_in_french(
    text: object, channel: object, input_format: object, message: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        validate_input(text, channel, input_format)
