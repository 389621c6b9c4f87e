"""The review model shared by importers, the Google client, triage and reply drafting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

# Google Business Profile API v4 star ratings; STAR_RATING_UNSPECIFIED means "no rating".
STAR_RATINGS: dict[str, int | None] = {
    "STAR_RATING_UNSPECIFIED": None,
    "ONE": 1,
    "TWO": 2,
    "THREE": 3,
    "FOUR": 4,
    "FIVE": 5,
}
STAR_NAMES: dict[int, str] = {value: name for name, value in STAR_RATINGS.items() if value is not None}

SOURCE_GOOGLE = "google"


@dataclass(frozen=True)
class ReviewReply:
    """The practice's public reply to a review."""

    comment: str
    update_time: datetime | None = None


@dataclass(frozen=True)
class Review:
    """One online review, whatever the platform it comes from.

    ``(source, review_id)`` is the identity: re-importing a review with the same key updates it.
    """

    source: str
    review_id: str
    reviewer_name: str = ""
    is_anonymous: bool = False
    star_rating: int | None = None
    comment: str = ""
    create_time: datetime | None = None
    update_time: datetime | None = None
    reply: ReviewReply | None = None
    resource_name: str = ""
    profile_photo_url: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """The identity used to deduplicate imports."""
        return (self.source, self.review_id)

    def to_gbp_dict(self) -> dict[str, Any]:
        """Serialise in the Google Business Profile API v4 shape (as ``reviews.list`` returns it)."""
        data: dict[str, Any] = {
            "reviewId": self.review_id,
            "reviewer": {"displayName": self.reviewer_name, "isAnonymous": self.is_anonymous},
            "starRating": STAR_NAMES.get(self.star_rating, "STAR_RATING_UNSPECIFIED")
            if self.star_rating is not None
            else "STAR_RATING_UNSPECIFIED",
        }
        if self.resource_name:
            data["name"] = self.resource_name
        if self.profile_photo_url:
            data["reviewer"]["profilePhotoUrl"] = self.profile_photo_url
        if self.comment:
            data["comment"] = self.comment
        if self.create_time is not None:
            data["createTime"] = format_time(self.create_time)
        if self.update_time is not None:
            data["updateTime"] = format_time(self.update_time)
        if self.reply is not None:
            reply: dict[str, Any] = {"comment": self.reply.comment}
            if self.reply.update_time is not None:
                reply["updateTime"] = format_time(self.reply.update_time)
            data["reviewReply"] = reply
        return data


def format_time(value: datetime) -> str:
    """RFC 3339 in UTC with a ``Z`` suffix, as Google writes it."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
