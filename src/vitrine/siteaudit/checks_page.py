"""Technical, SEO and accessibility checks of one page."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from vitrine.siteaudit.crawl import CrawledPage, normalise, site_key
from vitrine.siteaudit.models import Fetch, Finding

TITLE_MIN, TITLE_MAX = 15, 65
BOT_BLOCKING_STATUSES = frozenset({401, 403, 429, 999})
DESCRIPTION_MIN, DESCRIPTION_MAX = 50, 160
PAGE_WEIGHT_MAX = 2 * 1024 * 1024
HTML_WEIGHT_MAX = 512 * 1024
_LANG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
_MAX_SCALE = re.compile(r"maximum-scale\s*=\s*([0-9.]+)", re.IGNORECASE)
_NO_ZOOM = re.compile(r"user-scalable\s*=\s*(no|0)\b", re.IGNORECASE)
MEDICAL_TYPES = frozenset(
    {
        "Physician",
        "MedicalClinic",
        "MedicalBusiness",
        "MedicalOrganization",
        "Hospital",
        "Dentist",
        "IndividualPhysician",
        "PlasticSurgery",
    }
)


@dataclass(frozen=True)
class SiteContext:
    """What page checks need to know about the rest of the site."""

    origin: str
    titles: Mapping[str, tuple[str, ...]]  # title -> pages carrying it
    descriptions: Mapping[str, tuple[str, ...]]
    statuses: Mapping[str, Fetch]  # normalised URL -> fetch (crawled pages and probes)
    resource_bytes: Mapping[str, int]


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f}".replace(".", ",")


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _others(pages: tuple[str, ...], url: str) -> str:
    others = [p for p in pages if p != url]
    shown = ", ".join(others[:3])
    return shown + (f" (+{len(others) - 3})" if len(others) > 3 else "")


def check_title(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``title``: missing, several, too short, too long or shared with other pages."""
    data = page.data
    assert data is not None
    if not data.titles or not data.title:
        return [
            Finding(
                "title",
                "risque",
                "La page n'a pas de titre (balise <title> absente ou vide).",
                "<title> absent",
            )
        ]
    findings: list[Finding] = []
    title = data.title
    if len(data.titles) > 1:
        findings.append(
            Finding("title", "conseil", "La page a plusieurs balises <title>.", " | ".join(data.titles))
        )
    if len(title) < TITLE_MIN:
        findings.append(
            Finding(
                "title", "conseil", f"Titre trop court ({len(title)} caractères, minimum {TITLE_MIN}).", title
            )
        )
    elif len(title) > TITLE_MAX:
        findings.append(
            Finding(
                "title",
                "conseil",
                f"Titre trop long ({len(title)} caractères, maximum {TITLE_MAX}) : "
                "il sera tronqué dans Google.",
                _short(title),
            )
        )
    shared = ctx.titles.get(title, ())
    if len(shared) > 1:
        findings.append(
            Finding(
                "title",
                "conseil",
                f"Titre identique sur d'autres pages : {_others(shared, page.fetch.url)}.",
                title,
            )
        )
    return findings


