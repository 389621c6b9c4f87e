"""Write actions of the publications module; each one is recorded in the audit trail.

Audit summaries hold the channel, lengths, counts and the masking figures: never the text of a
post, never the name of an uploaded file (both may identify a patient).
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from vitrine.web.audit.actions import record_for
from vitrine.web.conformite.checking import counts, run_check, validate_input
from vitrine.web.practices.models import Membership
from vitrine.web.practices.roles import Cap
from vitrine.web.publications.models import SOCIAL_CHANNELS, Publication, PublicationPhoto
from vitrine.web.publications.photos import anonymised

METHODS = ("blur", "pixelate")


def _require(membership: Membership, capability: Cap) -> None:
    if not membership.can(capability):
        raise PermissionDenied("Votre rôle ne permet pas cette action.")


def _own(membership: Membership, publication: Publication) -> None:
    if publication.practice_id != membership.practice_id:
        raise PermissionDenied


def _clean(text: str, channel: str) -> tuple[str, str]:
    text, channel, _ = validate_input(text, channel)
    if channel not in SOCIAL_CHANNELS:
        raise ValidationError(f"Canal de publication inconnu : {channel!r}.", code="channel")
    return text, channel


def _text_summary(membership: Membership, text: str, channel: str) -> dict[str, object]:
    findings = run_check(membership.practice, text, channel).findings if text.strip() else []
    return {"canal": channel, "longueur": len(text), **counts(findings)}


def do_create_publication(membership: Membership, channel: str, text: str) -> Publication:
    """Start a draft for the member's practice."""
    _require(membership, Cap.DRAFT)
    text, channel = _clean(text, channel)
    summary = _text_summary(membership, text, channel)
    with transaction.atomic():
        publication = Publication.objects.create(
            practice=membership.practice, author=membership.user, channel=channel, text=text
        )
        record_for(membership, "publication-creee", publication, **summary)
    return publication


def do_update_publication(
    membership: Membership, publication: Publication, channel: str, text: str
) -> Publication:
    """Change a draft's text and channel."""
    _require(membership, Cap.DRAFT)
    _own(membership, publication)
    text, channel = _clean(text, channel)
    summary = _text_summary(membership, text, channel)
    with transaction.atomic():
        publication.channel, publication.text = channel, text
        publication.save(update_fields=["channel", "text", "updated_at"])
        record_for(membership, "publication-modifiee", publication, **summary)
    return publication


def do_delete_publication(membership: Membership, publication: Publication) -> None:
    """Delete a draft and its photos (their files leave once the deletion is committed)."""
    _require(membership, Cap.DRAFT)
    _own(membership, publication)
    with transaction.atomic():
        record_for(
            membership,
            "publication-supprimee",
            publication,
            canal=publication.channel,
            photos=publication.photos.count(),
        )
        publication.delete()


def do_add_photo(
    membership: Membership, publication: Publication, upload: UploadedFile[bytes], method: str = "blur"
) -> PublicationPhoto:
    """Anonymise an uploaded photo and attach the anonymised copy to a draft.

    Raises ``ValidationError`` (French) when the file is refused; nothing is stored then. The
    original upload is deleted in every case and never reaches storage.
    """
    _require(membership, Cap.DRAFT)
    _own(membership, publication)
    if method not in METHODS:
        raise ValidationError(f"Méthode de masquage inconnue : {method!r}.", code="method")
    with anonymised(upload, method) as (report, path):
        photo = PublicationPhoto(
            publication=publication,
            width=report.width,
            height=report.height,
            method=method,
            faces=[face.to_dict() for face in report.faces],
            faces_left=report.face_still_detected,
            uploaded_by=membership.user,
        )
        with path.open("rb") as stream:
            photo.image.save(Path(path).name, File(stream), save=False)
    try:
        with transaction.atomic():
            photo.save()
            record_for(
                membership,
                "photo-ajoutee",
                photo,
                publication=publication.pk,
                methode=method,
                visages=len(report.faces),
                visage_restant=report.face_still_detected,
                largeur=report.width,
                hauteur=report.height,
            )
            Publication.objects.filter(pk=publication.pk).update(updated_at=photo.created_at)
    except BaseException:
        if photo.image.name:
            photo.image.storage.delete(photo.image.name)
        raise
    return photo


def do_delete_photo(membership: Membership, photo: PublicationPhoto) -> None:
    """Remove a photo from a draft (its file leaves once the deletion is committed)."""
    _require(membership, Cap.DRAFT)
    _own(membership, photo.publication)
    with transaction.atomic():
        record_for(membership, "photo-supprimee", photo, publication=photo.publication_id)
        photo.delete()
