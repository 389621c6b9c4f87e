"""The French spaCy pipeline (``fr_core_news_md``), loaded once per process and shared.

The compliance engine, the privacy guard and review triage all read French with the same
model. Loading it costs seconds (spaCy compiles its French tokenizer exceptions) and memory, so
one pipeline holds every component any of them needs, and each caller disables, per call, the
components it does not want (``nlp(text, disable=...)`` changes no shared state, so threads can
share the pipeline). Installed package only: nothing is downloaded.

Components: ``tok2vec``, ``morphologizer``, ``attribute_ruler``, ``lemmatizer``, ``ner``, then
``sentencizer`` (punctuation; the statistical parser and senter are not loaded) and
``vitrine_surface_lemmas`` (the privacy guard matches context words on lower-cased surface forms,
and skips the slow rule lemmatizer).

spaCy's French ``token_match`` is one 1.45 MB regular expression that takes seconds to compile;
``seed_token_match`` puts an equivalent, factored pattern in ``re``'s cache under its exact
string first (ADR 0017).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from vitrine import regex_cache

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL = "fr_core_news_md"
SURFACE_LEMMAS = "vitrine_surface_lemmas"

#: What each reader leaves out.
FOR_COMPLIANCE = ("ner", SURFACE_LEMMAS)
FOR_PRIVACY = ("lemmatizer", "sentencizer")
FOR_REVIEWS = (SURFACE_LEMMAS,)


def _surface_lemmas(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def _add_lemmatizer(nlp: Any) -> None:
    """The model's rule lemmatizer, configured as the model says, its tables read as dicts.

    ``spacy.load`` left it out (``exclude``); it goes back where the model has it, before ``ner``.
    """
    import srsly
    from spacy.lookups import Lookups
    from spacy.util import load_config

    from vitrine.lemma_table import LemmaTable

    config = dict(load_config(nlp.path / "config.cfg")["components"]["lemmatizer"])
    del config["factory"]
    lemmatizer = nlp.add_pipe("lemmatizer", before="ner", config=config)
    lookups = Lookups()
    for name, table in srsly.read_msgpack(nlp.path / "lemmatizer" / "lookups" / "lookups.bin").items():
        lookups.set_table(name, cast(Any, LemmaTable(table)))
    lemmatizer.initialize(lookups=lookups)


def _index_as_sets(nlp: Any) -> None:
    """Make the rule lemmatizer's word index sets instead of lists (same answers, no scans).

    ``fr_core_news_md`` ships ``lemma_index`` as JSON lists (66,000 nouns, 28,000 adjectives):
    spaCy's French lemmatizer tests ``word in index`` for every word it has not cached yet, and
    for each form its suffix rules propose, so each unseen word cost about a millisecond.
    """
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        table[key] = frozenset(words)


#: Escapes, character classes, parentheses and bars: what decides a regex's structure.
_STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)
#: Longer character classes are spaCy's Unicode ones (ALPHA_LOWER: 3,000 characters).
_HUGE_CLASS = 200
#: The module that compiles the pattern when ``spacy.lang.fr`` is first imported.
_EXCEPTIONS_MODULE = "spacy.lang.fr.tokenizer_exceptions"


def _prefix_and_suffix(branch: str) -> tuple[str, str]:
    """``branch`` cut before its first huge character class, checked to be cut at top level.

    Raises ``ValueError`` for what the factoring does not handle: capturing or special groups
    (only ``(?:`` is read), unbalanced parentheses, a top-level ``|``.
    """
    depth, cut = 0, len(branch)
    for token in _STRUCTURE.finditer(branch):
        text = token.group()
        if text == "(":
            if not branch.startswith("(?:", token.start()):
                raise ValueError("only (?: groups are factored")
            depth += 1
        elif text == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced parentheses")
        elif text == "|" and depth == 0:
            raise ValueError("top-level alternation")
        elif text[0] == "[" and depth == 0 and len(text) > _HUGE_CLASS and cut == len(branch):
            cut = token.start()
    if depth:
        raise ValueError("unbalanced parentheses")
    return branch[:cut], branch[cut:]


def factored_token_match(pattern: str) -> str | None:
    """``pattern`` (``(?flags)(?:B1)|(?:B2)|...``) with consecutive branches that end alike merged.

    Each branch ``P S`` is cut before its first huge character class; a run of branches sharing
    ``S`` becomes ``(?:(?:P1|P2|...)S)``, compiled once instead of once per branch. ``None`` when
    the pattern is not of that shape or the parts do not give back ``pattern`` exactly.

    Same matches: at ``(?:P1|P2)S`` Python's backtracking engine tries P1, then S after it, then
    backtracks into S and P1's own choices, and only when those are exhausted tries P2 then S:
    the very order in which it explores ``P1S|P2S``, so the first match found is the same one.
    Every spaCy branch is anchored ``^...$`` besides, and spaCy only tests whether there is one.
    """
    head = re.match(r"\(\?[a-zA-Z]+\)", pattern)
    flags = head.group() if head else ""
    branches, depth, start = [], 0, len(flags)
    for token in _STRUCTURE.finditer(pattern, len(flags)):
        text = token.group()
        depth += {"(": 1, ")": -1}.get(text, 0)
        if text == "|" and depth == 0:
            branches.append(pattern[start : token.start()])
            start = token.end()
    branches.append(pattern[start:])
    parts: list[tuple[str, str]] = []
    for branch in branches:
        if not (branch.startswith("(?:") and branch.endswith(")")):
            return None
        try:
            parts.append(_prefix_and_suffix(branch[3:-1]))
        except ValueError:
            return None
    if flags + "|".join(f"(?:{prefix}{suffix})" for prefix, suffix in parts) != pattern:
        return None
    merged = []
    for suffix, run in itertools.groupby(parts, key=lambda part: part[1]):
        prefixes = [prefix for prefix, _ in run]
        alternatives = prefixes[0] if len(prefixes) == 1 else f"(?:{'|'.join(prefixes)})"
        merged.append(f"(?:{alternatives}{suffix})")
    return flags + "|".join(merged)


@cache
def _token_match_patterns() -> tuple[str, re.Pattern[str]] | None:
    """The model's ``token_match`` string and its factored pattern compiled, if all goes well."""
    if sys.version_info[:2] != (3, 12):  # re._cache's key and layout were read in 3.12's source
        return None
    try:
        import srsly

        spec = find_spec(MODEL)
        if spec is None or spec.origin is None:
            return None
        # The tokenizer's settings, saved by ``Tokenizer.to_disk`` as msgpack: regexes as strings.
        (path,) = Path(spec.origin).parent.glob(f"{MODEL}-*/tokenizer")
        original = srsly.msgpack_loads(path.read_bytes())["token_match"]
        # Factoring reads the whole 1.45 MB pattern (~0.1 s): the regex cache keeps the result.
        factored = (
            regex_cache.derived("factored-token-match", original, factored_token_match)
            if isinstance(original, str)
            else None
        )
        # Compiling even the factored pattern costs ~0.5 s: the regex cache keeps its program.
        return None if factored is None else (original, regex_cache.compile(factored))
    except Exception:  # an optimisation: anything unexpected leaves spaCy as is
        return None


def seed_token_match() -> bool:
    """Make ``re.compile(<the model's token_match>)`` return its factored equivalent.

    spaCy compiles that string twice: when ``spacy.lang.fr`` is imported and when the model's
    tokenizer is loaded, both times by ``re.compile(string)``, which looks the key
    ``(str, string, 0)`` up in ``re._cache2`` then ``re._cache`` before compiling (CPython 3.12
    ``re._compile``). Seeding both makes either compile a lookup. The key is the exact string, so
    a model whose pattern differs never meets the seed. Returns whether the seed is in place.
    """
    patterns = _token_match_patterns()
    if patterns is None:
        return False
    original, compiled = patterns
    key = (str, original, 0)
    try:
        tables: tuple[dict[Any, Any], ...] = (re._cache, re._cache2)  # type: ignore[attr-defined]
        for table in tables:
            table[key] = compiled  # replacing a real compile of the original is harmless too
    except Exception:  # private names: a different ``re`` only loses the speed-up
        return False
    return True


class _SeedBeforeFrenchExceptions:
    """Seeds ``re``'s cache when spaCy's French tokenizer exceptions are first imported.

    ``spacy.lang.fr`` is often imported before ``french()`` (``from spacy.lang.fr.stop_words
    import STOP_WORDS`` in the privacy guard), and that first import is the slow compile. A finder
    at the head of ``sys.meta_path`` sees the import coming, seeds, and finds nothing itself. It is
    never removed: the import machinery iterates ``sys.meta_path`` while calling it.
    """

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname == _EXCEPTIONS_MODULE:
            seed_token_match()


if not any(type(finder).__name__ == _SeedBeforeFrenchExceptions.__name__ for finder in sys.meta_path):
    sys.meta_path.insert(0, _SeedBeforeFrenchExceptions())


def _group_entry_points() -> None:
    """Index ``catalogue``'s snapshot of the installed entry points by group (same lists).

    Every lookup in a spaCy registry (``registry.architectures.get(name)`` and the like, about 175
    while the model loads) calls ``AVAILABLE_ENTRY_POINTS.select(group=...)``, which tests each
    of the environment's entry points in Python. ``catalogue`` also accepts a ``{group: [entry
    points]}`` dict there (its form for older Pythons) and then does one dictionary lookup; the
    lists hold the same entry points in the same order (ADR 0018).
    """
    try:
        import catalogue

        available = catalogue.AVAILABLE_ENTRY_POINTS
        if not hasattr(available, "select"):  # already a dict
            return
        grouped: dict[str, list[Any]] = {}
        for entry_point in available:
            grouped.setdefault(entry_point.group, []).append(entry_point)
        catalogue.AVAILABLE_ENTRY_POINTS = grouped
    except Exception:  # an optimisation: anything unexpected leaves catalogue as is
        return


@contextmanager
def _without_plugin_factories() -> Iterator[None]:
    """Keep ``spacy.load`` from importing every package's ``spacy_factories`` entry points.

    ``Language.__init__`` loads them all (``registry._entry_point_factories.get_all()``) so that
    plugins can register components; ``fr_core_news_md`` uses only spaCy's own factories, which
    come from ``registry.factories``, a registry without entry points. In a development install
    this imported all of edsnlp (and pandas) for nothing: about 2 s of CPU (ADR 0018).
    """
    from spacy.util import registry

    factories = getattr(registry, "_entry_point_factories", None)
    if factories is None or not hasattr(factories, "entry_points"):  # another spaCy: load as is
        yield
        return
    saved = factories.entry_points
    factories.entry_points = False
    try:
        yield
    finally:
        factories.entry_points = saved


@cache
def french() -> Any:
    """The shared pipeline (``spacy.language.Language``), loaded on first use."""
    import spacy
    from spacy.language import Language

    seed_token_match()  # again: other compiles may have pushed the seed out of the LRU caches
    if not Language.has_factory(SURFACE_LEMMAS):
        Language.component(SURFACE_LEMMAS, func=_surface_lemmas)
    _group_entry_points()
    with _without_plugin_factories():
        # "strings": the model's 713,000 stored strings are for turning hashes of its training
        # vocabulary back into text; every string a text produces (tokens, lemmas, labels) is
        # added as it is met, so nothing here reads them, and storing them cost ~0.8 s (ADR 0018).
        # "lemmatizer": added back below with its tables read faster.
        nlp = spacy.load(MODEL, exclude=["parser", "senter", "strings", "lemmatizer"])
    _add_lemmatizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(SURFACE_LEMMAS, last=True)
    _index_as_sets(nlp)
    return nlp
