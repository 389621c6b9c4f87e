"""``vitrine audit URL``: audit a practice's website (crawl, checks, report)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FORBIDDEN = 1  # the audit found at least one « interdit » problem
EXIT_ERROR = 2


def register(subparsers: Any) -> None:
    """Add the ``audit`` subcommand."""
    parser = subparsers.add_parser(
        "audit",
        help="auditer le site d'un cabinet (déontologie, informations, référencement, accessibilité)",
        description="Explore le site à partir de l'adresse donnée et liste, page par page, "
        "ce qu'il faut corriger en premier.",
    )
    parser.add_argument("url", metavar="URL", help="adresse du site, par exemple https://dr-exemple.fr")
    parser.add_argument(
        "--max-pages", type=int, default=200, metavar="N", help="nombre maximal de pages (200)"
    )
    parser.add_argument(
        "--max-depth", type=int, default=10, metavar="N", help="profondeur maximale des liens (10)"
    )
    parser.add_argument(
        "--max-seconds", type=float, default=120.0, metavar="S", help="durée maximale en secondes (120)"
    )
    parser.add_argument(
        "--render",
        action="store_true",
        help="afficher aussi les pages dans Chromium (contenu JavaScript, requêtes avant consentement, "
        "captures d'écran)",
    )
    parser.add_argument(
        "--format", choices=["text", "json", "html", "pdf"], default="text", help="format du rapport"
    )
    parser.add_argument("--output", "-o", metavar="FICHIER", help="écrire le rapport dans ce fichier")
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="accepter un certificat HTTPS invalide (site de préproduction)",
    )
    parser.add_argument(
        "--bloquer-tiers",
        action="store_true",
        help="avec --render : noter les requêtes vers d'autres sites puis les bloquer "
        "(rien ne sort vers les traceurs)",
    )
    parser.add_argument(
        "--sans-contenu",
        action="store_true",
        help="ne pas passer le texte des pages au moteur de déontologie (beaucoup plus rapide)",
    )
    parser.add_argument(
        "--coordonnees",
        action="append",
        default=[],
        metavar="TEXTE",
        help="coordonnées du cabinet à ne jamais signaler comme données de patient (répétable)",
    )
    parser.add_argument(
        "--contact",
        default=os.environ.get("VITRINE_AUDIT_CONTACT", ""),
        metavar="URL_OU_EMAIL",
        help="qui mène l'audit, annoncé aux sites visités dans l'agent utilisateur "
        "(défaut : VITRINE_AUDIT_CONTACT)",
    )
    parser.set_defaults(func=run)


def _write(path: str, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename it (never a half-written report)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or Path(), prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        umask = os.umask(0)
        os.umask(umask)
        Path(temporary).chmod(0o666 & ~umask)  # mkstemp creates 0600; a report is an ordinary file
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    """Run the audit and print or write the report."""
    from vitrine.siteaudit import AuditError, AuditOptions, run_audit
    from vitrine.siteaudit import report as reports

    if args.format == "pdf" and not args.output:
        print("vitrine audit : erreur : --format pdf demande --output FICHIER.pdf", file=sys.stderr)
        return EXIT_ERROR
    if args.max_pages < 1 or args.max_depth < 0 or args.max_seconds <= 0:
        print(
            "vitrine audit : erreur : --max-pages, --max-depth et --max-seconds doivent être positifs",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if args.output and not Path(args.output).resolve().parent.is_dir():
        print(f"vitrine audit : erreur : le dossier de « {args.output} » n'existe pas", file=sys.stderr)
        return EXIT_ERROR
    options = AuditOptions(
        max_pages=args.max_pages,
        max_depth=args.max_depth,
        max_seconds=args.max_seconds,
        render=args.render,
        verify=not args.insecure,
        own_details=tuple(args.coordonnees),
        check_content=not args.sans_contenu,
        offline_third_parties=args.bloquer_tiers,
        contact=args.contact,
    )
    try:
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            columns = (TextColumn("Audit"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, TextColumn("{task.description}"), transient=True) as bar:
                task = bar.add_task("", total=None)

                def progress(done: int, known: int, url: str) -> None:
                    bar.update(task, completed=done, total=known, description=url[-60:])

                result = run_audit(args.url, options, progress)
        else:
            result = run_audit(args.url, options)
    except AuditError as error:
        print(f"vitrine audit : erreur : {error}", file=sys.stderr)
        return EXIT_ERROR

    if args.render and result.render_error:
        print(
            f"vitrine audit : attention : rendu navigateur impossible ({result.render_error})",
            file=sys.stderr,
        )
    data: bytes
    if args.format == "json":
        data = reports.to_json(result).encode("utf-8")
    elif args.format == "html":
        data = reports.to_html(result).encode("utf-8")
    elif args.format == "pdf":
        data = reports.to_pdf(result)
    else:
        data = reports.to_text(result).encode("utf-8")
    if args.output:
        _write(args.output, data)
        print(f"Rapport écrit dans {args.output} (score {result.score}/100).", file=sys.stderr)
    else:
        sys.stdout.write(data.decode("utf-8"))
    forbidden = any(f.severity == "interdit" for _, f in result.all_findings())
    return EXIT_FORBIDDEN if forbidden else EXIT_OK
