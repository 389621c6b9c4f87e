"""Privacy and paid-promotion checks: trackers before consent, consent mechanism, ads tags.

Without the rendered pass, a tracker counts as loaded before consent when the HTML itself
loads it: a ``<script src>`` of a tracker domain with an executable type, an inline script
writing a tracker URL, or a tracking pixel/iframe. Consent managers defer scripts by giving them
``type="text/plain"``; those are counted as gated. With the rendered pass, the network
requests of a first visit (fresh browser, nothing clicked) are the evidence instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from vitrine.siteaudit import trackers
from vitrine.siteaudit.crawl import CrawledPage
from vitrine.siteaudit.models import Finding

JS_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript"})
ADS_ID = re.compile(r"\bAW-\d{6,}\b")
ADS_MARKERS = (
    ("googleadservices.com", "Google Ads (googleadservices.com)"),
    ("googleads.g.doubleclick.net", "Google Ads (googleads.g.doubleclick.net)"),
    ("bat.bing.com", "Microsoft Advertising (bat.bing.com)"),
)
_UET = re.compile(r"\buetq\b")
# Links tagged as paid campaigns (cost-per-click tracking) or Google ad clicks.
PAID_CAMPAIGN_URL = re.compile(
    r"[?&](?:utm_medium=(?:cpc|ppc|paid|sea)\b|gclid=)|googleadservices\.com/pagead/aclk", re.I
)


def _evidence(tracker: trackers.Tracker, url: str) -> str:
    host = urlsplit(url).hostname or tracker.domain
    return f"{tracker.name} ({host})"


def static_trackers(
    page: CrawledPage,
) -> tuple[list[tuple[str, trackers.Tracker]], list[tuple[str, trackers.Tracker]]]:
    """Trackers the HTML loads immediately, and trackers it defers behind consent."""
    data = page.data
    assert data is not None
    immediate: list[tuple[str, trackers.Tracker]] = []
    gated: list[tuple[str, trackers.Tracker]] = []
    for script in data.scripts:
        executable = script.type in JS_TYPES
        if script.src:
            found = trackers.match(script.src)
            if found is not None:
                (immediate if executable else gated).append((script.src, found))
        elif script.code:
            for url, found in trackers.find_in_text(script.code):
                (immediate if executable else gated).append((url, found))
    for url in (*(src for src, _ in data.images), *data.iframes):
        found = trackers.match(url)
        if found is not None:
            immediate.append((url, found))
    return immediate, gated


def network_trackers(page: CrawledPage) -> list[tuple[str, trackers.Tracker]]:
    """Trackers requested by the browser during a first visit."""
    if page.rendering is None:
        return []
    hits: list[tuple[str, trackers.Tracker]] = []
    for url in page.rendering.requests:
        found = trackers.match(url)
        if found is not None:
            hits.append((url, found))
    return hits


def check_trackers(page: CrawledPage) -> list[Finding]:
    """``traceur-avant-consentement`` on one page."""
    hits = network_trackers(page) if page.rendering is not None else static_trackers(page)[0]
    findings: list[Finding] = []
    seen: set[str] = set()
    for url, tracker in hits:
        evidence = _evidence(tracker, url)
        if evidence in seen:
            continue
        seen.add(evidence)
        how = "requête envoyée dès l'affichage" if page.rendering is not None else "chargé par le code HTML"
        findings.append(
            Finding(
                "traceur-avant-consentement",
                "interdit",
                f"Traceur {_category(tracker.category)} {how}, avant tout consentement.",
                evidence,
            )
        )
    return findings


def _category(category: str) -> str:
    return {
        "analytics": "de mesure d'audience",
        "ads": "publicitaire",
        "social": "de réseau social",
        "session-recording": "d'enregistrement de session",
    }.get(category, "tiers")


def has_consent_mechanism(page: CrawledPage) -> bool:
    """A consent banner in the page, or a known consent-management platform."""
    data = page.data
    if data is None:
        return False
    if data.consent_ui:
        return True
    for script in data.scripts:
        if trackers.mentions_consent_manager(script.src or script.code or script.attributes):
            return True
    if page.rendering is not None:
        return any(trackers.mentions_consent_manager(u) for u in page.rendering.requests)
    return False


def check_consent(pages: Sequence[CrawledPage]) -> list[Finding]:
    """``bandeau-cookies``: trackers on the site but no consent mechanism on any page."""
    parsed = [p for p in pages if p.data is not None]
    names: list[str] = []
    for page in parsed:
        immediate, gated = static_trackers(page)
        for url, tracker in (*immediate, *gated, *network_trackers(page)):
            evidence = _evidence(tracker, url)
            if evidence not in names:
                names.append(evidence)
    if not names or any(has_consent_mechanism(p) for p in parsed):
        return []
    shown = ", ".join(names[:4]) + (f" (+{len(names) - 4})" if len(names) > 4 else "")
    return [
        Finding(
            "bandeau-cookies",
            "interdit",
            "Le site utilise des traceurs mais ne propose aucun moyen d'accepter ou de refuser les cookies.",
            shown,
        )
    ]


def check_paid_promotion(page: CrawledPage) -> list[Finding]:
    """``referencement-payant``: ads conversion tags and sponsored-link markers."""
    data = page.data
    assert data is not None
    evidence: list[str] = []
    sources = [s.code for s in data.scripts if s.code] + [s.src for s in data.scripts if s.src]
    if page.rendering is not None:
        sources.extend(page.rendering.requests)
    for source in sources:
        for match in ADS_ID.findall(source):
            evidence.append(f"balise de conversion Google Ads {match}")
        for marker, label in ADS_MARKERS:
            if marker in source:
                evidence.append(label)
        if _UET.search(source):
            evidence.append("Microsoft Advertising (UET)")
    for link in data.links:
        if "sponsored" in link.rel.split():
            evidence.append(f"lien sponsorisé (rel=sponsored) vers {link.url}")
        elif PAID_CAMPAIGN_URL.search(link.url):
            evidence.append(f"lien de campagne payante vers {link.url}")
    return [
        Finding(
            "referencement-payant",
            "interdit",
            "Le site contient des marqueurs de publicité payante : "
            "le référencement payant est interdit aux médecins.",
            item,
        )
        for item in dict.fromkeys(evidence)
    ]
