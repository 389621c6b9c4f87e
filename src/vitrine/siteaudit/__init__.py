"""Website audit: crawl a practice's site and check deontology, information, SEO, accessibility, privacy.

Public API::

    from vitrine.siteaudit import run_audit, AuditOptions, diff
    result = run_audit("https://dr-exemple.fr", AuditOptions(max_pages=50))
    result.to_dict()        # JSON-ready, valid against schema/audit.schema.json
    diff(previous, result)  # new / resolved findings keyed by (page, check, evidence)
"""

from vitrine.siteaudit.audit import AuditError, run_audit, run_audit_async
from vitrine.siteaudit.catalog import AREAS, CHECKS
from vitrine.siteaudit.diff import AuditDiff, diff
from vitrine.siteaudit.models import SEVERITIES, AuditOptions, AuditResult, Finding, PageResult

__all__ = [
    "AREAS",
    "CHECKS",
    "SEVERITIES",
    "AuditDiff",
    "AuditError",
    "AuditOptions",
    "AuditResult",
    "Finding",
    "PageResult",
    "diff",
    "run_audit",
    "run_audit_async",
]
