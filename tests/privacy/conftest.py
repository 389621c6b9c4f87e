"""Test pictures for the privacy guard: generated, or scikit-image's public-domain astronaut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from skimage import data

from tests.privacy.pictures import jpeg_with_every_metadata


@pytest.fixture(scope="session")
def astronaut() -> Image.Image:
    """scikit-image's astronaut (public domain, NASA): one face around (180, 60)–(270, 180)."""
    return Image.fromarray(data.astronaut())  # type: ignore[no-untyped-call]


@pytest.fixture()
def astronaut_jpeg(astronaut: Image.Image, tmp_path: Path) -> Path:
    """The astronaut as a JPEG full of metadata."""
    return jpeg_with_every_metadata(astronaut, tmp_path / "astronaut.jpg")
