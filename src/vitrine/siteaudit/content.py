"""Page text through the compliance engine (channel ``site``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from typing import Any

from vitrine.siteaudit.catalog import DEONTOLOGIE_PREFIX
from vitrine.siteaudit.models import Finding

Checker = Callable[[str], list[Finding]]


@cache
def _engine() -> Any | None:
    """The compliance ``check`` function, or None when the engine is not installed."""
    try:
        from vitrine.compliance import check  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return check


def available() -> bool:
    """Whether page content can be checked for deontology."""
    return _engine() is not None


def content_checker() -> Checker:
    """A function HTML -> deontology findings, memoised on the page text (shared templates)."""
    engine = _engine()
    memo: dict[str, list[Finding]] = {}

    def check_html(html: str) -> list[Finding]:
        if engine is None:
            return []
        key = hashlib.sha256(html.encode("utf-8", "replace")).hexdigest()
        if key not in memo:
            report = engine(html, channel="site", input_format="html")
            memo[key] = [
                Finding(
                    check=DEONTOLOGIE_PREFIX + f.rule,
                    severity=f.severity,
                    message=f.message,
                    evidence=" ".join(str(f.excerpt).split()),
                    rule=f.rule,
                )
                for f in report.findings
            ]
        return memo[key]

    return check_html
