"""``anonymize_image``: strip every piece of metadata from a photo and blur or pixelate faces.

The picture is decoded (HEIC/HEIF included, through pillow-heif), turned upright from its EXIF
orientation, converted to sRGB when it carries an ICC profile, and re-encoded from bare pixels:
no EXIF (GPS position, maker notes, thumbnails), XMP, IPTC, ICC profile or comment can survive.
The result is written to a temporary file in the destination folder and renamed into place;
the original is never opened for writing.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vitrine.privacy.faces import Face, detect_faces

if TYPE_CHECKING:
    from PIL import Image

METHODS = ("blur", "pixelate")
#: Output formats chosen from the destination's extension.
FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
#: Margin added around each face box before masking, as a share of the box size.
MARGIN = 0.15
#: Longest side of the copy of each face's surroundings that the post-masking check looks at.
CHECK_SIDE = 480


class ImageError(ValueError):
    """A photo that cannot be anonymised; the message is in French and names the file."""


@dataclass(frozen=True)
class ImageReport:
    """What ``anonymize_image`` did."""

    source: str
    destination: str
    width: int
    height: int
    method: str
    faces: list[Face]
    faces_after: list[Face] = field(default_factory=list)

    @property
    def face_still_detected(self) -> bool:
        """Whether the detector still finds a face in the written picture."""
        return bool(self.faces_after)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "source": self.source,
            "destination": self.destination,
            "width": self.width,
            "height": self.height,
            "method": self.method,
            "metadata_removed": True,
            "faces": [f.to_dict() for f in self.faces],
            "face_still_detected": self.face_still_detected,
            "faces_after": [f.to_dict() for f in self.faces_after],
        }


@contextlib.contextmanager
def _french_errors(path: Path) -> Iterator[None]:
    from PIL import Image, UnidentifiedImageError

    try:
        yield
    except FileNotFoundError as error:
        raise ImageError(f"{path} : fichier introuvable") from error
    except IsADirectoryError as error:
        raise ImageError(f"{path} : c'est un dossier, pas une image") from error
    except PermissionError as error:
        raise ImageError(f"{path} : lecture interdite (permissions)") from error
    except UnidentifiedImageError as error:
        raise ImageError(f"{path} : format d'image non reconnu ou fichier endommagé") from error
    except Image.DecompressionBombError as error:
        raise ImageError(f"{path} : image trop grande pour être traitée sans risque") from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise ImageError(f"{path} : image illisible ou tronquée ({error})") from error


def load_upright(path: Path) -> Image.Image:
    """Decode a photo (JPEG, PNG, WebP, HEIC…), apply its EXIF orientation and return bare
    RGB/RGBA pixels in sRGB, with no metadata attached."""
    import pillow_heif
    from PIL import Image, ImageCms, ImageFile, ImageOps

    pillow_heif.register_heif_opener()
    # Other libraries (WeasyPrint) switch Pillow to accepting truncated files process-wide; a
    # truncated photo must be refused here, never half-processed.
    tolerant, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
    try:
        with _french_errors(path), Image.open(path) as opened:
            opened.load()
            upright = ImageOps.exif_transpose(opened)
            icc = upright.info.get("icc_profile") or opened.info.get("icc_profile")
            mode = "RGBA" if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info else "RGB"
            pixels = upright.convert(mode)
            if icc:
                with contextlib.suppress(ImageCms.PyCMSError, OSError):
                    source_profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
                    converted = ImageCms.profileToProfile(
                        pixels, source_profile, ImageCms.createProfile("sRGB"), outputMode=mode
                    )
                    if converted is not None:
                        pixels = converted
            # A new image built from raw bytes carries no ``info``: nothing can leak from the source.
            return Image.frombytes(mode, pixels.size, pixels.tobytes())
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = tolerant


def _expand(face: Face, width: int, height: int) -> tuple[int, int, int, int]:
    dx = int((face.x2 - face.x1) * MARGIN)
    dy = int((face.y2 - face.y1) * MARGIN)
    return max(0, face.x1 - dx), max(0, face.y1 - dy), min(width, face.x2 + dx), min(height, face.y2 + dy)


def mask_faces(image: Image.Image, faces: list[Face], method: str) -> Image.Image:
    """Blur or pixelate every face box (with a margin) in a copy of ``image``."""
    from PIL import Image, ImageFilter

    result = image.copy()
    for face in faces:
        box = _expand(face, *image.size)
        width, height = box[2] - box[0], box[3] - box[1]
        if width < 2 or height < 2:
            continue
        region = result.crop(box)
        if method == "pixelate":
            blocks = (max(1, width // max(8, width // 8)), max(1, height // max(8, height // 8)))
            masked = region.resize(blocks, Image.Resampling.BOX).resize(region.size, Image.Resampling.NEAREST)
        else:
            # Two passes of a strong Gaussian: features are gone, the skin tone stays.
            radius = max(6, max(width, height) // 6)
            masked = region.filter(ImageFilter.GaussianBlur(radius)).filter(ImageFilter.GaussianBlur(radius))
        result.paste(masked, box)
    return result


def faces_left(processed: Image.Image, faces: list[Face]) -> list[Face]:
    """Run the detector again around each masked face (a crop twice the box size): the rest of
    the picture is unchanged, so a face found nowhere else before cannot appear there now."""
    left: list[Face] = []
    for face in faces:
        width, height = face.x2 - face.x1, face.y2 - face.y1
        box = (
            max(0, face.x1 - width),
            max(0, face.y1 - height),
            min(processed.width, face.x2 + width),
            min(processed.height, face.y2 + height),
        )
        # The face fills about a third of the crop: a small copy is enough to find it.
        for found in detect_faces(processed.crop(box), side=CHECK_SIDE):
            moved = Face(
                found.x1 + box[0], found.y1 + box[1], found.x2 + box[0], found.y2 + box[1], found.score
            )
            if moved not in left:
                left.append(moved)
    return left


def _save(image: Image.Image, destination: Path, image_format: str) -> None:
    """Write to a temporary file next to ``destination`` then rename it into place."""
    handle, temporary = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            if image_format == "JPEG":
                image.convert("RGB").save(stream, "JPEG", quality=90)
            elif image_format == "WEBP":
                image.save(stream, "WEBP", quality=90)
            else:
                image.save(stream, "PNG")
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def anonymize_image(source: Path | str, destination: Path | str, method: str = "blur") -> ImageReport:
    """Write an anonymised copy of the photo ``source`` to ``destination``.

    Metadata are removed, the picture is turned upright and each detected face is blurred or
    pixelated (``method``). Raises ``ImageError`` (French message) on an unreadable or
    unsupported file, an unknown destination format, or a destination equal to the source; in
    that case nothing is written.
    """
    source, destination = Path(source), Path(destination)
    if method not in METHODS:
        raise ImageError(f"méthode inconnue « {method} » (attendu : {', '.join(METHODS)})")
    image_format = FORMATS.get(destination.suffix.lower())
    if image_format is None:
        expected = ", ".join(sorted(FORMATS))
        raise ImageError(f"{destination} : extension de sortie non prise en charge (attendu : {expected})")
    if destination.exists() and source.exists() and destination.resolve() == source.resolve():
        raise ImageError(f"{destination} : la sortie doit être un autre fichier que l'original")
    if not destination.parent.is_dir():
        raise ImageError(f"{destination.parent} : dossier de sortie introuvable")
    image = load_upright(source)
    faces = detect_faces(image)
    processed = mask_faces(image, faces, method)
    faces_after = faces_left(processed, faces)
    _save(processed, destination, image_format)
    return ImageReport(
        source=str(source),
        destination=str(destination),
        width=image.width,
        height=image.height,
        method=method,
        faces=faces,
        faces_after=faces_after,
    )
