"""The checker: markup stripping, folding, rule triggers, context qualifiers, suppressions."""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from vitrine.compliance.config import Config
from vitrine.compliance.markup import strip_markup
from vitrine.compliance.model import CHANNELS, Finding, Report, Suppressed
from vitrine.compliance.nlp import Sentence, analyse, analyse_many
from vitrine.compliance.prefilter import Index, search
from vitrine.compliance.qualifiers import could_qualify, qualifiers_for
from vitrine.compliance.recall import shipped_model
from vitrine.compliance.registry import ENGINE_RULES, Rule, Trigger, all_rules, compile_phrase
from vitrine.compliance.suppression import Suppression, directive_lines, find_suppressions
from vitrine.compliance.textmap import MappedText, fold, fold_string

Qualify = Callable[[Sentence, str, str, int, int, frozenset[str]], set[str]]
_WINDOW = 600  # at most this many characters analysed on each side of a candidate
# A rough sentence end: punctuation then a space, unless after a title or an initial (« Dr. Martin »).
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bDr)(?<!\bPr)(?<!\bMme)(?<!\bcf)(?<!\bp)(?<!\bn°)[.!?…]+[\"»)]*\s+"
)


@dataclass(frozen=True)
class Candidate:
    """A span of the analysed (plain) text a rule fires on, before it becomes a finding."""

    rule: str
    start: int
    end: int
    suggestion: str | None = None
    message: str | None = None
    replacement: str | None = None  # a safe rewrite of the span ("" removes it)
    severity: str | None = None  # None: the rule's own severity


