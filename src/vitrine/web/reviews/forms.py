from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from vitrine.web.reviews.models import Priority, Sentiment


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier d'avis"),
        help_text=_(
            "JSON de l'API Google Business Profile, reviews.json de Google Takeout, "
            "ou CSV (colonnes documentées)."
        ),
    )


class FilterForm(forms.Form):
    sentiment = forms.ChoiceField(
        label=_("Sentiment"), required=False, choices=[("", _("Tous")), *Sentiment.choices]
    )
    priority = forms.ChoiceField(
        label=_("Priorité"), required=False, choices=[("", _("Toutes")), *Priority.choices]
    )
    unanswered = forms.BooleanField(label=_("Sans réponse"), required=False)
    reportable = forms.BooleanField(label=_("Signalables"), required=False)
    defamation = forms.BooleanField(label=_("Risque de diffamation"), required=False)


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Texte de la réponse"), widget=forms.Textarea(attrs={"rows": 6}), max_length=4000
    )


class GbpForm(forms.Form):
    account_id = forms.CharField(label=_("Identifiant du compte Google (accounts/…)"), max_length=100)
    location_id = forms.CharField(label=_("Identifiant de l'établissement (locations/…)"), max_length=100)
    base_url = forms.URLField(label=_("Adresse de l'API"), initial="https://mybusiness.googleapis.com/v4")
    token_url = forms.URLField(
        label=_("Adresse d'authentification"), initial="https://oauth2.googleapis.com/token"
    )
    auth_url = forms.URLField(
        label=_("Adresse de la page de consentement"),
        initial="https://accounts.google.com/o/oauth2/v2/auth",
    )
    access_token = forms.CharField(label=_("Jeton d'accès"), required=False, widget=forms.PasswordInput)
    refresh_token = forms.CharField(
        label=_("Jeton de renouvellement"), required=False, widget=forms.PasswordInput
    )


class LlmSettingsForm(forms.Form):
    enabled = forms.BooleanField(label=_("Activer la rédaction assistée par IA"), required=False)
    base_url = forms.URLField(
        label=_("Adresse du service compatible OpenAI"),
        required=False,
        max_length=300,
        help_text=_("Par exemple http://localhost:11434/v1 pour Ollama sur ce serveur."),
    )
    model = forms.CharField(label=_("Modèle"), required=False, max_length=100)
    api_key = forms.CharField(
        label=_("Clé d'API"),
        required=False,
        max_length=500,
        widget=forms.PasswordInput,
        help_text=_(
            "Chiffrée avant d'être enregistrée, jamais réaffichée. Laissez vide pour garder l'actuelle."
        ),
    )
    clear_api_key = forms.BooleanField(label=_("Effacer la clé enregistrée"), required=False)
    timeout_seconds = forms.IntegerField(
        label=_("Délai maximal d'attente (secondes)"), min_value=5, max_value=90, initial=30
    )
