"""Findings and reports: the frozen data the compliance engine returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SEVERITIES: tuple[str, ...] = ("interdit", "risque", "conseil")
"""Severities from the most to the least serious."""

CHANNELS: tuple[str, ...] = (
    "instagram",
    "facebook",
    "linkedin",
    "x",
    "bluesky",
    "youtube",
    "tiktok",
    "site",
    "avis-reponse",
    "presse",
    "message",
    "autre",
)
"""Publication channels a text can be checked for."""

PUBLIC_CHANNELS: frozenset[str] = frozenset(CHANNELS) - {"avis-reponse", "message", "autre"}
"""Channels that publish to anyone: not a review reply (public, but answering one person), a
private message or an internal document."""


def severity_rank(severity: str) -> int:
    """Return 0 for the most serious severity, larger numbers for milder ones."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Finding:
    """One problem found in a text.

    ``start``/``end`` are character offsets in the input exactly as given (before any
    markup stripping); ``line``/``column`` are 1-based; ``excerpt == text[start:end]``.
    ``replacement``, when not None, is a safe machine-applicable rewrite of ``[start, end)``
    (``""`` removes the passage): what « appliquer » does in the web page.
    """

    rule: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    excerpt: str
    message: str
    reference: str
    suggestion: str
    replacement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dictionary."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "excerpt": self.excerpt,
            "message": self.message,
            "reference": self.reference,
            "suggestion": self.suggestion,
            "replacement": self.replacement,
        }


@dataclass(frozen=True)
class Suppressed:
    """A finding set aside, with its reason: by an inline ``vitrine: ignore`` comment
    (``commentaire``) or by the learned second reader's doubt (``lecteur``, ADR 0015)."""

    finding: Finding
    reason: str
    by: Literal["commentaire", "lecteur"] = "commentaire"

    def to_dict(self) -> dict[str, Any]:
        """Return the suppressed finding as a JSON-ready dictionary."""
        return {**self.finding.to_dict(), "reason": self.reason, "by": self.by}


@dataclass(frozen=True)
class Report:
    """The result of checking one text."""

    channel: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)

    def at_or_above(self, severity: str) -> list[Finding]:
        """Return the findings at least as serious as ``severity``."""
        limit = severity_rank(severity)
        return [f for f in self.findings if severity_rank(f.severity) <= limit]

    def to_dict(self) -> dict[str, Any]:
        """Return one ``results`` item of the JSON output (without ``id``/``path``)."""
        return {
            "channel": self.channel,
            "findings": [f.to_dict() for f in self.findings],
            "suppressed": [s.to_dict() for s in self.suppressed],
        }
