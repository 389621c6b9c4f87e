"""Reports of an audit in French: plain text, HTML (Jinja2) and PDF (WeasyPrint)."""

from __future__ import annotations

import base64
import json
from collections import Counter
from datetime import datetime
from functools import cache
from typing import Any

import jinja2

from vitrine.siteaudit import content
from vitrine.siteaudit.catalog import AREAS
from vitrine.siteaudit.models import AuditResult
from vitrine.siteaudit.score import Fix, fixes

SEVERITY_LABELS = {"interdit": "Interdit", "risque": "À risque", "conseil": "Conseil"}
MAX_OCCURRENCES = 25
MAX_SCREENSHOTS = 12


def severity_label(severity: str) -> str:
    """French label of a severity."""
    return SEVERITY_LABELS.get(severity, severity)


def score_class(score: int) -> str:
    """CSS class for a score: good, mid or bad."""
    return "good" if score >= 80 else "mid" if score >= 50 else "bad"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("vitrine.siteaudit", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _counts(result: AuditResult) -> Counter[str]:
    return Counter(f.severity for _, f in result.all_findings())


def _page_count(result: AuditResult) -> int:
    return sum(1 for p in result.pages if p.status == 200)


def _date(result: AuditResult) -> str:
    try:
        return datetime.fromisoformat(result.started_at).strftime("%d/%m/%Y à %H:%M UTC")
    except ValueError:
        return result.started_at


def _relative(site: str, url: str) -> str:
    """A page of the audited site as a path (« / », « /cabinet.html »); other URLs unchanged."""
    if not url:
        return "tout le site"
    return url[len(site) :] or "/" if url.startswith(site + "/") or url == site else url


def engine_note(result: AuditResult) -> str:
    """Why the deontology area is incomplete, or an empty string when page text was checked."""
    if result.compliance_available:
        return ""
    reason = "contrôle désactivé" if content.available() else "moteur de déontologie non installé"
    return (
        f"Le texte des pages n'a pas été contrôlé ({reason}) : "
        "le domaine « Déontologie » ne couvre que la publicité payante."
    )


def ordered_fixes(result: AuditResult) -> list[Fix]:
    """The fixes of an audit, most important first."""
    return fixes(result.all_findings(), _page_count(result))


def to_json(result: AuditResult) -> str:
    """The audit as indented JSON (see ``schema/audit.schema.json``)."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_html(result: AuditResult) -> str:
    """A self-contained HTML report (styles inline, screenshots embedded)."""
    screenshots = [
        (p.url, base64.b64encode(p.screenshot).decode("ascii")) for p in result.pages if p.screenshot
    ][:MAX_SCREENSHOTS]
    context: dict[str, Any] = {
        "result": result,
        "areas": AREAS,
        "fixes": ordered_fixes(result),
        "counts": _counts(result),
        "page_count": _page_count(result),
        "duration": f"{result.duration_s:.1f}".replace(".", ","),
        "date": _date(result),
        "screenshots": screenshots,
        "max_occurrences": MAX_OCCURRENCES,
        "severity_label": severity_label,
        "score_class": score_class,
        "relative": lambda url: _relative(result.site, url),
        "engine_note": engine_note(result),
    }
    return _environment().get_template("report.html").render(context)


def to_pdf(result: AuditResult) -> bytes:
    """The HTML report printed to PDF by WeasyPrint (needs Debian's libpango-1.0-0)."""
    import weasyprint

    pdf = weasyprint.HTML(string=to_html(result)).write_pdf()
    assert pdf is not None
    return bytes(pdf)


def to_text(result: AuditResult) -> str:
    """A terminal summary: scores, then the fixes with their pages."""
    counts = _counts(result)
    lines = [
        f"Audit de {result.site} — score {result.score}/100",
        f"{_page_count(result)} page(s) analysée(s) en {result.duration_s:.1f} s"
        + (" (rendu navigateur)" if result.rendered else ""),
        f"{counts['interdit']} interdit(s), {counts['risque']} à risque, {counts['conseil']} conseil(s)",
        "",
        "Scores par domaine :",
    ]
    lines += [f"  {label:<42} {result.area_scores.get(area, 100):>3}/100" for area, label in AREAS.items()]
    if not result.compliance_available:
        lines += ["", "Attention : " + engine_note(result)]
    if result.truncated:
        lines += ["", "Attention : exploration arrêtée par une limite (pages ou durée)."]
    lines += ["", "À corriger, par ordre d'importance :"]
    if not result.all_findings():
        lines.append("  Rien à corriger.")
    for number, fix in enumerate(ordered_fixes(result), 1):
        lines.append(f"{number:>3}. [{severity_label(fix.severity)}] {fix.title} ({fix.check})")
        for occ in fix.occurrences[:5]:
            lines.append(f"       {occ.page or 'tout le site'} — {occ.message} [{occ.evidence}]")
        if len(fix.occurrences) > 5:
            lines.append(f"       … et {len(fix.occurrences) - 5} autre(s)")
        lines.append(f"       → {fix.how_to_fix}")
    return "\n".join(lines) + "\n"
