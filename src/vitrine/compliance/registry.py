"""The rule registry: one YAML file per rule in ``rules/``, loaded once.

A rule file holds the rule's stable id, aliases, severity, legal reference, channels, French
message and suggestion, its lexical triggers (phrases, regular expressions on folded text,
lemmas with required neighbours), exceptions, the context qualifiers it listens to, and
failing/passing examples that the test suite runs. Rules that need logic name a module in
``vitrine.compliance.logic`` exposing ``find(context, rule) -> list[Candidate]``, and optionally
``keep(context, candidate) -> bool``: a verdict needing the whole text, applied to every candidate
of the rule, its triggers' included (``garantie-resultat``: an efficacy claimed for an unvalidated
remedy is that remedy's unconfirmed claim, not a promise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from vitrine import regex_cache
from vitrine.compliance import prefilter
from vitrine.compliance.model import CHANNELS, SEVERITIES
from vitrine.compliance.qualifiers import QUALIFIERS
from vitrine.compliance.textmap import fold_string

_SEPARATOR = r"[\s\-_#/'.]*"
#: ``yaml.safe_load``'s loader in C (libyaml) when PyYAML was built with it: the same documents
#: for a tenth of the CPU (0.3 s of a cold start for the 18 rule files). ``tests/compliance``
#: checks that both loaders read every rule file alike.
RULE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Trigger:
    """One way a rule fires: a compiled pattern on folded text, maybe a lemma test."""

    kind: str  # "phrase" | "regex" | "lemma"
    source: str
    pattern: re.Pattern[str]
    lemmas: frozenset[str] = frozenset()
    near: re.Pattern[str] | None = None
    window: int = 80
    channels: frozenset[str] | None = None
    except_channels: frozenset[str] = frozenset()
    suggestion: str | None = None
    replacement: str | None = None
    #: Qualifiers of the rule this trigger does not listen to: « on refait gratuitement si ça ne
    #: pousse pas » is an offer whatever its « si ».
    ignore: frozenset[str] = frozenset()
    #: Whether the pattern's match without its ``near`` words still silences the learned reader:
    #: a named product judged not promoted (« le filler Volumax est en rupture de stock ») is a
    #: reasoned « no », a colleague named without a judgement is no words at all (ADR 0015).
    alone_silences_reader: bool = False
    #: How to skip or narrow the pattern's scan of a text (``vitrine.compliance.prefilter``).
    scan: prefilter.Scan = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scan", prefilter.Scan(self.pattern))

    def applies_to(self, channel: str) -> bool:
        """Whether this trigger runs on ``channel``."""
        if channel in self.except_channels:
            return False
        return self.channels is None or channel in self.channels


@dataclass(frozen=True)
class Example:
    """A documented example: ``text`` on ``channel`` must (fail) or must not (pass) fire the rule."""

    text: str
    channel: str
    input_format: str = "text"


@dataclass(frozen=True)
class Rule:
    """A compliance rule."""

    id: str
    name: str
    aliases: tuple[str, ...]
    severity: str
    reference: str
    message: str
    suggestion: str
    channels: frozenset[str] | None
    except_channels: frozenset[str]
    qualifiers: frozenset[str]
    triggers: tuple[Trigger, ...]  # lemma triggers last: spaCy need not confirm where a pattern fired
    exceptions: tuple[re.Pattern[str], ...]
    unless_sentence: tuple[re.Pattern[str], ...]
    unless_text: tuple[re.Pattern[str], ...]
    module: str | None
    fail_examples: tuple[Example, ...]
    pass_examples: tuple[Example, ...]

    def applies_to(self, channel: str) -> bool:
        """Whether the rule runs on ``channel``."""
        if channel in self.except_channels:
            return False
        return self.channels is None or channel in self.channels


def compile_phrase(phrase: str) -> str:
    """Turn a phrase into a regex on folded text: flexible separators, plural/feminine endings.

    A word ending in ``*`` matches any ending (``garanti*``).
    """
    words = fold_string(phrase).split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        elif len(word) >= 3 and word[-1].isalpha():
            parts.append(re.escape(word) + r"(?:e?s|e|x)?")
        else:
            parts.append(re.escape(word))
    body = _SEPARATOR.join(parts)
    # Not after a hyphen either: « vous » is no word of « rendez-vous ».
    head = r"(?<![\w-])" if words and (words[0][0].isalnum()) else ""
    tail = r"(?![\w])" if words and (words[-1].rstrip("*")[-1:].isalnum() or words[-1].endswith("*")) else ""
    return head + body + tail


def _check_folded(pattern: str, where: str) -> None:
    if any(c.isalpha() and not c.isascii() for c in pattern):
        raise ValueError(
            f"{where}: regex {pattern!r} must be written without accents (it runs on folded text)"
        )


def _channels(value: Any, where: str) -> frozenset[str] | None:
    if value is None or value == "all":
        return None
    channels = frozenset(value)
    unknown = channels - set(CHANNELS)
    if unknown:
        raise ValueError(f"{where}: unknown channels {sorted(unknown)}")
    return channels


def _is_lemma(trigger: Trigger) -> bool:
    return trigger.kind == "lemma"


_RULE_KEYS = frozenset(
    {"id", "name", "aliases", "severity", "reference", "message", "suggestion", "channels", "except_channels"}
    | {"qualifiers", "module", "triggers", "exceptions", "unless_sentence", "unless_text", "examples"}
)
_TRIGGER_KEYS = frozenset(
    {"phrase", "regex", "lemma", "prefilter", "near", "window", "channels", "except_channels"}
    | {"suggestion", "replacement", "ignore", "alone_silences_reader"}
)


def _check_keys(item: dict[str, Any], known: frozenset[str], where: str) -> None:
    """A misspelt key would be silently ignored: name it instead."""
    unknown = set(item) - known
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)} (known: {', '.join(sorted(known))})")


def _trigger(item: dict[str, Any], where: str) -> Trigger:
    _check_keys(item, _TRIGGER_KEYS, where)
    channels = _channels(item.get("channels"), where)
    except_channels = _channels(item.get("except_channels", []), where) or frozenset()
    near = item.get("near")
    ignore = frozenset(item.get("ignore", []))
    if not ignore <= set(QUALIFIERS):
        raise ValueError(f"{where}: unknown qualifiers to ignore {sorted(ignore - set(QUALIFIERS))}")
    common: dict[str, Any] = {
        "near": regex_cache.compile("|".join(compile_phrase(n) for n in near)) if near else None,
        "window": int(item.get("window", 80)),
        "channels": channels,
        "except_channels": except_channels,
        "suggestion": item.get("suggestion"),
        "replacement": item.get("replacement"),
        "ignore": ignore,
        "alone_silences_reader": bool(item.get("alone_silences_reader", False)),
    }
    if "phrase" in item:
        return Trigger(
            "phrase", item["phrase"], regex_cache.compile(compile_phrase(item["phrase"])), **common
        )
    if "regex" in item:
        _check_folded(item["regex"], where)
        return Trigger("regex", item["regex"], regex_cache.compile(item["regex"]), **common)
    if "lemma" in item:
        lemmas = [
            fold_string(lemma)
            for lemma in ([item["lemma"]] if isinstance(item["lemma"], str) else item["lemma"])
        ]
        prefilter = item.get("prefilter") or "|".join(
            re.escape(lemma[: max(4, len(lemma) - 3)]) for lemma in lemmas
        )
        _check_folded(prefilter, where)
        return Trigger(
            "lemma",
            " ".join(lemmas),
            regex_cache.compile(r"(?<![\w])(?:" + prefilter + r")\w*"),
            lemmas=frozenset(lemmas),
            **common,
        )
    raise ValueError(f"{where}: a trigger needs 'phrase', 'regex' or 'lemma'")


def _examples(items: list[Any], channel: str) -> tuple[Example, ...]:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(Example(item, channel))
        else:
            out.append(Example(item["text"], item.get("channel", channel), item.get("input_format", "text")))
    return tuple(out)


def _patterns(items: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    for item in items:
        _check_folded(item, where)
    return tuple(regex_cache.compile(item) for item in items)


def parse_rule(data: dict[str, Any], where: str) -> Rule:
    """Validate and compile one rule file."""
    _check_keys(data, _RULE_KEYS, where)
    severity = data["severity"]
    if severity not in SEVERITIES:
        raise ValueError(f"{where}: unknown severity {severity!r}")
    qualifiers = frozenset(data.get("qualifiers", QUALIFIERS))
    if not qualifiers <= set(QUALIFIERS):
        raise ValueError(f"{where}: unknown qualifiers {sorted(qualifiers - set(QUALIFIERS))}")
    examples = data.get("examples", {})
    default_channel = examples.get("channel", "autre")
    return Rule(
        id=data["id"],
        name=data["name"],
        aliases=tuple(data.get("aliases", [])),
        severity=severity,
        reference=data["reference"],
        message=data["message"].strip(),
        suggestion=data["suggestion"].strip(),
        channels=_channels(data.get("channels"), where),
        except_channels=_channels(data.get("except_channels", []), where) or frozenset(),
        qualifiers=qualifiers,
        triggers=tuple(
            sorted(
                (
                    _trigger(t, f"{where}, trigger {n}")
                    for n, t in enumerate(data.get("triggers", []), start=1)
                ),
                key=_is_lemma,
            )
        ),
        exceptions=_patterns(data.get("exceptions", []), where),
        unless_sentence=_patterns(data.get("unless_sentence", []), where),
        unless_text=_patterns(data.get("unless_text", []), where),
        module=data.get("module"),
        fail_examples=_examples(examples.get("fail", []), default_channel),
        pass_examples=_examples(examples.get("pass", []), default_channel),
    )


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule shipped with the package, sorted by id."""
    rules = []
    for entry in sorted(
        resources.files("vitrine.compliance").joinpath("rules").iterdir(), key=lambda e: e.name
    ):
        if entry.name.endswith(".yaml"):
            data = yaml.load(entry.read_text(encoding="utf-8"), Loader=RULE_LOADER)  # noqa: S506 - a safe loader
            rule = parse_rule(data, f"rules/{entry.name}")
            if f"{rule.id}.yaml" != entry.name:
                raise ValueError(f"rules/{entry.name}: file name must be the rule id {rule.id!r}")
            rules.append(rule)
    return tuple(rules)


@cache
def rules_by_id() -> dict[str, Rule]:
    """Rules indexed by id."""
    return {rule.id: rule for rule in all_rules()}


# Rules produced by the engine itself rather than by a rule file.
ENGINE_RULES: dict[str, tuple[str, str]] = {
    "terme-interdit": ("interdit", "Configuration du cabinet (forbidden_terms)"),
    "suppression-invalide": ("risque", "Vitrine : une suppression doit nommer la règle et donner un motif"),
}


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {rule_id: rule_id for rule_id in ENGINE_RULES}
    for rule in all_rules():
        table[rule.id] = rule.id
        for alias in rule.aliases:
            table[alias] = rule.id
    return table


def resolve_rule_id(name: str) -> str | None:
    """Return the rule id for an id or alias (case-insensitive), or ``None``."""
    return _aliases().get(name.strip().lower())
