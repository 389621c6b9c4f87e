"""Evidence of a review: the JSON as fetched, a rendered PNG, their SHA-256, when and who.

A bundle is what a lawyer or an insurer needs to show that a review existed as it was: the raw
JSON returned by Google (or the import file's record), an image of it drawn with Pillow, the
SHA-256 of both, the UTC time of capture and the person who asked. ``export_zip`` packs bundles
with a manifest. Keeping bundles immutable (append-only storage) is the web layer's job.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import textwrap
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from vitrine.reputation.importers import parse_gbp_json
from vitrine.reputation.model import Review, format_time

PNG_WIDTH = 1200
MARGIN = 48
_DARK = (32, 33, 36)
_GREY = (95, 99, 104)
_STAR_ON = (251, 188, 4)
_STAR_OFF = (218, 220, 224)


@dataclass(frozen=True)
class EvidenceBundle:
    """A preserved review. Hashes are hex SHA-256 of the exact bytes kept."""

    source: str
    review_id: str
    review_json: bytes
    rendering: bytes
    rendering_media_type: str
    json_sha256: str
    rendering_sha256: str
    captured_at: datetime
    requested_by: str

    @property
    def basename(self) -> str:
        """A file-name prefix unique per review and capture time."""
        stamp = self.captured_at.strftime("%Y%m%dT%H%M%SZ")
        safe_id = "".join(char if char.isalnum() or char in "-_" else "_" for char in self.review_id)
        return f"{self.source}-{safe_id}-{stamp}"

    def manifest_entry(self) -> dict[str, Any]:
        """The bundle's line in ``manifest.json``."""
        return {
            "source": self.source,
            "review_id": self.review_id,
            "captured_at": format_time(self.captured_at),
            "requested_by": self.requested_by,
            "files": {
                f"{self.basename}.json": {"sha256": self.json_sha256, "media_type": "application/json"},
                f"{self.basename}.png": {
                    "sha256": self.rendering_sha256,
                    "media_type": self.rendering_media_type,
                },
            },
        }


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def preserve(
    review_json_bytes: bytes,
    rendered: bytes | None = None,
    *,
    requested_by: str,
    now: datetime | None = None,
    source: str = "google",
) -> EvidenceBundle:
    """Preserve one review given as the JSON object Google returned (``reviews[i]``).

    ``rendered`` is a PNG already made (e.g. a browser capture); by default the review is drawn
    from the JSON. Raises ``ReviewImportError`` if the JSON is not a valid review.
    """
    if not requested_by.strip():
        raise ValueError("la personne qui demande la conservation doit être indiquée")
    captured_at = (now or datetime.now(UTC)).astimezone(UTC)
    record = json.loads(review_json_bytes)
    (review,) = parse_gbp_json(json.dumps({"reviews": [record]}), filename="avis à conserver", source=source)
    image = rendered if rendered is not None else render_review_png(review, captured_at=captured_at)
    return EvidenceBundle(
        source=review.source,
        review_id=review.review_id,
        review_json=review_json_bytes,
        rendering=image,
        rendering_media_type="image/png",
        json_sha256=sha256_hex(review_json_bytes),
        rendering_sha256=sha256_hex(image),
        captured_at=captured_at,
        requested_by=requested_by,
    )


# Fonts with every French glyph (Debian packages fonts-dejavu-core, fonts-liberation). Pillow's
# bundled font lacks accented letters, so it is only the last resort.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


