"""Compare our context qualifiers with edsnlp's rule-based ones on the development corpus.

Run ``python -m vitrine.compliance.qualifier_comparison`` (needs the ``dev`` extra, which installs
edsnlp). Three configurations are scored at case level: no qualifier at all, our qualifiers,
and edsnlp's ``eds.negation``/``eds.hypothesis``/``eds.reported_speech`` in place of our
negation/hypothesis/reported-speech tests (questions and meta-discourse, which edsnlp does not
cover, stay ours). The figures are recorded in docs/decisions/0010-context-qualifiers.md.
"""

from __future__ import annotations

import json
import sys
import time
from functools import cache
from typing import Any

from vitrine.compliance.engine import check
from vitrine.compliance.evaluation import Case, load_split, scores
from vitrine.compliance.markup import detect_format
from vitrine.compliance.nlp import Sentence
from vitrine.compliance.qualifiers import is_meta, is_question


@cache
def _edsnlp() -> Any:
    import edsnlp
    import edsnlp.pipes as eds

    nlp = edsnlp.blank("eds")
    nlp.add_pipe(eds.sentences())
    nlp.add_pipe(eds.negation())
    nlp.add_pipe(eds.hypothesis())
    nlp.add_pipe(eds.reported_speech())
    return nlp


def edsnlp_qualify(
    sentence: Sentence, text: str, folded: str, start: int, end: int, wanted: frozenset[str]
) -> set[str]:
    """Our question/meta tests plus edsnlp's negation, hypothesis and reported speech."""
    nlp = _edsnlp()
    doc = nlp.make_doc(text)
    span = doc.char_span(
        start - sentence.start, end - sentence.start, label="candidat", alignment_mode="expand"
    )
    found: set[str] = set()
    if span is not None:
        doc.ents = [span]
        for _, pipe in nlp.pipeline:
            doc = pipe(doc)
        entity = doc.ents[0]
        if "negation" in wanted and entity._.negation:
            found.add("negation")
        if "hypothesis" in wanted and entity._.hypothesis:
            found.add("hypothesis")
        if "reported" in wanted and entity._.reported_speech:
            found.add("reported")
    if "question" in wanted and is_question(text, start, sentence.start):
        found.add("question")
    if "meta" in wanted and is_meta(folded, text, start, end, sentence.start):
        found.add("meta")
    return found


def _none(
    sentence: Sentence, text: str, folded: str, start: int, end: int, wanted: frozenset[str]
) -> set[str]:
    return set()


def compare(split: str = "dev") -> dict[str, Any]:
    """Micro and per-rule F1 on a split for the three configurations, with timings."""
    cases = load_split(split)
    result: dict[str, Any] = {}
    for name, qualify in (("aucun", _none), ("vitrine", None), ("edsnlp", edsnlp_qualify)):

        def predict(case: Case, qualify: Any = qualify) -> set[str]:
            report = check(case.text, case.channel, input_format=detect_format(case.text), qualify=qualify)
            return {f.rule for f in report.findings}

        began = time.perf_counter()
        score = scores(cases, predict)
        result[name] = {
            "micro": score["micro"],
            "seconds": round(time.perf_counter() - began, 1),
            "rules": {rule: row["f1"] for rule, row in score["rules"].items()},
        }
    return result


if __name__ == "__main__":
    print(json.dumps(compare(sys.argv[1] if len(sys.argv) > 1 else "dev"), ensure_ascii=False, indent=2))
