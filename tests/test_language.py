"""The shared French pipeline: the lemma index made of sets lemmatizes exactly as spaCy's lists,
and the seeded token_match pattern matches and tokenizes exactly as spaCy's own."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import spacy

from vitrine.language import MODEL, factored_token_match, french

CORPUS = Path(__file__).parents[1] / "corpus" / "conformite" / "dev.jsonl"


def test_the_lemma_index_as_sets_gives_the_same_lemmas_as_the_shipped_lists() -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()[:150]]
    shipped = spacy.load(MODEL, exclude=["parser", "senter", "ner"])
    lemmatizer: Any = shipped.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in index.values())  # what the speed-up replaces
    ours = french()
    for text in texts:
        expected = [(t.text, t.lemma_) for t in shipped(text)]
        assert [(t.text, t.lemma_) for t in ours(text, disable=("ner", "vitrine_surface_lemmas"))] == expected


def test_leaving_the_models_stored_strings_out_changes_no_annotation() -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()[:300]]
    shipped = spacy.load(MODEL, exclude=["parser", "senter"])
    assert len(shipped.vocab.strings) > 700_000  # what french() leaves out
    ours = french()
    assert len(ours.vocab.strings) < 100_000

    def annotations(doc: Any) -> list[tuple[Any, ...]]:
        return [
            (t.text, t.lemma_, t.pos_, str(t.morph), t.ent_iob_, t.ent_type_, t.norm_, t.shape_, t.has_vector)
            for t in doc
        ]

    for text in texts:
        assert annotations(ours(text, disable=("vitrine_surface_lemmas",))) == annotations(shipped(text))


# The seeded token_match (ADR 0017).

SEPARATORS = "-–—‐‑'’ _"
SENTENCES = [
    "Un anti-inflammatoire dans le porte-monnaie, c'est-à-dire aujourd'hui.",
    "La porte était entr'ouverte ; Aujourd’hui, c’est‐à‐dire demain.",
    "Un burn-out, les États-Unis, Saint-Tropez, un pet-en-l'air et le prud'homme.",
    "Ex-fumeuse, auto-bronzant, ANTI-RIDES, péri-orbitaire, sous-mental, re-drapage.",
]


def _token_match_string() -> str:
    """The model's token_match as saved: ``Tokenizer.to_disk`` writes msgpack, regexes as strings."""
    import srsly

    (path,) = Path(spacy.util.get_package_path(MODEL)).glob(f"{MODEL}-*/tokenizer")
    value = srsly.msgpack_loads(path.read_bytes())["token_match"]
    assert isinstance(value, str)
    return value


