"""Explainable phrase matching over spaCy tokens (surface forms and lemmas).

Lexicons are YAML data files in ``vitrine/reputation/data``. A phrase is written as plain
French words; each word matches a token whose lower-cased, accent-free surface form *or*
lemma is equal to it. Syntax inside a phrase:

* ``mot*`` — prefix: matches any token starting with ``mot`` (``arnaq*``);
* ``a|b`` — alternatives for one token (``ton|ta|tes``);
* ``~N`` — a gap of 0 to N tokens that never crosses a sentence end (``sans ~2 consentement``);
* ``(a b|c)`` — alternatives of several words (``travaille ~2 (au cabinet|ici)``);
* ``=mot`` — surface form only, never the lemma (``=secrétaire`` is not « secrétaires »).

Tokens are also matched through their *folded* forms, so that obfuscated words are recognised:
leetspeak (``m3rde``), letters spelled with dots (``m.e.r.d.e``), stretched letters
(``MERDEEEE``), ``k`` for ``c`` (``konnard``); a word masked with asterisks (``enf**ré``,
``c*l``) matches any lexicon word it can stand for.

Regular expressions (for numbers, URLs, addresses) are matched on the raw text instead.
Every match keeps its character span so the user sees *why* a label was given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from vitrine.language import FOR_REVIEWS

_SENTENCE_END = {".", "!", "?", "…"}


def normalize(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and ligatures."""
    text = text.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class Token:
    """One token of an analysed text."""

    text: str
    norm: str
    lemma: str
    start: int
    end: int
    sentence_end: bool
    pos: str = ""  # universal part of speech (NOUN, PROPN…)
    variants: tuple[str, ...] = ()  # folded forms of an obfuscated word
    mask: re.Pattern[str] | None = None  # « enf**ré » -> enf[a-z]{2}re


_LEET = str.maketrans({"3": "e", "0": "o", "1": "i", "4": "a", "@": "a", "$": "s", "5": "s", "€": "e"})
_MASK_WORD = re.compile(r"[a-z]+(?:\*+[a-z]*)+|\*+[a-z]+")


def fold_variants(norm: str) -> tuple[str, ...]:
    """Plain spellings an obfuscated token may stand for (none for an ordinary word)."""
    forms = {norm}
    letters = sum(char.isalpha() for char in norm)
    if letters >= 2 and any(char in "0134@$5€" for char in norm) and not norm.isdigit():
        forms.add(norm.translate(_LEET))
    if re.fullmatch(r"[a-z]+(?:\.[a-z]+)+\.?", norm):
        forms.add(norm.replace(".", ""))  # m.e.r.d.e, mer.de
    if "-" in norm:
        forms.update(part for part in norm.split("-") if part)  # casse-couilles
    for form in list(forms):
        forms.add(re.sub(r"(.)\1{2,}", r"\1", form))  # merdeeee -> merde
        forms.add(re.sub(r"(.)\1{2,}", r"\1\1", form))
    for form in list(forms):
        if "k" in form:
            forms.add(form.replace("k", "c"))  # konnard -> connard
    forms.discard(norm)
    return tuple(sorted(forms))


def mask_pattern(norm: str) -> re.Pattern[str] | None:
    """A word partly hidden by asterisks, as a pattern over the words it can stand for."""
    if "*" not in norm or not _MASK_WORD.fullmatch(norm):
        return None
    # One asterisk per hidden letter: « c*uilles » is « couilles », never « crouilles ».
    return re.compile(
        "".join(
            f"[a-z]{{{len(part)}}}" if part.startswith("*") else re.escape(part)
            for part in re.split(r"(\*+)", norm)
            if part
        )
    )


@dataclass(frozen=True)
class Person:
    """A person name found by spaCy's NER, with its span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Analysis:
    """A text with its tokens and person names, computed once and shared by all lexicons."""

    text: str
    tokens: tuple[Token, ...]
    persons: tuple[Person, ...]


@dataclass(frozen=True)
class Match:
    """A lexicon hit: which entry matched, where, and its weight (for scored lexicons)."""

    entry: str
    start: int
    end: int
    text: str
    first_token: int = -1
    weight: float = 1.0


def _nlp() -> Any:
    """The process's shared French pipeline (``vitrine.language``): lemmas, NER for names."""
    from vitrine.language import french

    return french()


