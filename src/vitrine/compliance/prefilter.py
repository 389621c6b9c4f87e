"""Cheap necessary conditions for the rules' regular expressions: skip a scan that cannot match.

Most of the engine's several hundred patterns match nothing in a given text, yet Python's ``re``
scans the whole text for each, position by position, whenever a pattern starts with ``\\b`` or an
alternation (its literal-prefix fast path then does not apply). Every pattern whose matches must
all contain one of a few literal strings (« garanti », « promo ») can be skipped when none of them
occurs in the text.

Which of the literals read so far occur in a text is found once per text, from its
three-character substrings; each scan is filed under its literals, so the scans the text could
match are drawn once from the literals it holds (``Index.live_scans``), and a pattern is scanned
only if its scan is among them. In a long text, a pattern whose matches all start with one of a few
strings is then tried only where they occur (``Scan.finditer``).

The literals are read from the pattern's parse tree (``re._parser``, CPython's own parser, the
one ``re.compile`` uses). Anything the reader does not understand makes it give up (``None``):
the pattern is then always scanned, so a prefilter can only save time, never lose a match.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

from vitrine import regex_cache

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


#: At most this many strings start a pattern: more would cost more to look for than a scan.
_MAX_STARTS = 16


def _starts_of_sequence(items: Any) -> tuple[set[str] | None, bool]:
    """Strings one of which every match of the sequence starts with, and whether they are whole.

    *Whole* means the sequence matches exactly one of the strings: a following item can then
    lengthen them (« n' » then « (?:a|ont) » gives « n'a », « n'ont »).
    """
    found = {""}
    for op, argument in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the match goes on with what follows
        strings, whole = _starts_of_item(op, argument)
        if strings is None:
            return found, False
        longer = {start + string for start in found for string in strings}
        if (
            found != {""}
            and len(longer) > len(found)
            and (len(longer) > _MAX_STARTS or min(map(len, found)) >= _MIN_LENGTH)
        ):
            return found, False  # long enough: more strings would cost more look-ups than they save
        found = longer
        if not whole:
            return found, False
    return found, True


def _starts_of_item(op: Any, argument: Any) -> tuple[set[str] | None, bool]:
    if op == _sre.LITERAL:
        return {chr(argument)}, True
    if op == _sre.IN and all(item_op == _sre.LITERAL for item_op, _ in argument):
        return {chr(code) for _, code in argument}, True
    if op == _sre.IN and argument == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
        # ``\d`` is any Unicode decimal digit: :meth:`Index.starts` scans a text holding others.
        return set(ASCII_DIGITS), True
    if op == _sre.SUBPATTERN:
        _, add_flags, _, body = argument
        return (None, False) if add_flags & (re.IGNORECASE | re.VERBOSE) else _starts_of_sequence(body)
    if op == _sre.ATOMIC_GROUP:
        return _starts_of_sequence(argument)
    if op == _sre.BRANCH:
        results = [_starts_of_sequence(branch) for branch in argument[1]]
        if any(strings is None for strings, _ in results):
            return None, False
        return set().union(*(strings or () for strings, _ in results)), all(whole for _, whole in results)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, body = argument
        strings, whole = _starts_of_sequence(body)
        if strings is None:
            return (None, False) if low else ({""}, False)
        return (strings | {""} if low == 0 else strings), whole and high <= 1  # « s? » is whole
    return None, False  # a class, any character, a back-reference: no known start


def leading_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which every match of ``pattern`` starts with, or ``None`` when unknown.

    Zero-width items (``\\b``, lookarounds) are skipped: a match starts with what they guard. A
    pattern that can match the empty string has no such strings.
    ``\\d`` is read as the ten ASCII digits, true of a text without other decimal digits only
    (:meth:`Index.starts` makes sure).
    """
    if _sre_parse is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        strings, _ = _starts_of_sequence(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable tree only turns the anchored scan off
        return None
    if not strings or "" in strings:
        return None
    # « merci » found, « merci a » adds no position
    return frozenset(s for s in strings if not any(s != t and s.startswith(t) for t in strings))


def _has_prefix(pattern: re.Pattern[str]) -> bool:
    """Whether ``re`` itself finds the pattern's start fast: it opens with a literal character."""
    items = _sre_parse.parse(pattern.pattern, pattern.flags)
    while items and items[0][0] == _sre.SUBPATTERN and not items[0][1][1]:
        items = items[0][1][3]
    return bool(items) and items[0][0] == _sre.LITERAL


_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def _top_level_branches(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (outside groups, classes and escapes)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            following = i + 2 if source[i + 1 : i + 2] == "^" else i + 1
            if source[following : following + 1] == "]":  # a literal ']' opening the class
                i = following
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


_UNREAD: Any = object()


class Scan:
    """How to scan a text for ``pattern``: skip it, or scan only the branch that could match.

    A top-level alternation of which a single branch has its literals in the text is narrowed to
    that branch: at every position the regex engine tries the branches in order and the first
    that matches wins, so dropping branches that match nowhere in the text changes no match.
    Patterns with groups are never narrowed (group numbers would move). The pattern is read on
    first use, and its branches only once a text could match it: loading the rules reads
    nothing, and a short compliant text reads little.
    """

    __slots__ = ("_alone", "_branches", "_literals", "_starts", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._literals: Literals | None = _UNREAD
        self._branches: tuple[tuple[str, frozenset[str] | None], ...] = _UNREAD
        self._alone: dict[int, re.Pattern[str]] = {}
        self._starts: dict[int, Literals | None] = {}

    @property
    def branches(self) -> tuple[tuple[str, frozenset[str] | None], ...]:
        """The top-level branches' sources and heads; ``()`` when the pattern is not narrowed."""
        if self._branches is _UNREAD:
            self._branches = regex_cache.reading("branches", self.pattern, branches_of)
        return self._branches

    @property
    def literals(self) -> Literals | None:
        """Strings one of which every match contains; ``None``: always scan."""
        if self._literals is _UNREAD:
            self._literals = regex_cache.reading("literals", self.pattern, required_literals)
            _LITERALS.learn(self._literals, self)
        return self._literals

    def pattern_for(self, index: Index) -> re.Pattern[str] | None:
        """The pattern to run on the text of ``index``; ``None`` when it cannot match."""
        literals = self._literals
        if literals is _UNREAD:
            literals = self.literals
        # Nine calls in ten end here, for a short post (some 600 scans, few of them live).
        if literals is not None and self not in index.live_scans():
            return None
        branches = self.branches
        if not branches:
            return self.pattern
        text_trigrams = index.trigrams
        keep = tuple(
            i
            for i, (_, heads_) in enumerate(branches)
            if heads_ is None or not heads_.isdisjoint(text_trigrams)
        )
        if len(keep) == len(branches):
            return self.pattern
        if not keep:
            return None
        if len(keep) > 1:
            # Compiling each subset of branches met cost more than scanning the whole pattern
            # (callgrind, 400 sample texts: 9.5 → 7.0 G instructions without subset compiles).
            return self.pattern
        alone = self._alone.get(keep[0])
        if alone is None:  # compiled once per branch: the set of branches is bounded
            alone = self._alone[keep[0]] = regex_cache.compile(branches[keep[0]][0], self.pattern.flags)
        return alone

    def finditer(self, index: Index) -> Iterator[re.Match[str]]:
        """``pattern.finditer(index.text)``: the same matches, found faster.

        Python's ``re`` finds a literal prefix with a fast string search, but tries every position
        of the text, one by one, for a pattern that opens with ``\\b``, a lookbehind or an
        alternation — most of the rules' patterns. When every match must start with one of a few
        strings, the pattern is tried only where they occur, which yields the same matches: a
        scan returns, from each position on, the first position where the pattern matches.
        """
        pattern = self.pattern_for(index)
        if pattern is None:
            return iter(())
        if len(index.text) < _SHORT:
            return pattern.finditer(index.text)
        literals = self._starts.get(id(pattern), _UNREAD)
        if literals is _UNREAD:
            literals = self._starts[id(pattern)] = regex_cache.reading(STARTS, pattern, scan_starts)
        positions = None if literals is None else index.starts(literals)
        if positions is None:
            return pattern.finditer(index.text)
        return _matches_at(pattern, index.text, positions)

    def search(self, index: Index) -> re.Match[str] | None:
        """``pattern.search(index.text)``, as :meth:`finditer` finds it."""
        return next(self.finditer(index), None)


#: The regex cache's name for :func:`scan_starts` readings: changed whenever what it reads changes
#: (the second reads ``\d`` as the ten ASCII digits).
STARTS = "starts-2"
ASCII_DIGITS = frozenset("0123456789")
#: What ``\d`` matches beyond them (one C scan, for texts with accents: nearly every French one).
_FOREIGN_DIGIT = re.compile(r"(?![0-9])\d")


def scan_starts(pattern: re.Pattern[str]) -> Literals | None:
    """The strings to look for before trying ``pattern``; ``None`` when ``re`` scans as fast."""
    return None if _has_prefix(pattern) else leading_literals(pattern)


def _matches_at(pattern: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    end = 0
    for position in positions:
        if position < end:
            continue  # inside the previous match: matches do not overlap
        match = pattern.match(text, position)
        if match is not None:
            yield match
            end = match.end()


#: Above this share of the text's positions, trying the pattern at each costs more than ``re``'s scan.
_DENSE = 1 / 12
#: ``re`` tries about this many positions in the time Python looks a string up (measured).
_SCAN_PER_LOOKUP = 8
#: In a shorter text ``re`` scans every position faster than Python looks the strings up.
_SHORT = 400


class _KnownLiterals:
    """Every literal the scans have read, by its first three characters.

    A text's literals are then looked for once, from the text's trigrams, instead of pattern by
    pattern: about 330 string searches for a short post against some 600 Python calls that each
    looked up a few literals (ADR 0016). The scans are filed under their literals too, so that
    the scans a text could match are found once, from the literals it holds, rather than each
    scan asking whether the text holds one of its literals.
    """

    def __init__(self) -> None:
        self.by_head: dict[str, list[str]] = {}
        self.in_order: list[str] = []
        self.seen: set[str] = set()
        self.short: list[str] = []  # under three characters: no trigram to find them by
        # The sets learnt, by identity (kept alive here, so that an identity is never reused):
        # telling a known set costs one lookup rather than hashing each of its strings.
        self.sets: dict[int, Literals] = {}
        self.scans: dict[str, list[Scan]] = {}  # the scans that need each literal
        self.scans_filed = 0

    def learn(self, literals: Literals | None, scan: Scan | None = None) -> None:
        """Record the literals of a scan read for the first time, and the scan under them."""
        if literals is None:
            return
        self.sets[id(literals)] = literals
        for literal in literals:
            if literal not in self.seen:
                self.seen.add(literal)
                self.in_order.append(literal)
                if len(literal) < _MIN_LENGTH:
                    self.short.append(literal)
                else:
                    self.by_head.setdefault(literal[:_MIN_LENGTH], []).append(literal)
        if scan is not None:
            # Filed and counted once its literals are known: an index that sees the count also
            # finds them (``Index.live_scans``).
            for literal in literals:
                self.scans.setdefault(literal, []).append(scan)
            self.scans_filed += 1


_LITERALS = _KnownLiterals()


class Index:
    """A text and what the prefilter learns of it once: its trigrams, which known literals it
    holds, where literals occur."""

    __slots__ = (
        "_foreign_digits",
        "_known",
        "_live",
        "_live_filed",
        "_occurrences",
        "_present",
        "_trigrams",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._trigrams: frozenset[str] | None = None
        self._occurrences: dict[str, list[int]] = {}
        self._present: set[str] = set()
        self._known = 0  # how many of ``_LITERALS.in_order`` were looked for
        self._foreign_digits: bool | None = None
        self._live: set[Scan] = set()
        self._live_filed = -1  # how many scans ``_live`` was drawn from

    def holds_any(self, literals: Literals) -> bool:
        """Whether one of ``literals`` occurs in the text."""
        if id(literals) not in _LITERALS.sets:  # not read by a scan (a caller of its own)
            _LITERALS.learn(literals)
        if self._known != len(_LITERALS.in_order):
            self._look_for_new_literals()
        return not self._present.isdisjoint(literals)

    def live_scans(self) -> set[Scan]:
        """The scans with literals one of which occurs in the text (those without literals aside)."""
        filed = _LITERALS.scans_filed  # counted first, as in ``_look_for_new_literals``
        if self._live_filed != filed:
            if self._known != len(_LITERALS.in_order):
                self._look_for_new_literals()
            scans = _LITERALS.scans
            live: set[Scan] = set()
            for literal in self._present:
                live.update(scans.get(literal, ()))
            self._live, self._live_filed = live, filed
        return self._live

    def _look_for_new_literals(self) -> None:
        text, present = self.text, self._present
        # Counted first: a literal learnt meanwhile (another thread) is looked for next time.
        known = len(_LITERALS.in_order)
        if not self._known:  # all at once, from the text's trigrams
            by_head = _LITERALS.by_head
            for head in self.trigrams:
                for literal in by_head.get(head, ()):
                    if literal in text:
                        present.add(literal)
            present.update(literal for literal in _LITERALS.short if literal in text)
        else:  # scans read since (the first texts of a process)
            present.update(literal for literal in _LITERALS.in_order[self._known : known] if literal in text)
        self._known = known

    @property
    def foreign_digits(self) -> bool:
        """Whether the text holds decimal digits other than ASCII ones (« ٣ », « ３ »)."""
        if self._foreign_digits is None:
            text = self.text
            self._foreign_digits = not text.isascii() and _FOREIGN_DIGIT.search(text) is not None
        return self._foreign_digits

    @property
    def trigrams(self) -> frozenset[str]:
        """Every three-character substring of the text."""
        if self._trigrams is None:
            self._trigrams = trigrams(self.text)
        return self._trigrams

    def occurrences(self, literal: str) -> list[int]:
        """Where ``literal`` starts in the text, overlapping occurrences included."""
        found = self._occurrences.get(literal)
        if found is None:
            found = []
            position = self.text.find(literal)
            while position != -1:
                found.append(position)
                position = self.text.find(literal, position + 1)
            self._occurrences[literal] = found
        return found

    def starts(self, literals: Literals) -> list[int] | None:
        """Sorted positions where one of ``literals`` starts; ``None`` when a scan is cheaper."""
        if len(literals) * _SCAN_PER_LOOKUP > len(self.text):
            return None
        if self.foreign_digits and any(literal[:1] in ASCII_DIGITS for literal in literals):
            return None  # the strings may stand for ``\d``, which also matches the text's other digits
        limit = len(self.text) * _DENSE
        positions: list[int] = []
        for literal in literals:
            positions.extend(self.occurrences(literal))
            if len(positions) > limit:
                return None
        if len(literals) > 1:
            positions = sorted(set(positions))
        return positions


def branches_of(pattern: re.Pattern[str]) -> tuple[tuple[str, frozenset[str] | None], ...]:
    """The pattern's top-level branches with their heads; ``()`` when it is not to be narrowed."""
    if _sre_parse is None or pattern.groups or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    parts = _top_level_branches(_GLOBAL_FLAGS.sub("", pattern.pattern, count=1))
    if len(parts) < 2:
        return ()
    try:
        trees = [_sre_parse.parse(part, pattern.flags) for part in parts]
    except Exception:  # a part that does not parse alone: leave the pattern whole
        return ()
    return tuple((part, _heads_of(_required(tree))) for part, tree in zip(parts, trees, strict=True))


def _heads_of(literals: Literals | None) -> frozenset[str] | None:
    return None if literals is None else frozenset(literal[:_MIN_LENGTH] for literal in literals)


# Keyed by identity: hashing a compiled pattern hashes its whole program (microseconds each time).
_SCANS: dict[int, Scan] = {}


def _known_scan(pattern: re.Pattern[str]) -> Scan:
    known = _SCANS.get(id(pattern))
    if known is None or known.pattern is not pattern:
        known = _SCANS[id(pattern)] = Scan(pattern)
    return known


def trigrams(text: str) -> frozenset[str]:
    """Every three-character substring of ``text`` (computed once per text, shared by patterns)."""
    return frozenset(text[i : i + _MIN_LENGTH] for i in range(len(text) - _MIN_LENGTH + 1))


def pattern_for(pattern: re.Pattern[str], index: Index) -> re.Pattern[str] | None:
    """``Scan.pattern_for`` for a pattern without a stored scan (looked up by identity)."""
    return _known_scan(pattern).pattern_for(index)


def search(pattern: re.Pattern[str], index: Index) -> re.Match[str] | None:
    """``Scan.search`` for a pattern without a stored scan (looked up by identity)."""
    return _known_scan(pattern).search(index)
