"""``vitrine reviews``: check a review export and triage it from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_BAD_INPUT = 1

SENTIMENT_LABELS = {"positif": "positif", "neutre": "neutre", "negatif": "négatif"}


def register(subparsers: Any) -> None:
    """Add ``vitrine reviews triage`` and ``vitrine reviews import-check``."""
    parser = subparsers.add_parser("reviews", help="avis en ligne : vérifier un export, trier les avis")
    commands = parser.add_subparsers(dest="reviews_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    triage = commands.add_parser(
        "triage",
        help="trier les avis d'un fichier (.json Google ou .csv)",
        description="Sentiment, sujets, priorité, motifs de signalement et risque de diffamation "
        "de chaque avis.",
    )
    triage.add_argument(
        "file", metavar="FICHIER", help="export JSON Google (API ou Takeout) ou CSV documenté"
    )
    triage.add_argument("--format", choices=["text", "json"], default="text", help="format de sortie")
    triage.set_defaults(func=_triage)

    check = commands.add_parser(
        "import-check",
        help="vérifier qu'un fichier d'avis s'importe, sans rien importer",
        description="Valide tout le fichier ; la première erreur est signalée avec la ligne "
        "ou l'enregistrement.",
    )
    check.add_argument("file", metavar="FICHIER")
    check.set_defaults(func=_import_check)


def _load(path: str) -> Any:
    from vitrine.reputation.importers import ReviewImportError, load_file

    try:
        return load_file(path)
    except ReviewImportError as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return None


def _import_check(args: argparse.Namespace) -> int:
    reviews = _load(args.file)
    if reviews is None:
        return EXIT_BAD_INPUT
    sources = sorted({review.source for review in reviews})
    print(f"{args.file} : {len(reviews)} avis valides (source : {', '.join(sources) or 'aucune'}).")
    return 0


def _triage(args: argparse.Namespace) -> int:
    reviews = _load(args.file)
    if reviews is None:
        return EXIT_BAD_INPUT
    from vitrine.reputation.triage import triage

    results = [triage(review) for review in reviews]
    if args.format == "json":
        print(json.dumps({"reviews": [result.to_dict() for result in results]}, ensure_ascii=False, indent=2))
        return 0
    for review, result in zip(reviews, results, strict=True):
        stars = f"{review.star_rating}/5" if review.star_rating is not None else "sans note"
        sentiment = SENTIMENT_LABELS[result.sentiment]
        print(f"Avis {result.review_id} — {sentiment} ({stars}) · priorité {result.priority}")
        if result.mismatch:
            print("  ! la note et le texte ne disent pas la même chose")
        if result.topics:
            print(f"  sujets : {', '.join(result.topics)}")
        for reason in result.report_reasons:
            print(f"  signalement possible : {reason.google_label} — « {reason.evidence.text} »")
        if result.defamation_risk:
            cues = ", ".join(f"« {evidence.text} »" for evidence in result.defamation_evidence)
            print(f"  risque de diffamation : {cues} (conserver la preuve, puis avis d'un avocat)")
    print(f"{len(results)} avis triés.")
    return 0
