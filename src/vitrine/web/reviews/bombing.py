"""Review bombing: a burst of negative reviews well above the practice's usual rate.

The test (ADR 0052): over the last ``WINDOW_DAYS`` days the practice received ``k`` negative
reviews; its usual rate is measured over the ``BASELINE_DAYS`` days before the window (with a
floor, so a practice with no history is not alarmed by two reviews). Under a Poisson model with
that rate, a burst is declared when ``k >= MIN_BURST`` and ``P(X >= k) < ALPHA``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

WINDOW_DAYS = 3
BASELINE_DAYS = 180
MIN_BURST = 4
ALPHA = 0.001
FLOOR_PER_DAY = 1 / 30  # at least one negative review a month is "usual"


@dataclass(frozen=True)
class BurstTest:
    window_count: int
    expected: float
    p_value: float

    @property
    def burst(self) -> bool:
        return self.window_count >= MIN_BURST and self.p_value < ALPHA


def poisson_tail(k: int, mu: float) -> float:
    """P(X >= k) for X ~ Poisson(mu)."""
    if k <= 0:
        return 1.0
    term = math.exp(-mu)
    below = term
    for i in range(1, k):
        term *= mu / i
        below += term
    return max(0.0, 1.0 - below)


def burst_test(negative_times: list[datetime], now: datetime) -> BurstTest:
    """Test the negative reviews' publication times for a burst ending at ``now``."""
    window_start = now - timedelta(days=WINDOW_DAYS)
    baseline_start = window_start - timedelta(days=BASELINE_DAYS)
    in_window = sum(1 for t in negative_times if window_start <= t <= now)
    in_baseline = sum(1 for t in negative_times if baseline_start <= t < window_start)
    rate = max(in_baseline / BASELINE_DAYS, FLOOR_PER_DAY)
    expected = rate * WINDOW_DAYS
    return BurstTest(in_window, expected, poisson_tail(in_window, expected))
