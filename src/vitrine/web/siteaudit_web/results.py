"""Reading a stored audit back: the core's ``AuditResult`` from its JSON, fixes, changes.

Everything is the core's (``AuditResult.from_dict``, ``ordered_fixes``, ``diff``); this module
only shapes it for the templates (page paths, French labels, grouping).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vitrine.siteaudit import AREAS, AuditResult, diff
from vitrine.siteaudit.catalog import describe
from vitrine.siteaudit.report import ordered_fixes, severity_label
from vitrine.siteaudit.score import Fix

MAX_OCCURRENCES_SHOWN = 10


def result_from_dict(data: dict[str, Any]) -> AuditResult:
    """The core's ``AuditResult`` rebuilt from its stored JSON (screenshots are not stored)."""
    return AuditResult.from_dict(data)


def relative(site: str, url: str) -> str:
    """A page of the audited site as a path; ``""`` (the whole site) as « tout le site »."""
    if not url:
        return "tout le site"
    site = site.rstrip("/")
    if url == site or url.startswith(site + "/"):
        return url[len(site) :] or "/"
    return url


@dataclass(frozen=True)
class AreaScore:
    area: str
    label: str
    score: int

    @property
    def level(self) -> str:
        return "good" if self.score >= 80 else "mid" if self.score >= 50 else "bad"


def area_scores(data: dict[str, Any]) -> list[AreaScore]:
    """Score per area, in the catalogue's order."""
    scores: dict[str, int] = data.get("area_scores", {})
    return [AreaScore(area, label, int(scores.get(area, 100))) for area, label in AREAS.items()]


@dataclass(frozen=True)
class FixView:
    """A fix as the detail page shows it."""

    fix: Fix
    rank: int
    severity_label: str
    area_label: str
    occurrences: list[tuple[str, str, str]]  # (page path, message, evidence)
    more: int


def fixes(data: dict[str, Any]) -> list[FixView]:
    """The fixes ordered by impact (the core's ordering), with page paths."""
    result = result_from_dict(data)
    views = []
    for rank, fix in enumerate(ordered_fixes(result), 1):
        shown = fix.occurrences[:MAX_OCCURRENCES_SHOWN]
        views.append(
            FixView(
                fix=fix,
                rank=rank,
                severity_label=severity_label(fix.severity),
                area_label=AREAS.get(fix.area, fix.area),
                occurrences=[(relative(result.site, o.page), o.message, o.evidence) for o in shown],
                more=len(fix.occurrences) - len(shown),
            )
        )
    return views


@dataclass(frozen=True)
class Change:
    page: str
    check: str
    title: str
    severity: str
    severity_label: str
    message: str
    evidence: str


@dataclass(frozen=True)
class Changes:
    new: list[Change]
    fixed: list[Change]
    score_change: int


def _change(site: str, item: dict[str, Any]) -> Change:
    check = item["check"]
    try:
        info = describe(check)
    except KeyError:  # a check unknown to this version (stored by a newer one)
        title = check
    else:
        title = info.title
        if info.id == "deontologie":
            title = f"{title} : {check.split('/', 1)[1]}"
    return Change(
        page=relative(site, item.get("page", "")),
        check=check,
        title=title,
        severity=item.get("severity", "conseil"),
        severity_label=severity_label(item.get("severity", "conseil")),
        message=item.get("message", ""),
        evidence=item.get("evidence", ""),
    )


SEVERITY_ORDER = {"interdit": 0, "risque": 1, "conseil": 2}


def changes(previous: dict[str, Any], current: dict[str, Any]) -> Changes:
    """New and fixed problems between two stored audits (the core's ``diff``)."""
    delta = diff(previous, current)
    site = str(current.get("site", ""))

    def ordered(items: tuple[dict[str, Any], ...]) -> list[Change]:
        found = [_change(site, item) for item in items]
        return sorted(found, key=lambda c: (SEVERITY_ORDER.get(c.severity, 3), c.check, c.page))

    return Changes(new=ordered(delta.new), fixed=ordered(delta.resolved), score_change=delta.score_change)


def alert_problems(new: list[Change], limit: int = 50) -> list[dict[str, str]]:
    """What an alert lists: one line per check and page, without page text (it may be e-mailed)."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for change in new:
        key = (change.check, change.page)
        if key not in seen and len(seen) < limit:
            seen[key] = {
                "page": change.page,
                "check": change.check,
                "title": change.title,
                "severity": change.severity,
            }
    return list(seen.values())
