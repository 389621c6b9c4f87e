"""Tracker and consent-manager recognition from the shipped list ``data/trackers.json``.

How to update the list: see docs/siteaudit.md (« Liste des traceurs »).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Tracker:
    """A known third-party tracker."""

    domain: str
    name: str
    category: str  # analytics | ads | social | session-recording


@dataclass(frozen=True)
class TrackerList:
    """The loaded list: trackers by domain (with optional path prefix) and consent managers."""

    version: str
    trackers: tuple[Tracker, ...]
    consent_markers: tuple[str, ...]


@cache
def load() -> TrackerList:
    """Load the shipped tracker list (once per process)."""
    raw = json.loads(resources.files("vitrine.siteaudit").joinpath("data/trackers.json").read_text("utf-8"))
    trackers = tuple(Tracker(t["domain"], t["name"], t["category"]) for t in raw["trackers"])
    return TrackerList(raw["version"], trackers, tuple(m.lower() for m in raw["consent_managers"]))


def match(url: str) -> Tracker | None:
    """Return the tracker an absolute URL belongs to, or None.

    A domain entry matches itself and its subdomains; an entry with a path
    (``facebook.com/tr``) matches that path prefix on the domain.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    for tracker in load().trackers:
        domain, _, path = tracker.domain.partition("/")
        if (host == domain or host.endswith("." + domain)) and (
            not path or parts.path.lstrip("/").startswith(path)
        ):
            return tracker
    return None


_URL_IN_TEXT = re.compile(r"""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}(?:/[^\s'"<>)]*)?""", re.IGNORECASE)


def find_in_text(text: str) -> list[tuple[str, Tracker]]:
    """Tracker URLs written in a script's source text (e.g. the Google tag snippet)."""
    found: list[tuple[str, Tracker]] = []
    for m in _URL_IN_TEXT.finditer(text):
        url = m.group(0)
        if url.startswith("//"):
            url = "https:" + url
        tracker = match(url)
        if tracker is not None:
            found.append((url, tracker))
    return found


def mentions_consent_manager(text: str) -> str | None:
    """Return the consent-manager marker found in a script URL or source, if any."""
    lowered = text.lower()
    for marker in load().consent_markers:
        if marker in lowered:
            return marker
    return None
