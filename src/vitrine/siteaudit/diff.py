"""What changed between two audits of the same site, finding by finding."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vitrine.siteaudit.models import AuditResult

FindingKey = tuple[str, str, str]  # (page URL or "" for the site, check, evidence)


@dataclass(frozen=True)
class AuditDiff:
    """Findings that appeared, disappeared or stayed, keyed by (page, check, evidence)."""

    new: tuple[dict[str, Any], ...]
    resolved: tuple[dict[str, Any], ...]
    unchanged: tuple[dict[str, Any], ...]
    score_change: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "new": list(self.new),
            "resolved": list(self.resolved),
            "unchanged": len(self.unchanged),
            "score_change": self.score_change,
        }


def _keyed(audit: AuditResult | Mapping[str, Any]) -> tuple[dict[FindingKey, dict[str, Any]], int]:
    data = audit.to_dict() if isinstance(audit, AuditResult) else audit
    keyed: dict[FindingKey, dict[str, Any]] = {}
    for finding in data.get("site_findings", []):
        keyed[("", finding["check"], finding["evidence"])] = {"page": "", **finding}
    for page in data.get("pages", []):
        for finding in page.get("findings", []):
            keyed[(page["url"], finding["check"], finding["evidence"])] = {"page": page["url"], **finding}
    return keyed, int(data.get("score", 0))


def diff(previous: AuditResult | Mapping[str, Any], current: AuditResult | Mapping[str, Any]) -> AuditDiff:
    """Compare two audits (``AuditResult`` or their ``to_dict()`` JSON, e.g. from the database)."""
    before, score_before = _keyed(previous)
    after, score_after = _keyed(current)
    return AuditDiff(
        new=tuple(v for k, v in after.items() if k not in before),
        resolved=tuple(v for k, v in before.items() if k not in after),
        unchanged=tuple(v for k, v in after.items() if k in before),
        score_change=score_after - score_before,
    )