@dataclass
class Context:
    """What a rule sees: the analysed text, its folded form, the channel and configuration."""

    original: str  # the input as given
    plain: MappedText  # analysed text, mapped to the original input
    folded: MappedText  # folded analysed text, mapped to ``plain`` offsets
    channel: str
    config: Config
    qualify: Qualify = qualifiers_for  # replaceable to compare qualifier implementations
    memo: dict[str, object] = field(default_factory=dict)  # per-check results shared between rules
    _sentences: dict[tuple[int, int], list[Sentence]] = field(default_factory=dict)

    _index: Index | None = None

    def index(self) -> Index:
        """The folded text as the regex prefilter reads it (``vitrine.compliance.prefilter``)."""
        if self._index is None:
            self._index = Index(self.folded.text)
        return self._index

    def trigrams(self) -> frozenset[str]:
        """The folded text's trigrams, for the regex prefilter."""
        return self.index().trigrams

    def may_search(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` is found in the folded text (skipping the scan when it cannot be)."""
        return search(pattern, self.index()) is not None

    def plain_span(self, folded_start: int, folded_end: int) -> tuple[int, int]:
        """Convert a folded span into a span of the analysed text."""
        return self.folded.original_span(folded_start, folded_end)

    def _window(self, position: int) -> tuple[int, int]:
        """The rough sentence around ``position``: spaCy only reads what a qualifier could use."""
        text = self.plain.text
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        low = max(line_start, position - _WINDOW)
        starts = [m.end() for m in _SENTENCE_END.finditer(text, low, position)]
        start = starts[-1] if starts else low
        following = _SENTENCE_END.search(text, position, min(line_end, position + _WINDOW))
        end = following.start() + 1 if following else min(line_end, position + _WINDOW)
        return start, end

    def sentence_at(self, position: int) -> Sentence | None:
        """The spaCy sentence containing ``position`` of the analysed text (analysed on demand)."""
        if not self.plain.text:
            return None
        position = min(max(position, 0), len(self.plain.text) - 1)
        window = self._window(position)
        if window not in self._sentences:
            self._sentences[window] = analyse(self.plain.text[window[0] : window[1]], window[0])
        sentences = self._sentences[window]
        for sentence in sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        before = [s for s in sentences if s.start <= position]
        return before[-1] if before else (sentences[0] if sentences else None)

    def prefetch(self, positions: list[int]) -> None:
        """Analyse the sentences around ``positions`` in one spaCy batch (before rules ask)."""
        if not self.plain.text:
            return
        last = len(self.plain.text) - 1
        windows = sorted({self._window(min(max(p, 0), last)) for p in positions} - self._sentences.keys())
        batch = [(self.plain.text[start:end], start) for start, end in windows]
        for window, sentences in zip(windows, analyse_many(batch), strict=True):
            self._sentences[window] = sentences

    def sentence_texts(self, sentence: Sentence) -> tuple[str, str]:
        """The sentence's text and its folded form."""
        text = self.plain.text[sentence.start : sentence.end]
        return text, fold_string(text)


def _matches(context: Context, rule: Rule) -> list[tuple[Trigger, re.Match[str]]]:
    """The rule's trigger matches on the folded text (lemma triggers last), computed once."""
    key = f"matches:{rule.id}"
    cached = context.memo.get(key)
    if cached is None:
        cached = list[tuple[Trigger, re.Match[str]]]()
        if not _unless_text(context, rule):
            index = context.index()
            for trigger in rule.triggers:  # lemma triggers last (see ``Rule.triggers``)
                if trigger.applies_to(context.channel):
                    cached.extend((trigger, match) for match in trigger.scan.finditer(index))
        context.memo[key] = cached
    return cached  # type: ignore[return-value]


def _unless_text(context: Context, rule: Rule) -> bool:
    """Whether one of the rule's whole-text exceptions is in the text."""
    return any(context.may_search(p) for p in rule.unless_text)


def _prefetch(context: Context, rules: list[Rule]) -> None:
    """Batch the spaCy analysis of every sentence the lexical rules will ask for.

    Only when there are several: a text with one candidate (or none) stays lazy, so a short
    post whose findings need no sentence analysis never loads spaCy.
    """
    folded = context.folded.text
    positions = [
        context.plain_span(match.start(), match.end())[0]
        for rule in rules
        for trigger, match in _matches(context, rule)
        if trigger.kind == "lemma" or _needs_sentence(rule, folded, match)
    ]
    if len(positions) > 1:
        context.prefetch(positions)


def _lexical_candidates(context: Context, rule: Rule) -> list[Candidate]:
    found: list[Candidate] = []
    for trigger, match in _matches(context, rule):
        if trigger.kind == "lemma":
            start, end = context.plain_span(match.start(), match.end())
            if any(c.start < end and c.end > start for c in found):
                continue
        candidate = _accept(context, rule, trigger, match)
        if candidate:
            found.append(candidate)
    return found


def _accept(context: Context, rule: Rule, trigger: Trigger, match: re.Match[str]) -> Candidate | None:
    folded = context.folded.text
    start, end = context.plain_span(match.start(), match.end())
    sentence: Sentence | None = None
    if trigger.kind == "lemma":
        sentence = context.sentence_at(start)
        if sentence is None:
            return None
        token = next((t for t in sentence.tokens if t.start <= start < t.end), None)
        if token is None or token.lemma not in trigger.lemmas:
            return None
        start, end = token.start, token.end
    if trigger.near is not None:
        if not _near_in_window(folded, trigger, match):
            return None  # decided without loading spaCy
        sentence = sentence or context.sentence_at(start)
        if sentence is None:
            return None
        low = max(match.start() - trigger.window, 0)
        high = min(match.end() + trigger.window, len(folded))
        sentence_low, sentence_high = _folded_bounds(context, sentence)
        neighbours = trigger.near.finditer(folded, max(low, sentence_low), min(high, sentence_high))
        if not any(n.start() < match.start() or n.end() > match.end() for n in neighbours):
            return None
    for exception in rule.exceptions:
        for other in exception.finditer(
            folded, max(match.start() - 80, 0), min(match.end() + 80, len(folded))
        ):
            if other.start() < match.end() and other.end() > match.start():
                return None
    qualifiers = rule.qualifiers - trigger.ignore
    if (rule.unless_sentence or qualifiers) and (
        sentence is not None or _needs_sentence(rule, folded, match)
    ):
        sentence = sentence or context.sentence_at(start)
        if sentence is not None:
            text, folded_sentence = context.sentence_texts(sentence)
            if any(p.search(folded_sentence) for p in rule.unless_sentence):
                return None
            following = context.plain.text[sentence.end : sentence.end + 80]  # a question's answer
            if qualifiers and context.qualify(
                sentence, text + following, folded_sentence, start, end, qualifiers
            ):
                return None
    suggestion = None
    if trigger.replacement is not None:
        excerpt = context.plain.text[start:end]
        action = (
            f"Remplacer « {excerpt} » par « {trigger.replacement} »."
            if trigger.replacement
            else f"Supprimer « {excerpt} »."
        )
        suggestion = f"{action} {trigger.suggestion or rule.suggestion}"
    elif trigger.suggestion:
        suggestion = trigger.suggestion
    return Candidate(rule.id, start, end, suggestion, replacement=trigger.replacement)


def _near_in_window(folded: str, trigger: Trigger, match: re.Match[str]) -> bool:
    """Whether one of the trigger's ``near`` words is within its window of ``match`` (no
    sentence bounds: the check that needs no spaCy)."""
    assert trigger.near is not None
    low = max(match.start() - trigger.window, 0)
    high = min(match.end() + trigger.window, len(folded))
    nearby = trigger.near.finditer(folded, low, high)
    return any(n.start() < match.start() or n.end() > match.end() for n in nearby)


_ROUGH_BOUNDARY = re.compile(r"[.!?\n]")


def _needs_sentence(rule: Rule, folded: str, match: re.Match[str]) -> bool:
    """Whether exceptions or qualifiers could apply; if not, spaCy is not needed for this candidate."""
    low = max(match.start() - 400, 0)
    starts = [m.end() for m in _ROUGH_BOUNDARY.finditer(folded, low, match.start())]
    sentence_start = starts[-1] if starts else low
    end_match = _ROUGH_BOUNDARY.search(folded, match.end(), match.end() + 400)
    sentence_end = end_match.end() if end_match else min(len(folded), match.end() + 400)
    rough = folded[sentence_start:sentence_end]
    if any(p.search(rough) for p in rule.unless_sentence):
        return True
    return bool(rule.qualifiers) and could_qualify(
        folded[sentence_start : match.start()], folded[match.end() : sentence_end], rough
    )


def _folded_bounds(context: Context, sentence: Sentence) -> tuple[int, int]:
    # folded.starts holds analysed-text offsets in increasing order.
    low = bisect.bisect_left(context.folded.starts, sentence.start)
    high = bisect.bisect_left(context.folded.starts, sentence.end)
    return low, high


def _module_candidates(context: Context, rule: Rule) -> list[Candidate]:
    if rule.module is None:
        return []
    module = importlib.import_module(rule.module)
    result: list[Candidate] = module.find(context, rule)
    return result


def _rule_candidates(context: Context, rule: Rule) -> list[Candidate]:
    """The rule's lexical and module candidates, judged by the module's ``keep`` when it has one
    (a verdict that needs the whole text, for the YAML triggers too)."""
    found = _lexical_candidates(context, rule) + _module_candidates(context, rule)
    if rule.module is None or not found:
        return found
    keep = getattr(importlib.import_module(rule.module), "keep", None)
    return found if keep is None else [c for c in found if keep(context, c)]


def _term_spans(context: Context, terms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    spans = []
    for term in terms:
        if not fold_string(term).strip():
            continue
        for match in re.finditer(compile_phrase(term), context.folded.text):
            start, end = context.plain_span(match.start(), match.end())
            spans.append((start, end, term))
    return spans


class _Lines:
    def __init__(self, text: str) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_left(self.newlines, offset)
        line_start = self.newlines[index - 1] + 1 if index else 0
        return index + 1, offset - line_start + 1


def _blank_directives(plain: MappedText) -> MappedText:
    spans = directive_lines(plain.text)
    if not spans:
        return plain
    chars = list(plain.text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return MappedText("".join(chars), plain.starts, plain.ends, plain.original_length)


def check(
    text: str,
    channel: str | None = None,
    config: Config | None = None,
    input_format: str = "text",
    *,
    qualify: Qualify | None = None,
    learned: bool = True,
) -> Report:
    """Check ``text`` for ``channel`` (default: the configuration's channel, else ``autre``).

    ``input_format`` is ``text``, ``markdown`` or ``html``; findings point into ``text`` as given.
    ``qualify`` replaces the context qualifiers (used to compare implementations);
    ``learned=False`` leaves out the learned second reader (to measure what it adds).
    """
    config = config or Config()
    channel = channel or config.channel
    if channel not in CHANNELS:
        raise ValueError(f"canal inconnu : {channel!r} (canaux : {', '.join(CHANNELS)})")
    plain, comments = strip_markup(text, input_format)
    plain = _blank_directives(plain)
    context = Context(text, plain, fold(MappedText.identity(plain.text)), channel, config)
    if qualify is not None:
        context.qualify = qualify

    rules = [r for r in all_rules() if r.id not in config.disable and r.applies_to(channel)]
    _prefetch(context, rules)
    candidates: list[Candidate] = []
    for rule in rules:
        candidates.extend(_rule_candidates(context, rule))
    if "terme-interdit" not in config.disable:
        for start, end, term in _term_spans(context, config.forbidden_terms):
            candidates.append(
                Candidate("terme-interdit", start, end, message=f"« {term} » est exclu par le cabinet.")
            )
    allowed = _term_spans(context, config.allowed_terms)
    candidates = [
        c for c in candidates if not any(a_start < c.end and a_end > c.start for a_start, a_end, _ in allowed)
    ]
    # a review quoted above its reply: only the reply is the practice's (before the reader, whose
    # additions and doubts then see what the reply itself was found to say)
    reply_start = _reply_start(plain.text) if channel == "avis-reponse" else 0
    candidates = [c for c in candidates if c.end > reply_start]
    doubted: dict[str, float] = {}
    if learned:
        spans = [(start, end) for start, end, _ in allowed]
        added, doubted = _learned_reading(context, rules, {c.rule for c in candidates}, spans)
        candidates.extend(c for c in added if c.end > reply_start)
    suppressions = find_suppressions(text, comments)
    return _report(text, plain, channel, candidates, suppressions, doubted)


# A review reply may quote the review it answers first (« Avis ★☆☆☆☆ : « … » / Réponse du propriétaire :
# … »): the practice wrote only the reply, so what the quoted review says is not its words.
_REPLY_MARKER = re.compile(
    r"(?:^|\n|\s/\s)[^\S\n]*(?:notre )?r[ée]ponse(?: d[ue] [^:\n]{1,60})?\s*:", re.IGNORECASE
)
_QUOTED_REVIEW = re.compile(r"[«\"“][^»\"”]+[»\"”]|[★⭐☆]")


# … or shows it as its first line, quoted, with its stars and no label: « « Super équipe ! » ⭐⭐⭐⭐⭐ ».
# (a slogan of the practice's own in quotes, « « Zéro douleur : c'est notre promesse » », stays its words)
_QUOTED_FIRST_LINE = re.compile(
    r"\A[^\w«\"“]*[«\"“](?![^»\"”\n]*\b(?:notre|nos|nous)\b)[^»\"”\n]+[»\"”][^\w\n]*\n", re.IGNORECASE
)


def _reply_start(text: str) -> int:
    """Where the reply begins after a quoted review, or 0 when the text is the reply alone."""
    marker = _REPLY_MARKER.search(text)
    if marker is None or marker.start() == 0 or not _QUOTED_REVIEW.search(text, 0, marker.start()):
        first_line = _QUOTED_FIRST_LINE.match(text)
        return first_line.end() if first_line and text[first_line.end() :].strip() else 0
    return marker.end()


def _learned_reading(
    context: Context, rules: list[Rule], reported: set[str], allowed: list[tuple[int, int]]
) -> tuple[list[Candidate], dict[str, float]]:
    """What the learned reader adds, only for rules the rules themselves did not report, and
    which of the rules' findings it doubts (with the probability it gave their rule).

    The practice's allowed terms are blanked first: « Silhouette Miracle », its own trademark,
    must not read as a miracle claim.
    """
    model = shipped_model()
    if model is None:
        return [], {}
    by_id = {rule.id: rule for rule in rules}
    wanted = model.wanted(context.channel, set(by_id) - reported, context.plain.text)
    questioned = reported & set(model.doubts)
    if not wanted and not questioned:
        return [], {}
    text = context.plain.text
    for start, end in allowed:
        text = text[:start] + " " * (end - start) + text[end:]
    scored = model.score(text, context.channel)
    if not scored:  # no sentence with words
        return [], {}
    found = []
    for hit in model.reaching(scored, wanted):
        rule = by_id[hit.rule]
        if _declined(context, rule, hit.start, hit.end):
            continue
        message = (
            f"Passage à relire : sa formulation ressemble à celles que la règle « {rule.name} » "
            f"vise (estimation statistique : {round(hit.probability * 100)} %), sans expression "
            f"précise reconnue. Rappel de la règle : {rule.message}"
        )
        severity = rule.severity if rule.severity == "conseil" else "risque"
        found.append(Candidate(rule.id, hit.start, hit.end, message=message, severity=severity))
    return found, model.doubted(scored, questioned)


def _doubt_reason(probability: float) -> str:
    return (
        "Mis de côté par le second lecteur : le texte ne ressemble guère aux cas que cette règle "
        f"vise (estimation statistique : {round(probability * 100)} %). À relire si le doute "
        "persiste."
    )


def _declined(context: Context, rule: Rule, start: int, end: int) -> bool:
    """Whether the rules saw this rule's words in ``[start, end)`` and set them aside.

    A trigger the rules rejected (negation, quotation of the rule, a question, an exception) or
    a whole-text exception is a reasoned « no »: the learned reader does not overrule it. It
    speaks only where the rules had no words at all, and a trigger whose ``near`` words are not
    within its window is no words, unless the trigger says so (``alone_silences_reader``, ADR 0015).
    """
    if _unless_text(context, rule):
        return True
    folded = context.folded.text
    for trigger, match in _matches(context, rule):
        match_start, match_end = context.plain_span(match.start(), match.end())
        # Half of a two-part trigger (« confrère » without a judgement near it) is not the
        # rule's words: the rules saw nothing to set aside.
        if (match_start < end and match_end > start) and (
            trigger.near is None or trigger.alone_silences_reader or _near_in_window(folded, trigger, match)
        ):
            return True
    return False


def _report(
    text: str,
    plain: MappedText,
    channel: str,
    candidates: list[Candidate],
    suppressions: list[Suppression],
    doubted: dict[str, float],
) -> Report:
    rules = {rule.id: rule for rule in all_rules()}
    lines = _Lines(text)
    findings: list[Finding] = []
    kept: dict[str, list[tuple[int, int]]] = {}
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        spans = kept.setdefault(candidate.rule, [])
        if any(s < candidate.end and e > candidate.start for s, e in spans):
            continue
        spans.append((candidate.start, candidate.end))
        start, end = plain.original_span(candidate.start, candidate.end)
        line, column = lines.position(start)
        # Only offered where the passage is plain text in the input too (no markup inside).
        replacement = (
            candidate.replacement if text[start:end] == plain.text[candidate.start : candidate.end] else None
        )
        rule = rules.get(candidate.rule)
        if rule is not None:
            severity, reference = candidate.severity or rule.severity, rule.reference
            message, suggestion = candidate.message or rule.message, candidate.suggestion or rule.suggestion
        else:
            severity, reference = ENGINE_RULES[candidate.rule]
            message = candidate.message or ""
            suggestion = candidate.suggestion or "Reformuler sans ce terme."
        findings.append(
            Finding(
                candidate.rule,
                severity,
                start,
                end,
                line,
                column,
                text[start:end],
                message,
                reference,
                suggestion,
                replacement,
            )
        )
    for suppression in suppressions:
        if suppression.problem:
            line, column = lines.position(suppression.start)
            severity, reference = ENGINE_RULES["suppression-invalide"]
            findings.append(
                Finding(
                    "suppression-invalide",
                    severity,
                    suppression.start,
                    suppression.end,
                    line,
                    column,
                    text[suppression.start : suppression.end],
                    f"Suppression ignorée : {suppression.problem}. Une suppression doit nommer la règle "
                    "et justifier l'exception pour rester vérifiable.",
                    reference,
                    "Écrire par exemple : "
                    "<!-- vitrine: ignore superlatif -- citation d'un article de presse -->",
                )
            )
    reported: list[Finding] = []
    silenced: list[Suppressed] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        match = next(
            (
                s
                for s in suppressions
                if not s.problem and finding.rule in s.rules and s.covered_line == finding.line
            ),
            None,
        )
        if match is not None:
            silenced.append(Suppressed(finding, match.reason))
        elif finding.rule in doubted:
            silenced.append(Suppressed(finding, _doubt_reason(doubted[finding.rule]), by="lecteur"))
        else:
            reported.append(finding)
    return Report(channel, reported, silenced)
