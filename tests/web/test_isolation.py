"""Every URL of the project, walked automatically, never serves a practice's data to outsiders.

New URL patterns are covered without editing this test: patterns are read from the resolver
and their parameters filled with the keys of every row that belongs to the practice.
"""

from __future__ import annotations

import hashlib
import html
import itertools
from collections.abc import Iterator

import pytest
from django.apps import apps
from django.core import serializers
from django.db import models
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.fixtures import FONTAINE_MARKERS, SecureClient, World, logged_in
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.models import Practice

MAX_VALUES_PER_PATTERN = 12


def _patterns(resolver: URLResolver, prefix: str = "") -> Iterator[tuple[str, dict[str, object]]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), dict(entry.pattern.converters)  # type: ignore[attr-defined]


def _practice_rows(practice: Practice) -> list[models.Model]:
    rows: list[models.Model] = [practice]
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.ForeignKey) and field.related_model is Practice:
                rows.extend(model._default_manager.filter(**{field.name: practice}))
    rows.extend(AuditRecord.objects.filter(practice_id=practice.pk))
    return rows


def _fingerprint(practice: Practice) -> str:
    data = serializers.serialize("json", _practice_rows(practice))
    return hashlib.sha256(data.encode()).hexdigest()


def _concrete_urls(world: World) -> list[str]:
    rows = _practice_rows(world.fontaine)
    int_values = sorted({row.pk for row in rows if isinstance(row.pk, int)})[:MAX_VALUES_PER_PATTERN]
    str_values = sorted({str(row.pk) for row in rows})[:MAX_VALUES_PER_PATTERN]
    urls: list[str] = []
    for pattern, converters in _patterns(get_resolver()):
        route = pattern.lstrip("^").rstrip("$").replace("\\Z", "")
        if "(?P<" in route:  # regex routes (none of ours) would need their own filling
            route = route.split("(?P<")[0]
        names = [name for name in converters]
        choices = []
        for name in names:
            kind = type(converters[name]).__name__
            choices.append(int_values if kind == "IntConverter" else str_values or ["x"])
        for combo in itertools.islice(itertools.product(*choices), MAX_VALUES_PER_PATTERN) if names else [()]:
            url = route
            for name, value in zip(names, combo, strict=True):
                converter = type(converters[name]).__name__.replace("Converter", "").lower()
                url = url.replace(f"<{converter}:{name}>", str(value)).replace(f"<{name}>", str(value))
            urls.append("/" + url)
    return sorted(set(urls))


def _body(response: object) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")  # type: ignore[attr-defined]
    return response.content.decode(errors="replace")  # type: ignore[attr-defined]


def _markers(world: World) -> set[str]:
    """Distinctive texts of Fontaine's rows (names, comments, addresses) that Rival does not share."""
    rival_values = {
        str(getattr(row, f.attname)) for row in _practice_rows(world.rival) for f in row._meta.concrete_fields
    }
    markers = set(FONTAINE_MARKERS)
    for row in _practice_rows(world.fontaine):
        if isinstance(row, AuditRecord):
            continue
        for field in row._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField) and not field.choices:
                value = str(getattr(row, field.attname) or "")
                if len(value) >= 10 and value not in rival_values:
                    markers.add(value[:60])
    return markers


def _walk(client: Client, world: World, urls: list[str]) -> list[str]:
    leaks: list[str] = []
    markers = _markers(world)
    payload = {
        "practice": world.fontaine.pk,
        "pk": world.fontaine.pk,
        "role": "admin",
        "email": "intrus@rival.test",
        "full_name": "Intrus",
        "confirm": world.fontaine.name,
        "name": "Pirate",
        "text": "x",
        "channel": "site",
    }
    for url in urls:
        for method in ("get", "post"):
            response = getattr(client, method)(url, payload if method == "post" else None)
            # /sante answers 503 by design when no worker has reported in.
            assert response.status_code < 500 or url == "/sante", (
                f"{method.upper()} {url} -> {response.status_code}"
            )
            body = _body(response)
            found = [marker for marker in markers if marker in body or html.escape(marker) in body]
            if found:
                leaks.append(f"{method.upper()} {url} -> {response.status_code} contient {found}")
    return leaks


@pytest.mark.django_db
def test_every_url_pattern_is_walked(world: World) -> None:
    urls = _concrete_urls(world)
    # The walk must reach the practice pages with the practice's own keys.
    assert any(url.startswith("/equipe/") and url.rstrip("/").split("/")[-2].isdigit() for url in urls)
    assert "/journal/" in urls and "/parametres/export/" in urls


@pytest.mark.django_db
def test_a_member_of_another_practice_never_gets_the_practice_data(world: World) -> None:
    before = _fingerprint(world.fontaine)
    client = logged_in(world.outsider.user, world.rival)
    leaks = _walk(client, world, _concrete_urls(world))
    assert leaks == []
    assert _fingerprint(world.fontaine) == before
    assert not AuditRecord.objects.filter(
        practice_id=world.fontaine.pk, actor_id=world.outsider.user.pk
    ).exists()


@pytest.mark.django_db
def test_an_anonymous_visitor_never_gets_the_practice_data(world: World) -> None:
    before = _fingerprint(world.fontaine)
    leaks = _walk(SecureClient(), world, _concrete_urls(world))
    assert leaks == []
    assert _fingerprint(world.fontaine) == before


@pytest.mark.django_db
def test_the_practice_own_members_do_see_their_data(world: World) -> None:
    # Guards the test above against passing because pages show nothing at all.
    client = logged_in(world.user("praticien"), world.fontaine)
    statuses = {
        url: client.get(url).status_code
        for url in ("/tableau-de-bord/", "/equipe/", "/journal/", "/parametres/")
    }
    assert statuses == dict.fromkeys(statuses, 200)
    assert "Fontaine" in client.get("/tableau-de-bord/").content.decode()
    assert "10101010105" in client.get("/parametres/").content.decode()
    assert client.get("/parametres/export/").status_code == 200
