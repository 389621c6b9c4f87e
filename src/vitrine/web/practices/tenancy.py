"""Tenant scoping: the one place where a request is tied to a practice.

Every view that shows or changes a practice's data is wrapped in ``practice_view``; every query
for tenant data goes through ``scoped`` or ``get_scoped_or_404``. A practice is chosen
explicitly (``practices:switch``) and kept in the session; the membership is checked again on
every request, so a removed member loses access at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import MultipleObjectsReturned, ObjectDoesNotExist, PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import redirect

from vitrine.web.practices.roles import Cap

if TYPE_CHECKING:
    from vitrine.web.practices.models import Membership, Practice

SESSION_KEY = "vitrine_practice_id"


def current_membership(request: HttpRequest) -> Membership | None:
    """The active membership of the logged-in user in the practice chosen in this session."""
    from vitrine.web.practices.models import Membership

    if not request.user.is_authenticated:
        return None
    practice_id = request.session.get(SESSION_KEY)
    memberships = Membership.objects.select_related("practice").filter(
        user=request.user, active=True, practice__deletion_requested_at__isnull=True
    )
    if practice_id is not None:
        found = memberships.filter(practice_id=practice_id).first()
        if found is not None:
            return found
    # With a single practice there is nothing to choose.
    only = list(memberships[:2])
    if len(only) == 1:
        request.session[SESSION_KEY] = only[0].practice_id
        return only[0]
    return None


def practice_view(
    capability: Cap = Cap.VIEW,
) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    """Decorate a view that needs a chosen practice and ``capability`` in it."""

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            membership = request.membership  # type: ignore[attr-defined]
            if membership is None:
                return redirect("practices:choose")
            if not membership.can(capability):
                raise PermissionDenied("Votre rôle ne permet pas cette action.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def current_practice(request: HttpRequest) -> Practice:
    """The practice of a request that went through ``practice_view``."""
    membership = request.membership  # type: ignore[attr-defined]
    if membership is None:
        raise PermissionDenied
    practice: Practice = membership.practice
    return practice


def scoped[M: Model](
    request: HttpRequest, source: type[M] | QuerySet[M], field: str = "practice"
) -> QuerySet[M]:
    """Restrict a model's rows (or a queryset) to the request's practice."""
    queryset = source if isinstance(source, QuerySet) else source._default_manager.all()
    practice = current_practice(request)
    # Snapshot columns such as AuditRecord.practice_id hold the key, not a foreign key.
    return queryset.filter(**{field: practice.pk if field.endswith("_id") else practice})


def get_scoped_or_404[M: Model](
    request: HttpRequest, source: type[M] | QuerySet[M], field: str = "practice", **lookup: Any
) -> M:
    """Fetch one row of the request's practice, or 404 (never 403: existence is not revealed)."""
    try:
        return scoped(request, source, field).get(**lookup)
    except (ObjectDoesNotExist, MultipleObjectsReturned, ValueError, TypeError) as exc:
        raise Http404 from exc


def visible_audit_records(request: HttpRequest) -> QuerySet[Any]:
    """The practice's audit records, plus its members' account-level ones (logins, failures)."""
    from django.db.models import Q

    from vitrine.web.audit.models import AuditRecord
    from vitrine.web.practices.models import Membership

    practice = current_practice(request)
    members = Membership.objects.filter(practice=practice).values("user_id")
    return AuditRecord.objects.filter(
        Q(practice_id=practice.pk) | Q(practice_id__isnull=True, actor_id__in=members)
    )
