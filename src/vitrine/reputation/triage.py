"""Triage of a review: sentiment, topics, priority, report reasons, defamation risk.

Everything is explainable: each label comes with the words that triggered it, taken from the
lexicons in ``vitrine/reputation/data/*.yaml``. The product informs; the practice decides what
to report, and only a lawyer can say whether a review is defamatory.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from vitrine.reputation.model import STAR_RATINGS, Review
from vitrine.reputation.textmatch import (
    Analysis,
    Match,
    PhraseSet,
    analyse,
    compile_phrases,
    find_phrases,
    find_regexes,
    normalize,
    phrase_set,
)

SENTIMENTS = ("positif", "neutre", "negatif")
PRIORITIES = ("haute", "normale", "basse")
REPORT_REASONS = (
    "hors-sujet",
    "spam",
    "conflit-interets",
    "grossierete",
    "harcelement",
    "discrimination",
    "informations-personnelles",
)
# Reasons that hurt a person: they make a review urgent whatever its stars.
SERIOUS_REASONS = frozenset({"grossierete", "harcelement", "discrimination", "informations-personnelles"})
NEGATION_WINDOW = 3
# Thresholds on the lexicon scores: the stars decide unless the text clearly says otherwise.
OVERRIDE_MIN = 2.0  # text strength needed to contradict high stars
POSITIVE_OVERRIDE_MIN = 3.0  # low stars with a clearly positive text (probable wrong star)
_DOCTOR_TITLES = {"dr", "dr.", "docteur", "pr", "pr.", "professeur", "chirurgien", "chirurgienne"}
_OWN = {"mon", "ma", "mes"}
_PERSON_TITLES = {"mme", "mme.", "madame", "m.", "mr", "mr.", "monsieur", "mlle", "mademoiselle"}
_STOP_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "de",
        "du",
        "des",
        "un",
        "une",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "pour",
        "par",
        "sur",
        "dans",
        "est",
        "il",
        "elle",
        "je",
        "tu",
        "on",
        "ce",
        "ca",
        "the",
        "and",
        "for",
        "of",
        "to",
        "is",
    ]
)

REPORT_STEPS_COMMON = (
    "Conservez d'abord la preuve de l'avis (bouton « Conserver la preuve ») : "
    "il peut être modifié ou supprimé.",
    "Ouvrez la fiche du cabinet dans Google Maps ou dans la recherche Google, ou le tableau de bord "
    "Google Business Profile, puis la liste des avis.",
    "Repérez l'avis, cliquez sur les trois points (⋮) à côté de l'avis puis sur « Signaler l'avis ».",
)
REPORT_STEPS_END = (
    "Validez le signalement. L'API de Google ne permet pas de signaler un avis : cette étape se fait "
    "dans l'interface de Google.",
    "Suivez la décision dans l'outil de gestion des avis de Google ; en cas de refus, une demande de "
    "réexamen y est possible.",
)

DEFAMATION_OPTIONS: tuple[tuple[str, str], ...] = (
    (
        "conserver-preuve",
        "Conserver la preuve : enregistrez l'avis tel qu'il est publié (JSON, capture horodatée et "
        "empreinte SHA-256) avant toute démarche, car l'auteur peut le modifier ou le supprimer.",
    ),
    (
        "signaler",
        "Signaler : si l'avis enfreint aussi les règles de Google, utilisez « Signaler l'avis » ; pour des "
        "propos que vous estimez illicites, Google propose « Signaler un problème d'ordre juridique ».",
    ),
    (
        "repondre-calmement",
        "Répondre calmement, ou ne pas répondre à chaud : une réponse courte et courtoise, sans aucun "
        "détail médical et sans confirmer que l'auteur est patient, limite la portée de l'avis.",
    ),
    (
        "avocat",
        "Consulter un avocat : seul un professionnel du droit peut dire s'il s'agit d'une diffamation "
        "(imputation d'un fait précis portant atteinte à l'honneur) ou d'une injure. Le délai pour agir "
        "est court : trois mois à compter de la publication (loi du 29 juillet 1881, art. 65).",
    ),
    (
        "assureur",
        "Prévenir votre assureur : votre responsabilité civile professionnelle, une protection juridique "
        "ou une assurance e-réputation peut vous conseiller et prendre en charge une procédure.",
    ),
)
DEFAMATION_NOTICE = (
    "Vitrine signale un risque à partir des mots employés ; il ne qualifie pas juridiquement l'avis et ne "
    "décide rien à votre place."
)


@dataclass(frozen=True)
class Evidence:
    """The words of the review that triggered a label."""

    text: str
    start: int
    end: int
    cue: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "cue": self.cue}


@dataclass(frozen=True)
class ReportReason:
    """A Google report category that the review may fall under, with its evidence."""

    reason: str
    google_label: str
    evidence: Evidence
    steps: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "evidence": self.evidence.text,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "google_label": self.google_label,
            "steps": list(self.steps),
        }


@dataclass(frozen=True)
class Triage:
    """The triage of one review. ``to_dict`` gives the JSON of ``vitrine reviews triage``."""

    review_id: str
    sentiment: str
    star_sentiment: str | None
    text_sentiment: str
    mismatch: bool
    topics: tuple[str, ...]
    priority: str
    report_reasons: tuple[ReportReason, ...]
    defamation_risk: bool
    defamation_evidence: tuple[Evidence, ...] = ()
    sentiment_evidence: tuple[Evidence, ...] = ()
    topic_evidence: dict[str, Evidence] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "reviewId": self.review_id,
            "sentiment": self.sentiment,
            "mismatch": self.mismatch,
            "topics": list(self.topics),
            "priority": self.priority,
            "report_reasons": [reason.to_dict() for reason in self.report_reasons],
            "defamation_risk": self.defamation_risk,
        }
        if self.defamation_risk:
            data["defamation"] = {
                "evidence": [evidence.to_dict() for evidence in self.defamation_evidence],
                "options": [{"id": key, "text": text} for key, text in DEFAMATION_OPTIONS],
                "notice": DEFAMATION_NOTICE,
            }
        return data


# --- lexicons --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ReasonLexicon:
    reason: str
    google_label: str
    google_description: str
    phrases: PhraseSet
    regexes: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True)
class _Lexicons:
    polar: PhraseSet
    negators: frozenset[str]
    contrast: PhraseSet
    topics: dict[str, tuple[str, PhraseSet, PhraseSet]]
    reasons: dict[str, _ReasonLexicon]
    person_details: PhraseSet
    reported_by_victim: PhraseSet
    person_insults: PhraseSet
    defamation: PhraseSet


def _load_yaml(name: str) -> Any:
    text = resources.files("vitrine.reputation").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def lexicons() -> _Lexicons:
    """Load and compile the lexicons once per process."""
    sentiment = _load_yaml("sentiment.yaml")
    topics = _load_yaml("topics.yaml")
    reasons = _load_yaml("report_reasons.yaml")
    defamation = _load_yaml("defamation.yaml")
    polar = [
        phrase
        for sign, key in ((1, "positive"), (-1, "negative"))
        for weight, words in sentiment[key].items()
        for phrase in compile_phrases(words, sign * weight).phrases
    ]
    compiled_reasons = {
        reason: _ReasonLexicon(
            reason,
            spec["google_label"],
            spec["google_description"],
            compile_phrases(spec.get("phrases") or ()),
            tuple(
                (name, re.compile(pattern, re.IGNORECASE))
                for name, pattern in (spec.get("regex") or {}).items()
            ),
        )
        for reason, spec in reasons.items()
    }
    if tuple(compiled_reasons) != REPORT_REASONS:
        raise ValueError("report_reasons.yaml doit définir exactement les motifs de signalement de Google")
    return _Lexicons(
        polar=phrase_set(polar),
        negators=frozenset(normalize(word) for word in sentiment["negators"]),
        contrast=compile_phrases(sentiment["contrast"]),
        topics={
            key: (spec["label"], compile_phrases(spec["phrases"]), compile_phrases(spec.get("exclude") or ()))
            for key, spec in topics.items()
        },
        reasons=compiled_reasons,
        person_details=compile_phrases(reasons["informations-personnelles"].get("person_details") or ()),
        reported_by_victim=compile_phrases(reasons["discrimination"].get("reported_by_victim") or ()),
        person_insults=compile_phrases(reasons["harcelement"].get("person_insults") or ()),
        defamation=compile_phrases(defamation["phrases"]),
    )


def report_steps(reason: str) -> tuple[str, ...]:
    """The steps (French) to report a review for ``reason`` in Google's interface."""
    spec = lexicons().reasons[reason]
    choose = f"Choisissez le motif « {spec.google_label} » ({spec.google_description})."
    return (*REPORT_STEPS_COMMON, choose, *REPORT_STEPS_END)


