from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from vitrine.web.practices.models import Membership, Practice, Practitioner


class PracticeForm(forms.ModelForm[Practice]):
    class Meta:
        model = Practice
        fields = ["name", "address", "phone", "email", "website", "google_place_id"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}


class PractitionerForm(forms.ModelForm[Practitioner]):
    class Meta:
        model = Practitioner
        fields = ["title", "full_name", "rpps", "specialty"]


class MemberForm(forms.Form):
    email = forms.EmailField(label=_("Adresse e-mail"))
    full_name = forms.CharField(label=_("Nom complet"), max_length=150)
    role = forms.ChoiceField(label=_("Rôle"), choices=Membership.ROLE_CHOICES)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rôle"), choices=Membership.ROLE_CHOICES)
