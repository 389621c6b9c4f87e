"""``vitrine eval conformite``: case-level precision, recall and F1 per rule on the labelled corpus.

A rule counts as predicted on a case when any finding of that rule is reported. Next to the
engine, two comparisons: the rules alone (without the learned second reader, ADR 0015), and a
plain lexicon baseline that fires each rule whenever one of its trigger words or patterns occurs
in the folded text: no NLP, no qualifiers, no exceptions, no channel logic.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrine.compliance.engine import check
from vitrine.compliance.markup import detect_format, strip_markup
from vitrine.compliance.registry import all_rules
from vitrine.compliance.textmap import MappedText, fold

SPLITS: tuple[str, ...] = ("dev", "test")


@dataclass(frozen=True)
class Case:
    """A labelled text of the corpus."""

    id: str
    channel: str
    text: str
    rules: frozenset[str]


def corpus_dir() -> Path:
    """``$VITRINE_CORPUS`` or the repository's ``corpus/`` directory."""
    if os.environ.get("VITRINE_CORPUS"):
        return Path(os.environ["VITRINE_CORPUS"])
    for base in (Path(__file__).resolve().parents[3], Path.cwd()):
        if (base / "corpus" / "conformite").is_dir():
            return base / "corpus"
    return Path.cwd() / "corpus"


def load_split(split: str, directory: Path | None = None) -> list[Case]:
    """Load ``corpus/conformite/<split>*.jsonl``; a bad line raises ``ValueError`` naming file and line."""
    folder = (directory or corpus_dir()) / "conformite"
    cases = []
    for path in sorted(folder.glob(f"{split}*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                cases.append(Case(row["id"], row["channel"], row["text"], frozenset(row["rules"])))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise ValueError(f"{path}, ligne {number} : cas illisible ({error})") from error
    return cases


def engine_predict(case: Case) -> set[str]:
    """Rules the engine reports on a case."""
    report = check(case.text, channel=case.channel, input_format=detect_format(case.text))
    return {f.rule for f in report.findings}


def rules_only_predict(case: Case) -> set[str]:
    """Rules the engine reports without its learned second reader."""
    report = check(case.text, channel=case.channel, input_format=detect_format(case.text), learned=False)
    return {f.rule for f in report.findings}


def _baseline_patterns() -> dict[str, list[re.Pattern[str]]]:
    table: dict[str, list[re.Pattern[str]]] = {}
    for rule in all_rules():
        patterns: list[re.Pattern[str]] = []
        for trigger in rule.triggers:
            if trigger.kind == "lemma":
                patterns.extend(re.compile(r"\b" + re.escape(lemma) + r"\b") for lemma in trigger.lemmas)
            else:
                patterns.append(trigger.pattern)
        table[rule.id] = patterns
    return table


def baseline_predict(case: Case) -> set[str]:
    """Rules whose words occur in the case: the lexicon without NLP or context."""
    plain, _ = strip_markup(case.text, detect_format(case.text))
    folded = fold(MappedText.identity(plain.text)).text
    return {
        rule for rule, patterns in _baseline_patterns().items() if any(p.search(folded) for p in patterns)
    }


def scores(cases: list[Case], predict: Callable[[Case], set[str]]) -> dict[str, Any]:
    """Per-rule and micro-averaged precision, recall and F1."""
    rule_ids = [rule.id for rule in all_rules()]
    counts = {rule: [0, 0, 0] for rule in rule_ids}  # tp, fp, fn
    errors = []
    for case in cases:
        predicted = predict(case)
        for rule in rule_ids:
            gold, guess = rule in case.rules, rule in predicted
            if gold and guess:
                counts[rule][0] += 1
            elif guess:
                counts[rule][1] += 1
            elif gold:
                counts[rule][2] += 1
        if predicted & set(rule_ids) != case.rules:
            errors.append(
                {
                    "id": case.id,
                    "missed": sorted(case.rules - predicted),
                    "extra": sorted((predicted & set(rule_ids)) - case.rules),
                }
            )
    per_rule = {
        rule: _prf(*counts[rule]) | {"support": counts[rule][0] + counts[rule][2]} for rule in rule_ids
    }
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"rules": per_rule, "micro": _prf(*total), "cases": len(cases), "errors": errors}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(splits: Iterable[str]) -> dict[str, Any]:
    """Scores of the engine, of its rules alone and of the lexicon baseline for each split."""
    result: dict[str, Any] = {}
    for split in splits:
        cases = load_split(split)
        if not cases:
            continue
        result[split] = {
            "engine": scores(cases, engine_predict),
            "rules_only": scores(cases, rules_only_predict),
            "baseline": scores(cases, baseline_predict),
        }
    return result


def _format_text(result: dict[str, Any]) -> str:
    lines = []
    for split, data in result.items():
        engine = data["engine"]
        sides = [data[name] for name in ("engine", "rules_only", "baseline")]
        lines.append(f"Corpus conformite — {split} ({engine['cases']} cas)")
        lines.append(f"{'':<30}{'moteur':^18} | {'règles seules':^18} | {'ligne de base':^18}")
        lines.append(f"{'règle':<26}{'n':>4}" + " | ".join(["    P     R    F1"] * 3))
        for rule, row in engine["rules"].items():
            cells = " | ".join(
                f"{side['rules'][rule]['precision']:>6.2f}{side['rules'][rule]['recall']:>6.2f}"
                f"{side['rules'][rule]['f1']:>6.2f}"
                for side in sides
            )
            lines.append(f"{rule:<26}{row['support']:>4}{cells}")
        cells = " | ".join(
            f"{side['micro']['precision']:>6.2f}{side['micro']['recall']:>6.2f}{side['micro']['f1']:>6.2f}"
            for side in sides
        )
        lines.append(f"{'micro':<26}{'':>4}{cells}")
        lines.append("")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``vitrine eval conformite`` (errors are listed only for the dev split)."""
    splits = SPLITS if args.split == "all" else (args.split,)
    try:
        result = evaluate(splits)
    except ValueError as error:
        print(f"vitrine eval conformite : {error}", file=sys.stderr)
        return 2
    if not result:
        print("vitrine eval conformite : aucun cas trouvé dans corpus/conformite/", file=sys.stderr)
        return 2
    for split, data in result.items():
        if split != "dev":  # the test split measures generalisation: only aggregates are shown
            for side in data.values():
                side["errors"] = len(side["errors"])
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(_format_text(result))
    return 0
