"""Scores per area and the list of fixes ordered by impact."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from vitrine.siteaudit.catalog import AREA_WEIGHTS, AREAS, describe
from vitrine.siteaudit.models import Finding

SEVERITY_PENALTY = {"interdit": 30, "risque": 12, "conseil": 4}


@dataclass(frozen=True)
class Occurrence:
    """Where a fix applies: a page (``""`` for the whole site), the evidence and the message."""

    page: str
    evidence: str
    message: str


@dataclass(frozen=True)
class Fix:
    """One thing to fix: a check (or deontology rule) with every place it was found."""

    check: str
    area: str
    severity: str
    title: str
    how_to_fix: str
    impact: float
    occurrences: tuple[Occurrence, ...]


def _group(findings: Sequence[tuple[str, Finding]]) -> dict[str, list[tuple[str, Finding]]]:
    groups: dict[str, list[tuple[str, Finding]]] = {}
    for page, finding in findings:
        groups.setdefault(finding.check, []).append((page, finding))
    return groups


def _worst(items: Sequence[tuple[str, Finding]]) -> str:
    return min((f.severity for _, f in items), key=lambda s: list(SEVERITY_PENALTY).index(s))


def _spread(items: Sequence[tuple[str, Finding]], page_count: int) -> float:
    """1.0 for a site-wide problem, between 0.5 and 1.0 with the share of pages affected."""
    pages = {page for page, _ in items}
    if "" in pages or page_count == 0:
        return 1.0
    return 0.5 + 0.5 * min(1.0, len(pages) / page_count)


def area_scores(findings: Sequence[tuple[str, Finding]], page_count: int) -> dict[str, int]:
    """Score out of 100 per area: each failing check costs by severity and spread."""
    penalties = dict.fromkeys(AREAS, 0.0)
    for check, items in _group(findings).items():
        area = describe(check).area
        penalties[area] += SEVERITY_PENALTY[_worst(items)] * _spread(items, page_count)
    return {area: max(0, round(100 - penalty)) for area, penalty in penalties.items()}


def global_score(scores: dict[str, int]) -> int:
    """Weighted mean of the area scores."""
    total = sum(AREA_WEIGHTS[a] for a in scores)
    return round(sum(scores[a] * AREA_WEIGHTS[a] for a in scores) / total) if total else 100


def fixes(findings: Sequence[tuple[str, Finding]], page_count: int) -> list[Fix]:
    """The fixes ordered by impact: severity, area weight, then how many pages are affected."""
    result: list[Fix] = []
    for check, items in _group(findings).items():
        info = describe(check)
        severity = _worst(items)
        pages = {page for page, _ in items}
        impact = SEVERITY_PENALTY[severity] * AREA_WEIGHTS[info.area] * (1 + math.log(len(pages) or 1))
        if "" in pages:
            impact *= 1 + math.log(max(1, page_count))
        title = info.title
        if info.id == "deontologie":
            title = f"{info.title} : {check.split('/', 1)[1]}"
        result.append(
            Fix(
                check=check,
                area=info.area,
                severity=severity,
                title=title,
                how_to_fix=info.fix,
                impact=round(impact, 1),
                occurrences=tuple(Occurrence(p, f.evidence, f.message) for p, f in items),
            )
        )
    order = list(SEVERITY_PENALTY)
    return sorted(result, key=lambda f: (order.index(f.severity), -f.impact, f.check))
