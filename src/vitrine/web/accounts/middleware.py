"""Require TOTP for roles that approve, publish or manage members."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

# Pages a user without MFA may still reach, so that they can set it up or leave.
_ALLOWED_PREFIXES = ("/compte/", "/static/", "/sante", "/i18n/")


def mfa_required(user: Any) -> bool:
    """Whether this user must have TOTP before using the app."""
    from vitrine.web.practices.models import Membership

    if settings.MFA_REQUIRED_FOR_ALL:
        return True
    return Membership.objects.filter(user=user, role__in=settings.MFA_REQUIRED_ROLES, active=True).exists()


def has_totp(user: Any) -> bool:
    return bool(Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists())


class MfaRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(_ALLOWED_PREFIXES)
            and mfa_required(user)
            and not has_totp(user)
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)
