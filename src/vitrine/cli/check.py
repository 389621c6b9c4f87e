"""``vitrine check``: check texts, Markdown, HTML or JSONL batches against the deontology rules."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_CHANNELS: tuple[str, ...] = ("instagram", "facebook", "linkedin", "x", "bluesky", "youtube", "tiktok")
_CHANNELS += ("site", "avis-reponse", "presse", "message", "autre")
_SEVERITIES = ("interdit", "risque", "conseil")
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


def register(subparsers: Any) -> None:
    """Add ``vitrine check``."""
    parser = subparsers.add_parser(
        "check",
        help="vérifier la conformité déontologique de textes",
        description="Vérifie des textes (fichiers ou entrée standard) au regard des règles de "
        "communication médicale. Code de sortie : 0 sans constat, 1 avec constats, 2 en cas d'erreur.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="CHEMIN", help="fichiers à vérifier ; « - » pour l'entrée standard"
    )
    parser.add_argument(
        "--channel", choices=_CHANNELS, help="canal de publication (défaut : configuration, sinon « autre »)"
    )
    parser.add_argument(
        "--format", choices=["text", "json", "sarif"], default="text", help="format de sortie"
    )
    parser.add_argument(
        "--input-format",
        choices=["auto", "text", "markdown", "html", "jsonl"],
        default="auto",
        help="format des entrées (auto : d'après l'extension puis le contenu)",
    )
    parser.add_argument(
        "--min-severity",
        choices=_SEVERITIES,
        default="conseil",
        help="gravité minimale signalée (défaut : conseil)",
    )
    parser.add_argument(
        "--rules",
        default="",
        help="règles : « id » (uniquement celles-ci), « +id » (activer), « -id » (désactiver)",
    )
    parser.add_argument("--config", help="fichier de configuration (défaut : vitrine.toml ou pyproject.toml)")
    parser.set_defaults(func=run)


def _config(args: argparse.Namespace) -> Any:
    from vitrine.compliance import all_rules, load_config, resolve_rule_id

    config = load_config(args.config)
    disabled = set(config.disable)
    only: set[str] = set()
    for item in (part.strip() for part in args.rules.split(",")):
        if not item:
            continue
        sign, name = (item[0], item[1:]) if item[0] in "+-" else ("", item)
        rule_id = resolve_rule_id(name)
        if rule_id is None:
            raise ValueError(f"--rules : règle inconnue « {name} »")
        if sign == "-":
            disabled.add(rule_id)
        elif sign == "+":
            disabled.discard(rule_id)
        else:
            only.add(rule_id)
    if only:
        every = {rule.id for rule in all_rules()} | {"terme-interdit"}
        disabled |= every - only
    return dataclasses.replace(config, disable=frozenset(disabled))


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _input_format(path: str, text: str, requested: str) -> str:
    from vitrine.compliance.markup import detect_format

    if requested != "auto":
        return requested
    suffix = Path(path).suffix.lower() if path != "-" else ""
    return _EXTENSIONS.get(suffix) or detect_format(text)


def run(args: argparse.Namespace) -> int:
    """Check every input and print the report; return the exit code."""
    from vitrine.compliance import ConfigError, check
    from vitrine.compliance.markup import detect_format
    from vitrine.compliance.output import InputError, Result

    try:
        config = _config(args)
    except (ConfigError, ValueError) as config_error:
        print(f"vitrine check : {config_error}", file=sys.stderr)
        return EXIT_ERROR
    channel = args.channel or config.channel
    results: list[Result] = []
    errors: list[InputError] = []
    for path in args.paths or ["-"]:
        name = "<entrée standard>" if path == "-" else path
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as read_error:
            errors.append(
                InputError(name, f"lecture impossible ({read_error.__class__.__name__} : {read_error})")
            )
            continue
        input_format = _input_format(path, text, args.input_format)
        if input_format != "jsonl":
            results.append(Result(check(text, channel, config, input_format), path=name, text=text))
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("un objet JSON est attendu")
                for key in ("id", "text"):
                    if not isinstance(row.get(key), str):
                        raise ValueError(f"champ « {key} » manquant ou non textuel")
                row_channel = row.get("channel") or channel
                if row_channel not in _CHANNELS:
                    raise ValueError(f"champ « channel » : canal inconnu « {row_channel} »")
            except ValueError as line_error:  # json.JSONDecodeError is a ValueError
                errors.append(InputError(name, str(line_error), number))
                continue
            report = check(row["text"], row_channel, config, detect_format(row["text"]))
            results.append(Result(report, path=name, id=row["id"], text=row["text"]))
    results = [_filtered(r, args.min_severity) for r in results]
    for error in errors:
        where = f"{error.path}, ligne {error.line}" if error.line else error.path
        print(f"vitrine check : {where} : {error.message}", file=sys.stderr)
    _print(results, errors, args.format)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.report.findings for r in results) else EXIT_OK


def _filtered(result: Any, min_severity: str) -> Any:
    report = result.report
    kept = report.at_or_above(min_severity)
    return dataclasses.replace(result, report=dataclasses.replace(report, findings=kept))


def _print(results: list[Any], errors: list[Any], output_format: str) -> None:
    from vitrine.compliance.output import results_document, sarif_document

    if output_format == "json":
        print(json.dumps(results_document(results, errors), ensure_ascii=False, indent=2))
    elif output_format == "sarif":
        print(json.dumps(sarif_document(results), ensure_ascii=False, indent=2))
    else:
        print(_text(results))


def _text(results: list[Any]) -> str:
    lines: list[str] = []
    total = suppressed = 0
    for result in results:
        where = result.path if result.id is None else f"{result.path}#{result.id}"
        for finding in result.report.findings:
            total += 1
            lines.append(
                f"{where}:{finding.line}:{finding.column}: "
                f"{finding.severity} [{finding.rule}] {finding.message}"
            )
            source_line = result.text.splitlines()[finding.line - 1] if result.text else finding.excerpt
            width = max(1, min(len(finding.excerpt.split("\n")[0]), len(source_line) - finding.column + 1))
            lines.append(f"    {source_line}")
            lines.append(f"    {' ' * (finding.column - 1)}{'^' * width}")
            lines.append(f"    Référence : {finding.reference}")
            lines.append(f"    Suggestion : {finding.suggestion}")
        for item in result.report.suppressed:
            suppressed += 1
            finding = item.finding
            lines.append(
                f"{where}:{finding.line}:{finding.column}: supprimé [{finding.rule}] motif : {item.reason}"
            )
    plural = "s" if total > 1 else ""
    lines.append(
        f"{total} constat{plural}, {suppressed} supprimé{'s' if suppressed > 1 else ''}, "
        f"{len(results)} texte{'s' if len(results) > 1 else ''} vérifié{'s' if len(results) > 1 else ''}."
    )
    return "\n".join(lines)
