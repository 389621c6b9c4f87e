"""Text with a character map back to the original input, and accent/case folding.

Every derived text (markup stripped, folded) keeps, for each of its characters, the
``[start, end)`` span of the original input it came from, so that a match found in the
derived text is reported at the right place in the text the user gave.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class MappedText:
    """``text`` plus, per character, the original span ``[starts[i], ends[i])`` it comes from."""

    text: str
    starts: list[int]
    ends: list[int]
    original_length: int

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """Map a text onto itself."""
        n = len(text)
        return cls(text, list(range(n)), list(range(1, n + 1)), n)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``[start, end)`` covering derived characters ``[start, end)``."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], max(self.ends[end - 1], self.starts[start])

    def derive(self, text: str, sources: list[tuple[int, int]]) -> MappedText:
        """Build a text derived from this one; ``sources[i]`` is the span of ``self.text`` for char i."""
        starts = [self.starts[a] if a < len(self.starts) else self.original_length for a, _ in sources]
        ends = [self.ends[b - 1] if b - 1 < len(self.ends) else self.original_length for _, b in sources]
        return MappedText(text, starts, ends, self.original_length)


_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003"
_SPECIAL = {"œ": "oe", "æ": "ae", "ß": "ss", "\u00ba": "°"}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Fold one character: lower case, no accents, plain apostrophes, dashes and spaces."""
    if char.isascii():
        return char.lower()
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    if char in _SPACES:
        return " "
    lowered = char.lower()
    out = []
    for c in lowered:
        if c in _SPECIAL:
            out.append(_SPECIAL[c])
            continue
        decomposed = unicodedata.normalize("NFD", c)
        stripped = "".join(d for d in decomposed if not unicodedata.combining(d))
        out.append(stripped or c)
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character, filled on first sight."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


_HASHTAG = re.compile(r"#\w+")


def fold(mapped: MappedText) -> MappedText:
    """Fold ``mapped`` for matching; hashtags in CamelCase are split (``#AvantApres`` -> ``#avant apres``)."""
    if "#" in mapped.text:
        mapped = _split_hashtags(mapped)
    text = mapped.text
    folded = text.translate(_TABLE)
    if len(folded) == len(text):  # every character folded to one: offsets are unchanged
        return MappedText(folded, mapped.starts, mapped.ends, mapped.original_length)
    # A few characters fold to several (« œ » -> « oe »): each copy keeps the source's span.
    expanding = [c for c in set(text) if len(_TABLE[ord(c)]) != 1]
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for match in re.finditer("[" + "".join(re.escape(c) for c in expanding) + "]", text):
        i = match.start()
        copies = len(_TABLE[ord(text[i])])
        starts += mapped.starts[last:i] + [mapped.starts[i]] * copies
        ends += mapped.ends[last:i] + [mapped.ends[i]] * copies
        last = i + 1
    starts += mapped.starts[last:]
    ends += mapped.ends[last:]
    return MappedText(folded, starts, ends, mapped.original_length)


def _split_hashtags(mapped: MappedText) -> MappedText:
    """Insert a space where a hashtag's capital follows a lower-case letter; the space maps to
    the capital's span."""
    text = mapped.text
    breaks = [
        i
        for tag in _HASHTAG.finditer(text)
        for i in range(tag.start() + 2, tag.end())
        if text[i].isupper() and text[i - 1].islower()
    ]
    if not breaks:
        return mapped
    pieces: list[str] = []
    sources: list[tuple[int, int]] = []
    last = 0
    for i in breaks:
        pieces += [text[last:i], " "]
        sources += [(j, j + 1) for j in range(last, i)] + [(i, i + 1)]
        last = i
    pieces.append(text[last:])
    sources += [(j, j + 1) for j in range(last, len(text))]
    return mapped.derive("".join(pieces), sources)


def fold_string(text: str) -> str:
    """Fold a plain string (for patterns and word lists)."""
    return "".join(fold_char(c) for c in text)
