"""``vitrine eval TARGET`` and ``vitrine bench TARGET``: quality and speed measurements.

Each target maps to a function ``run(args) -> int`` in the core library (or the web layer for
database benchmarks), imported only when asked for.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

EVALUATIONS: dict[str, str] = {
    "avis": "vitrine.reputation.evaluate:run",
    "confidentialite": "vitrine.privacy.evaluation:run",
    "conformite": "vitrine.compliance.evaluation:run",
}
BENCHMARKS: dict[str, str] = {
    "avis-web": "vitrine.web.reviews.bench:run",
    "audit": "vitrine.siteaudit.bench:run",
    "confidentialite": "vitrine.privacy.bench:run",
    "conformite": "vitrine.compliance.bench:run",
}


def _call(target: str) -> Any:
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function)


def register(subparsers: Any) -> None:
    """Add the ``eval`` and ``bench`` subcommands."""
    for command, table, help_text in (
        ("eval", EVALUATIONS, "mesurer la qualité d'un module sur son corpus"),
        ("bench", BENCHMARKS, "mesurer la vitesse d'un module"),
    ):
        parser = subparsers.add_parser(command, help=help_text)
        parser.add_argument("target", choices=sorted(table) or ["(aucun)"], help="module à mesurer")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
        parser.set_defaults(func=lambda args, table=table: _call(table[args.target])(args))


def main(args: argparse.Namespace) -> int:  # pragma: no cover - convenience alias
    return int(args.func(args))
