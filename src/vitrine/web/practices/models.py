"""Tenants: an organisation (agency or single practice) owns practices; people join by membership."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from vitrine.web.practices.roles import ROLE_LABELS, Cap, Role, can


def validate_rpps(value: str) -> None:
    """An RPPS number has 11 digits and ends with a Luhn check digit."""
    if len(value) != 11 or not value.isdigit():
        raise ValidationError(_("Le numéro RPPS comporte 11 chiffres."))
    total = 0
    for index, char in enumerate(reversed(value)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    if total % 10:
        raise ValidationError(
            _("Le numéro RPPS %(value)s n'est pas valide (clé de contrôle)."), params={"value": value}
        )


class Organisation(models.Model):
    class Kind(models.TextChoices):
        AGENCY = "agence", _("Agence")
        PRACTICE = "cabinet", _("Cabinet indépendant")

    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.PRACTICE)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Practice(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="practices")
    name = models.CharField(_("nom du cabinet"), max_length=200)
    address = models.TextField(_("adresse"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail du cabinet"), blank=True)
    website = models.URLField(_("site web"), blank=True)
    networks = models.JSONField(_("réseaux sociaux"), default=dict, blank=True)
    google_place_id = models.CharField(_("identifiant Google (place id)"), max_length=200, blank=True)
    deletion_requested_at = models.DateTimeField(null=True, blank=True)
    deletion_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cabinet")

    def __str__(self) -> str:
        return self.name


class Practitioner(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="practitioners")
    title = models.CharField(_("titre"), max_length=20, default="Dr")
    full_name = models.CharField(_("nom"), max_length=150)
    rpps = models.CharField(_("numéro RPPS"), max_length=11, validators=[validate_rpps])
    specialty = models.CharField(_("spécialité"), max_length=200)

    class Meta:
        verbose_name = _("praticien")

    def __str__(self) -> str:
        return f"{self.title} {self.full_name}"


class Membership(models.Model):
    ROLE_CHOICES = [(role.value, label) for role, label in ROLE_LABELS.items()]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rôle"), max_length=30, choices=ROLE_CHOICES)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "practice"], name="one_membership_per_practice")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.practice} ({self.role})"

    def can(self, capability: Cap) -> bool:
        return self.active and can(self.role, capability)

    @property
    def role_label(self) -> str:
        return str(ROLE_LABELS.get(Role(self.role), self.role))
