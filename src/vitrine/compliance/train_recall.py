"""Train the learned second reader on ``corpus/conformite/dev.jsonl`` (never on the test split).

``python -m vitrine.compliance.train_recall`` writes ``compliance/data/recall_model.npz``.
scikit-learn (the ``dev`` extra) is needed here only; the engine reads the arrays with numpy.

Thresholds come from out-of-fold probabilities (5-fold on dev), so no case judges a threshold
fitted on itself, and are judged on what the reader does in the engine: it only adds a rule where
the rules alone were silent. Per rule, the threshold whose additions give the engine its best F1
on dev, among those whose additions are right at least :data:`ADDITION_FLOOR` of the time; when
no addition helps, the rule is left to the rules alone (threshold above 1). A threshold that lets
the model fire, through the engine, on one of its rule's documented traps is then raised above it.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from vitrine.compliance.engine import check
from vitrine.compliance.evaluation import Case, corpus_dir, load_split
from vitrine.compliance.markup import detect_format, strip_markup
from vitrine.compliance.recall import MODEL_FILE, RecallModel, grams, reads, shipped_model, words
from vitrine.compliance.registry import all_rules
from vitrine.compliance.textmap import fold_string

# Rules the model may add to (ADR 0015). Chosen on batches written apart and held out of
# training: the fourth (8 rules), then on 2026-11-23 the seventh (dev-2062–2501, model trained
# on dev-0001–2061), where `garantie-resultat`, `promotion-payante` and `superlatif` gained cases
# without a false alarm on their documented traps and `partenariat-non-declare` gained most
# (7 cases for 1 false alarm) but read « dites-lui que vous venez de ma part » as a pitch at
# the common floor, hence its stricter floor. `avant-apres` and `offre-commerciale`, left out
# then (an unstable threshold, « offre » learnt), were added after the tenth batch: on the
# eleventh and twelfth batches, written apart, each gained (`avant-apres` 0.79 / 0.82 -> 0.86 /
# 0.84, `offre-commerciale` 0.76 / 0.74 -> 0.79 / 0.80), the training keeping their documented
# traps quiet. `temoignage` gained there too (0.74 -> 0.78 on batch 11) but read « Merci à notre
# patiente pour son avis » in a review reply as a testimonial at any threshold; it reads since the
# thirteenth session on every channel but `avis-reponse` (recall.ONLY_ON), where it gained again on
# the sixteenth batch (+2 cases, 1 false alarm). Left out: `donnees-patient` (the privacy guard
# finds identifiers), `sources-absentes` (structural) and `titre-non-reconnu` (a closed list).
RULES: tuple[str, ...] = (
    "avant-apres",
    "comparaison",
    "conseil-personnalise",
    "denigrement",
    "garantie-resultat",
    "incitation",
    "offre-commerciale",
    "partenariat-non-declare",
    "pratique-non-validee",
    "produit-sante",
    "promotion-payante",
    "secret-medical",
    "superlatif",
    "temoignage",
    "ton-inapproprie",
)
C = 10.0  # inverse L2 strength; rows are unit length
MIN_DF = 2
FOLDS = 5
# An addition wrong more often than right costs the engine more than it brings. Until the eighteenth
# session the floor was on the model's own precision over every dev case (0.85, 0.9 for
# `partenariat-non-declare`, 0.95 for `offre-commerciale`), most of them cases the rules already
# report: it let thresholds fall where the reader's actual additions were often wrong (ADR 0015).
ADDITION_FLOOR = 0.5
NEVER = 1.01
# Candidate thresholds; the top steps (0.975, 0.99) let the trap check keep a rule's most confident
# additions when a documented trap scores above 0.95 (with 21,000 dev cases the model grew surer).
GRID = np.append(np.arange(0.3, 0.975, 0.025), [0.975, 0.99])
# Under this probability the rules' own finding is doubted (set aside with its reason). First
# 0.05, chosen on the eleventh and twelfth batches; 0.15 since the fourteenth to sixteenth (1,200
# cases written apart), where 0.1-0.2 each gained and 0.15 gained most overall; measured again in
# the twenty-first session on 3,200 unread cases (0.1-0.3 within noise): see ADR 0015.
DOUBT = 0.15
SEED = 0
OUTPUT = Path(__file__).resolve().parent / "data" / MODEL_FILE


def plain_text(case: Case) -> str:
    """The case's text without markup, as the engine reads it."""
    return strip_markup(case.text, detect_format(case.text))[0].text


