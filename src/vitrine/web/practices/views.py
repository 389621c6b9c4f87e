"""Practice pages: choosing a practice, the team, the practice's settings, data export."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vitrine.web.audit.actions import record_for
from vitrine.web.practices import actions
from vitrine.web.practices.forms import MemberForm, PracticeForm, PractitionerForm, RoleForm
from vitrine.web.practices.models import Membership, Practice, Practitioner
from vitrine.web.practices.rgpd import export_practice
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import current_practice, get_scoped_or_404, practice_view, scoped


@login_required
def choose(request: HttpRequest) -> HttpResponse:
    memberships = (
        Membership.objects.select_related("practice", "practice__organisation")
        .filter(user=request.user.pk, active=True, practice__deletion_requested_at__isnull=True)
        .order_by("practice__name")
    )
    return render(request, "practices/choose.html", {"memberships": memberships})


@login_required
@require_POST
def switch(request: HttpRequest) -> HttpResponse:
    from vitrine.web.practices.tenancy import SESSION_KEY

    try:
        practice_id = int(request.POST.get("practice", ""))
    except ValueError:
        return redirect("practices:choose")
    membership = actions.do_switch_practice(request.user, practice_id)  # type: ignore[arg-type]
    request.session[SESSION_KEY] = membership.practice_id
    messages.success(
        request, _("Vous travaillez maintenant sur %(name)s.") % {"name": membership.practice.name}
    )
    return redirect("dashboard")


@practice_view(Cap.VIEW)
def team(request: HttpRequest) -> HttpResponse:
    members = scoped(request, Membership).select_related("user").order_by("-active", "user__full_name")
    return render(
        request, "practices/team.html", {"members": members, "form": MemberForm(), "role_form": RoleForm()}
    )


@practice_view(Cap.MANAGE_MEMBERS)
@require_POST
def member_add(request: HttpRequest) -> HttpResponse:
    form = MemberForm(request.POST)
    if form.is_valid():
        actions.do_add_member(request.membership, **form.cleaned_data)  # type: ignore[attr-defined]
        messages.success(
            request, _("Membre ajouté. Il choisira son mot de passe avec le lien « Mot de passe oublié ».")
        )
    else:
        messages.error(request, _("Vérifiez les champs du formulaire."))
    return redirect("practices:team")


@practice_view(Cap.MANAGE_MEMBERS)
@require_POST
def member_role(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_scoped_or_404(request, Membership, pk=pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            actions.do_change_role(request.membership, target, form.cleaned_data["role"])  # type: ignore[attr-defined]
            messages.success(request, _("Rôle modifié."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    return redirect("practices:team")


@practice_view(Cap.MANAGE_MEMBERS)
@require_POST
def member_remove(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_scoped_or_404(request, Membership, pk=pk)
    try:
        actions.do_deactivate_member(request.membership, target)  # type: ignore[attr-defined]
        messages.success(request, _("Membre retiré du cabinet."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("practices:team")


@practice_view(Cap.VIEW)
def settings_page(request: HttpRequest) -> HttpResponse:
    practice = current_practice(request)
    can_manage = request.membership.can(Cap.MANAGE_PRACTICE)  # type: ignore[attr-defined]
    # The form works on a copy: the practice changes only through the audited action.
    form = PracticeForm(request.POST or None, instance=Practice.objects.get(pk=practice.pk))
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied("Votre rôle ne permet pas de modifier le profil du cabinet.")
        if form.is_valid():
            changed = actions.do_update_practice(request.membership, form.cleaned_data)  # type: ignore[attr-defined]
            messages.success(
                request, _("Profil du cabinet enregistré.") if changed else _("Aucun changement.")
            )
            return redirect("practices:settings")
    return render(
        request,
        "practices/settings.html",
        {
            "form": form,
            "practitioners": scoped(request, Practitioner),
            "practitioner_form": PractitionerForm(),
            "can_manage": can_manage,
        },
    )


@practice_view(Cap.MANAGE_PRACTICE)
@require_POST
def practitioner_add(request: HttpRequest) -> HttpResponse:
    form = PractitionerForm(request.POST)
    if form.is_valid():
        try:
            actions.do_add_practitioner(request.membership, **form.cleaned_data)  # type: ignore[attr-defined]
            messages.success(request, _("Praticien ajouté."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    else:
        for errors in form.errors.values():
            messages.error(request, " ".join(str(error) for error in errors))
    return redirect("practices:settings")


@practice_view(Cap.EXPORT_DATA)
def export(request: HttpRequest) -> HttpResponse:
    practice = current_practice(request)
    data = export_practice(practice)
    record_for(request.membership, "export-donnees", practice, octets=len(data))  # type: ignore[attr-defined]
    response = HttpResponse(data, content_type="application/zip")
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="vitrine-cabinet-{practice.pk}-{stamp}.zip"'
    return response


@practice_view(Cap.MANAGE_MEMBERS)
@require_POST
def request_deletion(request: HttpRequest) -> HttpResponse:
    if request.POST.get("confirm") != current_practice(request).name:
        messages.error(request, _("Recopiez exactement le nom du cabinet pour confirmer."))
        return redirect("practices:settings")
    actions.do_request_practice_deletion(request.membership)  # type: ignore[attr-defined]
    messages.warning(
        request, _("Suppression programmée. Un administrateur peut l'annuler pendant le délai de grâce.")
    )
    return redirect("practices:choose")
