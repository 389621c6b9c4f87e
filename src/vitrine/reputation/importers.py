"""Parse review exports into :class:`Review` objects — all or nothing.

Three formats:

* the Google Business Profile API v4 ``accounts.locations.reviews.list`` response
  (``{"reviews": [...], "nextPageToken": ...}``);
* a Google Takeout ``reviews.json`` (the same shape);
* a CSV file with the columns documented in ``CSV_COLUMNS`` (``docs/reputation.md``), for
  platforms without an API.

A malformed file raises :class:`ReviewImportError` whose French message names the file, the
record (JSON) or line (CSV) and the field; nothing is returned for a partly valid file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vitrine.reputation.model import SOURCE_GOOGLE, STAR_RATINGS, Review, ReviewReply

# column -> (required, description). Order is the documented order.
CSV_COLUMNS: dict[str, tuple[bool, str]] = {
    "source": (True, "plateforme d'origine (ex. doctolib, pagesjaunes) ; identifiant sans espace"),
    "review_id": (True, "identifiant de l'avis sur la plateforme, unique par source"),
    "reviewer_name": (False, "nom affiché de l'auteur"),
    "is_anonymous": (False, "true/false, oui/non, 1/0 ; vide = false"),
    "star_rating": (False, "note de 1 à 5 ; vide = sans note"),
    "comment": (False, "texte de l'avis"),
    "create_time": (True, "date de publication ISO 8601 (2024-03-01T10:00:00Z ou 2024-03-01)"),
    "update_time": (False, "date de dernière modification ISO 8601 ; vide = create_time"),
    "reply_comment": (False, "réponse déjà publiée par le cabinet"),
    "reply_update_time": (False, "date de la réponse ISO 8601"),
}

_TRUE = {"true", "vrai", "oui", "yes", "1"}
_FALSE = {"false", "faux", "non", "no", "0", ""}


class ReviewImportError(ValueError):
    """A review file could not be imported; the message (French) says where and why."""

    def __init__(self, filename: str, where: str, field: str | None, problem: str) -> None:
        self.filename = filename
        self.where = where
        self.field = field
        self.problem = problem
        location = f"{filename}, {where}" if where else filename
        if field:
            location += f", champ « {field} »"
        super().__init__(f"{location} : {problem}")


@dataclass(frozen=True)
class ImportPlan:
    """What importing a batch changes in an existing set of reviews (keyed by source + id)."""

    created: tuple[Review, ...]
    updated: tuple[Review, ...]
    unchanged: tuple[Review, ...]


def plan_import(existing: Mapping[tuple[str, str], Review], incoming: Iterable[Review]) -> ImportPlan:
    """Split ``incoming`` into new, changed and identical reviews; re-imports never duplicate."""
    created: list[Review] = []
    updated: list[Review] = []
    unchanged: list[Review] = []
    for review in incoming:
        previous = existing.get(review.key)
        if previous is None:
            created.append(review)
        elif previous == review:
            unchanged.append(review)
        else:
            updated.append(review)
    return ImportPlan(tuple(created), tuple(updated), tuple(unchanged))


def load_file(path: Path | str) -> list[Review]:
    """Import a file, choosing the parser from its extension (``.json`` or ``.csv``)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReviewImportError(str(path), "", None, f"lecture impossible ({exc.strerror})") from exc
    suffix = path.suffix.lower()
    if suffix == ".json":
        return parse_gbp_json(data, filename=str(path))
    if suffix == ".csv":
        return parse_csv(data, filename=str(path))
    raise ReviewImportError(str(path), "", None, "format inconnu : extension .json ou .csv attendue")


def parse_gbp_json(data: bytes | str, filename: str = "<json>", source: str = SOURCE_GOOGLE) -> list[Review]:
    """Parse a ``reviews.list`` response or a Takeout ``reviews.json``.

    A bare JSON array of review objects is accepted too (some exports drop the envelope).
    """
    text = _decode(data, filename)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReviewImportError(
            filename, f"ligne {exc.lineno}, colonne {exc.colno}", None, f"JSON invalide ({exc.msg})"
        ) from exc
    if isinstance(document, dict):
        if "reviews" not in document:
            # An empty reviews.list page has no "reviews" key at all.
            if set(document) <= {"averageRating", "totalReviewCount", "nextPageToken"}:
                return []
            raise ReviewImportError(filename, "racine", "reviews", "clé absente : liste d'avis attendue")
        records = document["reviews"]
        if not isinstance(records, list):
            raise ReviewImportError(filename, "racine", "reviews", "une liste d'avis est attendue")
    elif isinstance(document, list):
        records = document
    else:
        raise ReviewImportError(filename, "racine", None, "un objet avec « reviews » est attendu")
    reviews = [_parse_record(record, filename, index, source) for index, record in enumerate(records, 1)]
    _reject_duplicates(reviews, filename, "enregistrement")
    return reviews


