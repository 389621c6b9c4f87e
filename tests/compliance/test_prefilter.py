"""The regex prefilter only skips scans that could not match: it never loses a finding."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import vitrine.compliance.logic as logic
from vitrine.compliance.prefilter import may_match, required_literals, trigrams
from vitrine.compliance.registry import all_rules
from vitrine.compliance.textmap import fold_string

WORDS = ["garanti", "promo", "resultat ", "avant", "apres", "meilleur", "-20 %", " ", "\n", "x"]
DEV = Path(__file__).parents[2] / "corpus" / "conformite" / "dev.jsonl"


def _engine_patterns() -> list[re.Pattern[str]]:
    """Every trigger, whole-text exception and construction pattern the engine prefilters."""
    patterns = [p for rule in all_rules() for p in (*(t.pattern for t in rule.triggers), *rule.unless_text)]
    for module in pkgutil.iter_modules(logic.__path__):
        constructions = getattr(
            importlib.import_module(f"{logic.__name__}.{module.name}"), "_CONSTRUCTIONS", ()
        )
        patterns.extend(c.pattern for c in constructions)
    return patterns


def _literals(pattern: str) -> set[str] | None:
    found = required_literals(re.compile(pattern))
    return None if found is None else set(found)


def test_the_literals_of_a_pattern_are_those_every_match_contains() -> None:
    assert _literals(r"\bgaranti\w*") == {"garanti"}
    assert _literals(r"\b(?:promo|remise)s?\b") == {"promo", "remise"}
    assert _literals(r"(?:tres|si) (?:rapide|simple)") == {"rapide", "simple"}
    assert _literals(r"(?:a )?resultat (?:garanti|assure)") == {"resultat "}


def test_a_pattern_is_always_scanned_when_its_literals_are_unknown() -> None:
    assert _literals(r"promo|\d+ ?%") is None  # one branch has no literal
    assert _literals(r"(?i)promo") is None  # case-folded literals
    assert _literals(r"(?:bon)?pl\w") is None  # optional part, short rest
    assert may_match(re.compile(r"\d+ ?%"), trigrams("rien"))


def test_no_dev_text_is_skipped_by_a_pattern_that_matches_it() -> None:
    texts = [fold_string(json.loads(line)["text"]) for line in DEV.read_text(encoding="utf-8").splitlines()]
    patterns = _engine_patterns()
    skipped = 0
    for text in texts:
        grams = trigrams(text)
        for pattern in patterns:
            if not may_match(pattern, grams):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > len(texts) * len(patterns) // 3  # and it does skip many scans


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_engine_patterns()),
    st.lists(
        st.sampled_from(
            ["garanti", "promo", "resultat ", "avant", "apres", "meilleur", "-20 %", " ", "\n", "x"]
        )
    ),
)
def test_a_text_made_of_rule_words_is_never_wrongly_skipped(
    pattern: re.Pattern[str], words: list[str]
) -> None:
    text = "".join(words)
    if not may_match(pattern, trigrams(text)):
        assert pattern.search(text) is None
