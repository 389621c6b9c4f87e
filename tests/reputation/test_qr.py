"""The waiting-room QR code points to the practice's Google review form."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from vitrine.reputation.qr import review_form_url, review_qr_matrix, review_qr_png, review_qr_svg

PLACE_ID = "ChIJN1t_tDeuEmsRUsoyG83frY4"


def test_the_link_is_the_google_review_form_of_the_place() -> None:
    assert review_form_url(PLACE_ID) == f"https://search.google.com/local/writereview?placeid={PLACE_ID}"


@pytest.mark.parametrize("bad", ["", "abc", "ChIJ N1t", "ChIJ&evil=1xxxxxxx"])
def test_an_invalid_place_id_is_refused_in_french(bad: str) -> None:
    with pytest.raises(ValueError, match="identifiant de lieu Google invalide"):
        review_form_url(bad)


def test_the_png_draws_exactly_the_modules_of_the_code() -> None:
    matrix = review_qr_matrix(PLACE_ID)
    image = Image.open(io.BytesIO(review_qr_png(PLACE_ID, box_size=4))).convert("L")
    assert image.size == (len(matrix) * 4, len(matrix) * 4)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = image.getpixel((x * 4 + 2, y * 4 + 2))
            assert (pixel < 128) == dark


def test_the_svg_is_a_valid_document_with_one_path_of_modules() -> None:
    root = ET.fromstring(review_qr_svg(PLACE_ID))  # noqa: S314 - our own output
    assert root.tag.endswith("svg")
    paths = [element for element in root.iter() if element.tag.endswith("path")]
    assert len(paths) == 1 and paths[0].get("d")