def _parse_record(record: Any, filename: str, index: int, source: str) -> Review:
    where = f"enregistrement {index}"

    def fail(field: str | None, problem: str) -> ReviewImportError:
        return ReviewImportError(filename, where, field, problem)

    if not isinstance(record, dict):
        raise fail(None, "un objet JSON est attendu")
    name = _optional_str(record, "name", fail)
    review_id = _optional_str(record, "reviewId", fail)
    if not review_id and name:
        review_id = name.rsplit("/", 1)[-1]
    if not review_id:
        raise fail("reviewId", "identifiant absent")
    where = f"enregistrement {index} (reviewId « {review_id} »)"

    reviewer = record.get("reviewer", {})
    if not isinstance(reviewer, dict):
        raise fail("reviewer", "un objet est attendu")
    display_name = _optional_str(reviewer, "displayName", fail, prefix="reviewer.")
    photo = _optional_str(reviewer, "profilePhotoUrl", fail, prefix="reviewer.")
    anonymous = reviewer.get("isAnonymous", False)
    if not isinstance(anonymous, bool):
        raise fail("reviewer.isAnonymous", f"booléen attendu, reçu « {anonymous} »")

    rating_name = record.get("starRating", "STAR_RATING_UNSPECIFIED")
    if not isinstance(rating_name, str) or rating_name not in STAR_RATINGS:
        raise fail(
            "starRating",
            f"valeur « {rating_name} » invalide ; attendu ONE, TWO, THREE, FOUR, FIVE "
            "ou STAR_RATING_UNSPECIFIED",
        )
    comment = _optional_str(record, "comment", fail)
    create_time = _json_time(record, "createTime", fail, required=True)
    update_time = _json_time(record, "updateTime", fail, required=False) or create_time

    reply = None
    if "reviewReply" in record and record["reviewReply"] is not None:
        raw_reply = record["reviewReply"]
        if not isinstance(raw_reply, dict):
            raise fail("reviewReply", "un objet est attendu")
        reply_comment = raw_reply.get("comment")
        if not isinstance(reply_comment, str):
            raise fail("reviewReply.comment", "texte de la réponse absent")
        reply = ReviewReply(reply_comment, _json_time(raw_reply, "updateTime", fail, False, "reviewReply."))

    return Review(
        source=source,
        review_id=review_id,
        reviewer_name=display_name,
        is_anonymous=anonymous,
        star_rating=STAR_RATINGS[rating_name],
        comment=comment,
        create_time=create_time,
        update_time=update_time,
        reply=reply,
        resource_name=name,
        profile_photo_url=photo,
    )


def _optional_str(record: dict[str, Any], key: str, fail: Any, prefix: str = "") -> str:
    value = record.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise fail(prefix + key, f"texte attendu, reçu « {value} »")
    return value


def _json_time(
    record: dict[str, Any], key: str, fail: Any, required: bool, prefix: str = ""
) -> datetime | None:
    value = record.get(key)
    if value is None or value == "":
        if required:
            raise fail(prefix + key, "date absente")
        return None
    if not isinstance(value, str):
        raise fail(prefix + key, f"date attendue, reçu « {value} »")
    parsed = parse_time(value)
    if parsed is None:
        raise fail(
            prefix + key, f"date « {value} » invalide ; format ISO 8601 attendu (2024-03-01T10:00:00Z)"
        )
    return parsed


