"""Post drafts and the anonymised photos attached to them."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vitrine.web.conformite.models import CHANNEL_LABELS
from vitrine.web.practices.models import Practice

#: The compliance channels a post is written for (the social networks).
SOCIAL_CHANNELS: tuple[str, ...] = ("instagram", "facebook", "linkedin", "x", "bluesky", "youtube", "tiktok")
CHANNEL_CHOICES = [(channel, CHANNEL_LABELS[channel]) for channel in SOCIAL_CHANNELS]
METHOD_CHOICES = [("blur", _("Flou")), ("pixelate", _("Pixellisation"))]


class Status(models.TextChoices):
    # Planning, approval and publishing to the networks come with a later issue (ADR 0080).
    BROUILLON = "brouillon", _("Brouillon")


def photo_path(instance: PublicationPhoto, filename: str) -> str:
    """A random name under ``publications/``: the uploaded file's name is never kept.

    ``filename`` is the anonymised file's own name, only its extension is used.
    """
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"publications/{uuid.uuid4().hex}.{extension}"


class Publication(models.Model):
    """A post being written for one social network."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="publications")
    channel = models.CharField(_("canal"), max_length=20, choices=CHANNEL_CHOICES)
    text = models.TextField(_("texte"), blank=True)
    status = models.CharField(_("statut"), max_length=20, choices=Status.choices, default=Status.BROUILLON)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("publication")
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} — {self.created_at:%d/%m/%Y %H:%M}"


class PublicationPhoto(models.Model):
    """The anonymised copy of a photo (metadata removed, faces masked); never the original."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(_("photo anonymisée"), upload_to=photo_path, max_length=200)
    width = models.PositiveIntegerField(_("largeur"))
    height = models.PositiveIntegerField(_("hauteur"))
    method = models.CharField(_("masquage"), max_length=10, choices=METHOD_CHOICES)
    faces = models.JSONField(_("visages masqués"), default=list)  # [{x1, y1, x2, y2, score}]
    faces_left = models.BooleanField(_("visage encore détecté"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("photo de publication")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.publication} — {self.width}×{self.height}"

    @property
    def face_count(self) -> int:
        return len(self.faces)

    @property
    def scores(self) -> list[Any]:
        return [face.get("score") for face in self.faces]
