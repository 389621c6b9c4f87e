"""``vitrine bench audit``: pages per second of our audit vs python-seo-analyzer on one generated site.

The site (200 pages: home, 9 sections, 190 articles, sitemap, robots.txt) is generated in a
temporary folder and served on 127.0.0.1. python-seo-analyzer is installed with pip into a
throwaway virtual environment under /tmp (never a project dependency) and run on the same site.
"""

from __future__ import annotations

import argparse
import http.server
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from vitrine.siteaudit.audit import run_audit
from vitrine.siteaudit.models import AuditOptions

PAGES = 200
SECTIONS = 9
BENCH_VENV = Path(tempfile.gettempdir()) / "vitrine-bench-seoanalyzer"
TARGET_SECONDS = 30.0

_SENTENCES = (
    "L'intervention se déroule sous anesthésie générale et dure environ deux heures.",
    "Les suites opératoires comportent un œdème et des ecchymoses pendant deux à trois semaines.",
    "Une consultation préalable permet d'expliquer la technique, les risques et les alternatives.",
    "Un délai de réflexion de quinze jours est respecté entre le devis et l'intervention.",
    "Comme toute chirurgie, cette intervention comporte des risques qui sont détaillés en consultation.",
    "Le port d'un vêtement de contention est recommandé pendant plusieurs semaines.",
    "La reprise d'une activité professionnelle dépend de la nature du travail.",
    "Les fils sont retirés entre le septième et le quinzième jour.",
    "Le tabac augmente le risque de complications de cicatrisation.",
    "Les informations de cette page sont issues des recommandations de la société savante.",
)


def _page(title: str, body: str, links: list[tuple[str, str]], rng: random.Random) -> str:
    paragraphs = "\n".join(f"<p>{' '.join(rng.sample(_SENTENCES, 4))}</p>" for _ in range(5))
    nav = " ".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return (
        '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>"
        f'<meta name="description" content="{title} : déroulement, suites et risques, '
        'informations du cabinet.">'
        "</head><body>"
        f'<nav><a href="/">Accueil</a> {nav}</nav><main><h1>{title}</h1><h2>Présentation</h2>{body}'
        f"{paragraphs}</main><footer>Cabinet de chirurgie plastique, 12 rue de la Paix, 75002 Paris</footer>"
        "</body></html>\n"
    )


def generate_site(folder: Path, pages: int = PAGES, seed: int = 7) -> int:
    """Write a site of exactly ``pages`` pages (home, sections, articles); return the page count."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test content, not security
    articles = pages - 1 - SECTIONS
    per_section = -(-articles // SECTIONS)
    urls = ["/"]
    section_links: list[tuple[str, str]] = []
    number = 0
    for s in range(1, SECTIONS + 1):
        children = []
        for _ in range(per_section):
            if number >= articles:
                break
            number += 1
            href = f"/s{s}/article-{number}.html"
            children.append((href, f"Article {number}"))
        section_href = f"/s{s}/index.html"
        section_links.append((section_href, f"Section {s}"))
        (folder / f"s{s}").mkdir(parents=True, exist_ok=True)
        (folder / f"s{s}" / "index.html").write_text(
            _page(f"Section {s} du cabinet de chirurgie", "<p>Articles de la section.</p>", children, rng),
            "utf-8",
        )
        urls.append(section_href)
        for i, (href, text) in enumerate(children):
            neighbours = [children[(i + 1) % len(children)], (section_href, f"Section {s}")]
            (folder / href.lstrip("/")).write_text(
                _page(f"{text} : intervention de chirurgie plastique", "", neighbours, rng), "utf-8"
            )
            urls.append(href)
    (folder / "index.html").write_text(
        _page("Cabinet de chirurgie plastique", "", section_links, rng), "utf-8"
    )
    (folder / "robots.txt").write_text("User-agent: *\nDisallow:\n", "utf-8")
    (folder / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>__ORIGIN__{u}</loc></url>\n" for u in urls)
        + "</urlset>\n",
        "utf-8",
    )
    return len(urls)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = lambda *a, **k: _Quiet(*a, directory=str(folder), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    sitemap = folder / "sitemap.xml"
    sitemap.write_text(sitemap.read_text("utf-8").replace("__ORIGIN__", origin), "utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, origin


_SEOANALYZER_SCRIPT = """
import json, sys, time
from pyseoanalyzer import analyze
start = time.perf_counter()
output = analyze(sys.argv[1], follow_links=True)
print(json.dumps({"pages": len(output["pages"]), "seconds": time.perf_counter() - start}))
"""


def _seoanalyzer(origin: str) -> dict[str, Any]:
    """Install python-seo-analyzer in a throwaway venv (once) and time it on the site."""
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
    check = subprocess.run([str(python), "-c", "import pyseoanalyzer"], capture_output=True)
    if check.returncode != 0:
        # lxml >= 5.2 moved the HTML cleaner that pyseoanalyzer's dependencies import into its own package.
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "pyseoanalyzer", "lxml_html_clean"], check=True
        )
    version = subprocess.run(
        [str(python), "-m", "pip", "show", "pyseoanalyzer"], capture_output=True, text=True, check=True
    ).stdout
    result = subprocess.run(
        [str(python), "-c", _SEOANALYZER_SCRIPT, origin + "/"], capture_output=True, text=True, check=True
    )
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    data["version"] = next(
        (line.split(":", 1)[1].strip() for line in version.splitlines() if line.startswith("Version")), "?"
    )
    return data


def _ours(origin: str, options: AuditOptions) -> dict[str, Any]:
    start = time.perf_counter()
    result = run_audit(origin + "/", options)
    seconds = time.perf_counter() - start
    pages = sum(1 for p in result.pages if p.status == 200)
    findings = len(result.all_findings())
    return {"pages": pages, "seconds": seconds, "findings": findings, "content": result.compliance_available}


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print figures (text or JSON); exit 1 when the 30 s target is missed."""
    folder = Path(tempfile.mkdtemp(prefix="vitrine-bench-site-"))
    try:
        count = generate_site(folder)
        server, origin = _serve(folder)
        try:
            options = AuditOptions(max_pages=count, max_seconds=300, check_external_links=True)
            figures = {
                "site_pages": count,
                "vitrine_full": _ours(origin, options),
                "vitrine_without_content": _ours(origin, replace(options, check_content=False)),
                "python_seo_analyzer": _seoanalyzer(origin),
            }
        finally:
            server.shutdown()
            server.server_close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for key in ("vitrine_full", "vitrine_without_content", "python_seo_analyzer"):
        entry = figures[key]
        assert isinstance(entry, dict)
        entry["pages_per_second"] = round(entry["pages"] / entry["seconds"], 1) if entry["seconds"] else 0.0
        entry["seconds"] = round(entry["seconds"], 2)
    if getattr(args, "format", "text") == "json":
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(f"Site généré : {count} pages servies sur 127.0.0.1")
        for key, label in (
            ("vitrine_full", "Vitrine (tous les contrôles, déontologie comprise)"),
            ("vitrine_without_content", "Vitrine (sans le moteur de déontologie)"),
            ("python_seo_analyzer", "python-seo-analyzer"),
        ):
            entry = figures[key]
            assert isinstance(entry, dict)
            print(
                f"  {label:<52} {entry['pages']:>4} pages en {entry['seconds']:>6} s"
                f" = {entry['pages_per_second']:>6} pages/s"
            )
    full = figures["vitrine_full"]
    assert isinstance(full, dict)
    return 0 if full["seconds"] < TARGET_SECONDS else 1