def _expansions(fragment: str) -> list[str]:
    """Every string a small regex fragment matches (literals, classes, groups, ``|``, ``?``)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def expand(items: Any) -> list[str]:
        results = [""]
        for op, value in items:
            if op is c.LITERAL:
                options = [chr(value)]
            elif op is c.IN:
                options = [chr(v) for o, v in value if o is c.LITERAL]
                assert len(options) == len(value), fragment
            elif op is c.SUBPATTERN:
                options = expand(value[-1])
            elif op is c.BRANCH:
                options = [s for branch in value[1] for s in expand(branch)]
            elif op is c.MAX_REPEAT and value[1] <= 2:
                once = expand(value[2])
                options = (
                    [""] * (value[0] == 0) + once + [a + b for a in once for b in once] * (value[1] == 2)
                )
            else:
                raise AssertionError(f"{fragment}: {op}")
            results = [r + o for r in results for o in options]
        return results

    return expand(_parser.parse(fragment))


def _strings_to_compare() -> set[str]:
    import random

    from spacy.lang.fr import tokenizer_exceptions

    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    strings: set[str] = set()
    for text in texts:
        strings.update(re.split(r"[\s.,;:!?()\[\]«»\"“”…/#@*+=%]+", text))
        strings.update(re.findall(r"\w+(?:[-–—‐‑'’]\w*)+", text))
    rng = random.Random(17)  # noqa: S311  # reproducible test strings, not secrets
    letters = "abcdeéèêfghiïjklmnoôpqrstuùvwxyzçœABCÉDEZ0-'’"
    for prefix in tokenizer_exceptions._hyphen_prefix:
        for start in _expansions(prefix):
            for separator in SEPARATORS:
                for length in (0, 1, 2, 5, 9):
                    tail = "".join(rng.choice(letters) for _ in range(length))
                    strings.add(start + separator + tail)
                    strings.add(start + separator + tail.lower().replace("'", "").replace("-", ""))
    return (
        strings | {s.lower() for s in strings} | {s.upper() for s in strings} | {s.title() for s in strings}
    )


def test_the_factored_token_match_matches_exactly_the_strings_spacys_pattern_matches() -> None:
    from spacy.lang.fr import tokenizer_exceptions

    original = _token_match_string()
    # The saved string is the one spacy.lang.fr builds, byte for byte.
    assert original == "(?iu)" + "|".join(f"(?:{m})" for m in tokenizer_exceptions._regular_exp)
    factored = factored_token_match(original)
    assert factored is not None
    assert len(factored) < len(original) / 10
    # A real compile of the original: re.UNICODE changes the cache key, not the meaning ((?u)).
    slow = re.compile(original, re.UNICODE)
    fast = re.compile(factored)
    assert slow.pattern == original
    strings = _strings_to_compare()
    assert len(strings) > 50_000
    differing = [s for s in strings if bool(slow.match(s)) != bool(fast.match(s))]
    assert differing == []
    assert sum(bool(fast.match(s)) for s in strings) > 10_000  # many strings do match


def test_french_uses_the_factored_pattern_and_tokenizes_as_spacy_does_without_it() -> None:
    original = _token_match_string()
    texts = SENTENCES + [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    # spaCy alone in a fresh process: vitrine.language (and its seed) never imported.
    script = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({MODEL!r}, exclude=['tok2vec', 'morphologizer', 'parser', 'senter',"
        " 'attribute_ruler', 'lemmatizer', 'ner'])\n"
        "texts = json.load(sys.stdin)\n"
        "print(json.dumps({'pattern': nlp.tokenizer.token_match.__self__.pattern,"
        " 'tokens': [[t.text for t in nlp.tokenizer(text)] for text in texts]}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    unseeded = json.loads(result.stdout)
    assert unseeded["pattern"] == original
    nlp = french()
    assert nlp.tokenizer.token_match.__self__.pattern == factored_token_match(original)
    assert [[t.text for t in nlp.tokenizer(text)] for text in texts] == unseeded["tokens"]
    words = {t.text for t in nlp.tokenizer(" ".join(SENTENCES))}
    assert {"anti-inflammatoire", "porte-monnaie", "entr'ouverte", "aujourd'hui", "Aujourd’hui"} <= words


def test_importing_spacys_french_after_vitrine_language_compiles_the_factored_pattern() -> None:
    # The CLI's path: the privacy guard imports spacy.lang.fr's stop words before french() runs.
    script = (
        "import vitrine.language, spacy.lang.fr.stop_words\n"
        "from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH\n"
        "print(TOKEN_MATCH.__self__.pattern)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.rstrip("\n") == factored_token_match(_token_match_string())


def test_the_factoring_merges_branches_that_end_alike_and_gives_up_on_other_shapes() -> None:
    huge = "[" + "a-z" * 100 + "]"
    assert factored_token_match(f"(?i)(?:^x-{huge}+$)|(?:^y-{huge}+$)|(?:^z{huge}*$)") == (
        f"(?i)(?:(?:^x-|^y-){huge}+$)|(?:^z{huge}*$)"
    )
    for shape in (
        f"(?i)(?:^(x)-{huge}+$)|(?:^y-{huge}+$)",  # a capturing group
        f"(?i)(?:^x|w-{huge}+$)|(?:^y-{huge}+$)",  # an alternation inside a branch
        f"(?i)^x-{huge}+$|(?:^y-{huge}+$)",  # a branch not in (?:...)
        f"(?i)(?:^x-{huge}+$))|(?:^y-{huge}+$)",  # unbalanced
    ):
        assert factored_token_match(shape) is None
