"""Store imported reviews: one bulk upsert keyed by (practice, source, review id)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    ids = [review.review_id for review in reviews]
    for start in range(0, len(ids), BATCH):
        for source, review_id, raw in Review.objects.filter(
            practice=practice, review_id__in=ids[start : start + BATCH]
        ).values_list("source", "review_id", "raw"):
            existing[(source, review_id)] = raw
    rows: list[Review] = []
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
        rows.append(_row(practice, review, raw))
    if rows:
        Review.objects.bulk_create(
            rows,
            batch_size=BATCH,
            update_conflicts=True,
            unique_fields=["practice", "source", "review_id"],
            update_fields=list(UPDATABLE),
        )
    return ImportResult(created, updated, unchanged)
