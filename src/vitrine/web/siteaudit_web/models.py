"""Audits of a practice's website, their schedule and the alerts they raise."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from vitrine.web.practices.models import Practice


class SiteAudit(models.Model):
    """One run of the core audit (``vitrine.siteaudit``) on the practice's website."""

    class Status(models.TextChoices):
        PENDING = "en-attente", _("En attente")
        RUNNING = "en-cours", _("En cours")
        DONE = "termine", _("Terminé")
        FAILED = "echec", _("Échec")

    class Trigger(models.TextChoices):
        MANUAL = "manuel", _("Manuel")
        SCHEDULED = "planifie", _("Planifié")

    class Step(models.TextChoices):
        CRAWL = "exploration", _("Exploration des pages")
        CONTENT = "contenu", _("Lecture déontologique des pages")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="site_audits")
    url = models.URLField(_("site audité"), max_length=500)
    status = models.CharField(_("état"), max_length=20, choices=Status.choices, default=Status.PENDING)
    trigger = models.CharField(_("origine"), max_length=20, choices=Trigger.choices, default=Trigger.MANUAL)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    render = models.BooleanField(_("rendu navigateur"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    result = models.JSONField(default=dict, blank=True)  # AuditResult.to_dict()
    error = models.TextField(blank=True)
    # Paths relative to MEDIA_ROOT; served only through the scoped download view.
    report_html = models.CharField(max_length=300, blank=True)
    report_pdf = models.CharField(max_length=300, blank=True)
    previous = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    new_problems = models.PositiveIntegerField(default=0)
    fixed_problems = models.PositiveIntegerField(default=0)
    # Progress while the audit runs: pages fetched (or read for deontology) out of those known.
    progress_step = models.CharField(max_length=20, choices=Step.choices, blank=True)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("audit du site")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["practice", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.url} ({self.get_status_display()})"

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.RUNNING)

    @property
    def page_count(self) -> int:
        pages: list[dict[str, Any]] = self.result.get("pages", [])
        return sum(1 for page in pages if page.get("status") == 200)

    @property
    def duration(self) -> timedelta | None:
        if self.started_at and self.finished_at:
            return self.finished_at - self.started_at
        return None


class AuditSchedule(models.Model):
    """How often the practice's website is audited again by the worker."""

    class Frequency(models.TextChoices):
        NEVER = "jamais", _("Jamais (audits manuels seulement)")
        WEEKLY = "hebdomadaire", _("Chaque semaine")
        MONTHLY = "mensuelle", _("Chaque mois")
        QUARTERLY = "trimestrielle", _("Chaque trimestre")

    PERIODS = {
        Frequency.WEEKLY: timedelta(days=7),
        Frequency.MONTHLY: timedelta(days=30),
        Frequency.QUARTERLY: timedelta(days=91),
    }

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    frequency = models.CharField(
        _("fréquence"), max_length=20, choices=Frequency.choices, default=Frequency.NEVER
    )
    render = models.BooleanField(_("rendu navigateur"), default=False)
    next_due_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("planification des audits")
        constraints = [models.UniqueConstraint(fields=["practice"], name="one_audit_schedule_per_practice")]

    def __str__(self) -> str:
        return f"{self.practice} : {self.get_frequency_display()}"

    @property
    def period(self) -> timedelta | None:
        return self.PERIODS.get(self.Frequency(self.frequency))


class Alert(models.Model):
    """New problems found by an audit that were not in the previous audit of the same site."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    audit = models.ForeignKey(SiteAudit, on_delete=models.CASCADE, related_name="alerts")
    created_at = models.DateTimeField(auto_now_add=True)
    count = models.PositiveIntegerField()
    # [{"page", "check", "severity", "message"}]: what the alert lists (no page text).
    problems = models.JSONField(default=list)
    read_at = models.DateTimeField(null=True, blank=True)
    read_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    emailed_to = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("alerte du site")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.count} nouveau(x) problème(s) — {self.audit.url}"
