"""Evidence bundles: raw JSON and a rendered PNG with their SHA-256, time and requester; zip export."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from vitrine.reputation.evidence import export_zip, preserve
from vitrine.reputation.importers import ReviewImportError

NOW = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
RAW = json.dumps(
    {
        "name": "accounts/1/locations/2/reviews/XyZ",
        "reviewId": "XyZ",
        "reviewer": {"displayName": "Élodie B.", "isAnonymous": False},
        "starRating": "ONE",
        "comment": "Ce chirurgien est un escroc : il m'a facturé deux fois. " * 6,
        "createTime": "2026-02-01T08:00:00Z",
        "reviewReply": {
            "comment": "Nous avons pris connaissance de ce message.",
            "updateTime": "2026-02-02T09:00:00Z",
        },
    },
    ensure_ascii=False,
).encode()


def test_it_keeps_the_json_byte_for_byte_with_hashes_time_and_requester() -> None:
    bundle = preserve(RAW, requested_by="secretariat@cabinet.example", now=NOW)
    assert bundle.review_json == RAW
    assert bundle.json_sha256 == hashlib.sha256(RAW).hexdigest()
    assert bundle.rendering_sha256 == hashlib.sha256(bundle.rendering).hexdigest()
    assert bundle.captured_at == NOW and bundle.requested_by == "secretariat@cabinet.example"
    assert (bundle.source, bundle.review_id) == ("google", "XyZ")


def test_the_rendering_is_a_png_tall_enough_for_the_wrapped_text_and_reproducible() -> None:
    bundle = preserve(RAW, requested_by="a", now=NOW)
    image = Image.open(io.BytesIO(bundle.rendering))
    assert image.format == "PNG" and image.width == 1200 and image.height > 500
    assert preserve(RAW, requested_by="b", now=NOW).rendering_sha256 == bundle.rendering_sha256


def test_a_rendering_made_elsewhere_is_kept_as_given() -> None:
    png = io.BytesIO()
    Image.new("RGB", (10, 10), "white").save(png, format="PNG")
    bundle = preserve(RAW, png.getvalue(), requested_by="a", now=NOW)
    assert bundle.rendering == png.getvalue()


def test_a_malformed_review_is_refused_and_a_requester_is_required() -> None:
    with pytest.raises(ReviewImportError, match="starRating"):
        preserve(
            b'{"reviewId": "a", "starRating": "SIX", "createTime": "2026-01-01T00:00:00Z"}', requested_by="a"
        )
    with pytest.raises(ValueError, match="personne"):
        preserve(RAW, requested_by=" ")


def test_the_zip_holds_both_files_a_manifest_whose_hashes_verify_and_a_french_readme(tmp_path: Path) -> None:
    bundle = preserve(RAW, requested_by="dr.martin", now=NOW)
    path = export_zip([bundle], tmp_path / "preuves.zip", exported_by="avocat", now=NOW)
    assert [p.name for p in tmp_path.iterdir()] == ["preuves.zip"]  # no temporary file left
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        assert "sha256sum" in archive.read("LISEZMOI.txt").decode()
        entry = manifest["bundles"][0]
        assert entry["requested_by"] == "dr.martin" and entry["captured_at"] == "2026-02-03T04:05:06Z"
        for name, meta in entry["files"].items():
            assert name in names
            assert hashlib.sha256(archive.read(name)).hexdigest() == meta["sha256"]
    assert manifest["exported_by"] == "avocat"
