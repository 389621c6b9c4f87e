"""Entry point of the ``vitrine`` command.

Each module listed in ``COMMAND_MODULES`` exposes ``register(subparsers)``; it adds its
subcommands and sets ``func`` on them. Modules import their heavy dependencies (Django,
spaCy) inside the command functions so that ``vitrine check`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES = (
    "vitrine.cli.web",
    "vitrine.cli.evaluate",
    "vitrine.cli.reviews",
    "vitrine.cli.audit",
    "vitrine.cli.anonymize",
    "vitrine.cli.check",
)

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """Argument parser whose usage errors exit with code 2 and a French message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog} : erreur : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the full parser with every registered subcommand."""
    parser = _Parser(
        prog="vitrine", description="Vitrine — présence en ligne conforme pour cabinets médicaux."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    result = args.func(args)
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
