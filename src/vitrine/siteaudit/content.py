"""Page text through the compliance engine (channel ``site``)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Any

from vitrine.siteaudit.catalog import DEONTOLOGIE_PREFIX
from vitrine.siteaudit.models import Finding


@cache
def _engine() -> Any | None:
    """The compliance ``check`` function, or None when the engine is not installed."""
    try:
        from vitrine.compliance import check  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return check


def _config(allowed_terms: tuple[str, ...]) -> Any:
    if not allowed_terms or _engine() is None:
        return None
    from vitrine.compliance import Config

    return Config(channel="site", allowed_terms=allowed_terms)


@cache
def rule_guidance(rule_id: str) -> tuple[str, str] | None:
    """(name, how to fix with its legal reference) of a compliance rule, when the engine is there."""
    if _engine() is None:
        return None
    from vitrine.compliance import all_rules

    for rule in all_rules():
        if rule.id == rule_id:
            fix = " ".join(
                part
                for part in (rule.suggestion, f"Référence : {rule.reference}." if rule.reference else "")
                if part
            )
            return rule.name, fix
    return None


def available() -> bool:
    """Whether page content can be checked for deontology."""
    return _engine() is not None


_DR_NAME = re.compile(r"\b(?:Dr|Docteur|Pr|Professeur)\.?\s+((?:[A-ZÀ-Ý][\w'’-]+\s?){1,3})")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class OwnDetails:
    """The practice's own published details: never patient data (rule ``donnees-patient``)."""

    texts: tuple[str, ...]
    names: frozenset[str]
    phones: frozenset[str]

    def covers(self, excerpt: str) -> bool:
        """Whether an excerpt flagged as patient data is in fact the practice's own detail."""
        folded = _fold(excerpt)
        if not folded:
            return False
        digits = _digits(excerpt)
        if len(digits) >= 9 and digits[-9:] in self.phones:
            return True
        words = set(re.findall(r"[\w'’-]+", folded))
        if words and words <= self.names:
            return True
        return any(folded in text for text in self.texts)


def own_details(texts: Iterable[str], extra: Iterable[str] = ()) -> OwnDetails:
    """Collect own details from texts the practice publishes about itself.

    ``texts``: schema.org values, lines repeated across pages (header, footer), the legal
    notice; ``extra``: details given by the user. Practitioners named with a title (« Dr Claire
    Martin ») give their name tokens.
    """
    all_texts = [t for t in (*texts, *extra) if t.strip()]
    names: set[str] = set()
    phones: set[str] = set()
    for text in all_texts:
        for match in _DR_NAME.finditer(text):
            names.update(_fold(match.group(1)).split())
        for match in re.finditer(r"(?:\+33\s?|0)\d(?:[\s.-]?\d{2}){4}", text):
            phones.add(_digits(match.group(0))[-9:])
    return OwnDetails(tuple(_fold(t) for t in all_texts), frozenset(names), frozenset(phones))


class ContentChecks:
    """Deontology checks of page HTML, run in one background thread while the crawl goes on.

    The engine (spaCy, Presidio) is CPU-bound and slow to load: loading it (on the first page)
    and checking pages as they arrive overlaps with the network-bound crawl. Results are memoised on the HTML.
    Findings of ``donnees-patient`` on the practice's own details are dropped in ``findings``,
    once the whole site is known.
    """

    def __init__(self, allowed_terms: tuple[str, ...] = ()) -> None:
        self.engine = _engine()
        self.config = _config(allowed_terms)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vitrine-deontologie")
        self.futures: dict[str, Future[list[Finding]]] = {}

    def _check(self, html: str) -> list[Finding]:
        assert self.engine is not None
        report = self.engine(html, channel="site", config=self.config, input_format="html")
        return [
            Finding(
                check=DEONTOLOGIE_PREFIX + f.rule,
                severity=f.severity,
                message=f.message,
                evidence=" ".join(str(f.excerpt).split()),
                rule=f.rule,
            )
            for f in report.findings
        ]

    def submit(self, html: str) -> None:
        """Queue a page for checking (no-op when the engine is missing or the HTML was seen)."""
        if self.engine is None:
            return
        key = hashlib.sha256(html.encode("utf-8", "replace")).hexdigest()
        if key not in self.futures:
            self.futures[key] = self.executor.submit(self._check, html)

    def findings(self, html: str, own: OwnDetails | None = None) -> list[Finding]:
        """The deontology findings of a page, waiting for its check if needed."""
        if self.engine is None:
            return []
        self.submit(html)
        key = hashlib.sha256(html.encode("utf-8", "replace")).hexdigest()
        return [
            f
            for f in self.futures[key].result()
            if not (f.rule == "donnees-patient" and own is not None and own.covers(f.evidence))
        ]

    def close(self) -> None:
        """Stop the background thread (pending checks are cancelled)."""
        self.executor.shutdown(wait=True, cancel_futures=True)
