"""Review bombing: is the recent burst of negative reviews far above the practice's usual rate?

The test: over the last ``window_hours`` (48 h by default) the practice received ``k`` negative
reviews (1 or 2 stars). From the preceding ``baseline_days`` (180 days) we estimate its usual rate
of negative reviews per hour, ``λ`` (never below ``floor_per_day``, so that a practice with no
history is not alarmed by two reviews). Under the hypothesis "nothing unusual", the count in the
window follows a Poisson law of mean ``μ = λ × window_hours``; the alert fires when

* ``k ≥ min_count`` (3 by default: two angry reviews are not a campaign), and
* the tail probability ``P(X ≥ k | μ)`` is below ``alpha`` (1 in 1,000 by default).

The figures are returned so that the user sees *why* the alert fired. Pure function, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from vitrine.reputation.model import Review

DEFAULT_WINDOW_HOURS = 48
DEFAULT_BASELINE_DAYS = 180
DEFAULT_ALPHA = 1e-3
DEFAULT_MIN_COUNT = 3
DEFAULT_FLOOR_PER_DAY = 1 / 30  # at least one negative review a month is "normal"


@dataclass(frozen=True)
class BombingResult:
    """The outcome of the test with the figures behind it."""

    is_bombing: bool
    count: int
    expected: float
    baseline_count: int
    rate_per_day: float
    p_value: float
    window_hours: int
    min_count: int
    alpha: float

    @property
    def explanation(self) -> str:
        """A French sentence for the alert."""
        verdict = "Rafale inhabituelle d'avis négatifs" if self.is_bombing else "Pas de rafale inhabituelle"
        return (
            f"{verdict} : {self.count} avis négatif(s) en {self.window_hours} h, pour "
            f"{self.expected:.2f} attendu(s) au rythme habituel ({self.rate_per_day:.2f} par jour) ; "
            f"probabilité d'un tel nombre par hasard : {self.p_value:.2g} "
            f"(seuils : au moins {self.min_count} avis et probabilité < {self.alpha:g})."
        )


def poisson_tail(k: int, mean: float) -> float:
    """``P(X ≥ k)`` for ``X ~ Poisson(mean)``."""
    if k <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    # 1 - P(X ≤ k-1), summed in log space to stay accurate for small tails.
    log_terms = [-mean + i * math.log(mean) - math.lgamma(i + 1) for i in range(k)]
    cdf = math.fsum(math.exp(term) for term in log_terms)
    tail = 1.0 - cdf
    if tail < 1e-12:
        # Cancellation: sum the upper tail directly instead.
        tail = math.fsum(math.exp(-mean + i * math.log(mean) - math.lgamma(i + 1)) for i in range(k, k + 200))
    return min(max(tail, 0.0), 1.0)


def detect_review_bombing(
    negative_times: Iterable[datetime],
    now: datetime,
    *,
    window_hours: int = DEFAULT_WINDOW_HOURS,
    baseline_days: int = DEFAULT_BASELINE_DAYS,
    alpha: float = DEFAULT_ALPHA,
    min_count: int = DEFAULT_MIN_COUNT,
    floor_per_day: float = DEFAULT_FLOOR_PER_DAY,
) -> BombingResult:
    """Apply the test to the publication times of the practice's negative reviews."""
    window_start = now - timedelta(hours=window_hours)
    baseline_start = window_start - timedelta(days=baseline_days)
    times = list(negative_times)
    count = sum(window_start < t <= now for t in times)
    baseline_count = sum(baseline_start < t <= window_start for t in times)
    rate_per_day = max(baseline_count / baseline_days, floor_per_day)
    expected = rate_per_day * window_hours / 24
    p_value = poisson_tail(count, expected)
    return BombingResult(
        is_bombing=count >= min_count and p_value < alpha,
        count=count,
        expected=expected,
        baseline_count=baseline_count,
        rate_per_day=rate_per_day,
        p_value=p_value,
        window_hours=window_hours,
        min_count=min_count,
        alpha=alpha,
    )


def negative_review_times(reviews: Iterable[Review]) -> list[datetime]:
    """Publication times of the reviews with 1 or 2 stars."""
    return [
        review.create_time
        for review in reviews
        if review.create_time is not None and review.star_rating is not None and review.star_rating <= 2
    ]


CRISIS_CHECKLIST: tuple[str, ...] = (
    "Désigner une seule personne qui s'exprime au nom du cabinet ; les autres ne répondent pas.",
    "Ne donner aucun détail médical et ne confirmer l'identité d'aucun patient, même pour se défendre.",
    "Conserver la preuve de chaque avis (JSON, capture horodatée) avant tout signalement.",
    "Signaler à Google les avis qui enfreignent ses règles (faux comptes, hors sujet, harcèlement).",
    "Répondre calmement, brièvement et de la même façon à tous, sans polémique ni réaction à chaud.",
    "Informer toute l'équipe (secrétariat, associés) de la situation et de la conduite à tenir.",
    "Prévenir l'assureur en responsabilité civile professionnelle et, si besoin, un avocat.",
)
