from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _

from vitrine.web.env import env_bool
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


_GOOGLE_ID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")

# The addresses a practice may type in. The token address receives the instance's client secret
# and the others the practice's tokens: a member able to point them elsewhere could collect the
# secret shared by every practice of the instance. Another host (a proxy, a test server) needs the
# operator's consent: VITRINE_GOOGLE_CUSTOM_ENDPOINTS=1.
GOOGLE_HOSTS = frozenset(
    {
        "accounts.google.com",
        "oauth2.googleapis.com",
        "mybusiness.googleapis.com",
        "mybusinessaccountmanagement.googleapis.com",
        "mybusinessbusinessinformation.googleapis.com",
    }
)
GOOGLE_URL_FIELDS = ("base_url", "token_url", "auth_url", "account_api_url", "info_api_url", "revoke_url")


def _is_google_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "") in GOOGLE_HOSTS and parts.port in (None, 443)


def _google_id(value: str, collection: str) -> str:
    """``"accounts/123"`` or ``"123"`` -> ``"123"``; empty stays empty (chosen after connecting)."""
    value = value.strip().removeprefix(f"{collection}/")
    if value and not _GOOGLE_ID.match(value):
        raise forms.ValidationError(
            _("Identifiant Google invalide : par exemple 1234567890 (ou accounts/1234567890).")
        )
    return value


class GbpForm(forms.Form):
    account_id = forms.CharField(
        label=_("Identifiant du compte Google (accounts/…)"),
        max_length=109,
        required=False,
        help_text=_("Facultatif : laissez vide, vous choisirez l'établissement après « Connecter Google »."),
    )
    location_id = forms.CharField(
        label=_("Identifiant de l'établissement (locations/…)"),
        max_length=110,
        required=False,
        help_text=_("Facultatif, comme le compte."),
    )
    base_url = forms.URLField(label=_("Adresse de l'API"), initial="https://mybusiness.googleapis.com/v4")
    token_url = forms.URLField(
        label=_("Adresse d'authentification"), initial="https://oauth2.googleapis.com/token"
    )
    auth_url = forms.URLField(
        label=_("Adresse de la page de consentement"),
        initial="https://accounts.google.com/o/oauth2/v2/auth",
    )
    # Optional: left empty, the stored address (Google's by default) is kept.
    account_api_url = forms.URLField(
        label=_("Adresse de l'API des comptes"),
        required=False,
        help_text=_("Laissez vide pour garder l'adresse enregistrée (celle de Google par défaut)."),
    )
    info_api_url = forms.URLField(
        label=_("Adresse de l'API des établissements"),
        required=False,
        help_text=_("Laissez vide pour garder l'adresse enregistrée (celle de Google par défaut)."),
    )
    revoke_url = forms.URLField(
        label=_("Adresse de révocation"),
        required=False,
        help_text=_("Laissez vide pour garder l'adresse enregistrée (celle de Google par défaut)."),
    )
    access_token = forms.CharField(label=_("Jeton d'accès"), required=False, widget=forms.PasswordInput)
    refresh_token = forms.CharField(
        label=_("Jeton de renouvellement"), required=False, widget=forms.PasswordInput
    )

    def clean_account_id(self) -> str:
        return _google_id(self.cleaned_data.get("account_id", ""), "accounts")

    def clean_location_id(self) -> str:
        return _google_id(self.cleaned_data.get("location_id", ""), "locations")

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if cleaned is None:
            return cleaned
        if not env_bool("VITRINE_GOOGLE_CUSTOM_ENDPOINTS", False):
            for name in GOOGLE_URL_FIELDS:
                value = cleaned.get(name)
                if value and not _is_google_url(value):
                    self.add_error(
                        name,
                        _(
                            "Seules les adresses de Google (https://…googleapis.com, "
                            "https://accounts.google.com) sont acceptées. Pour passer par un proxy, "
                            "l'exploitant de l'instance doit définir VITRINE_GOOGLE_CUSTOM_ENDPOINTS=1."
                        ),
                    )
        if bool(cleaned.get("account_id")) != bool(cleaned.get("location_id")):
            raise forms.ValidationError(
                _("Renseignez le compte et l'établissement ensemble, ou laissez-les vides tous les deux.")
            )
        return cleaned


class GbpLocationForm(forms.Form):
    """The location picked in the list Google returned (``account/location``, checked again at Google)."""

    etablissement = forms.CharField(
        max_length=201, error_messages={"required": _("Choisissez un établissement.")}
    )

    def clean_etablissement(self) -> tuple[str, str]:
        account_id, _sep, location_id = self.cleaned_data["etablissement"].partition("/")
        if not (_GOOGLE_ID.match(account_id) and _GOOGLE_ID.match(location_id)):
            raise forms.ValidationError(_("Choisissez un établissement dans la liste."))
        return account_id, location_id


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
