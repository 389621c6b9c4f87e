"""Photos for the publication tests, and a private MEDIA_ROOT and upload folder per test."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from skimage import data

from tests.privacy.pictures import jpeg_with_every_metadata

#: The astronaut's face in the upright picture (scikit-image's public-domain NASA photo).
FACE_REGION = (181, 58, 270, 178)


@pytest.fixture(scope="session")
def astronaut() -> Image.Image:
    """The astronaut cut to 512 × 384, so that a wrong orientation changes the size."""
    return Image.fromarray(data.astronaut()).crop((0, 0, 512, 384))  # type: ignore[no-untyped-call]


@pytest.fixture()
def phone_jpeg(astronaut: Image.Image, tmp_path: Path) -> bytes:
    """A JPEG as a phone writes it: pixels stored sideways with EXIF orientation 6, GPS, maker
    note, XMP, IPTC, ICC profile and comment."""
    # Orientation 6 asks viewers to turn the stored pixels 90° clockwise: store them the other way.
    sideways = astronaut.transpose(Image.Transpose.ROTATE_90)
    path = jpeg_with_every_metadata(sideways, tmp_path / "IMG_2024_mme_durand.jpg", orientation=6)
    return path.read_bytes()


@pytest.fixture()
def folders(settings: Any, tmp_path: Path) -> dict[str, Path]:
    """MEDIA_ROOT and the upload temporary folder of this test; uploads always go to disk."""
    media, uploads = tmp_path / "media", tmp_path / "uploads"
    media.mkdir()
    uploads.mkdir()
    settings.MEDIA_ROOT = str(media)
    settings.FILE_UPLOAD_TEMP_DIR = str(uploads)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # Django spools anything larger to a file
    return {"media": media, "uploads": uploads}


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())