@cache
def _font_path() -> str | None:
    return next((path for path in FONT_CANDIDATES if Path(path).is_file()), None)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _font_path()
    return ImageFont.truetype(path, size) if path else ImageFont.load_default(size=size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Any, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split()
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        while draw.textlength(line, font=font) > width and len(line) > 1:
            # A single word longer than the line: cut it.
            cut = max(1, int(len(line) * width / draw.textlength(line, font=font)))
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _star(draw: ImageDraw.ImageDraw, x: float, y: float, size: float, filled: bool) -> None:
    import math

    points = []
    for i in range(10):
        radius = size / 2 if i % 2 == 0 else size / 5
        angle = math.pi / 2 + i * math.pi / 5
        points.append((x + size / 2 + radius * math.cos(angle), y + size / 2 - radius * math.sin(angle)))
    draw.polygon(points, fill=_STAR_ON if filled else _STAR_OFF)


def render_review_png(review: Review, *, captured_at: datetime) -> bytes:
    """Draw the review (author, stars, dates, text, reply) as a PNG, with the capture time."""
    title, body, small = _font(30), _font(24), _font(18)
    scratch = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    width = PNG_WIDTH - 2 * MARGIN
    comment = _wrap(scratch, review.comment or "(avis sans texte)", body, width)
    reply = _wrap(scratch, review.reply.comment, body, width - 32) if review.reply else []
    height = MARGIN * 2 + 40 + 36 + 44 + 34 * len(comment) + 40 + (60 + 34 * len(reply) if reply else 0) + 80
    image = Image.new("RGB", (PNG_WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    y = MARGIN
    author = "Utilisateur anonyme" if review.is_anonymous else (review.reviewer_name or "Auteur inconnu")
    draw.text((MARGIN, y), author, font=title, fill=_DARK)
    y += 40
    created = format_time(review.create_time) if review.create_time else "date inconnue"
    updated = format_time(review.update_time) if review.update_time else created
    draw.text((MARGIN, y), f"Publié le {created} · modifié le {updated}", font=small, fill=_GREY)
    y += 36
    for index in range(5):
        _star(draw, MARGIN + index * 40, y, 34, review.star_rating is not None and index < review.star_rating)
    if review.star_rating is None:
        draw.text((MARGIN + 210, y + 6), "sans note", font=small, fill=_GREY)
    y += 44
    for line in comment:
        draw.text((MARGIN, y), line, font=body, fill=_DARK)
        y += 34
    y += 20
    if review.reply:
        draw.rectangle((MARGIN, y, MARGIN + 4, y + 40 + 34 * len(reply)), fill=_STAR_OFF)
        reply_date = format_time(review.reply.update_time) if review.reply.update_time else ""
        draw.text((MARGIN + 20, y), f"Réponse du cabinet {reply_date}".strip(), font=small, fill=_GREY)
        y += 36
        for line in reply:
            draw.text((MARGIN + 20, y), line, font=body, fill=_DARK)
            y += 34
        y += 24
    footer = (
        f"Source : {review.source} · avis {review.review_id} · "
        f"conservé le {format_time(captured_at)} (UTC) par Vitrine"
    )
    for line in textwrap.wrap(footer, 110):
        draw.text((MARGIN, y), line, font=small, fill=_GREY)
        y += 24
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


README = """Preuves d'avis en ligne conservées avec Vitrine
================================================

Chaque avis est conservé sous deux formes :
- <source>-<avis>-<date>.json : l'avis exactement tel que reçu de la plateforme ;
- <source>-<avis>-<date>.png : une image de l'avis dessinée au moment de la conservation.

manifest.json donne pour chaque fichier son empreinte SHA-256, la date de conservation (UTC) et
la personne qui l'a demandée. Pour vérifier qu'un fichier n'a pas été modifié :
    sha256sum <fichier>        (Linux)
    shasum -a 256 <fichier>    (macOS)
    certutil -hashfile <fichier> SHA256    (Windows)
et comparez avec la valeur du manifeste.
"""


def _entry(name: str, data: bytes, when: datetime) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name, date_time=when.astimezone(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, data


def export_zip_bytes(
    bundles: Sequence[EvidenceBundle], *, exported_by: str, now: datetime | None = None
) -> bytes:
    """Pack bundles, a ``manifest.json`` and a French ``LISEZMOI.txt`` into a zip (in memory)."""
    exported_at = (now or datetime.now(UTC)).astimezone(UTC)
    manifest = {
        "exported_at": format_time(exported_at),
        "exported_by": exported_by,
        "bundles": [bundle.manifest_entry() for bundle in bundles],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entries: list[tuple[zipfile.ZipInfo, bytes]] = [
            _entry("LISEZMOI.txt", README.encode(), exported_at),
            _entry("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode(), exported_at),
        ]
        for bundle in bundles:
            entries.append(_entry(f"{bundle.basename}.json", bundle.review_json, bundle.captured_at))
            entries.append(_entry(f"{bundle.basename}.png", bundle.rendering, bundle.captured_at))
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def export_zip(
    bundles: Iterable[EvidenceBundle], path: Path | str, *, exported_by: str, now: datetime | None = None
) -> Path:
    """Write the zip to ``path`` through a temporary file renamed at the end (never half-written)."""
    path = Path(path)
    data = export_zip_bytes(list(bundles), exported_by=exported_by, now=now)
    handle, temporary = tempfile.mkstemp(prefix=".preuves-", suffix=".zip", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
