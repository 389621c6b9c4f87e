"""Store imported reviews: one bulk upsert keyed by (practice, source, review id)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from vitrine.reputation.model import Review as CoreReview
from vitrine.web.practices.models import Practice
from vitrine.web.reviews.models import Review

BATCH = 1000
UPDATABLE = (
    "resource_name",
    "reviewer_name",
    "is_anonymous",
    "stars",
    "comment",
    "created_at",
    "updated_at",
    "reply_comment",
    "reply_time",
    "raw",
    "triaged_at",
)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


def _row(practice: Practice, review: CoreReview, raw: dict[str, Any]) -> Review:
    created = review.create_time
    if created is None:  # the importers require it; the API always sends it
        raise ValueError(f"avis {review.review_id} sans date de publication")
    return Review(
        practice=practice,
        source=review.source,
        review_id=review.review_id,
        resource_name=review.resource_name,
        reviewer_name=review.reviewer_name,
        is_anonymous=review.is_anonymous,
        stars=review.star_rating,
        comment=review.comment,
        created_at=created,
        updated_at=review.update_time or created,
        reply_comment=review.reply.comment if review.reply else "",
        reply_time=review.reply.update_time if review.reply else None,
        raw=raw,
        triaged_at=None,
    )


def upsert_reviews(
    practice: Practice, reviews: list[CoreReview], raw_records: list[dict[str, Any]] | None = None
) -> ImportResult:
    """Create new reviews, update changed ones (they are triaged again), leave identical ones.

    ``raw_records`` are the records exactly as fetched (same order); by default the review's own
    Google-shaped serialisation is kept.
    """
    raws = raw_records or [review.to_gbp_dict() for review in reviews]
    existing: dict[tuple[str, str], dict[str, Any]] = {}
    if Review.objects.filter(practice=practice).exists():  # a first import has nothing to compare
        wanted = {review.key for review in reviews}
        for source, review_id, raw in Review.objects.filter(practice=practice).values_list(
            "source", "review_id", "raw"
        ):
            if (source, review_id) in wanted:
                existing[(source, review_id)] = raw
    changed: list[tuple[CoreReview, dict[str, Any]]] = []
    created = updated = unchanged = 0
    for review, raw in zip(reviews, raws, strict=True):
        previous = existing.get(review.key)
        if previous is None:
            created += 1
        elif previous == raw:
            unchanged += 1
            continue
        else:
            updated += 1
        changed.append((review, raw))
    if changed and connection.vendor == "postgresql":
        _copy_upsert(practice, changed)
    elif changed:
        Review.objects.bulk_create(
            [_row(practice, review, raw) for review, raw in changed],
            batch_size=BATCH,
            update_conflicts=True,
            unique_fields=["practice", "source", "review_id"],
            update_fields=list(UPDATABLE),
        )
    return ImportResult(created, updated, unchanged)


COPY_COLUMNS = (
    "practice_id",
    "source",
    "review_id",
    "resource_name",
    "reviewer_name",
    "is_anonymous",
    "stars",
    "comment",
    "created_at",
    "updated_at",
    "reply_comment",
    "reply_time",
    "raw",
    "imported_at",
    "mismatch",
    "topics",
    "report_reasons",
    "reportable",
    "defamation_risk",
    "triage",
    "sentiment",
    "priority",
)


def _copy_upsert(practice: Practice, changed: list[tuple[CoreReview, dict[str, Any]]]) -> None:
    """PostgreSQL: COPY into a temporary table, then one INSERT … ON CONFLICT (agency-scale imports).

    Rows are written as tuples, without model instances: at 1,000 reviews a practice, building
    Django models cost more than the database work.
    """
    now = timezone.now()
    names = ", ".join(COPY_COLUMNS)
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in UPDATABLE)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE reviews_import ON COMMIT DROP AS SELECT {names} FROM reviews_review WITH NO DATA"  # noqa: S608, E501
        )
        with cursor.cursor.copy(f"COPY reviews_import ({names}) FROM STDIN") as copy:
            for review, raw in changed:
                reply = review.reply
                copy.write_row(
                    (
                        practice.pk,
                        review.source,
                        review.review_id,
                        review.resource_name,
                        review.reviewer_name,
                        review.is_anonymous,
                        review.star_rating,
                        review.comment,
                        review.create_time,
                        review.update_time or review.create_time,
                        reply.comment if reply else "",
                        reply.update_time if reply else None,
                        json.dumps(raw),
                        now,
                        False,
                        "[]",
                        "[]",
                        False,
                        False,
                        "{}",
                        "",
                        "",
                    )
                )
        cursor.execute(
            f"INSERT INTO reviews_review ({names}) SELECT {names} FROM reviews_import "  # noqa: S608
            f"ON CONFLICT (practice_id, source, review_id) DO UPDATE SET {updates}, "
            "sentiment = '', priority = '', topics = '[]', report_reasons = '[]', reportable = false, "
            "defamation_risk = false, mismatch = false, triage = '{}'"
        )
        cursor.execute("DROP TABLE reviews_import")