def rule_examples() -> list[tuple[Case, str]]:
    """The rules' documented examples, each labelled for its own rule only.

    A failing example is a positive of its rule, a passing one (often a trap: negation, quoted
    rule, the word in another sense) a negative; neither says anything about the other rules.
    """
    examples = []
    for rule in all_rules():
        if rule.id not in RULES:
            continue
        for number, example in enumerate(rule.fail_examples + rule.pass_examples):
            fails = number < len(rule.fail_examples)
            text = strip_markup(example.text, example.input_format)[0].text
            case = Case(f"{rule.id}#{number}", example.channel, text, frozenset({rule.id} if fails else ()))
            examples.append((case, rule.id))
    return examples


def fit(cases: Sequence[Case], examples: Sequence[tuple[Case, str]] = ()) -> RecallModel:
    """One balanced logistic regression per rule over whole texts (dev cases, rule examples)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    cases = [*cases, *(case for case, _ in examples)]
    only = [None] * (len(cases) - len(examples)) + [rule for _, rule in examples]
    counted = [grams(plain_text(case), case.channel) for case in cases]
    df = Counter(gram for found in counted for gram in found)
    vocabulary = sorted(gram for gram, count in df.items() if count >= MIN_DF)
    columns = {gram: column for column, gram in enumerate(vocabulary)}
    idf = np.array([math.log((1 + len(cases)) / (1 + df[gram])) + 1.0 for gram in vocabulary])
    model = RecallModel(
        rules=RULES,
        grams=columns,
        idf=idf,
        coef=np.zeros((len(vocabulary), len(RULES))),
        intercept=np.zeros(len(RULES)),
        thresholds=dict.fromkeys(RULES, 0.5),
        meta={},
    )
    matrix_rows, matrix_columns, values = [], [], []
    for row, case in enumerate(cases):
        c, v = model.row(words(plain_text(case)), case.channel)
        matrix_rows.extend([row] * len(c))
        matrix_columns.extend(c.tolist())
        values.extend(v.tolist())
    features = sparse.csr_matrix((values, (matrix_rows, matrix_columns)), shape=(len(cases), len(vocabulary)))
    for column, rule in enumerate(RULES):
        labels = np.array([rule in case.rules for case in cases])
        weights = np.array([1.0 if owner in (None, rule) else 0.0 for owner in only])
        regression = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        regression.fit(features, labels, sample_weight=weights)
        model.coef[:, column] = regression.coef_[0]
        model.intercept[column] = regression.intercept_[0]
    return model


def out_of_fold(cases: Sequence[Case]) -> np.ndarray:
    """Each case's probabilities from a model that did not see it (cases × rules)."""
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros((len(cases), len(RULES)))
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    strata = [bool(case.rules) for case in cases]
    examples = rule_examples()
    for train, held in folds.split(np.zeros(len(cases)), strata):
        model = fit([cases[i] for i in train], examples)
        for i in held:
            scored = model.score(plain_text(cases[i]), cases[i].channel)
            probabilities[i] = [scored[rule].probability if scored else 0.0 for rule in RULES]
    return probabilities


def rules_reading(cases: Sequence[Case]) -> tuple[np.ndarray, np.ndarray]:
    """Two cases × rules arrays: what the rules alone report, and where the reader may add a rule
    (the rules did not report it, the reader reads that rule on the case's channel and finds its
    anchor when it needs one)."""
    reported = np.zeros((len(cases), len(RULES)), dtype=bool)
    addable = np.zeros((len(cases), len(RULES)), dtype=bool)
    for i, case in enumerate(cases):
        report = check(case.text, channel=case.channel, input_format=detect_format(case.text), learned=False)
        found = {finding.rule for finding in report.findings}
        folded = fold_string(plain_text(case)).lower()
        reported[i] = [rule in found for rule in RULES]
        addable[i] = [rule not in found and reads(rule, case.channel, folded) for rule in RULES]
    return reported, addable