def analyse(text: str) -> Analysis:
    """Tokenise, lemmatise and find person names (spaCy ``fr_core_news_md``, loaded once)."""
    doc = _nlp()(text, disable=FOR_REVIEWS)
    # spaCy splits « contactez-moi » and « appelez-la » differently: hyphens are dropped so
    # that both read as two words.
    tokens = _join_obfuscated(
        [
            Token(
                text=token.text,
                norm=normalize(token.text).lstrip("-"),
                lemma=normalize(token.lemma_).lstrip("-"),
                start=token.idx,
                end=token.idx + len(token.text),
                sentence_end=token.text in _SENTENCE_END or "\n" in token.text,
                pos=token.pos_,
                variants=fold_variants(normalize(token.text)),
                mask=mask_pattern(normalize(token.text)),
            )
            for token in doc
            if (not token.is_space or "\n" in token.text) and token.text != "-"
        ],
        text,
    )
    persons = tuple(Person(ent.text, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PER")
    return Analysis(text, tokens, persons)


_SPELLED = re.compile(r"[a-z](?:[-.][a-z]){2,}")


def _join_obfuscated(tokens: list[Token], text: str) -> tuple[Token, ...]:
    """One token for a word that spaCy cut into pieces: « m-e-r-d-e », « c** »."""
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        end = index + 1
        # Pieces written with no space between them (the dropped hyphens are in the text).
        while end < len(tokens) and re.fullmatch(r"-?", text[tokens[end - 1].end : tokens[end].start]):
            end += 1
        best = index + 1
        for stop in range(end, index + 1, -1):
            word = normalize(text[tokens[index].start : tokens[stop - 1].end])
            if _SPELLED.fullmatch(word) or (_MASK_WORD.fullmatch(word) and "*" in word):
                best = stop
                break
        if best == index + 1:
            joined.append(tokens[index])
        else:
            first, last = tokens[index], tokens[best - 1]
            raw = text[first.start : last.end]
            norm = normalize(raw)
            plain = re.sub(r"[-.]", "", norm) if _SPELLED.fullmatch(norm) else norm
            joined.append(
                Token(
                    text=raw,
                    norm=norm,
                    lemma=plain,
                    start=first.start,
                    end=last.end,
                    sentence_end=last.sentence_end,
                    pos=first.pos,
                    variants=tuple(sorted({plain} - {norm})),
                    mask=mask_pattern(norm),
                )
            )
        index = best
    return tuple(joined)


_MASK_ENDINGS = ("", "s", "e", "es", "er", "re")


@dataclass(frozen=True)
class _Part:
    alternatives: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    gap: int = 0  # > 0: this part is a gap of up to ``gap`` tokens
    exact: tuple[str, ...] = ()  # surface forms only

    def accepts(self, token: Token) -> bool:
        if token.norm in self.exact:
            return True
        forms = (token.norm, token.lemma, *token.variants)
        if any(form in self.alternatives for form in forms):
            return True
        if any(form.startswith(p) for form in forms for p in self.prefixes):
            return True
        if token.mask is not None:
            words = self.alternatives + tuple(p + end for p in self.prefixes for end in _MASK_ENDINGS)
            return any(token.mask.fullmatch(word) for word in words)
        return False


@dataclass(frozen=True)
class Phrase:
    """A compiled lexicon phrase."""

    source: str
    parts: tuple[_Part, ...]
    weight: float = 1.0


def _pattern_tokens(pattern: str) -> list[str]:
    # Patterns are tokenised like texts so that elisions and hyphens split the same way.
    words: list[str] = []
    for chunk in pattern.split():
        if chunk.startswith(("~", "=")) or "|" in chunk or chunk.endswith("*"):
            words.append("|".join(option.lstrip("-") for option in chunk.split("|")))
        else:
            words.extend(token.text.lstrip("-") for token in _nlp().tokenizer(chunk) if token.text != "-")
    return words


def compile_phrase(pattern: str, weight: float = 1.0) -> Phrase:
    """Compile one phrase of the syntax described in the module docstring."""
    parts: list[_Part] = []
    for word in _pattern_tokens(normalize(pattern)):
        if re.fullmatch(r"~\d+", word):
            parts.append(_Part(gap=int(word[1:])))
            continue
        options = word.split("|")
        plain = [option for option in options if not option.startswith("=")]
        parts.append(
            _Part(
                alternatives=tuple(option for option in plain if not option.endswith("*")),
                prefixes=tuple(option[:-1] for option in plain if option.endswith("*")),
                exact=tuple(option[1:] for option in options if option.startswith("=")),
            )
        )
    if not parts or parts[0].gap or parts[-1].gap:
        raise ValueError(f"phrase de lexique invalide : « {pattern} »")
    return Phrase(pattern, tuple(parts), weight)


_GROUP = re.compile(r"\(([^()]*)\)")


def expand_groups(pattern: str) -> list[str]:
    """``(au cabinet|ici)`` — alternatives of several words — expand into separate phrases."""
    match = _GROUP.search(pattern)
    if match is None:
        return [pattern]
    expanded: list[str] = []
    for option in match[1].split("|"):
        expanded.extend(expand_groups(pattern[: match.start()] + option.strip() + pattern[match.end() :]))
    return expanded


def compile_phrases(patterns: Iterable[str], weight: float = 1.0) -> PhraseSet:
    """Compile and index several phrases with the same weight."""
    return phrase_set(
        compile_phrase(" ".join(variant.split()), weight)
        for pattern in patterns
        for variant in expand_groups(pattern)
    )


def _match_at(parts: Sequence[_Part], tokens: Sequence[Token], index: int) -> int | None:
    """Return the index after the last matched token, or None (small backtracking for gaps)."""
    if not parts:
        return index
    part = parts[0]
    if part.gap:
        for skip in range(part.gap + 1):
            if index + skip > len(tokens) or (skip and tokens[index + skip - 1].sentence_end):
                break
            end = _match_at(parts[1:], tokens, index + skip)
            if end is not None:
                return end
        return None
    if index < len(tokens) and part.accepts(tokens[index]):
        return _match_at(parts[1:], tokens, index + 1)
    return None


@dataclass(frozen=True)
class PhraseSet:
    """Phrases indexed by their first word, so that matching looks only at plausible phrases."""

    phrases: tuple[Phrase, ...]
    by_first_word: dict[str, tuple[Phrase, ...]]
    by_prefix: tuple[tuple[str, Phrase], ...]
    words: frozenset[str] = frozenset()  # every single-word alternative, for quick membership

    def __add__(self, other: PhraseSet) -> PhraseSet:
        return phrase_set(self.phrases + other.phrases)


def phrase_set(phrases: Iterable[Phrase]) -> PhraseSet:
    """Index phrases for :func:`find_phrases`."""
    phrases = tuple(phrases)
    index: dict[str, list[Phrase]] = {}
    prefixed: list[tuple[str, Phrase]] = []
    for phrase in phrases:
        first = phrase.parts[0]
        for word in first.alternatives + first.exact:
            index.setdefault(word, []).append(phrase)
        prefixed.extend((prefix, phrase) for prefix in first.prefixes)
    words = frozenset(
        word for phrase in phrases if len(phrase.parts) == 1 for word in phrase.parts[0].alternatives
    )
    return PhraseSet(phrases, {word: tuple(group) for word, group in index.items()}, tuple(prefixed), words)


def find_phrases(analysis: Analysis, phrases: PhraseSet) -> list[Match]:
    """Every occurrence of every phrase, sorted by position."""
    matches: list[Match] = []
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        forms = (token.norm, token.lemma, *token.variants)
        if token.mask is not None:
            candidates = dict.fromkeys(phrases.phrases)  # a masked word may stand for any of them
        else:
            candidates = dict.fromkeys(
                phrase for form in forms for phrase in phrases.by_first_word.get(form, ())
            )
        for prefix, phrase in phrases.by_prefix:
            if any(form.startswith(prefix) for form in forms):
                candidates[phrase] = None
        for phrase in candidates:
            end = _match_at(phrase.parts, tokens, index)
            if end is None:
                continue
            start_char, end_char = token.start, tokens[end - 1].end
            matches.append(
                Match(
                    phrase.source,
                    start_char,
                    end_char,
                    analysis.text[start_char:end_char],
                    index,
                    phrase.weight,
                )
            )
    return sorted(matches, key=lambda m: (m.start, -m.end))


def find_regexes(text: str, patterns: Iterable[tuple[str, re.Pattern[str]]]) -> list[Match]:
    """Every match of named regular expressions on the raw text."""
    found = [
        Match(name, hit.start(), hit.end(), hit.group(0))
        for name, pattern in patterns
        for hit in pattern.finditer(text)
        if hit.end() > hit.start()
    ]
    return sorted(found, key=lambda m: (m.start, -m.end))
