"""The review-bombing test: a Poisson tail probability with a minimum count."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest

from vitrine.reputation.bombing import detect_review_bombing, negative_review_times, poisson_tail
from vitrine.reputation.model import Review

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_the_poisson_tail_matches_the_closed_form_for_small_counts() -> None:
    mean = 0.4
    expected = 1 - math.exp(-mean) * (1 + mean + mean**2 / 2)
    assert poisson_tail(3, mean) == pytest.approx(expected, rel=1e-9)
    assert poisson_tail(0, mean) == 1.0
    assert poisson_tail(1, 0.0) == 0.0


def test_the_poisson_tail_stays_accurate_far_in_the_tail() -> None:
    # P(X >= 20 | 0.1) ~ e^-0.1 * 0.1^20 / 20!
    assert poisson_tail(20, 0.1) == pytest.approx(math.exp(-0.1) * 0.1**20 / math.factorial(20), rel=1e-3)


def test_six_negative_reviews_in_two_days_for_a_practice_with_one_a_month_is_bombing() -> None:
    history = [NOW - timedelta(days=5 + 30 * n) for n in range(6)]  # one a month
    burst = [NOW - timedelta(hours=h) for h in (1, 3, 5, 8, 20, 30)]
    result = detect_review_bombing(history + burst, NOW)
    assert result.is_bombing
    assert result.count == 6 and result.baseline_count == 6
    assert result.p_value < 1e-3
    assert "6 avis négatif(s) en 48 h" in result.explanation


def test_a_practice_used_to_many_negative_reviews_is_not_alarmed_by_its_usual_pace() -> None:
    history = [NOW - timedelta(hours=50 + 12 * n) for n in range(300)]  # two a day for 150 days
    recent = [NOW - timedelta(hours=h) for h in (2, 14, 26, 38)]  # two a day
    result = detect_review_bombing(history + recent, NOW)
    assert not result.is_bombing
    assert result.p_value > 0.1


def test_two_reviews_are_never_a_campaign_whatever_the_probability() -> None:
    result = detect_review_bombing([NOW - timedelta(hours=1), NOW - timedelta(hours=2)], NOW)
    assert result.p_value < 0.01
    assert not result.is_bombing


def test_a_practice_without_history_uses_the_floor_rate() -> None:
    burst = [NOW - timedelta(hours=h) for h in (1, 2, 3)]
    result = detect_review_bombing(burst, NOW)
    assert result.rate_per_day == pytest.approx(1 / 30)
    assert result.is_bombing


def test_only_one_and_two_star_reviews_count_as_negative() -> None:
    reviews = [
        Review("google", str(n), star_rating=stars, create_time=NOW - timedelta(hours=n))
        for n, stars in enumerate([1, 2, 3, 5, None, 1])
    ]
    assert negative_review_times(reviews) == [NOW, NOW - timedelta(hours=1), NOW - timedelta(hours=5)]
