"""Reviews of a practice, their replies, evidence, Google connection and alerts."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from vitrine.web.practices.models import Practice


class Sentiment(models.TextChoices):
    POSITIF = "positif", _("Positif")
    NEUTRE = "neutre", _("Neutre")
    NEGATIF = "negatif", _("Négatif")


class Priority(models.TextChoices):
    HAUTE = "haute", _("Haute")
    NORMALE = "normale", _("Normale")
    BASSE = "basse", _("Basse")


class Review(models.Model):
    """One review as imported or synced; ``(practice, source, review_id)`` is its identity."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(_("plateforme"), max_length=40)
    review_id = models.CharField(_("identifiant"), max_length=300)
    resource_name = models.CharField(max_length=500, blank=True)
    reviewer_name = models.CharField(_("auteur"), max_length=200, blank=True)
    is_anonymous = models.BooleanField(default=False)
    stars = models.PositiveSmallIntegerField(_("note"), null=True, blank=True)
    comment = models.TextField(_("avis"), blank=True)
    created_at = models.DateTimeField(_("publié le"))
    updated_at = models.DateTimeField(_("modifié le"))
    reply_comment = models.TextField(_("réponse publiée"), blank=True)
    reply_time = models.DateTimeField(null=True, blank=True)
    raw = models.JSONField(default=dict)
    imported_at = models.DateTimeField(auto_now_add=True)
    # Triage (filled by the background triage task; null until then).
    triaged_at = models.DateTimeField(null=True, blank=True)
    sentiment = models.CharField(max_length=10, choices=Sentiment.choices, blank=True)
    mismatch = models.BooleanField(default=False)
    topics = models.JSONField(default=list)
    priority = models.CharField(max_length=10, choices=Priority.choices, blank=True)
    report_reasons = models.JSONField(default=list)
    reportable = models.BooleanField(default=False)
    defamation_risk = models.BooleanField(default=False)
    triage = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "source", "review_id"], name="review_unique_per_source"
            )
        ]
        indexes = [
            models.Index(fields=["practice", "-created_at"], name="review_practice_date"),
            models.Index(fields=["practice", "sentiment", "-created_at"], name="review_practice_sentiment"),
            models.Index(fields=["practice", "priority", "-created_at"], name="review_practice_priority"),
            models.Index(fields=["practice", "triaged_at"], name="review_practice_triaged"),
        ]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.source}:{self.review_id}"

    @property
    def answered(self) -> bool:
        return bool(self.reply_comment)


class Reply(models.Model):
    """A reply to a review, from draft to publication (or copy to another platform)."""

    class Status(models.TextChoices):
        BROUILLON = "brouillon", _("Brouillon")
        APPROUVEE = "approuvee", _("Approuvée")
        PUBLIEE = "publiee", _("Publiée")
        COPIEE = "copiee", _("Copiée")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="replies")
    text = models.TextField(_("réponse"))

    class Origin(models.TextChoices):
        MODELE = "modele", _("Modèle de réponse")
        IA = "ia", _("Service d'IA du cabinet")

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.BROUILLON)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MODELE)
    # For an AI draft: exactly what was sent (endpoint, model, masked messages) and the advice.
    llm_exchange = models.JSONField(default=dict, blank=True)
    findings = models.JSONField(default=list)
    blocked = models.BooleanField(default=False)  # an « interdit » finding: no approval, no publication
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Réponse {self.pk} ({self.status})"


class EvidenceQuerySet(models.QuerySet["Evidence"]):
    def update(self, **kwargs: Any) -> int:
        raise PermissionDenied("Une preuve conservée ne peut pas être modifiée.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionDenied("Une preuve conservée ne peut pas être supprimée.")


class Evidence(models.Model):
    """A preserved copy of a review: the JSON as fetched and a rendered PNG, with their SHA-256.

    Immutable: the ORM refuses changes and database triggers refuse UPDATE (and DELETE on
    PostgreSQL unless the practice itself is being erased, see ADR 0051).
    """

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="evidence")
    created_at = models.DateTimeField()
    json_content = models.BinaryField()
    json_sha256 = models.CharField(max_length=64)
    png_content = models.BinaryField()
    png_sha256 = models.CharField(max_length=64)
    # Snapshots rather than a foreign key: deleting an account must not rewrite evidence.
    requested_by_id = models.BigIntegerField(null=True)
    requested_by = models.CharField(max_length=254, blank=True)
    automatic = models.BooleanField(default=False)
    reason = models.CharField(max_length=60, blank=True)

    objects = EvidenceQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Preuve {self.pk}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionDenied("Une preuve conservée ne peut pas être modifiée.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionDenied("Une preuve conservée ne peut pas être supprimée.")


class GbpConnection(models.Model):
    """A practice's Google Business Profile location and its OAuth tokens (encrypted at rest)."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    # Empty until chosen after « Connecter Google » (or typed in by an agency that knows them).
    account_id = models.CharField(_("identifiant du compte"), max_length=100, blank=True)
    location_id = models.CharField(_("identifiant de l'établissement"), max_length=100, blank=True)
    location_title = models.CharField(_("nom de l'établissement chez Google"), max_length=300, blank=True)
    base_url = models.URLField(_("adresse de l'API"), default="https://mybusiness.googleapis.com/v4")
    account_api_url = models.URLField(
        _("adresse de l'API des comptes"), default="https://mybusinessaccountmanagement.googleapis.com/v1"
    )
    info_api_url = models.URLField(
        _("adresse de l'API des établissements"),
        default="https://mybusinessbusinessinformation.googleapis.com/v1",
    )
    token_url = models.URLField(
        _("adresse d'authentification"), default="https://oauth2.googleapis.com/token"
    )
    auth_url = models.URLField(
        _("adresse de la page de consentement"), default="https://accounts.google.com/o/oauth2/v2/auth"
    )
    revoke_url = models.URLField(_("adresse de révocation"), default="https://oauth2.googleapis.com/revoke")
    access_token_enc = models.TextField(blank=True)
    refresh_token_enc = models.TextField(blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_sync_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["practice"], name="one_gbp_connection_per_practice")]

    def __str__(self) -> str:
        return f"Google {self.account_id}/{self.location_id}"


class LlmSettings(models.Model):
    """A practice's OpenAI-compatible drafting endpoint; off until the practice turns it on."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    enabled = models.BooleanField(_("rédaction assistée par IA activée"), default=False)
    base_url = models.URLField(_("adresse du service (…/v1)"), max_length=300, blank=True)
    model = models.CharField(_("modèle"), max_length=100, blank=True)
    api_key_enc = models.TextField(blank=True)
    timeout_seconds = models.PositiveSmallIntegerField(
        _("délai maximal (secondes)"),
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(90)],
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["practice"], name="one_llm_settings_per_practice")]

    def __str__(self) -> str:
        return f"IA {self.model or '-'} ({'activée' if self.enabled else 'désactivée'})"


class Alert(models.Model):
    """Something a practice must look at soon, shown in the app and sent by e-mail."""

    class Kind(models.TextChoices):
        NEGATIF = "negatif", _("Nouvel avis négatif")
        SIGNALABLE = "signalable", _("Avis signalable")
        DIFFAMATION = "diffamation", _("Risque de diffamation")
        BOMBARDEMENT = "bombardement", _("Afflux d'avis négatifs")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    review = models.ForeignKey(Review, null=True, blank=True, on_delete=models.CASCADE, related_name="alerts")
    details = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["practice", "closed_at"], name="alert_practice_open")]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk}"
