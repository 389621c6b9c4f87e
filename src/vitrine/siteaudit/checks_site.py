"""Site-wide checks: information the Ordre recommends, legal pages, sitemap, robots.txt.

The information checks look across the text of every page (and the schema.org data), in
windows of three consecutive lines, because a site states « Honoraires » in a heading and the
amounts on the next line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from vitrine.siteaudit.checks_page import MEDICAL_TYPES, entity_types, jsonld_entities
from vitrine.siteaudit.crawl import CrawledPage, CrawlResult, normalise, site_key
from vitrine.siteaudit.models import Finding

_I = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


APOS = "['’]"
RPPS = (
    _rx(r"\bRPPS\b\D{0,40}\d(?:[\s.]?\d){10}\b"),
    _rx(rf"\b(?:n°|num[ée]ro|no\.?)\s*(?:d{APOS}\s*)?(?:inscription|ordinal|RPPS|ordre)\b.{{0,80}}?\d{{3,}}"),
    _rx(r"\bordre des m[ée]decins\b.{0,60}?(?:n°|num[ée]ro)\s*:?\s*\d{3,}"),
    _rx(
        rf"\binscrite?\s+(?:au\s+tableau\s+)?(?:de\s+l{APOS}|à\s+l{APOS}|au\s+conseil\s+(?:départemental\s+)?de\s+l{APOS})ordre\b.{{0,100}}?\d{{3,}}"
    ),
)
DIPLOMA = _rx(
    r"dipl[ôo]m|docteur en m[ée]decine|\bD\.?E\.?S\.?C?\b|\bD\.?I?\.?U\.?\b|\bth[èe]se\b|qualifi[ée]"
    r"|ancien interne|chef de clinique|internat|sp[ée]cialiste en"
)
YEAR = _rx(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
UNIVERSITY = _rx(
    r"universit|facult[ée]|\bCHU\b|h[ôo]pitaux de|sorbonne|[ée]cole de m[ée]decine"
    # the faculty's city is the « lieu » the CNOM asks for when the university is not named
    r"|\b(?:Paris|Lyon|Marseille|Lille|Bordeaux|Toulouse|Nantes|Strasbourg|Montpellier|Rennes|Nice|Grenoble"
    r"|Tours|Nancy|Rouen|Dijon|Brest|Angers|Caen|Reims|Amiens|Limoges|Poitiers|Besan[çc]on|Clermont"
    r"|Saint-[ÉE]tienne)\b"
)
SECTEUR = _rx(
    r"\bsecteur\s*(?:1|2|3|I{1,3}|un|deux|trois)\b|\bconventionn[ée]e?s?\b"
    r"|\bOPTAM(?:-CO)?\b|\bhors convention\b"
)
FEES_WORD = _rx(r"honoraires|\btarifs?\b|\bprix\b|co[ûu]t|d[ée]passement")
AMOUNT = _rx(r"\d[\d\s\u202f.]*(?:,\d{1,2})?\s?(?:€|euros?\b|EUR\b)")
PAYMENT_METHOD = _rx(
    r"carte (?:bancaire|bleue|de cr[ée]dit)|\bCB\b|ch[èe]ques?|esp[èe]ces|virement|sans contact"
)
PAYMENT_CONTEXT = _rx(r"paiement|r[èe]glement|r[ée]gler|payer|accept[ée]")
STREET = _rx(
    r"\b\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|quai|impasse|cours|route|square|passage|parvis|esplanade|rond-point|promenade|cit[ée]|villa|voie|mont[ée]e|faubourg)\b"
)
POSTCODE = re.compile(r"\b(?:0[1-9]|[1-8]\d|9[0-8])\s?\d{3}\b")
DAYS = _rx(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b|\bhoraires\b")
TIME = _rx(r"\b(?:[01]?\d|2[0-3])\s?(?:h|:)\s?(?:[0-5]\d)?\b")
RDV = _rx(r"rendez[- ]vous|\bRDV\b|doctolib|maiia|keldoc")
RDV_MEANS = _rx(
    r"t[ée]l[ée]phon|\bt[ée]l\b|\b0\d(?:[\s.]?\d{2}){4}\b|\+33|en ligne|doctolib|maiia|keldoc"
    r"|formulaire|secr[ée]tariat|appel|e-?mail|courriel|@"
)
PMR = _rx(r"mobilit[ée] r[ée]duite|\bPMR\b|handicap|fauteuil roulant|accessible aux personnes")
LEGAL_PAGE = _rx(r"mentions[\s_-]*l[ée]gales|informations[\s_-]*l[ée]gales")
LEGAL_CONTENT = _rx(r"h[ée]berg")
PRIVACY_PAGE = _rx(r"confidentialit|donn[ée]es personnelles|vie priv[ée]e|\bRGPD\b|privacy")
PRIVACY_CONTENT = _rx(
    rf"droit\s+d{APOS}acc[eè]s|droits?\s+(?:d{APOS}|de\s+)(?:accès|rectification|opposition|effacement)|responsable\s+(?:du|de)\s+traitement|\bCNIL\b"
)


def _windows(pages: Sequence[CrawledPage], size: int = 3) -> list[tuple[str, str]]:
    """(page URL, text of ``size`` consecutive lines) for every line of every parsed page."""
    windows: list[tuple[str, str]] = []
    for page in pages:
        if page.data is None:
            continue
        lines = page.data.text.split("\n")
        for i in range(len(lines)):
            windows.append((page.fetch.final_url, " ".join(lines[i : i + size])))
    return windows


def _any(windows: Iterable[tuple[str, str]], test: Callable[[str], bool]) -> bool:
    return any(test(text) for _, text in windows)


def _has_diploma(text: str) -> bool:
    return bool(DIPLOMA.search(text) and YEAR.search(text) and UNIVERSITY.search(text))


def _has_fees(text: str) -> bool:
    return bool(FEES_WORD.search(text) and AMOUNT.search(text))


def _has_payment(text: str) -> bool:
    return bool(PAYMENT_METHOD.search(text) and PAYMENT_CONTEXT.search(text))


def _has_address(text: str) -> bool:
    return bool(STREET.search(text) and POSTCODE.search(text))


def _has_hours(text: str) -> bool:
    return bool(DAYS.search(text) and TIME.search(text))


def _has_rdv(text: str) -> bool:
    return bool(RDV.search(text) and RDV_MEANS.search(text))


BOOKING_HOSTS = ("doctolib.", "maiia.", "keldoc.", "rdvmedicaux.", "mondocteur.")


def _booking_link(pages: Sequence[CrawledPage]) -> bool:
    """A link to an online booking service, or a « rendez-vous » link to a phone number."""
    for page in pages:
        if page.data is None:
            continue
        if any(any(h in link.url for h in BOOKING_HOSTS) for link in page.data.links):
            return True
        if page.data.phones and RDV.search(page.data.text):
            return True
    return False


def _entities(pages: Sequence[CrawledPage]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for page in pages:
        if page.data is not None:
            found.extend(jsonld_entities(page.data.jsonld)[0])
    return found


INFO_MESSAGES = {
    "info-rpps": "Le numéro RPPS ou d'inscription à l'Ordre n'apparaît sur aucune page.",
    "info-diplomes": "Aucune page ne mentionne les diplômes avec leur date et leur université.",
    "info-secteur": "Le secteur conventionnel (secteur 1, secteur 2, OPTAM…) n'est indiqué nulle part.",
    "info-honoraires": "Les honoraires pratiqués (ou leurs fourchettes, en euros) "
    "ne sont indiqués nulle part.",
    "info-paiement": "Les modes de paiement acceptés ne sont indiqués nulle part.",
    "info-adresse": "L'adresse du cabinet (voie et code postal) n'apparaît sur aucune page.",
    "info-horaires": "Les jours et horaires de consultation n'apparaissent sur aucune page.",
    "info-rdv": "Le site n'explique pas comment prendre rendez-vous (téléphone, service en ligne…).",
    "info-accessibilite": "Rien n'indique l'accès au cabinet pour les personnes "
    "handicapées ou à mobilité réduite.",
}


def check_information(pages: Sequence[CrawledPage]) -> list[Finding]:
    """``info-*``: each recommended piece of information, reported only when absent from the whole site."""
    windows = _windows(pages)
    entities = _entities(pages)
    medical = [e for e in entities if entity_types(e) & MEDICAL_TYPES]

    def schema_has(*keys: str) -> bool:
        return any(e.get(k) for e in medical for k in keys)

    present = {
        "info-rpps": _any(windows, lambda t: any(p.search(t) for p in RPPS)),
        "info-diplomes": _any(windows, _has_diploma),
        "info-secteur": _any(windows, lambda t: bool(SECTEUR.search(t))),
        "info-honoraires": _any(windows, _has_fees) or schema_has("priceRange"),
        "info-paiement": _any(windows, _has_payment) or schema_has("paymentAccepted"),
        "info-adresse": _any(windows, _has_address) or schema_has("address"),
        "info-horaires": _any(windows, _has_hours) or schema_has("openingHours", "openingHoursSpecification"),
        "info-rdv": _any(windows, _has_rdv) or _booking_link(pages),
        "info-accessibilite": _any(windows, lambda t: bool(PMR.search(t))),
    }
    scanned = sum(1 for p in pages if p.data is not None)
    evidence = f"recherché sur {scanned} page(s)"
    return [
        Finding(check, "risque", INFO_MESSAGES[check], evidence) for check, ok in present.items() if not ok
    ]


def _page_named(page: CrawledPage, pattern: re.Pattern[str]) -> bool:
    data = page.data
    if data is None:
        return False
    names = [
        data.title,
        urlsplit(page.fetch.final_url).path,
        *(t for level, t in data.headings if level <= 2),
    ]
    return any(pattern.search(n) for n in names)


def check_legal_pages(pages: Sequence[CrawledPage]) -> list[Finding]:
    """``mentions-legales`` and ``politique-confidentialite``: a page with the expected content."""
    findings: list[Finding] = []
    for check, name_rx, content_rx, label, needed in (
        ("mentions-legales", LEGAL_PAGE, LEGAL_CONTENT, "« Mentions légales »", "l'hébergeur"),
        (
            "politique-confidentialite",
            PRIVACY_PAGE,
            PRIVACY_CONTENT,
            "de politique de confidentialité",
            "les droits des personnes",
        ),
    ):
        named = [p for p in pages if p.fetch.status == 200 and _page_named(p, name_rx)]
        if any(p.data is not None and content_rx.search(p.data.text) for p in named):
            continue
        # Some sites put the notice at the bottom of a page or in a section, not on its own page.
        if any(
            p.data is not None and name_rx.search(p.data.text) and content_rx.search(p.data.text)
            for p in pages
        ):
            continue
        if named:
            findings.append(
                Finding(
                    check, "risque", f"La page {label} ne mentionne pas {needed}.", named[0].fetch.final_url
                )
            )
        else:
            findings.append(Finding(check, "risque", f"Aucune page {label} n'a été trouvée.", "page absente"))
    return findings


def check_sitemap(crawl: CrawlResult) -> list[Finding]:
    """``sitemap``: missing, invalid, empty, or listing pages in error or of another site."""
    sitemap = crawl.sitemap
    if sitemap.status != 200:
        answer = f"erreur {sitemap.status}" if sitemap.status else "pas de réponse"
        return [Finding("sitemap", "conseil", "Le site n'a pas de sitemap.xml.", f"{sitemap.url} → {answer}")]
    if sitemap.error:
        return [Finding("sitemap", "conseil", "Le sitemap.xml n'est pas un XML valide.", sitemap.error)]
    if not sitemap.urls:
        return [Finding("sitemap", "conseil", "Le sitemap.xml ne liste aucune page.", sitemap.url)]
    findings: list[Finding] = []
    foreign = [u for u in sitemap.urls if site_key(u) != site_key(crawl.origin)]
    if foreign:
        findings.append(
            Finding(
                "sitemap",
                "conseil",
                f"Le sitemap liste {len(foreign)} adresse(s) d'un autre site.",
                foreign[0],
            )
        )
    fetched = {normalise(p.fetch.url): p.fetch for p in crawl.pages}
    for url in sitemap.urls:
        result = fetched.get(normalise(url))
        if result is not None and (result.status != 200 or result.redirects):
            answer = (
                f"redirection vers {result.final_url}"
                if result.redirects and result.status == 200
                else f"erreur {result.status}"
            )
            findings.append(
                Finding(
                    "sitemap",
                    "conseil",
                    f"Le sitemap liste une page qui ne répond pas directement ({answer}).",
                    url,
                )
            )
    return findings


def check_robots(crawl: CrawlResult) -> list[Finding]:
    """``robots-txt``: missing, in error, blocking the whole site, or not naming the sitemap."""
    robots = crawl.robots
    if robots.status == 404 or robots.status == 410:
        return [
            Finding(
                "robots-txt",
                "conseil",
                "Le site n'a pas de fichier robots.txt.",
                f"{robots.url} → erreur {robots.status}",
            )
        ]
    if robots.status != 200:
        answer = f"erreur {robots.status}" if robots.status else "pas de réponse"
        return [
            Finding(
                "robots-txt",
                "risque",
                "Le fichier robots.txt répond en erreur : les moteurs peuvent cesser d'explorer le site.",
                f"{robots.url} → {answer}",
            )
        ]
    if robots.blocks_everything:
        return [
            Finding(
                "robots-txt",
                "risque",
                "robots.txt interdit l'exploration de tout le site : "
                "il disparaîtra des moteurs de recherche.",
                "Disallow: /",
            )
        ]
    if not robots.sitemaps:
        return [
            Finding(
                "robots-txt",
                "conseil",
                "robots.txt n'indique pas l'adresse du sitemap (ligne « Sitemap: »).",
                robots.url,
            )
        ]
    return []


def check_structured_data_site(pages: Sequence[CrawledPage]) -> list[Finding]:
    """``donnees-structurees`` across the site: a Physician or MedicalClinic with name and address."""
    for entity in _entities(pages):
        if entity_types(entity) & MEDICAL_TYPES and entity.get("name") and entity.get("address"):
            return []
    return [
        Finding(
            "donnees-structurees",
            "conseil",
            "Aucune donnée structurée schema.org Physician ou MedicalClinic avec nom et adresse sur le site.",
            "JSON-LD absent",
        )
    ]


def check_https_redirect(crawl: CrawlResult) -> list[Finding]:
    """``https`` for the site: the http:// address answers without redirecting to https://."""
    probe = crawl.http_probe
    if probe is None or probe.status == 0:
        return []
    if not probe.final_url.startswith("https://") and probe.status < 400:
        return [Finding("https", "risque", "L'adresse en http:// ne redirige pas vers https://.", probe.url)]
    return []
