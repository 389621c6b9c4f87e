"""Inline suppressions: ``<!-- vitrine: ignore superlatif -- citation d'un article de presse -->``.

The plain-text form is a line ``vitrine: ignore superlatif -- raison``. A comment alone on its
line covers the next non-blank line; a comment sharing a line with text covers that line.
Several rules may be listed, separated by commas. The reason after ``--`` is mandatory: a
suppression without reason, or naming an unknown rule, silences nothing and is itself reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vitrine.compliance.markup import Comment
from vitrine.compliance.registry import resolve_rule_id

_DIRECTIVE = re.compile(
    r"^\s*vitrine\s*:\s*ignore\b(?P<rules>[^\n]*?)(?:\s--\s*(?P<reason>[^\n]*?))?\s*$", re.I
)
_TEXT_LINE = re.compile(
    r"^[ \t]*(?:<!--[ \t]*)?vitrine[ \t]*:[ \t]*ignore\b[^\n]*?(?:-->)?[ \t]*$", re.I | re.M
)


@dataclass(frozen=True)
class Suppression:
    """A parsed directive: the rules it silences, the reason, its span and the lines it covers."""

    start: int
    end: int
    rules: frozenset[str]
    reason: str
    covered_line: int  # 1-based line of the original text
    problem: str  # French description when invalid, else ""


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _covered_line(text: str, start: int, end: int) -> int:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    rest_of_line = text[line_start:start] + text[end:line_end]
    if rest_of_line.strip():
        return _line_of(text, start)
    following = text[line_end + 1 :]
    skipped = 1
    for line in following.split("\n"):
        if line.strip():
            return _line_of(text, start) + skipped
        skipped += 1
    return _line_of(text, start) + 1


def _parse(text: str, start: int, end: int, body: str) -> Suppression | None:
    body = body.strip()
    if body.startswith("<!--"):
        body = body[4:]
    if body.endswith("-->"):
        body = body[:-3]
    match = _DIRECTIVE.match(body)
    if not match:
        return None
    names = [n for n in re.split(r"[\s,]+", match.group("rules")) if n]
    reason = (match.group("reason") or "").strip()
    rules = set()
    problem = ""
    for name in names:
        rule_id = resolve_rule_id(name)
        if rule_id is None:
            problem = f"règle inconnue « {name} »"
        else:
            rules.add(rule_id)
    if not names:
        problem = "aucune règle nommée"
    if not reason:
        problem = "motif manquant (écrire « -- motif » après la règle)"
    return Suppression(start, end, frozenset(rules), reason, _covered_line(text, start, end), problem)


def find_suppressions(text: str, comments: list[Comment]) -> list[Suppression]:
    """Parse the directives in markup comments and in plain-text lines of ``text``."""
    found: list[Suppression] = []
    seen: set[int] = set()
    for comment in comments:
        parsed = _parse(text, comment.start, comment.end, comment.body)
        if parsed:
            found.append(parsed)
            seen.add(comment.start)
    for match in _TEXT_LINE.finditer(text):
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        if start in seen or any(s.start <= start < s.end for s in found):
            continue
        parsed = _parse(text, start, match.end(), match.group())
        if parsed:
            found.append(parsed)
    return found


def directive_lines(text: str) -> list[tuple[int, int]]:
    """Spans of plain-text directive lines, blanked before analysis."""
    return [(m.start(), m.end()) for m in _TEXT_LINE.finditer(text)]
