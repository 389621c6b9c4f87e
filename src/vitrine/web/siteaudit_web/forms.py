from django import forms
from django.utils.translation import gettext_lazy as _

from vitrine.web.siteaudit_web.models import AuditSchedule


class LaunchForm(forms.Form):
    browser = forms.BooleanField(
        label=_("Rendu dans un navigateur (plus lent)"),
        required=False,
        help_text=_(
            "Pour les pages construites en JavaScript : enregistre aussi les traceurs chargés avant "
            "le consentement et une capture d'écran des pages."
        ),
    )


class ScheduleForm(forms.Form):
    frequency = forms.ChoiceField(label=_("Audits automatiques"), choices=AuditSchedule.Frequency.choices)
    browser = forms.BooleanField(label=_("Avec rendu dans un navigateur"), required=False)
