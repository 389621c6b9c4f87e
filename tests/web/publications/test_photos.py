"""Adding a photo to a draft: only an anonymised copy is stored, served to the practice alone."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pillow_heif
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from tests.fixtures import World, logged_in
from tests.privacy.pictures import SECRET
from tests.web.publications.conftest import FACE_REGION, files_under, png_bytes
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.actions import purge_due_practices
from vitrine.web.publications.models import Publication, PublicationPhoto

pytestmark = pytest.mark.django_db


def _draft(world: World) -> Publication:
    return Publication.objects.get(practice=world.fontaine)


def _upload(client: Client, publication: Publication, content: bytes, name: str, method: str = "blur") -> Any:
    photo = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return client.post(f"/publications/{publication.pk}/photos/", {"photo": photo, "method": method})


def _detail(values: np.ndarray) -> float:
    return float(np.abs(np.diff(values, axis=1)).mean())


def test_a_phone_photo_is_stored_upright_without_metadata_and_with_the_face_blurred(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, astronaut: Image.Image
) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    publication = _draft(world)
    response = _upload(client, publication, phone_jpeg, "IMG_2024_mme_durand.jpg")
    assert response.status_code == 302
    photo = PublicationPhoto.objects.get(publication=publication)
    assert (photo.width, photo.height) == (512, 384)  # EXIF orientation applied
    assert photo.method == "blur" and photo.face_count == 1 and photo.faces_left is False
    assert photo.faces[0]["score"] > 0.7

    # The only file written is the anonymised copy, under a random name.
    stored = files_under(folders["media"])
    assert stored == [folders["media"] / photo.image.name]
    assert "durand" not in photo.image.name and "IMG" not in photo.image.name
    raw = stored[0].read_bytes()
    for marker in (SECRET, b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"Photoshop 3.0", b"ICC_PROFILE"):
        assert marker not in raw
    with Image.open(stored[0]) as written:
        assert len(written.getexif()) == 0 and written.getexif().get_ifd(0x8825) == {}
        face_after = np.asarray(written.convert("L").crop(FACE_REGION), dtype=float)
    face_before = np.asarray(astronaut.convert("L").crop(FACE_REGION), dtype=float)
    assert _detail(face_after) < 0.3 * _detail(face_before)
    # The original went nowhere: the upload folder (Django's spool and ours) is empty again.
    assert files_under(folders["uploads"]) == []

    page = client.get(response["Location"]).content.decode()
    assert "1 visage masqué" in page
    assert f"score {photo.faces[0]['score']:.2f}".replace(".", ",") in page
    assert "Métadonnées supprimées (position GPS" in page
    assert f"/publications/photos/{photo.pk}/" in page

    served = client.get(f"/publications/photos/{photo.pk}/")
    assert served.status_code == 200 and served["Content-Type"] == "image/jpeg"
    assert "no-store" in served["Cache-Control"] and "private" in served["Cache-Control"]
    assert b"".join(served.streaming_content) == raw  # type: ignore[attr-defined]

    audit = AuditRecord.objects.get(action="photo-ajoutee")
    assert audit.summary == {
        "publication": publication.pk,
        "methode": "blur",
        "visages": 1,
        "visage_restant": False,
        "largeur": 512,
        "hauteur": 384,
    }
    assert audit.object_id == str(photo.pk) and audit.practice_id == world.fontaine.pk


def test_pixelation_is_chosen_on_the_form_and_a_png_stays_a_png(
    world: World, folders: dict[str, Path], astronaut: Image.Image
) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    response = _upload(client, _draft(world), png_bytes(astronaut), "photo.png", method="pixelate")
    assert response.status_code == 302
    photo = PublicationPhoto.objects.get()
    assert photo.method == "pixelate" and photo.image.name.endswith(".png")
    with Image.open(folders["media"] / photo.image.name) as written:
        assert written.format == "PNG"
        face = np.asarray(written.convert("L").crop(FACE_REGION))
    assert len({tuple(row) for row in face}) < face.shape[0] / 4  # blocks, not detail
    assert "pixellisation" in client.get(response["Location"]).content.decode()


def test_an_iphone_heic_photo_is_accepted_and_stored_as_jpeg(
    world: World, folders: dict[str, Path], astronaut: Image.Image
) -> None:
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (45.0, 45.0, 30.0)
    buffer = io.BytesIO()
    astronaut.save(buffer, "HEIF", exif=exif.tobytes())
    client = logged_in(world.user("praticien"), world.fontaine)
    assert _upload(client, _draft(world), buffer.getvalue(), "IMG_0001.HEIC").status_code == 302
    photo = PublicationPhoto.objects.get()
    assert photo.image.name.endswith(".jpg") and photo.face_count == 1
    with Image.open(folders["media"] / photo.image.name) as written:
        assert written.format == "JPEG" and len(written.getexif()) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"truncated", "Photo refusée : image illisible ou tronquée"),
        (b"Ceci n'est pas une image.", "Photo refusée : format non pris en charge"),
        (b"GIF89a" + bytes(64), "Photo refusée : format non pris en charge"),
    ],
)
def test_a_corrupt_or_unsupported_file_is_refused_in_french_and_nothing_is_stored(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, content: bytes, message: str
) -> None:
    if content == b"truncated":
        content = phone_jpeg[: len(phone_jpeg) // 2]
    client = logged_in(world.user("community-manager"), world.fontaine)
    response = _upload(client, _draft(world), content, "photo.jpg")
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and 'data-testid="photo-error"' in page
    assert "/tmp" not in page and str(folders["uploads"]) not in page  # no temporary path shown
    assert not PublicationPhoto.objects.exists()
    assert files_under(folders["media"]) == [] and files_under(folders["uploads"]) == []
    assert not AuditRecord.objects.filter(action="photo-ajoutee").exists()


def test_a_photo_over_the_size_limit_is_refused(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, settings: Any
) -> None:
    settings.PUBLICATIONS_PHOTO_MAX_BYTES = 10_000
    client = logged_in(world.user("community-manager"), world.fontaine)
    response = _upload(client, _draft(world), phone_jpeg, "photo.jpg")
    assert response.status_code == 400
    assert "Photo refusée : fichier trop volumineux" in response.content.decode()
    assert "maximum 0,0 Mo" in response.content.decode()
    assert not PublicationPhoto.objects.exists() and files_under(folders["media"]) == []


def test_another_practice_can_neither_see_nor_delete_the_photo(
    world: World, folders: dict[str, Path], phone_jpeg: bytes
) -> None:
    owner = logged_in(world.user("community-manager"), world.fontaine)
    _upload(owner, _draft(world), phone_jpeg, "photo.jpg")
    photo = PublicationPhoto.objects.get()
    outsider = logged_in(world.outsider.user, world.rival)
    assert outsider.get(f"/publications/photos/{photo.pk}/").status_code == 404
    assert outsider.post(f"/publications/photos/{photo.pk}/supprimer/").status_code == 404
    assert outsider.get(f"/publications/{photo.publication_id}/").status_code == 404
    assert outsider.post(f"/publications/{photo.publication_id}/photos/").status_code == 404
    # The agency works for both practices: while on Rival, Fontaine's photo is not there either.
    agency = logged_in(world.agency, world.rival)
    assert agency.get(f"/publications/photos/{photo.pk}/").status_code == 404
    assert PublicationPhoto.objects.filter(pk=photo.pk).exists()
    assert (folders["media"] / photo.image.name).exists()


@pytest.mark.parametrize("role", ["webmaster", "admin"])
def test_a_role_without_the_draft_capability_gets_403(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, role: str
) -> None:
    _upload(logged_in(world.user("community-manager"), world.fontaine), _draft(world), phone_jpeg, "a.jpg")
    photo = PublicationPhoto.objects.get()
    client = logged_in(world.user(role), world.fontaine)
    for url in ("/publications/", "/publications/nouvelle/", f"/publications/photos/{photo.pk}/"):
        assert client.get(url).status_code == 403, url
    assert _upload(client, _draft(world), phone_jpeg, "b.jpg").status_code == 403
    assert client.post(f"/publications/photos/{photo.pk}/supprimer/").status_code == 403
    assert PublicationPhoto.objects.count() == 1


def test_deleting_a_photo_removes_its_file_once_committed(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, django_capture_on_commit_callbacks: Any
) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    _upload(client, _draft(world), phone_jpeg, "photo.jpg")
    photo = PublicationPhoto.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/publications/photos/{photo.pk}/supprimer/")
    assert response.status_code == 302
    assert not PublicationPhoto.objects.exists() and files_under(folders["media"]) == []
    assert AuditRecord.objects.get(action="photo-supprimee").summary == {"publication": photo.publication_id}


def test_deleting_a_draft_removes_its_photos_and_their_files(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, django_capture_on_commit_callbacks: Any
) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    publication = _draft(world)
    _upload(client, publication, phone_jpeg, "photo.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/publications/{publication.pk}/supprimer/").status_code == 302
    assert not Publication.objects.filter(pk=publication.pk).exists()
    assert not PublicationPhoto.objects.exists() and files_under(folders["media"]) == []
    deleted = AuditRecord.objects.get(action="publication-supprimee")
    assert deleted.summary == {"canal": "instagram", "photos": 1}


def test_purging_the_practice_removes_the_photo_files(
    world: World, folders: dict[str, Path], phone_jpeg: bytes, django_capture_on_commit_callbacks: Any
) -> None:
    _upload(logged_in(world.user("community-manager"), world.fontaine), _draft(world), phone_jpeg, "a.jpg")
    assert len(files_under(folders["media"])) == 1
    world.fontaine.deletion_requested_at = timezone.now() - timedelta(days=365)
    world.fontaine.save(update_fields=["deletion_requested_at"])
    with django_capture_on_commit_callbacks(execute=True):
        assert purge_due_practices() == [world.fontaine.name]
    assert not PublicationPhoto.objects.exists() and files_under(folders["media"]) == []