# --- triage ----------------------------------------------------------------------------------


def triage(review: Review) -> Triage:
    """Triage one review (its comment and its stars)."""
    return triage_text(review.comment, review.star_rating, review.review_id)


def triage_text(comment: str, star_rating: int | None, review_id: str = "") -> Triage:
    """Triage a review given as text and stars (1–5 or None)."""
    lex = lexicons()
    analysis = analyse(comment) if comment.strip() else Analysis(comment, (), ())
    star_sentiment = _star_sentiment(star_rating)
    positive, negative, sentiment_matches = _polarity(analysis, lex)
    text_sentiment = "neutre"
    if positive - negative >= OVERRIDE_MIN:
        text_sentiment = "positif"
    elif negative - positive >= OVERRIDE_MIN:
        text_sentiment = "negatif"
    sentiment = _decide_sentiment(star_sentiment, positive, negative)
    mismatch = {star_sentiment, text_sentiment} == {"positif", "negatif"}

    topics: dict[str, Evidence] = {}
    for topic, (_, phrases, excluded) in lex.topics.items():
        hits = find_phrases(analysis, phrases)
        if hits and excluded.phrases:
            # « salle d'attente » is a place, not waiting time.
            masks = find_phrases(analysis, excluded)
            hits = [h for h in hits if not any(m.start <= h.start and h.end <= m.end for m in masks)]
        if hits:
            topics[topic] = _evidence(hits[0])

    reasons = _report_reasons(analysis, lex)
    defamation_hits = find_phrases(analysis, lex.defamation)
    defamation_risk = bool(defamation_hits)
    priority = _priority(sentiment, reasons, defamation_risk, mismatch)
    return Triage(
        review_id=review_id,
        sentiment=sentiment,
        star_sentiment=star_sentiment,
        text_sentiment=text_sentiment,
        mismatch=mismatch,
        topics=tuple(topics),
        priority=priority,
        report_reasons=reasons,
        defamation_risk=defamation_risk,
        defamation_evidence=tuple(_evidence(hit) for hit in _dedupe(defamation_hits)),
        sentiment_evidence=tuple(_evidence(hit) for hit in sentiment_matches),
        topic_evidence=topics,
    )


