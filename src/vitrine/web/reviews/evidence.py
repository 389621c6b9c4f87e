"""Evidence from stored reviews, through the core's bundles (``vitrine.reputation.evidence``)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from vitrine.reputation.evidence import EvidenceBundle, export_zip_bytes, render_review_png, sha256_hex
from vitrine.reputation.model import Review as CoreReview
from vitrine.reputation.model import ReviewReply

if TYPE_CHECKING:
    from vitrine.web.reviews.models import Evidence, Review


def review_json(raw: dict[str, Any]) -> bytes:
    """The record exactly as fetched, serialised stably (sorted keys) so its hash is reproducible."""
    return json.dumps(raw, ensure_ascii=False, indent=2, sort_keys=True).encode()


def to_core(row: Review) -> CoreReview:
    """The core review of a stored row (for rendering and drafting)."""
    return CoreReview(
        source=row.source,
        review_id=row.review_id,
        reviewer_name=row.reviewer_name,
        is_anonymous=row.is_anonymous,
        star_rating=row.stars,
        comment=row.comment,
        create_time=row.created_at,
        update_time=row.updated_at,
        reply=ReviewReply(row.reply_comment, row.reply_time) if row.reply_comment else None,
        resource_name=row.resource_name,
    )


def capture(row: Review, captured_at: datetime) -> tuple[bytes, bytes]:
    """The JSON as fetched and its PNG rendering."""
    return review_json(row.raw), render_review_png(to_core(row), captured_at=captured_at)


def bundle(evidence: Evidence) -> EvidenceBundle:
    return EvidenceBundle(
        source=evidence.review.source,
        review_id=evidence.review.review_id,
        review_json=bytes(evidence.json_content),
        rendering=bytes(evidence.png_content),
        rendering_media_type="image/png",
        json_sha256=evidence.json_sha256,
        rendering_sha256=evidence.png_sha256,
        captured_at=evidence.created_at,
        requested_by=evidence.requested_by,
    )


def zip_bundle(rows: list[Evidence], exported_by: str) -> bytes:
    """A zip for a lawyer or an insurer: files, manifest of SHA-256 hashes, French read-me."""
    return export_zip_bytes([bundle(row) for row in rows], exported_by=exported_by)


__all__ = ["capture", "review_json", "sha256_hex", "to_core", "zip_bundle"]
