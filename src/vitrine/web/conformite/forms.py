from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from vitrine.web.conformite.checking import MAX_LENGTH
from vitrine.web.conformite.models import CHANNEL_CHOICES, INPUT_FORMATS


class CheckForm(forms.Form):
    # strip=False: findings point at offsets of the text exactly as typed.
    text = forms.CharField(
        label=_("Texte à vérifier"),
        required=False,
        strip=False,
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
    )
    channel = forms.ChoiceField(label=_("Canal"), choices=CHANNEL_CHOICES)
    input_format = forms.ChoiceField(label=_("Format"), choices=INPUT_FORMATS, initial="text")

    def clean_text(self) -> str:
        # Browsers send textarea line breaks as CRLF; the page works on what the textarea holds.
        text: str = self.cleaned_data["text"]
        return text.replace("\r\n", "\n")


class ApplyForm(CheckForm):
    rule = forms.CharField(max_length=60)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=0)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("start") is not None and data.get("end") is not None and data["end"] < data["start"]:
            raise ValidationError(_("Position de constat invalide."))
        return data


class DefaultChannelForm(forms.Form):
    default_channel = forms.ChoiceField(label=_("Canal proposé par défaut"), choices=CHANNEL_CHOICES)