def _star_sentiment(star_rating: int | None) -> str | None:
    if star_rating is None:
        return None
    if star_rating <= 2:
        return "negatif"
    return "neutre" if star_rating == 3 else "positif"


def _decide_sentiment(star_sentiment: str | None, positive: float, negative: float) -> str:
    if star_sentiment is None:
        if positive - negative >= 1:
            return "positif"
        return "negatif" if negative - positive >= 1 else "neutre"
    # Reviewers sometimes pick the wrong star; a text that clearly says the opposite wins.
    if star_sentiment == "positif" and negative >= OVERRIDE_MIN and negative >= 2 * positive:
        return "negatif"
    if star_sentiment == "negatif" and positive >= POSITIVE_OVERRIDE_MIN and negative == 0:
        return "positif"
    return star_sentiment


def _polarity(analysis: Analysis, lex: _Lexicons) -> tuple[float, float, list[Match]]:
    """Sum positive and negative evidence, with negation and contrast handling."""
    if not analysis.tokens:
        return 0.0, 0.0, []
    matches = _dedupe(find_phrases(analysis, lex.polar))
    contrasts = find_phrases(analysis, lex.contrast)
    last_contrast = max((hit.start for hit in contrasts), default=-1)
    positive = negative = 0.0
    tokens = analysis.tokens
    for hit in matches:
        weight = hit.weight
        phrase_norms = {token.norm for token in tokens if hit.start <= token.start < hit.end}
        if not phrase_norms & lex.negators and _negated(tokens, hit.first_token, lex.negators):
            weight = -weight
        if last_contrast >= 0:
            # What follows « mais / par contre » is what the author means most.
            weight *= 1.5 if hit.start > last_contrast else 0.5
        if weight > 0:
            positive += weight
        else:
            negative -= weight
    return positive, negative, matches


def _negated(tokens: tuple[Any, ...], index: int, negators: frozenset[str]) -> bool:
    for previous in range(index - 1, max(index - 1 - NEGATION_WINDOW, -1), -1):
        if tokens[previous].sentence_end:
            return False
        if tokens[previous].norm in negators:
            return True
    return False


