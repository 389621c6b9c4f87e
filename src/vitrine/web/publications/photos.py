"""From an uploaded photo to its anonymised copy, without the original ever reaching storage.

The upload is copied into a private temporary folder (mode 0700, outside ``MEDIA_ROOT``),
``anonymize_image`` writes the anonymised copy next to it, and the folder is removed in a
``finally`` whatever happens. Only the anonymised file is handed to the caller for storage.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.uploadedfile import UploadedFile

from vitrine.privacy.image import ImageError, ImageReport, anonymize_image

#: Largest upload accepted, unless ``PUBLICATIONS_PHOTO_MAX_BYTES`` says otherwise.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Output extension per input format: PNG keeps transparency, HEIC becomes JPEG (what networks take).
OUTPUT_EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "webp": ".webp", "heic": ".jpg"}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


def max_bytes() -> int:
    """The size limit of an uploaded photo, in bytes."""
    value: int = getattr(settings, "PUBLICATIONS_PHOTO_MAX_BYTES", DEFAULT_MAX_BYTES)
    return value


def sniff(head: bytes) -> str | None:
    """The format of a file from its first bytes (``jpeg``, ``png``, ``webp``, ``heic``), or None.

    The content decides, never the name the browser sent.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "heic"
    return None


def _work_root() -> str | None:
    """Where the private temporary folder goes: ``FILE_UPLOAD_TEMP_DIR`` or the system's."""
    root = getattr(settings, "FILE_UPLOAD_TEMP_DIR", None)
    base = Path(root or tempfile.gettempdir()).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if base == media or media in base.parents:
        raise ImproperlyConfigured("Le dossier temporaire des envois ne doit pas être dans MEDIA_ROOT.")
    return str(base) if root else None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


def _french(error: ImageError, original: Path) -> str:
    # The core names the file; here that is a temporary path the member has never seen.
    detail = str(error).removeprefix(f"{original} : ")
    return f"Photo refusée : {detail}."


@contextlib.contextmanager
def anonymised(upload: UploadedFile[bytes], method: str) -> Iterator[tuple[ImageReport, Path]]:
    """Yield the report and the path of the anonymised copy of ``upload``.

    Raises ``ValidationError`` (French message) for a file too large, of an unsupported format,
    corrupt or truncated. Every temporary file, the original included, is gone on exit.
    """
    if upload.size is not None and upload.size > max_bytes():
        raise ValidationError(
            f"Photo refusée : fichier trop volumineux ({_megabytes(upload.size)}, "
            f"maximum {_megabytes(max_bytes())})."
        )
    workdir = Path(tempfile.mkdtemp(prefix="vitrine-photo-", dir=_work_root()))
    try:
        original = workdir / "original"
        with original.open("wb") as stream:
            for chunk in upload.chunks():
                stream.write(chunk)
        with original.open("rb") as stream:
            kind = sniff(stream.read(16))
        if kind is None:
            raise ValidationError(
                "Photo refusée : format non pris en charge (JPEG, PNG, WebP ou HEIC attendu)."
            )
        destination = workdir / f"anonymisee{OUTPUT_EXTENSIONS[kind]}"
        try:
            report = anonymize_image(original, destination, method)
        except ImageError as error:
            raise ValidationError(_french(error, original)) from error
        yield report, destination
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        upload.close()
