"""The web side of the compliance engine: validating input, running a check for a practice,
summarising a report and cutting the text into highlighted segments.

Nothing here writes to the database; ``actions.py`` records each check in the audit trail.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError

from vitrine.compliance import CHANNELS, SEVERITIES, Config, Finding, Report, check

if TYPE_CHECKING:
    from vitrine.web.practices.models import Practice

MAX_LENGTH = 100_000
INPUT_FORMATS: tuple[str, ...] = ("text", "markdown", "html")
SEVERITY_LABELS = {"interdit": "Interdit", "risque": "Risque", "conseil": "Conseil"}


def validate_input(text: object, channel: object, input_format: object = "text") -> tuple[str, str, str]:
    """Return ``(text, channel, input_format)`` or raise ``ValidationError`` with a French message."""
    if not isinstance(text, str):
        raise ValidationError("« text » doit être une chaîne de caractères.", code="text")
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            f"« text » est trop long ({len(text)} caractères, maximum {MAX_LENGTH}).", code="text"
        )
    if not isinstance(channel, str) or channel not in CHANNELS:
        raise ValidationError(
            f"« channel » inconnu : {channel!r} (canaux possibles : {', '.join(CHANNELS)}).", code="channel"
        )
    if not isinstance(input_format, str) or input_format not in INPUT_FORMATS:
        raise ValidationError(
            f"« input_format » inconnu : {input_format!r} (formats possibles : {', '.join(INPUT_FORMATS)}).",
            code="input_format",
        )
    return text, channel, input_format


def config_for(practice: Practice, channel: str) -> Config:
    """The engine's configuration for a practice: its own published contact details are allowed."""
    own = (practice.phone, practice.email, practice.website)
    return Config(channel=channel, allowed_terms=tuple(term for term in own if term), source=practice.name)


def run_check(practice: Practice, text: str, channel: str, input_format: str = "text") -> Report:
    """Check ``text`` for ``channel`` with the practice's configuration (no side effect)."""
    return check(text, channel=channel, config=config_for(practice, channel), input_format=input_format)


def counts(findings: Sequence[Finding | dict[str, Any]]) -> dict[str, int]:
    """Number of findings per severity, every severity present (0 when none)."""
    found = Counter(_get(f, "severity") for f in findings)
    return {severity: found.get(severity, 0) for severity in SEVERITIES}


def summary(report: Report) -> dict[str, Any]:
    """The API's ``summary``: totals, as in ``vitrine check --format json``."""
    return {
        "findings": len(report.findings),
        "by_severity": counts(report.findings),
        "by_rule": dict(sorted(Counter(f.rule for f in report.findings).items())),
        "suppressed": len(report.suppressed),
    }


def replacement_of(finding: Finding | dict[str, Any]) -> str | None:
    """The machine-applicable replacement of ``[start, end)`` ("" removes), or None.

    Reports saved before the engine carried ``replacement`` have none: nothing to apply.
    """
    value = finding.get("replacement") if isinstance(finding, dict) else getattr(finding, "replacement", None)
    return value if isinstance(value, str) else None


def apply_replacement(text: str, finding: Finding) -> str:
    """Put the finding's replacement in place of its span."""
    replacement = replacement_of(finding)
    if replacement is None:
        raise ValidationError("Ce constat n'a pas de correction automatique.", code="replacement")
    return text[: finding.start] + replacement + text[finding.end :]


def _get(finding: Finding | dict[str, Any], name: str) -> Any:
    return finding[name] if isinstance(finding, dict) else getattr(finding, name)


@dataclass(frozen=True)
class FindingView:
    """A finding as the templates show it (from the engine or from a saved report)."""

    number: int
    rule: str
    severity: str
    start: int
    end: int
    excerpt: str
    message: str
    reference: str
    suggestion: str
    replacement: str | None

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity)


@dataclass(frozen=True)
class Segment:
    """A run of the text; ``numbers`` are the findings covering it, ``severity`` the most serious."""

    text: str
    numbers: tuple[int, ...] = ()
    severity: str = ""
    ends: tuple[int, ...] = ()  # findings that end with this segment (their number is shown after it)


def finding_views(findings: Sequence[Finding | dict[str, Any]]) -> list[FindingView]:
    return [
        FindingView(
            number,
            _get(f, "rule"),
            _get(f, "severity"),
            _get(f, "start"),
            _get(f, "end"),
            _get(f, "excerpt"),
            _get(f, "message"),
            _get(f, "reference"),
            _get(f, "suggestion"),
            replacement_of(f),
        )
        for number, f in enumerate(findings, start=1)
    ]


def segments(text: str, findings: list[FindingView]) -> list[Segment]:
    """Cut ``text`` at every finding boundary; overlapping findings share a segment."""
    cuts = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    result: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        covering = [f for f in findings if f.start <= start and end <= f.end]
        severity = min((f.severity for f in covering), key=SEVERITIES.index, default="")
        ends = tuple(f.number for f in covering if f.end == end)
        result.append(Segment(text[start:end], tuple(f.number for f in covering), severity, ends))
    return result
