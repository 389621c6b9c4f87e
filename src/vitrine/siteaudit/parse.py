"""Extract what the checks need from an HTML page, with selectolax's Lexbor parser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from vitrine.siteaudit.models import Link

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u202f]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONSENT_BUTTON = re.compile(
    r"accept|refus|personnalis|param[éè]tr|continuer sans|j['’]ai compris|autoriser", re.IGNORECASE
)
_CONSENT_HINT = re.compile(r"cookie|consent|rgpd|gdpr|tarteaucitron|axeptio|didomi", re.IGNORECASE)


@dataclass(frozen=True)
class Script:
    """A <script> element: external (``src``) or inline (``code``)."""

    src: str
    type: str
    code: str
    attributes: str


@dataclass(frozen=True)
class PageData:
    """Everything the checks read from one HTML page."""

    url: str
    lang: str | None
    titles: tuple[str, ...]
    meta_description: str | None
    viewport: str | None
    canonicals: tuple[str, ...]
    headings: tuple[tuple[int, str], ...]
    images: tuple[tuple[str, str | None], ...]
    links: tuple[Link, ...]
    scripts: tuple[Script, ...]
    iframes: tuple[str, ...]
    jsonld: tuple[str, ...]
    text: str
    form_actions: tuple[str, ...]
    subresources: tuple[str, ...]
    consent_ui: bool
    phones: tuple[str, ...] = ()  # tel: links

    @property
    def title(self) -> str:
        """The first title, or an empty string."""
        return self.titles[0] if self.titles else ""


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _absolute(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    url = urldefrag(urljoin(base, href)).url
    return url if urlsplit(url).scheme in ("http", "https") else None


def _visible_text(tree: LexborHTMLParser) -> str:
    tree.strip_tags(["script", "style", "noscript", "template", "svg"])
    body = tree.body
    if body is None:
        return ""
    raw = body.text(separator="\n")
    lines = (_clean(line) for line in raw.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line))


def _attrs_text(node: LexborNode) -> str:
    return " ".join(f"{k}={v}" for k, v in node.attributes.items() if v is not None)


def _has_consent_ui(tree: LexborHTMLParser) -> bool:
    for node in tree.css("[id], [class], [aria-label]"):
        marker = " ".join(str(node.attributes.get(name) or "") for name in ("id", "class", "aria-label"))
        if not _CONSENT_HINT.search(marker):
            continue
        # A banner has buttons; a cookie-policy section only has text.
        for control in node.css("button, a, [role=button], input[type=button], input[type=submit]"):
            label = control.text(separator=" ") or str(control.attributes.get("value") or "")
            if _CONSENT_BUTTON.search(label):
                return True
    return False


def parse_page(url: str, html: str) -> PageData:
    """Parse an HTML document fetched from ``url``."""
    tree = LexborHTMLParser(html)
    base = url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = urljoin(url, base_node.attributes.get("href") or "")

    html_node = tree.css_first("html")
    lang = (html_node.attributes.get("lang") if html_node is not None else None) or None

    # <title> inside inline SVG is not the page title.
    titles = tuple(_clean(n.text()) for n in tree.css("head > title"))

    def meta(name: str) -> str | None:
        for node in tree.css("meta[name]"):
            if (node.attributes.get("name") or "").strip().lower() == name:
                return node.attributes.get("content") or ""
        return None

    canonicals: list[str] = []
    subresources: list[str] = []
    for node in tree.css("link[rel][href]"):
        rels = (node.attributes.get("rel") or "").lower().split()
        target = _absolute(base, node.attributes.get("href") or "")
        if target is None:
            continue
        if "canonical" in rels:
            canonicals.append(target)
        if "stylesheet" in rels:
            subresources.append(target)

    headings = tuple((int(str(n.tag)[1]), _clean(n.text())) for n in tree.css("h1, h2, h3, h4, h5, h6"))

    images: list[tuple[str, str | None]] = []
    for node in tree.css("img"):
        src = node.attributes.get("src") or node.attributes.get("data-src") or ""
        images.append((_absolute(base, src) or src, node.attributes.get("alt")))
        absolute = _absolute(base, src)
        if absolute:
            subresources.append(absolute)

    links: list[Link] = []
    for node in tree.css("a[href], area[href]"):
        target = _absolute(base, node.attributes.get("href") or "")
        if target is not None:
            links.append(
                Link(target, _clean(node.text(separator=" ")), (node.attributes.get("rel") or "").lower())
            )

    scripts: list[Script] = []
    jsonld: list[str] = []
    for node in tree.css("script"):
        script_type = (node.attributes.get("type") or "").strip().lower()
        src = node.attributes.get("src") or ""
        code = node.text() if not src else ""
        if script_type == "application/ld+json":
            jsonld.append(code)
            continue
        absolute = _absolute(base, src) if src else None
        scripts.append(Script(absolute or "", script_type, code, _attrs_text(node)))
        if absolute:
            subresources.append(absolute)

    iframes = tuple(
        t for t in (_absolute(base, n.attributes.get("src") or "") for n in tree.css("iframe[src]")) if t
    )
    form_actions = tuple(
        t for t in (_absolute(base, n.attributes.get("action") or "") for n in tree.css("form[action]")) if t
    )
    consent_ui = _has_consent_ui(tree)
    phones = tuple((n.attributes.get("href") or "")[4:].strip() for n in tree.css("a[href^='tel:']"))
    text = _visible_text(tree)
    return PageData(
        url=url,
        lang=lang,
        titles=titles,
        meta_description=meta("description"),
        viewport=meta("viewport"),
        canonicals=tuple(canonicals),
        headings=headings,
        images=tuple(images),
        links=tuple(links),
        scripts=tuple(scripts),
        iframes=iframes,
        jsonld=tuple(jsonld),
        text=text,
        form_actions=form_actions,
        subresources=tuple(dict.fromkeys(subresources)),
        consent_ui=consent_ui,
        phones=phones,
    )
