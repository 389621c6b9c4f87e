from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from vitrine.web.conformite.checking import MAX_LENGTH
from vitrine.web.publications.models import CHANNEL_CHOICES, METHOD_CHOICES


class PublicationForm(forms.Form):
    channel = forms.ChoiceField(label=_("Réseau"), choices=CHANNEL_CHOICES)
    # strip=False: the findings point at offsets of the text exactly as typed.
    text = forms.CharField(
        label=_("Texte de la publication"),
        required=False,
        strip=False,
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
    )

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"]
        return text.replace("\r\n", "\n")


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo"),
        help_text=_("JPEG, PNG, WebP ou HEIC (photo d'iPhone)."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/heic,.heic,.heif"}
        ),
    )
    method = forms.ChoiceField(
        label=_("Masquage des visages"),
        choices=METHOD_CHOICES,
        initial="blur",
        widget=forms.RadioSelect,
    )
