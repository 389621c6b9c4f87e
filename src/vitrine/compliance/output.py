"""Output documents of ``vitrine check``: the JSON results document (also used by the web API) and SARIF.

The JSON document is validated by ``schema/check-output.schema.json`` shipped in the package.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from vitrine import __version__
from vitrine.compliance.model import SEVERITIES, Report
from vitrine.compliance.registry import ENGINE_RULES, all_rules

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVELS = {"interdit": "error", "risque": "warning", "conseil": "note"}


@dataclass(frozen=True)
class Result:
    """The report of one checked text, with where it came from (``path`` or ``id``)."""

    report: Report
    path: str | None = None
    id: str | None = None
    text: str = ""


@dataclass
class InputError:
    """An input that could not be checked (French message, optional 1-based line)."""

    path: str
    message: str
    line: int | None = None


def result_dict(result: Result) -> dict[str, Any]:
    """One item of ``results``: ``path`` or ``id``, then the report."""
    head: dict[str, Any] = {"id": result.id} if result.id is not None else {"path": result.path or "-"}
    return head | result.report.to_dict()


def results_document(results: list[Result], errors: list[InputError] | None = None) -> dict[str, Any]:
    """The ``--format json`` document."""
    errors = errors or []
    by_severity = Counter(f.severity for r in results for f in r.report.findings)
    by_rule = Counter(f.rule for r in results for f in r.report.findings)
    return {
        "results": [result_dict(r) for r in results],
        "summary": {
            "texts": len(results),
            "findings": sum(by_severity.values()),
            "by_severity": {s: by_severity.get(s, 0) for s in SEVERITIES},
            "by_rule": dict(sorted(by_rule.items())),
            "suppressed": sum(len(r.report.suppressed) for r in results),
            "errors": [
                {"path": e.path, "line": e.line, "message": e.message}
                if e.line
                else {"path": e.path, "message": e.message}
                for e in errors
            ],
        },
    }


@cache
def output_schema() -> dict[str, Any]:
    """The JSON Schema of the ``--format json`` document."""
    text = (
        resources.files("vitrine.compliance").joinpath("schema/check-output.schema.json").read_text("utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


def _sarif_rules() -> list[dict[str, Any]]:
    rules = [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.name},
            "fullDescription": {"text": rule.message},
            "help": {"text": f"{rule.suggestion}\nRéférence : {rule.reference}"},
            "defaultConfiguration": {"level": _SARIF_LEVELS[rule.severity]},
            "properties": {
                "severity": rule.severity,
                "reference": rule.reference,
                "aliases": list(rule.aliases),
            },
        }
        for rule in all_rules()
    ]
    for rule_id, (severity, reference) in ENGINE_RULES.items():
        rules.append(
            {
                "id": rule_id,
                "name": rule_id,
                "shortDescription": {"text": reference},
                "defaultConfiguration": {"level": _SARIF_LEVELS[severity]},
                "properties": {"severity": severity},
            }
        )
    return rules


def sarif_document(results: list[Result]) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run; columns count Unicode code points, like Python offsets."""
    sarif_results = []
    for result in results:
        uri = result.path or "-"
        items = [(f, None) for f in result.report.findings] + [
            (s.finding, s) for s in result.report.suppressed
        ]
        for finding, suppressed in items:
            end_line = finding.line + result.text.count("\n", finding.start, finding.end)
            last_newline = result.text.rfind("\n", 0, finding.end)
            end_column = finding.end - (last_newline + 1) + 1
            location: dict[str, Any] = {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": end_line,
                        "endColumn": end_column,
                        "charOffset": finding.start,
                        "charLength": finding.end - finding.start,
                        "snippet": {"text": finding.excerpt},
                    },
                }
            }
            if result.id is not None:
                location["logicalLocations"] = [{"name": result.id, "kind": "object"}]
            item: dict[str, Any] = {
                "ruleId": finding.rule,
                "level": _SARIF_LEVELS[finding.severity],
                "message": {"text": f"{finding.message} Suggestion : {finding.suggestion}"},
                "locations": [location],
                "properties": {
                    "severity": finding.severity,
                    "reference": finding.reference,
                    "channel": result.report.channel,
                },
            }
            if suppressed is not None:
                # A comment in the file is an in-source suppression; the reader's doubt is not.
                kind = "inSource" if suppressed.by == "commentaire" else "external"
                item["suppressions"] = [{"kind": kind, "justification": suppressed.reason}]
            sarif_results.append(item)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "vitrine",
                        "version": __version__,
                        "informationUri": "https://github.com/vitrine-sante/vitrine",
                        "rules": _sarif_rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