def _dedupe(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (« je ne recommande pas » over « recommande »)."""
    kept: list[Match] = []
    for hit in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda m: m.start)


def _report_reasons(analysis: Analysis, lex: _Lexicons) -> tuple[ReportReason, ...]:
    found: dict[str, Match] = {}
    for reason, spec in lex.reasons.items():
        hits = find_phrases(analysis, spec.phrases) + find_regexes(analysis.text, spec.regexes)
        if reason == "spam":
            hits += _repetitions(analysis)
        if reason == "harcelement":
            hits += _named_people_with(analysis, lex.person_insults, require_full_name=False)
        if reason == "discrimination" and hits:
            hits = _drop_reported(analysis, hits, lex.reported_by_victim)
        if reason == "informations-personnelles":
            if "spam" in found:
                # Contact details in an advert are the advertiser's own: spam, not exposure.
                hits = [hit for hit in hits if hit.entry not in {"phone", "email"}]
            hits += _named_people_with(analysis, lex.person_details, require_full_name=True)
        if hits:
            found[reason] = min(hits, key=lambda m: (m.start, -m.end))
    return tuple(
        ReportReason(reason, lex.reasons[reason].google_label, _evidence(hit), report_steps(reason))
        for reason, hit in found.items()
    )


def _drop_reported(analysis: Analysis, hits: list[Match], reported: PhraseSet) -> list[Match]:
    """Keep the cues that are not part of a remark the author says they suffered."""
    markers = find_phrases(analysis, reported)
    kept = []
    for hit in hits:
        sentence_start, _ = _sentence_bounds(analysis.text, hit.start)
        if not any(sentence_start <= marker.start < hit.start for marker in markers):
            kept.append(hit)
    return kept


def _repetitions(analysis: Analysis) -> list[Match]:
    """Copy-paste filler: a three-word sequence three times, or a content word four times."""
    words = [token for token in analysis.tokens if token.norm.isalpha()]
    trigrams = Counter(tuple(w.norm for w in words[i : i + 3]) for i in range(len(words) - 2))
    for gram, count in trigrams.items():
        if count >= 3:
            positions = [i for i in range(len(words) - 2) if tuple(w.norm for w in words[i : i + 3]) == gram]
            return [
                _span_match("répétition", analysis, words[positions[0]].start, words[positions[2] + 2].end)
            ]
    counts = Counter(w.norm for w in words if w.norm not in _STOP_WORDS and len(w.norm) > 2)
    for word, count in counts.items():
        if count >= 4:
            same = [w for w in words if w.norm == word]
            return [_span_match("répétition", analysis, same[0].start, same[3].end)]
    return []


def _named_people_with(analysis: Analysis, cues: PhraseSet, require_full_name: bool) -> list[Match]:
    """A person who is not a doctor, named next to one of ``cues`` in the same sentence.

    With ``require_full_name`` the person must be named in full or with a title (« Mme Garnier »):
    a first name alone (« Julie à l'accueil ») identifies no one outside the practice.
    """
    matches: list[Match] = []
    # « avant mon lifting » is the author's own detail, not the named person's.
    found = [hit for hit in find_phrases(analysis, cues) if _word_before(analysis, hit.start) not in _OWN]
    if not found:
        return matches
    for person in analysis.persons:
        words = person.text.split()
        before = _word_before(analysis, person.start)
        if normalize(words[0]) in _DOCTOR_TITLES or before in _DOCTOR_TITLES:
            continue
        if not all(word[:1].isupper() for word in words):
            continue
        if any(hit.start < person.end and person.start < hit.end for hit in found):
            continue  # spaCy took a capitalised cue (« Incompétente. ») for a name
        titled = before in _PERSON_TITLES or normalize(words[0]) in _PERSON_TITLES
        if require_full_name and len(words) < 2 and not titled:
            continue
        sentence = _sentence_bounds(analysis.text, person.start)
        if any(sentence[0] <= hit.start < sentence[1] for hit in found):
            start = person.start
            if titled and before in _PERSON_TITLES:
                start = analysis.text.rfind(" ", 0, person.start - 1) + 1
            matches.append(_span_match("personne nommée", analysis, start, person.end))
    return matches


def _word_before(analysis: Analysis, position: int) -> str:
    previous = [token for token in analysis.tokens if token.end <= position]
    return previous[-1].norm if previous else ""


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    starts = [m.end() for m in re.finditer(r"[.!?\n]+\s*", text[:position])]
    start = starts[-1] if starts else 0
    end_match = re.search(r"[.!?\n]", text[position:])
    return start, position + end_match.start() if end_match else len(text)


def _span_match(cue: str, analysis: Analysis, start: int, end: int) -> Match:
    return Match(cue, start, end, analysis.text[start:end])


def _evidence(hit: Match) -> Evidence:
    return Evidence(hit.text, hit.start, hit.end, hit.entry)


def _priority(
    sentiment: str, reasons: tuple[ReportReason, ...], defamation_risk: bool, mismatch: bool
) -> str:
    """``haute``: answer or act today; ``normale``: this week; ``basse``: when convenient."""
    if defamation_risk or sentiment == "negatif" or any(r.reason in SERIOUS_REASONS for r in reasons):
        return "haute"
    if sentiment == "neutre" or reasons or mismatch:
        return "normale"
    return "basse"


def star_rating_from_name(name: str) -> int | None:
    """``"FOUR"`` -> 4; unknown names raise ``KeyError``."""
    return STAR_RATINGS[name]
