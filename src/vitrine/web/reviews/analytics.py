"""Monthly figures of a practice's reviews, computed in the database."""

from __future__ import annotations

from collections import defaultdict
from statistics import median
from typing import Any

from django.db.models import Avg, Count, Q
from django.db.models.functions import TruncMonth
from django.db.models.query import QuerySet

from vitrine.web.reviews.models import Review


def monthly(reviews: QuerySet[Review], tz: Any = None) -> list[dict[str, Any]]:
    """Per month: volume, average rating, reply rate, sentiment counts, median reply time (h)."""
    rows = (
        reviews.annotate(month=TruncMonth("created_at", tzinfo=tz))
        .values("month")
        .annotate(
            volume=Count("id"),
            average=Avg("stars"),
            replied=Count("id", filter=~Q(reply_comment="")),
            positif=Count("id", filter=Q(sentiment="positif")),
            neutre=Count("id", filter=Q(sentiment="neutre")),
            negatif=Count("id", filter=Q(sentiment="negatif")),
        )
        .order_by("month")
    )
    delays: dict[Any, list[float]] = defaultdict(list)
    for month, created, replied in (
        reviews.filter(reply_time__isnull=False)
        .annotate(month=TruncMonth("created_at", tzinfo=tz))
        .values_list("month", "created_at", "reply_time")
    ):
        if replied is not None and created is not None:
            delays[month].append(max((replied - created).total_seconds() / 3600, 0.0))
    result = []
    for row in rows:
        result.append(
            {
                **row,
                "label": row["month"].strftime("%Y-%m"),
                "average": round(row["average"], 2) if row["average"] is not None else None,
                "reply_rate": round(100 * row["replied"] / row["volume"]) if row["volume"] else 0,
                "median_reply_hours": round(median(delays[row["month"]]), 1)
                if delays[row["month"]]
                else None,
            }
        )
    return result


def distribution(reviews: QuerySet[Review]) -> list[dict[str, Any]]:
    counts = dict(
        reviews.filter(stars__isnull=False)
        .values_list("stars")
        .annotate(n=Count("id"))
        .values_list("stars", "n")
    )
    return [{"stars": stars, "count": counts.get(stars, 0)} for stars in range(5, 0, -1)]


def topics(reviews: QuerySet[Review], labels: dict[str, str]) -> list[dict[str, Any]]:
    """Topic mentions per month (topics are a JSON list; counted in Python over one column)."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for month, names in (
        reviews.annotate(month=TruncMonth("created_at")).exclude(topics=[]).values_list("month", "topics")
    ):
        for name in names or []:
            table[month.strftime("%Y-%m")][name] += 1
    return [
        {"label": month, "counts": [table[month].get(topic, 0) for topic in labels]}
        for month in sorted(table)
    ]


def summary(reviews: QuerySet[Review]) -> dict[str, Any]:
    totals = reviews.aggregate(
        volume=Count("id"), average=Avg("stars"), replied=Count("id", filter=~Q(reply_comment=""))
    )
    volume = totals["volume"] or 0
    return {
        "volume": volume,
        "average": round(totals["average"], 2) if totals["average"] is not None else None,
        "reply_rate": round(100 * totals["replied"] / volume) if volume else 0,
    }
