"""E-reputation core: review model and importers, Google Business Profile client, triage,
reply drafting with the compliance gate, evidence bundles, review-bombing test, QR codes.

No Django here: the web layer stores, schedules and displays; this package computes.
"""

from vitrine.reputation.importers import ReviewImportError, load_file, parse_csv, parse_gbp_json, plan_import
from vitrine.reputation.model import Review, ReviewReply

__all__ = [
    "Review",
    "ReviewImportError",
    "ReviewReply",
    "load_file",
    "parse_csv",
    "parse_gbp_json",
    "plan_import",
]
