"""A QR code for the waiting room that opens the practice's Google review form.

Offered to every patient alike: no gating (asking only satisfied patients) and no incentive,
both forbidden by Google's policy and contrary to medical deontology.
"""

from __future__ import annotations

import io
import re

import qrcode
import qrcode.constants
import qrcode.image.svg

REVIEW_FORM_URL = "https://search.google.com/local/writereview?placeid={place_id}"
_PLACE_ID = re.compile(r"^[A-Za-z0-9_-]{10,300}$")


def review_form_url(place_id: str) -> str:
    """The link to the Google review form of a place (its Place ID, e.g. ``ChIJ...``)."""
    place_id = place_id.strip()
    if not _PLACE_ID.fullmatch(place_id):
        raise ValueError(
            f"identifiant de lieu Google invalide : « {place_id} » "
            "(lettres, chiffres, « _ » et « - » attendus)"
        )
    return REVIEW_FORM_URL.format(place_id=place_id)


def _code(place_id: str, box_size: int = 10) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size, border=4)
    code.add_data(review_form_url(place_id))
    code.make(fit=True)
    return code


def review_qr_matrix(place_id: str) -> list[list[bool]]:
    """The modules of the QR code, quiet zone included (for tests and custom rendering)."""
    return [list(row) for row in _code(place_id).get_matrix()]


def review_qr_svg(place_id: str) -> str:
    """The QR code as a standalone SVG document (scales without loss for printing)."""
    image = _code(place_id, box_size=10).make_image(image_factory=qrcode.image.svg.SvgPathImage)
    data = image.to_string(encoding="unicode")
    return data if isinstance(data, str) else data.decode()


def review_qr_png(place_id: str, box_size: int = 10) -> bytes:
    """The QR code as PNG bytes, ``box_size`` pixels per module."""
    buffer = io.BytesIO()
    _code(place_id, box_size).make_image().save(buffer)
    return buffer.getvalue()
