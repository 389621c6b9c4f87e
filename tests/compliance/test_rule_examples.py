"""Every rule file's documented examples are tests: failing ones fire the rule, passing ones do not."""

from __future__ import annotations

import pytest

from vitrine.compliance import all_rules, check
from vitrine.compliance.registry import Example, Rule, parse_rule

FAILING = [(rule, ex) for rule in all_rules() for ex in rule.fail_examples]
PASSING = [(rule, ex) for rule in all_rules() for ex in rule.pass_examples]


def _ids(cases: list[tuple[Rule, Example]]) -> list[str]:
    return [f"{rule.id}:{ex.text[:40]}" for rule, ex in cases]


def test_every_rule_documents_a_failing_and_a_passing_example() -> None:
    for rule in all_rules():
        assert rule.fail_examples, rule.id
        assert rule.pass_examples, rule.id


@pytest.mark.parametrize(("rule", "example"), FAILING, ids=_ids(FAILING))
def test_the_failing_example_fires_its_rule(rule: Rule, example: Example) -> None:
    report = check(example.text, channel=example.channel, input_format=example.input_format)
    assert rule.id in {f.rule for f in report.findings}


@pytest.mark.parametrize(("rule", "example"), PASSING, ids=_ids(PASSING))
def test_the_passing_example_does_not_fire_its_rule(rule: Rule, example: Example) -> None:
    report = check(example.text, channel=example.channel, input_format=example.input_format)
    assert rule.id not in {f.rule for f in report.findings}


def _rule_file(*triggers: dict[str, object]) -> dict[str, object]:
    """The smallest valid rule file around ``triggers``."""
    return {
        "id": "essai",
        "name": "Essai",
        "severity": "risque",
        "reference": "—",
        "message": "—",
        "suggestion": "—",
        "triggers": list(triggers),
    }


def test_a_trigger_may_only_ignore_qualifiers_that_exist() -> None:
    data = _rule_file({"phrase": "gratuit", "ignore": ["hypothese"]})
    with pytest.raises(ValueError, match=r"unknown qualifiers to ignore \['hypothese'\]"):
        parse_rule(data, "essai.yaml")
    data["triggers"] = [{"phrase": "gratuit", "ignore": ["hypothesis"]}]
    assert parse_rule(data, "essai.yaml").triggers[0].ignore == {"hypothesis"}


def test_a_misspelt_key_in_a_rule_or_a_trigger_is_named_not_ignored() -> None:
    data = _rule_file({"phrase": "gratuit"}, {"phrase": "offert", "alone_silence_reader": True})
    with pytest.raises(ValueError, match=r"essai\.yaml, trigger 2: unknown keys \['alone_silence_reader'\]"):
        parse_rule(data, "essai.yaml")
    data["triggers"] = [{"phrase": "offert", "alone_silences_reader": True}]
    assert parse_rule(data, "essai.yaml").triggers[0].alone_silences_reader
    data["unles_text"] = ["promo"]
    with pytest.raises(ValueError, match=r"essai\.yaml: unknown keys \['unles_text'\]"):
        parse_rule(data, "essai.yaml")