def check_meta_description(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``meta-description``: missing, too short, too long or duplicated."""
    data = page.data
    assert data is not None
    description = (data.meta_description or "").strip()
    if not description:
        return [
            Finding(
                "meta-description",
                "conseil",
                'La page n\'a pas de description (<meta name="description">).',
                "description absente",
            )
        ]
    findings: list[Finding] = []
    if len(description) < DESCRIPTION_MIN:
        findings.append(
            Finding(
                "meta-description",
                "conseil",
                f"Description trop courte ({len(description)} caractères, minimum {DESCRIPTION_MIN}).",
                description,
            )
        )
    elif len(description) > DESCRIPTION_MAX:
        findings.append(
            Finding(
                "meta-description",
                "conseil",
                f"Description trop longue ({len(description)} caractères, maximum {DESCRIPTION_MAX}).",
                _short(description),
            )
        )
    shared = ctx.descriptions.get(description, ())
    if len(shared) > 1:
        findings.append(
            Finding(
                "meta-description",
                "conseil",
                f"Description identique sur d'autres pages : {_others(shared, page.fetch.url)}.",
                _short(description),
            )
        )
    return findings


def check_h1(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``h1``: none or several."""
    data = page.data
    assert data is not None
    h1 = [text for level, text in data.headings if level == 1]
    if not h1:
        return [Finding("h1", "conseil", "La page n'a pas de titre principal <h1>.", "h1 absent")]
    if len(h1) > 1:
        return [
            Finding(
                "h1",
                "conseil",
                f"La page a {len(h1)} titres <h1> ; gardez-en un seul.",
                " | ".join(_short(t, 60) for t in h1),
            )
        ]
    return []


def check_heading_order(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``hn-ordre``: a heading deeper than the previous one by more than one level."""
    data = page.data
    assert data is not None
    skips = [
        f"h{prev[0]} « {_short(prev[1], 40)} » puis h{cur[0]} « {_short(cur[1], 40)} »"
        for prev, cur in zip(data.headings, data.headings[1:], strict=False)
        if cur[0] > prev[0] + 1
    ]
    if not skips:
        return []
    more = f" (et {len(skips) - 1} autre(s))" if len(skips) > 1 else ""
    return [Finding("hn-ordre", "conseil", f"Niveau de titre sauté{more}.", skips[0])]


def check_img_alt(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``img-alt``: images without an alt attribute (alt="" is fine for decoration)."""
    data = page.data
    assert data is not None
    missing = [src for src, alt in data.images if alt is None]
    if not missing:
        return []
    names = ", ".join(urlsplit(s).path.rsplit("/", 1)[-1] or s for s in missing[:5])
    more = f" (+{len(missing) - 5})" if len(missing) > 5 else ""
    return [
        Finding(
            "img-alt",
            "risque",
            f"{len(missing)} image(s) sans attribut alt : les lecteurs d'écran ne peuvent pas les décrire.",
            names + more,
        )
    ]


def check_html_lang(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``html-lang``: missing or malformed lang attribute."""
    data = page.data
    assert data is not None
    if not data.lang or not data.lang.strip():
        return [
            Finding(
                "html-lang",
                "risque",
                'La langue de la page n\'est pas déclarée (<html lang="fr">).',
                "lang absent",
            )
        ]
    if not _LANG.match(data.lang.strip()):
        return [
            Finding(
                "html-lang", "risque", "La langue déclarée n'est pas un code de langue valide.", data.lang
            )
        ]
    return []


def check_viewport(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``viewport``: no mobile viewport, or zoom disabled."""
    data = page.data
    assert data is not None
    if data.viewport is None or "width" not in data.viewport.lower():
        return [
            Finding(
                "viewport",
                "risque",
                "Pas de balise viewport : la page s'affiche mal sur téléphone.",
                data.viewport or "viewport absent",
            )
        ]
    scale = _MAX_SCALE.search(data.viewport)
    if _NO_ZOOM.search(data.viewport) or (scale and float(scale.group(1) or 0) < 2):
        return [
            Finding(
                "viewport",
                "risque",
                "Le zoom est bloqué sur mobile, ce qui gêne les personnes malvoyantes.",
                data.viewport,
            )
        ]
    return []


def check_https(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``https``: page served over http, or an https page loading http resources or forms."""
    data = page.data
    assert data is not None
    if urlsplit(page.fetch.final_url).scheme != "https":
        return [
            Finding(
                "https",
                "risque",
                "La page est servie sans HTTPS : les échanges ne sont pas chiffrés.",
                page.fetch.final_url,
            )
        ]
    insecure = [u for u in (*data.subresources, *data.iframes, *data.form_actions) if u.startswith("http://")]
    insecure += [s.src for s in data.scripts if s.src.startswith("http://") and s.src not in insecure]
    if insecure:
        return [
            Finding(
                "https",
                "risque",
                f"{len(insecure)} ressource(s) ou formulaire(s) chargés en http:// "
                "sur une page HTTPS (contenu mixte).",
                _short(insecure[0]),
            )
        ]
    return []


def check_broken_links(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``lien-casse``: links whose target answers 4xx/5xx or not at all."""
    data = page.data
    assert data is not None
    findings: list[Finding] = []
    seen: set[str] = set()
    for link in data.links:
        key = normalise(link.url)
        target = ctx.statuses.get(key)
        if target is None or key in seen:
            continue
        seen.add(key)
        internal = site_key(link.url) == site_key(ctx.origin)
        if not internal and target.status in BOT_BLOCKING_STATUSES:
            continue  # the other site refuses robots or rate-limits: the link may work for people
        if target.status == 0 or target.status >= 400:
            answer = f"erreur {target.status}" if target.status else (target.error or "pas de réponse")
            kind = "interne" if internal else "externe"
            label = f" (« {_short(link.text, 50)} »)" if link.text else ""
            findings.append(
                Finding(
                    "lien-casse",
                    "risque",
                    f"Lien {kind} cassé{label} : {answer}.",
                    f"{link.url} → {answer}",
                )
            )
    return findings


def check_canonical(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``canonical``: missing, several, pointing to another site or to a page in error."""
    data = page.data
    assert data is not None
    if not data.canonicals:
        return [
            Finding(
                "canonical", "conseil", 'Pas d\'URL canonique (<link rel="canonical">).', "canonical absent"
            )
        ]
    distinct = tuple(dict.fromkeys(data.canonicals))
    if len(distinct) > 1:
        return [
            Finding(
                "canonical",
                "conseil",
                "Plusieurs URL canoniques différentes : Google les ignorera.",
                " | ".join(distinct),
            )
        ]
    target = distinct[0]
    if site_key(target) != site_key(ctx.origin):
        return [
            Finding(
                "canonical",
                "conseil",
                "L'URL canonique pointe vers un autre site : la page risque de disparaître des résultats.",
                target,
            )
        ]
    known = ctx.statuses.get(normalise(target))
    if known is not None and (known.status != 200 or known.redirects):
        answer = f"redirection vers {known.final_url}" if known.redirects else f"erreur {known.status}"
        return [
            Finding("canonical", "conseil", f"L'URL canonique ne répond pas directement ({answer}).", target)
        ]
    return []


def jsonld_entities(blocks: tuple[str, ...]) -> tuple[list[dict[str, object]], list[str]]:
    """Flatten JSON-LD blocks into entities; also return the blocks that are not valid JSON."""
    entities: list[dict[str, object]] = []
    errors: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            entities.append(value)
            walk(value.get("@graph", []))

    for block in blocks:
        try:
            walk(json.loads(block))
        except ValueError as error:
            errors.append(
                f"{error.msg} (ligne {error.lineno})"
                if isinstance(error, json.JSONDecodeError)
                else str(error)
            )
    return entities, errors


def entity_types(entity: Mapping[str, object]) -> set[str]:
    """The schema.org types of an entity, without the vocabulary prefix."""
    raw = entity.get("@type", [])
    types = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1] for t in types}


def check_structured_data(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``donnees-structurees`` on a page: invalid JSON-LD, medical entity without name or address."""
    data = page.data
    assert data is not None
    entities, errors = jsonld_entities(data.jsonld)
    findings = [
        Finding(
            "donnees-structurees",
            "conseil",
            "Bloc JSON-LD invalide : il est ignoré par les moteurs de recherche.",
            e,
        )
        for e in errors
    ]
    for entity in entities:
        types = entity_types(entity) & MEDICAL_TYPES
        if not types:
            continue
        missing = [name for name in ("name", "address") if not entity.get(name)]
        if missing:
            findings.append(
                Finding(
                    "donnees-structurees",
                    "conseil",
                    f"Données structurées {'/'.join(sorted(types))} sans "
                    f"{' ni '.join('nom' if m == 'name' else 'adresse' for m in missing)}.",
                    "/".join(sorted(types)),
                )
            )
    return findings


def check_page_weight(page: CrawledPage, ctx: SiteContext) -> list[Finding]:
    """``poids-page``: HTML too heavy, or HTML plus same-site resources above 2 MiB."""
    data = page.data
    assert data is not None
    html_bytes = page.fetch.size_bytes
    if page.rendering is not None and page.rendering.transferred_bytes:
        total = page.rendering.transferred_bytes
    else:
        total = html_bytes + sum(ctx.resource_bytes.get(u, 0) for u in data.subresources)
    if html_bytes > HTML_WEIGHT_MAX:
        return [
            Finding(
                "poids-page",
                "conseil",
                f"Le code HTML pèse {html_bytes / 1024:.0f} Ko "
                f"(maximum conseillé {HTML_WEIGHT_MAX // 1024} Ko).",
                f"HTML {html_bytes / 1024:.0f} Ko",
            )
        ]
    if total > PAGE_WEIGHT_MAX:
        return [
            Finding(
                "poids-page",
                "conseil",
                f"La page pèse {_mb(total)} Mo avec ses ressources "
                "(maximum conseillé 2 Mo) : lente sur mobile.",
                f"{_mb(total)} Mo",
            )
        ]
    return []


PAGE_CHECKS = (
    check_title,
    check_meta_description,
    check_h1,
    check_heading_order,
    check_img_alt,
    check_html_lang,
    check_viewport,
    check_https,
    check_broken_links,
    check_canonical,
    check_structured_data,
    check_page_weight,
)
