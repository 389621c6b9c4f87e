"""Evidence bundles: the review's JSON as fetched and a PNG rendering, each with its SHA-256."""

from __future__ import annotations

import hashlib
import io
import json
import textwrap
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)
WIDTH = 900
MARGIN = 32
LINE = 24


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def review_json(raw: dict[str, Any]) -> bytes:
    """The record exactly as fetched, serialised stably (sorted keys) so its hash is reproducible."""
    return json.dumps(raw, ensure_ascii=False, indent=2, sort_keys=True).encode()


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def render_png(
    *,
    source: str,
    reviewer: str,
    stars: int | None,
    published: datetime,
    comment: str,
    reply: str,
    captured: datetime,
    json_hash: str,
) -> bytes:
    """A legible capture of the review, stamped with the capture time (UTC) and the JSON hash."""
    lines: list[tuple[str, int]] = [
        (f"Avis {source} — {reviewer or 'auteur non affiché'}", 22),
        (
            f"Note : {stars if stars is not None else '—'}/5 · "
            f"publié le {published.astimezone(UTC):%Y-%m-%d %H:%M} UTC",
            16,
        ),
        ("", 16),
    ]
    for paragraph in (comment or "(avis sans texte)").splitlines() or [""]:
        lines.extend((chunk, 18) for chunk in textwrap.wrap(paragraph, 80) or [""])
    if reply:
        lines.append(("", 16))
        lines.append(("Réponse du cabinet :", 16))
        for paragraph in reply.splitlines():
            lines.extend((chunk, 16) for chunk in textwrap.wrap(paragraph, 90) or [""])
    lines.extend(
        [
            ("", 14),
            (f"Preuve conservée par Vitrine le {captured.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC", 14),
            (f"SHA-256 du JSON : {json_hash}", 13),
        ]
    )
    height = MARGIN * 2 + LINE * len(lines)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for text, size in lines:
        draw.text((MARGIN, y), text, fill=(20, 30, 35), font=_font(size))
        y += LINE
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def zip_bundle(items: Iterable[dict[str, Any]]) -> bytes:
    """A zip for a lawyer or an insurer: each evidence's files plus a manifest of hashes."""
    buffer = io.BytesIO()
    manifest: list[dict[str, Any]] = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in items:
            stem = f"preuve-{item['id']}"
            archive.writestr(f"{stem}/avis.json", item["json"])
            archive.writestr(f"{stem}/capture.png", item["png"])
            manifest.append(
                {
                    "preuve": item["id"],
                    "avis": item["review_id"],
                    "plateforme": item["source"],
                    "conservee_le_utc": item["created_at"],
                    "demandee_par": item["requested_by"],
                    "fichiers": {
                        "avis.json": {"sha256": item["json_sha256"]},
                        "capture.png": {"sha256": item["png_sha256"]},
                    },
                }
            )
        archive.writestr("manifeste.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        archive.writestr(
            "LISEZMOI.txt",
            "Preuves conservées par Vitrine. Chaque dossier contient l'avis tel que récupéré (avis.json) "
            "et sa capture (capture.png) ; manifeste.json donne l'empreinte SHA-256 de chaque fichier et "
            "l'heure de conservation (UTC). Vérification : sha256sum preuve-*/*\n",
        )
    return buffer.getvalue()
