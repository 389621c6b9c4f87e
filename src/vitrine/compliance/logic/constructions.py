"""Shared machinery for rules written as constructions rather than word lists.

A construction module builds a few regular expressions on folded text from small vocabularies
(« who the others are », « what a comparative looks like »…) and hands them to
:func:`construction_candidates`, which applies the rule's exceptions, ``unless_sentence``
patterns and context qualifiers exactly as the engine does for YAML triggers. spaCy runs only
when a qualifier could apply to a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from vitrine import regex_cache
from vitrine.compliance import prefilter
from vitrine.compliance.engine import Candidate, Context
from vitrine.compliance.nlp import Token
from vitrine.compliance.qualifiers import could_qualify
from vitrine.compliance.registry import Rule
from vitrine.compliance.textmap import fold_string

_ROUGH_BOUNDARY = regex_cache.compile(r"[.!?\n]")


@dataclass(frozen=True)
class Construction:
    """A pattern on folded text, the group that carries its marker, and qualifiers it ignores.

    Qualifiers are judged on the ``marker`` group when the pattern has one (a negation must
    govern « meilleurs », not a word before the whole construction); ``ignore`` lists qualifiers
    that cannot undo the construction (« pas de consultation à la chaîne comme dans les grosses
    cliniques » is still a comparison).
    """

    pattern: re.Pattern[str]
    marker: str | None = None
    ignore: frozenset[str] = frozenset()
    #: How to skip or narrow the pattern's scan of a text (``vitrine.compliance.prefilter``).
    scan: prefilter.Scan = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scan", prefilter.Scan(self.pattern))


def words(*items: str) -> str:
    """An alternation of regex fragments, as a non-capturing group."""
    return "(?:" + "|".join(items) + ")"


SENTENCE_MARKS = ".!?\n"
CLAUSE_MARKS = ".!?\n,;"


def enclosing(text: str, start: int, end: int, marks: str = SENTENCE_MARKS) -> tuple[int, int]:
    """The bounds of the stretch of ``text`` around ``start:end`` that holds none of ``marks``: a
    rough sentence by default, a clause with :data:`CLAUSE_MARKS`. The closing mark is left out."""
    low = max(text.rfind(mark, 0, start) for mark in marks) + 1
    highs = [i for i in (text.find(mark, end) for mark in marks) if i != -1]
    return low, min(highs, default=len(text))


def _rough_sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    low = max(start - 400, 0)
    starts = [m.end() for m in _ROUGH_BOUNDARY.finditer(folded, low, start)]
    sentence_start = starts[-1] if starts else low
    tail = _ROUGH_BOUNDARY.search(folded, end, end + 400)
    sentence_end = tail.end() if tail else min(len(folded), end + 400)
    return sentence_start, sentence_end


def is_dropped(
    context: Context, rule: Rule, folded_start: int, folded_end: int, ignore: frozenset[str] = frozenset()
) -> bool:
    """Whether the rule's exceptions, sentence exceptions or qualifiers drop this folded span."""
    qualifiers = rule.qualifiers - ignore
    folded = context.folded.text
    for exception in rule.exceptions:
        for other in exception.finditer(folded, max(folded_start - 80, 0), min(folded_end + 80, len(folded))):
            if other.start() < folded_end and other.end() > folded_start:
                return True
    low, high = _rough_sentence(folded, folded_start, folded_end)
    rough = folded[low:high]
    if not any(p.search(rough) for p in rule.unless_sentence) and not (
        qualifiers and could_qualify(folded[low:folded_start], folded[folded_end:high], rough)
    ):
        return False  # nothing could drop it: no need for spaCy
    start, end = context.plain_span(folded_start, folded_end)
    sentence = context.sentence_at(start)
    if sentence is None:
        return False
    text, folded_sentence = context.sentence_texts(sentence)
    if any(p.search(folded_sentence) for p in rule.unless_sentence):
        return True
    following = context.plain.text[sentence.end : sentence.end + 80]  # a question's answer
    return bool(
        qualifiers and context.qualify(sentence, text + following, folded_sentence, start, end, qualifiers)
    )


def construction_candidates(
    context: Context, rule: Rule, constructions: Iterable[Construction]
) -> list[Candidate]:
    """Candidates for every match of the constructions on the folded text that nothing drops."""
    if any(context.may_search(p) for p in rule.unless_text):
        return []
    found: list[Candidate] = []
    index = context.index()
    for construction in constructions:
        for match in construction.scan.finditer(index):
            marker = construction.marker
            span = match.span(marker) if marker and match.group(marker) else match.span()
            if is_dropped(context, rule, *span, ignore=construction.ignore):
                continue
            start, end = context.plain_span(*match.span())
            if any(c.start < end and c.end > start for c in found):
                continue
            excerpt = context.plain.text[start:end]
            found.append(Candidate(rule.id, start, end, f"Supprimer « {excerpt} ». {rule.suggestion}"))
    return found


# A word that can open a hypothesis, or a conditional verb's ending (folded text).
HYPOTHESIS_CUE = regex_cache.compile(
    r"\b(?:si|s'ils?|peut-etre|eventuellement|potentiellement|hypothese)(?!\w)|\w+r(?:ais|ait|ions|iez"
    r"|aient)\b"
)


def tokens_after_cue(context: Context, position: int) -> list[Token] | None:
    """The tokens of the sentence of ``position`` before it, or ``None`` when no
    :data:`HYPOTHESIS_CUE` precedes it in that sentence.

    The cue is looked for in the line first: without one there, there is none in the sentence,
    and spaCy is not asked for it.
    """
    text = context.plain.text
    if not HYPOTHESIS_CUE.search(fold_string(text[text.rfind("\n", 0, position) + 1 : position])):
        return None
    sentence = context.sentence_at(position)
    if sentence is None or not HYPOTHESIS_CUE.search(fold_string(text[sentence.start : position])):
        return None
    return [t for t in sentence.tokens if t.end <= position]