def _f1(guess: np.ndarray, gold: np.ndarray) -> float:
    tp, fp, fn = int((guess & gold).sum()), int((guess & ~gold).sum()), int((~guess & gold).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def thresholds(
    cases: Sequence[Case], probabilities: np.ndarray, reported: np.ndarray, addable: np.ndarray
) -> dict[str, float]:
    """Per rule, the threshold whose out-of-fold additions (only where ``addable``) give the engine
    (``reported`` plus additions) its best F1 on dev, among those whose additions are right at least
    :data:`ADDITION_FLOOR` of the time; :data:`NEVER` when no addition improves on the rules alone."""
    chosen = {}
    for column, rule in enumerate(RULES):
        gold = np.array([rule in case.rules for case in cases])
        best_f1, best = _f1(reported[:, column], gold), NEVER
        for threshold in GRID:
            added = addable[:, column] & (probabilities[:, column] >= threshold)
            right, wrong = int((added & gold).sum()), int((added & ~gold).sum())
            f1 = _f1(reported[:, column] | added, gold)
            if right and right / (right + wrong) >= ADDITION_FLOOR and f1 > best_f1:
                best_f1, best = f1, round(float(threshold), 4)
        chosen[rule] = best
    return chosen


def firing_traps() -> dict[str, float]:
    """Per rule, the highest probability at which the shipped model fires, through the engine,
    on one of the rule's passing examples (the traps its rules are documented to leave alone).

    The engine, not the model alone, decides: it consults the model only where the rules had no
    words for the rule (ADR 0015), so only a finding the model adds counts.
    """
    shipped_model.cache_clear()
    model = shipped_model()
    assert model is not None
    firing: dict[str, float] = {}
    for rule in all_rules():
        for example in rule.pass_examples:
            text, channel, form = example.text, example.channel, example.input_format
            engine = {f.rule for f in check(text, channel=channel, input_format=form).findings}
            alone = {f.rule for f in check(text, channel=channel, input_format=form, learned=False).findings}
            if rule.id in engine - alone:
                probability = model.score(strip_markup(text, form)[0].text, channel)[rule.id].probability
                firing[rule.id] = max(firing.get(rule.id, 0.0), probability)
    return firing


def weights_hash(model: RecallModel) -> str:
    """SHA-256 of the rounded weights: the same corpus must give the same model."""
    document = model.to_json()
    document.pop("meta")
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def train() -> RecallModel:
    """Fit on all of dev, choose thresholds out of fold, raise any that lets a documented trap
    fire to the next step of the grid above it, and write the JSON atomically."""
    cases = load_split("dev")
    chosen = thresholds(cases, out_of_fold(cases), *rules_reading(cases))
    model = fit(cases, rule_examples())
    model.thresholds.update(chosen)
    corpus = corpus_dir() / "conformite" / "dev.jsonl"
    model.meta.update(
        {
            "command": "python -m vitrine.compliance.train_recall",
            "corpus": "corpus/conformite/dev.jsonl",
            "corpus_sha256": hashlib.sha256(corpus.read_bytes()).hexdigest(),
            "cases": len(cases),
            "rule_examples": len(rule_examples()),
            "addition_floor": ADDITION_FLOOR,
            "doubt": DOUBT,
            "trained_on": datetime.date.today().isoformat(),
        }
    )
    model.doubts.update(doubts(model))
    _write(model)
    while firing := firing_traps():
        for rule, probability in firing.items():
            above = [t for t in GRID if t > probability]
            model.thresholds[rule] = round(float(above[0]), 4) if above else NEVER
        _write(model)
    return model


def doubts(model: RecallModel) -> dict[str, float]:
    """Per rule, :data:`DOUBT`, lowered under the probability of any of the rule's documented
    failing examples: the reader never sets aside what the rule is documented to find."""
    chosen = {}
    for rule in all_rules():
        if rule.id not in model.rules:
            continue
        lowest = min(
            (
                model.score(strip_markup(example.text, example.input_format)[0].text, example.channel)[
                    rule.id
                ].probability
                for example in rule.fail_examples
            ),
            default=1.0,
        )
        chosen[rule.id] = round(min(DOUBT, lowest * 0.9), 4)
    return chosen


def _write(model: RecallModel) -> None:
    model.meta["weights_sha256"] = weights_hash(RecallModel.from_json(model.to_json()))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    temporary = OUTPUT.with_suffix(".tmp")
    with temporary.open("wb") as file:
        model.save(file)
    temporary.replace(OUTPUT)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    model = train()
    print(f"{OUTPUT} : {len(model.grams)} n-grammes, seuils {model.thresholds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