def parse_time(value: str) -> datetime | None:
    """Parse an ISO 8601 / RFC 3339 date or datetime; naive values are taken as UTC."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_csv(data: bytes | str, filename: str = "<csv>") -> list[Review]:
    """Parse a CSV export with the documented columns (comma or semicolon separated, UTF-8)."""
    text = _decode(data, filename)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ReviewImportError(
            filename, "ligne 1", None, "fichier vide : ligne d'en-tête attendue"
        ) from None
    except csv.Error as exc:
        raise ReviewImportError(filename, "ligne 1", None, f"CSV invalide ({exc})") from exc
    columns = [name.strip().lower() for name in header]
    unknown = [name for name in columns if name not in CSV_COLUMNS]
    if unknown:
        raise ReviewImportError(
            filename,
            "ligne 1",
            unknown[0],
            f"colonne inconnue ; colonnes possibles : {', '.join(CSV_COLUMNS)}",
        )
    for name, (required, _) in CSV_COLUMNS.items():
        if required and name not in columns:
            raise ReviewImportError(filename, "ligne 1", name, "colonne obligatoire absente")
    duplicates = {name for name in columns if columns.count(name) > 1}
    if duplicates:
        raise ReviewImportError(filename, "ligne 1", sorted(duplicates)[0], "colonne en double")

    reviews: list[Review] = []
    lines: list[int] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ReviewImportError(
                filename, f"ligne {reader.line_num}", None, f"CSV invalide ({exc})"
            ) from exc
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise ReviewImportError(
                filename, f"ligne {line}", None, f"{len(row)} colonnes au lieu de {len(columns)}"
            )
        reviews.append(_parse_row(dict(zip(columns, row, strict=True)), filename, line))
        lines.append(line)
    _reject_duplicates(reviews, filename, "ligne", lines)
    return reviews


def _parse_row(row: dict[str, str], filename: str, line: int) -> Review:
    def fail(field: str, problem: str) -> ReviewImportError:
        return ReviewImportError(filename, f"ligne {line}", field, problem)

    def get(name: str) -> str:
        return row.get(name, "").strip()

    source = get("source").lower()
    if not source or any(char.isspace() for char in source):
        raise fail("source", "identifiant de plateforme sans espace attendu")
    review_id = get("review_id")
    if not review_id:
        raise fail("review_id", "identifiant absent")

    anonymous_text = get("is_anonymous").lower()
    if anonymous_text not in _TRUE | _FALSE:
        raise fail("is_anonymous", f"valeur « {anonymous_text} » invalide ; attendu true ou false")

    rating_text = get("star_rating")
    rating: int | None = None
    if rating_text:
        try:
            rating = int(rating_text)
        except ValueError:
            rating = None
        if rating is None or not 1 <= rating <= 5:
            raise fail("star_rating", f"valeur « {rating_text} » invalide ; entier de 1 à 5 attendu")

    def time(name: str, required: bool) -> datetime | None:
        value = get(name)
        if not value:
            if required:
                raise fail(name, "date absente")
            return None
        parsed = parse_time(value)
        if parsed is None:
            raise fail(name, f"date « {value} » invalide ; format ISO 8601 attendu (2024-03-01T10:00:00Z)")
        return parsed

    create_time = time("create_time", True)
    reply_comment = row.get("reply_comment", "")
    reply_time = time("reply_update_time", False)
    if reply_time is not None and not reply_comment.strip():
        raise fail("reply_comment", "date de réponse sans texte de réponse")
    return Review(
        source=source,
        review_id=review_id,
        reviewer_name=get("reviewer_name"),
        is_anonymous=anonymous_text in _TRUE,
        star_rating=rating,
        comment=row.get("comment", "").strip(),
        create_time=create_time,
        update_time=time("update_time", False) or create_time,
        reply=ReviewReply(reply_comment.strip(), reply_time) if reply_comment.strip() else None,
    )


def _decode(data: bytes | str, filename: str) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReviewImportError(filename, f"ligne {line}", None, "encodage invalide : UTF-8 attendu") from exc


def _reject_duplicates(
    reviews: list[Review], filename: str, unit: str, positions: list[int] | None = None
) -> None:
    seen: dict[tuple[str, str], int] = {}
    for index, review in enumerate(reviews):
        position = positions[index] if positions else index + 1
        if review.key in seen:
            raise ReviewImportError(
                filename,
                f"{unit} {position}",
                "review_id" if unit == "ligne" else "reviewId",
                f"avis « {review.review_id} » en double (déjà vu en {unit} {seen[review.key]})",
            )
        seen[review.key] = position
