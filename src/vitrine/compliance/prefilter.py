"""Cheap necessary conditions for the rules' regular expressions: skip a scan that cannot match.

Most of the engine's several hundred patterns match nothing in a given text, yet Python's ``re``
scans the whole text for each, position by position, whenever a pattern starts with ``\\b`` or an
alternation (its literal-prefix fast path then does not apply). Every pattern whose matches must
all contain one of a few literal strings (« garanti », « promo ») can be skipped when none of them
occurs in the text.

The text's set of three-character substrings is built once; a pattern is scanned only if one of
its literals' first three characters is in it.

The literals are read from the pattern's parse tree (``re._parser``, CPython's own parser, the
one ``re.compile`` uses). Anything the reader does not understand makes it give up (``None``):
the pattern is then always scanned, so a prefilter can only save time, never lose a match.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # CPython's regex parser; private (and untyped), so its absence only turns the prefilter off
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other interpreters
    _sre = _sre_parse = None

#: Shorter literals are found in nearly every text: requiring them saves nothing.
_MIN_LENGTH = 3

Literals = frozenset[str]


def _best(candidates: list[Literals]) -> Literals | None:
    """The most selective requirement: longest shortest literal, then fewest literals."""
    useful = [c for c in candidates if c and min(map(len, c)) >= _MIN_LENGTH]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(map(len, c)), -len(c)))


def _required(items: Any) -> Literals | None:
    """Literals one of which every match of this sequence of parsed items contains."""
    candidates: list[Literals] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, argument in items:
        if op == _sre.LITERAL:
            run.append(chr(argument))
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the literals on both sides are still contiguous in a match
        flush()
        found: Literals | None = None
        if op == _sre.SUBPATTERN:
            _, add_flags, _, body = argument
            found = None if add_flags & (re.IGNORECASE | re.VERBOSE) else _required(body)
        elif op == _sre.BRANCH:
            branches = [_required(branch) for branch in argument[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and argument[0] >= 1:
            found = _required(argument[2])
        elif op == _sre.ATOMIC_GROUP:
            found = _required(argument)
        if found is not None:
            candidates.append(found)
    flush()
    return _best(candidates)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which any match of ``pattern`` contains, or ``None`` when unknown.

    Case-insensitive and verbose patterns are not read (``None``): their literals are not the
    text's characters.
    """
    if _sre_parse is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return _required(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable tree only turns the prefilter off
        return None


def heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The first three characters of each of the pattern's literals (``None``: always scan).

    Rules and constructions keep theirs as an attribute, computed once when they are built.
    """
    literals = required_literals(pattern)
    return None if literals is None else frozenset(literal[:_MIN_LENGTH] for literal in literals)


# Keyed by identity: hashing a compiled pattern hashes its whole program (microseconds each time).
_HEADS: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}


def _known_heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    known = _HEADS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _HEADS[id(pattern)] = (pattern, heads(pattern))
    return known[1]


def trigrams(text: str) -> frozenset[str]:
    """Every three-character substring of ``text`` (computed once per text, shared by patterns)."""
    return frozenset(text[i : i + _MIN_LENGTH] for i in range(len(text) - _MIN_LENGTH + 1))


def may_match(pattern: re.Pattern[str], text_trigrams: frozenset[str]) -> bool:
    """Whether ``pattern`` could match the text of ``text_trigrams`` (``False``: it cannot).

    A literal occurs in a text only if its first three characters do: one set test decides for
    all of a pattern's literals at once.
    """
    found = _known_heads(pattern)
    return found is None or not found.isdisjoint(text_trigrams)
