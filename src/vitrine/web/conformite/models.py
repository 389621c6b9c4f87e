"""Saved checks and the practice's compliance settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vitrine.compliance import CHANNELS
from vitrine.web.practices.models import Practice

CHANNEL_LABELS = {
    "instagram": "Instagram",
    "facebook": "Facebook",
    "linkedin": "LinkedIn",
    "x": "X",
    "bluesky": "Bluesky",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "site": _("Site web du cabinet"),
    "avis-reponse": _("Réponse à un avis"),
    "presse": _("Presse"),
    "message": _("Message à un patient"),
    "autre": _("Autre"),
}
CHANNEL_CHOICES = [(channel, CHANNEL_LABELS.get(channel, channel)) for channel in CHANNELS]
INPUT_FORMATS = [("text", _("Texte brut")), ("markdown", "Markdown"), ("html", "HTML")]


class CheckSettings(models.Model):
    """What the foundation's Practice lacks for the checker: the channel proposed by default."""

    practice = models.OneToOneField(Practice, on_delete=models.CASCADE, related_name="check_settings")
    default_channel = models.CharField(_("canal par défaut"), max_length=20, choices=CHANNEL_CHOICES)

    class Meta:
        verbose_name = _("réglages de conformité")

    def __str__(self) -> str:
        return f"{self.practice} — {self.default_channel}"


class SavedCheck(models.Model):
    """A text and its report, saved only when a member asks for it."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="saved_checks")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    channel = models.CharField(_("canal"), max_length=20, choices=CHANNEL_CHOICES)
    input_format = models.CharField(_("format"), max_length=10, choices=INPUT_FORMATS, default="text")
    text = models.TextField(_("texte"))
    report = models.JSONField(_("rapport"))  # Report.to_dict() at the time of saving
    interdit = models.PositiveIntegerField(default=0)
    risque = models.PositiveIntegerField(default=0)
    conseil = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("vérification enregistrée")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} — {self.created_at:%d/%m/%Y %H:%M}"

    @property
    def findings(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.report.get("findings", [])
        return found

    @property
    def total(self) -> int:
        return self.interdit + self.risque + self.conseil
