"""``vitrine bench conformite``: warm throughput, latency percentiles and CLI cold start.

Texts are generated from the development corpus (never the test split) and from templates
mixing compliant sentences with a few risky ones, so that the rules, the qualifiers and the
NLP windows all run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from vitrine.compliance import nlp
from vitrine.compliance.engine import check
from vitrine.compliance.evaluation import corpus_dir, load_split
from vitrine.compliance.logic import people
from vitrine.compliance.markup import detect_format

SHORT_TEXTS = 2000
LONG_TEXTS = 200
LONG_LENGTH = 2000

_TEMPLATES = (
    "Le cabinet sera fermé du {d} au {e} août. Pour toute urgence, appelez le 15.",
    "La {acte} se pratique sous anesthésie générale ; les suites durent environ {d} jours.",
    "Résultat garanti pour votre {acte} !",
    "Aucun résultat ne peut être garanti : chaque {acte} est différente.",
    "Merci pour votre message, nous restons à votre écoute.",
    "-{d} % sur la {acte} ce mois-ci, réservez vite !",
    "Le meilleur moyen de limiter l'œdème après une {acte} est de dormir la tête surélevée.",
    "Le Dr Martin, chirurgien plasticien, consulte le mardi. #chirurgie #{acte}",
)
_ACTES = ("rhinoplastie", "blépharoplastie", "abdominoplastie", "lipoaspiration", "otoplastie")


def _texts(seed: int = 7) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rng = random.Random(seed)  # noqa: S311 - reproducible sample, not security
    corpus = [(case.text, case.channel) for case in load_split("dev")]
    generated = [
        (
            rng.choice(_TEMPLATES).format(
                d=rng.randint(2, 30), e=rng.randint(2, 30), acte=rng.choice(_ACTES)
            ),
            "instagram",
        )
        for _ in range(SHORT_TEXTS)
    ]
    short = [t for t in corpus if len(t[0]) <= 500] + generated
    rng.shuffle(short)
    pool = [t for t, _ in corpus] + [t for t, _ in generated]
    long = []
    for _ in range(LONG_TEXTS):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < LONG_LENGTH:
            parts.append(rng.choice(pool))
        long.append(("\n".join(parts)[:LONG_LENGTH], "site"))
    return short[:SHORT_TEXTS], long


def _forget() -> None:
    """Forget the analyses of recent sentences: each text is timed as if never seen."""
    nlp.RECENT.clear()
    people.RECENT.clear()


def _timed(texts: list[tuple[str, str]]) -> tuple[float, list[float]]:
    latencies = []
    began = time.perf_counter()
    for text, channel in texts:
        _forget()
        start = time.perf_counter()
        check(text, channel=channel, input_format=detect_format(text))
        latencies.append(time.perf_counter() - start)
    return time.perf_counter() - began, latencies


def _percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


_NEEDS_MODELS = "Mme Sophie Durand, opérée le 3 mars, nous garantissait un résultat naturel.\n"


def _cold_start() -> dict[str, float]:
    """Seconds for ``vitrine check FILE`` in a new process, the first time then with the regex cache."""
    executable = Path(sys.executable).with_name("vitrine")
    command = [str(executable)] if executable.exists() else [sys.executable, "-m", "vitrine.cli.main"]
    timings = {}
    with tempfile.TemporaryDirectory() as directory:
        # A cache of our own: the first run compiles the rules (as after an install or an upgrade).
        env = {**os.environ, "VITRINE_CACHE_DIR": str(Path(directory) / "cache")}
        for name, text in (
            ("premier_lancement", "Le cabinet est ouvert du lundi au vendredi de 9 h à 18 h.\n"),
            ("conforme", "Le cabinet est ouvert du lundi au vendredi de 9 h à 18 h.\n"),
            ("avec_constat", "Résultat garanti, zéro douleur ! Réservez vite.\n"),
            # Needs both models: a lemma to confirm (spaCy) and a name to judge (Presidio). The
            # first such run also fills the cache with what only the models need; the second is
            # what a user meets from then on.
            ("avec_modeles", _NEEDS_MODELS),
            ("avec_modeles_relance", _NEEDS_MODELS),
        ):
            path = Path(directory) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            subprocess.run([*command, "check", str(path)], capture_output=True, check=False, env=env)
            timings[name] = round(time.perf_counter() - start, 3)
    return timings


def measure() -> dict[str, Any]:
    """Run the benchmark and return its figures."""
    short, long = _texts()
    _timed(short[:50] + long[:5])  # warm-up: load spaCy and the privacy guard
    total, latencies = _timed(short)
    characters = sum(len(t) for t, _ in short)
    _, long_latencies = _timed(long)
    return {
        "short_texts": len(short),
        "mean_characters": round(characters / len(short)),
        "texts_per_second": round(len(short) / total, 1),
        "kb_per_second": round(characters / 1000 / total, 1),
        "p50_ms": round(_percentile(latencies, 50) * 1000, 2),
        "p95_ms": round(_percentile(latencies, 95) * 1000, 2),
        "long_texts": len(long),
        "long_p50_ms": round(_percentile(long_latencies, 50) * 1000, 2),
        "long_p95_ms": round(_percentile(long_latencies, 95) * 1000, 2),
        "cold_start_s": _cold_start(),
    }


def run(args: argparse.Namespace) -> int:
    """Entry point of ``vitrine bench conformite``."""
    if not load_split("dev"):  # a mistyped $VITRINE_CORPUS would time generated texts only
        folder = corpus_dir() / "conformite"
        print(f"vitrine bench conformite : aucun cas dans {folder}/dev*.jsonl", file=sys.stderr)
        return 2
    figures = measure()
    if args.format == "json":
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    cold = figures["cold_start_s"]
    print(
        f"Conformité — {figures['short_texts']} textes courts "
        f"({figures['mean_characters']} caractères en moyenne)\n"
        f"  débit à chaud : {figures['texts_per_second']} textes/s, {figures['kb_per_second']} Ko/s\n"
        f"  latence : p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms\n"
        f"  {figures['long_texts']} textes de {LONG_LENGTH} caractères : "
        f"p50 {figures['long_p50_ms']} ms, p95 {figures['long_p95_ms']} ms\n"
        f"  démarrage à froid de « vitrine check » : {cold['conforme']} s (texte conforme), "
        f"{cold['avec_constat']} s (constats lexicaux), {cold['avec_modeles']} s (constats qui "
        f"demandent spaCy et Presidio ; {cold['avec_modeles_relance']} s à la relance) ; premier "
        "lancement, règles à compiler : "
        f"{cold['premier_lancement']} s"
    )
    return 0
