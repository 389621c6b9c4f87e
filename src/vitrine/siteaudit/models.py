"""Frozen data classes shared by the crawler, the checks and the reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("interdit", "risque", "conseil")
#: The product token sites name in robots.txt; the full user agent adds the operator's contact.
USER_AGENT = "VitrineAudit/0.1"


@dataclass(frozen=True)
class Finding:
    """One problem found on a page or on the whole site.

    ``check`` is a stable id (``title``, ``info-rpps``, ``deontologie/temoignage``...);
    ``rule`` is set only for findings of the compliance engine.
    """

    check: str
    severity: str
    message: str
    evidence: str
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; ``rule`` only when set."""
        data: dict[str, Any] = {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "evidence": self.evidence,
        }
        if self.rule is not None:
            data["rule"] = self.rule
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Rebuild a finding from its ``to_dict()`` form."""
        return cls(data["check"], data["severity"], data["message"], data["evidence"], data.get("rule"))


@dataclass(frozen=True)
class AuditOptions:
    """Bounds and switches of one audit.

    ``verify`` is passed to httpx (``True``, ``False`` or an ``ssl.SSLContext``); tests use a
    context trusting their own certificate authority. ``offline_third_parties`` makes the rendered
    pass record third-party requests and then abort them, so that nothing leaves the machine.
    """

    max_pages: int = 200
    max_depth: int = 10
    max_seconds: float = 120.0
    concurrency: int = 4  # polite: a practice's site often runs on shared hosting
    timeout: float = 10.0
    render: bool = False
    render_max_pages: int = 20
    check_external_links: bool = True
    max_external_links: int = 200
    check_content: bool = True
    verify: Any = True
    offline_third_parties: bool = False
    chromium_path: str = "/usr/bin/chromium"
    own_details: tuple[str, ...] = ()  # the practice's name, address, phone: never patient data
    contact: str = ""  # who runs the audit (URL or e-mail), sent in the user agent

    @property
    def user_agent(self) -> str:
        """What the crawler says it is: a webmaster reading their logs can reach the operator."""
        contact = self.contact.encode("ascii", "ignore").decode()  # header values are ASCII
        about = f"+{contact}" if contact else "site audit"
        return f"{USER_AGENT} ({about})"


@dataclass(frozen=True)
class Link:
    """A hyperlink found on a page."""

    url: str
    text: str
    rel: str = ""


@dataclass(frozen=True)
class Rendering:
    """What the headless browser saw on a page."""

    dom: str
    requests: tuple[str, ...]
    screenshot: bytes = b""
    transferred_bytes: int = 0


@dataclass(frozen=True)
class Fetch:
    """One HTTP exchange of the crawl (after following redirects)."""

    url: str
    final_url: str
    status: int  # 0 when the server did not answer
    redirects: tuple[str, ...]
    elapsed_ms: float
    size_bytes: int
    content_type: str
    body: bytes = field(default=b"", repr=False)
    error: str = ""

    @property
    def is_html(self) -> bool:
        """Whether the answer is an HTML page worth parsing."""
        return self.status == 200 and "html" in self.content_type.lower()


@dataclass(frozen=True)
class PageResult:
    """One crawled page and what the checks found on it."""

    url: str
    status: int
    final_url: str
    redirects: tuple[str, ...]
    elapsed_ms: float
    size_bytes: int
    depth: int
    title: str
    findings: tuple[Finding, ...]
    rendered: bool = False
    screenshot: bytes = field(default=b"", repr=False)
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the screenshot is left out: it lives in the HTML report)."""
        return {
            "url": self.url,
            "status": self.status,
            "final_url": self.final_url,
            "redirects": list(self.redirects),
            "elapsed_ms": round(self.elapsed_ms, 1),
            "bytes": self.size_bytes,
            "depth": self.depth,
            "title": self.title,
            "rendered": self.rendered,
            "error": self.error,
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageResult:
        """Rebuild a page from its ``to_dict()`` form (without the screenshot)."""
        return cls(
            url=data["url"],
            status=data["status"],
            final_url=data.get("final_url", data["url"]),
            redirects=tuple(data.get("redirects", ())),
            elapsed_ms=data.get("elapsed_ms", 0.0),
            size_bytes=data.get("bytes", 0),
            depth=data.get("depth", 0),
            title=data.get("title", ""),
            findings=tuple(Finding.from_dict(f) for f in data["findings"]),
            rendered=data.get("rendered", False),
            error=data.get("error", ""),
        )


@dataclass(frozen=True)
class AuditResult:
    """The outcome of ``run_audit``: pages, site-wide findings and scores."""

    site: str
    started_at: str
    duration_s: float
    score: int
    area_scores: dict[str, int]
    pages: tuple[PageResult, ...]
    site_findings: tuple[Finding, ...]
    rendered: bool
    robots_txt: bool
    sitemap_urls: int
    truncated: bool
    compliance_available: bool
    render_error: str = ""  # why the rendered pass could not run (Chromium missing...)

    def all_findings(self) -> list[tuple[str, Finding]]:
        """Every finding with its page URL (``""`` for site-wide findings)."""
        items: list[tuple[str, Finding]] = [("", f) for f in self.site_findings]
        for page in self.pages:
            items.extend((page.url, f) for f in page.findings)
        return items

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, valid against ``schema/audit.schema.json``."""
        return {
            "site": self.site,
            "score": self.score,
            "area_scores": dict(self.area_scores),
            "started_at": self.started_at,
            "duration_s": round(self.duration_s, 2),
            "rendered": self.rendered,
            "robots_txt": self.robots_txt,
            "sitemap_urls": self.sitemap_urls,
            "truncated": self.truncated,
            "compliance_available": self.compliance_available,
            "render_error": self.render_error,
            "pages": [p.to_dict() for p in self.pages],
            "site_findings": [f.to_dict() for f in self.site_findings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditResult:
        """Rebuild an audit from its stored JSON, e.g. to render the HTML report again later."""
        return cls(
            site=data["site"],
            started_at=data.get("started_at", ""),
            duration_s=data.get("duration_s", 0.0),
            score=data["score"],
            area_scores=dict(data.get("area_scores", {})),
            pages=tuple(PageResult.from_dict(p) for p in data["pages"]),
            site_findings=tuple(Finding.from_dict(f) for f in data["site_findings"]),
            rendered=data.get("rendered", False),
            robots_txt=data.get("robots_txt", False),
            sitemap_urls=data.get("sitemap_urls", 0),
            truncated=data.get("truncated", False),
            compliance_available=data.get("compliance_available", False),
            render_error=data.get("render_error", ""),
        )
