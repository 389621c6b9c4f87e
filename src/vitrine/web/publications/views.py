"""Publications: drafts of posts, their compliance findings and their anonymised photos."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from vitrine.web.conformite.checking import finding_views, run_check, segments
from vitrine.web.practices.roles import Cap
from vitrine.web.practices.tenancy import get_scoped_or_404, practice_view, scoped
from vitrine.web.publications import actions
from vitrine.web.publications.forms import PhotoForm, PublicationForm
from vitrine.web.publications.models import Publication, PublicationPhoto
from vitrine.web.publications.photos import max_bytes

CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def _first_error(form: PublicationForm | PhotoForm) -> str:
    return next((str(e) for errors in form.errors.values() for e in errors), _("Saisie invalide."))


def _findings_context(request: HttpRequest, publication: Publication) -> dict[str, Any]:
    """The compliance findings of the stored text, shown with the checker's own partial."""
    if not publication.text.strip():
        return {"checked": False}
    report = run_check(request.membership.practice, publication.text, publication.channel)  # type: ignore[attr-defined]
    views = finding_views(report.findings)
    return {"checked": True, "findings": views, "segments": segments(publication.text, views)}


@practice_view(Cap.DRAFT)
@require_GET
def publication_list(request: HttpRequest) -> HttpResponse:
    publications = scoped(request, Publication).select_related("author").prefetch_related("photos")
    return render(request, "publications/list.html", {"publications": publications})


@practice_view(Cap.DRAFT)
def publication_create(request: HttpRequest) -> HttpResponse:
    form = PublicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            publication = actions.do_create_publication(
                request.membership,  # type: ignore[attr-defined]
                form.cleaned_data["channel"],
                form.cleaned_data["text"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            messages.success(request, _("Brouillon enregistré."))
            return redirect("publications:edit", publication.pk)
    return render(request, "publications/create.html", {"form": form})


def _edit_context(request: HttpRequest, publication: Publication, **extra: Any) -> dict[str, Any]:
    context: dict[str, Any] = {
        "publication": publication,
        "photos": publication.photos.select_related("uploaded_by"),
        "form": PublicationForm(initial={"channel": publication.channel, "text": publication.text}),
        "photo_form": PhotoForm(),
        "max_megabytes": max_bytes() // 1_000_000,
        "readonly": True,
    }
    context.update(_findings_context(request, publication))
    context.update(extra)
    return context


@practice_view(Cap.DRAFT)
def publication_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft: its text and findings, its photos and the form to add one."""
    publication = get_scoped_or_404(request, Publication, pk=pk)
    if request.method != "POST":
        return render(request, "publications/edit.html", _edit_context(request, publication))
    form = PublicationForm(request.POST)
    if form.is_valid():
        try:
            actions.do_update_publication(
                request.membership,  # type: ignore[attr-defined]
                publication,
                form.cleaned_data["channel"],
                form.cleaned_data["text"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            messages.success(request, _("Brouillon enregistré."))
            return redirect("publications:edit", publication.pk)
    context = _edit_context(request, publication, form=form)
    return render(request, "publications/edit.html", context, status=400)


@practice_view(Cap.DRAFT)
@require_POST
def publication_delete(request: HttpRequest, pk: int) -> HttpResponse:
    publication = get_scoped_or_404(request, Publication, pk=pk)
    actions.do_delete_publication(request.membership, publication)  # type: ignore[attr-defined]
    messages.success(request, _("Brouillon supprimé."))
    return redirect("publications:list")


@practice_view(Cap.DRAFT)
@require_POST
def photo_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Anonymise the uploaded photo; on refusal, the page says why and nothing is stored."""
    publication = get_scoped_or_404(request, Publication, pk=pk)
    form = PhotoForm(request.POST, request.FILES)
    error = ""
    if form.is_valid():
        try:
            photo = actions.do_add_photo(
                request.membership,  # type: ignore[attr-defined]
                publication,
                form.cleaned_data["photo"],
                form.cleaned_data["method"],
            )
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            messages.success(request, _("Photo ajoutée : métadonnées supprimées, visages masqués."))
            return redirect(f"{reverse('publications:edit', args=[publication.pk])}#photo-{photo.pk}")
    else:
        error = _first_error(form)
    context = _edit_context(request, publication, photo_form=form, photo_error=error)
    return render(request, "publications/edit.html", context, status=400)


@practice_view(Cap.DRAFT)
@require_POST
def photo_delete(request: HttpRequest, pk: int) -> HttpResponse:
    photo = get_scoped_or_404(
        request, PublicationPhoto.objects.select_related("publication"), "publication__practice", pk=pk
    )
    publication = photo.publication
    actions.do_delete_photo(request.membership, photo)  # type: ignore[attr-defined]
    messages.success(request, _("Photo supprimée."))
    return redirect("publications:edit", publication.pk)


@practice_view(Cap.DRAFT)
@require_GET
@cache_control(private=True, no_store=True)
def photo_file(request: HttpRequest, pk: int) -> FileResponse:
    """The anonymised file, to members of the practice only (never a public media URL)."""
    photo = get_scoped_or_404(request, PublicationPhoto, "publication__practice", pk=pk)
    extension = (photo.image.name or "").rsplit(".", 1)[-1].lower()
    response = FileResponse(
        photo.image.open("rb"), content_type=CONTENT_TYPES.get(extension, "application/octet-stream")
    )
    response["Content-Disposition"] = f'inline; filename="photo-{photo.pk}.{extension}"'
    return response
