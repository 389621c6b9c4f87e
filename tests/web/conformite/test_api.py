"""POST /api/conformite/verifier: the report of a text, for members only, with French errors."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from django.test import Client

from tests.fixtures import SecureClient, World, logged_in, make_user
from vitrine.web.audit.models import AuditRecord
from vitrine.web.conformite.views import SCHEMA_PATH

URL = "/api/conformite/verifier"
POST = "🌸 Rhinoplastie à Lyon : résultat garanti, sans cicatrice !\nRéservez vite votre consultation."


def _post(client: Client, payload: Any, **extra: Any) -> Any:
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return client.post(URL, body, content_type="application/json", **extra)


def _response_schema() -> dict[str, Any]:
    spec = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    # OpenAPI 3.1 schemas are JSON Schema 2020-12: validate against the spec's own component.
    return {**spec["components"]["schemas"]["CheckResponse"], "components": spec["components"]}


@pytest.mark.django_db
def test_the_api_returns_each_finding_with_offsets_into_the_text_as_sent(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    response = _post(client, {"text": POST, "channel": "instagram"})
    assert response.status_code == 200
    data = response.json()
    jsonschema.validate(data, _response_schema(), cls=jsonschema.Draft202012Validator)
    rules = {f["rule"] for f in data["findings"]}
    assert {"garantie-resultat", "incitation"} <= rules
    for finding in data["findings"]:
        assert POST[finding["start"] : finding["end"]] == finding["excerpt"]
        assert finding["message"] and finding["reference"] and finding["suggestion"]
    assert data["channel"] == "instagram"
    assert data["summary"]["findings"] == len(data["findings"])
    assert sum(data["summary"]["by_severity"].values()) == len(data["findings"])
    assert data["summary"]["by_rule"]["garantie-resultat"] >= 1


@pytest.mark.django_db
def test_a_compliant_text_has_no_finding_and_markup_keeps_offsets_of_the_input(world: World) -> None:
    client = logged_in(world.user("webmaster"), world.fontaine)
    clean = _post(client, {"text": "Le cabinet est fermé du 1er au 15 août.", "channel": "site"}).json()
    assert clean["findings"] == [] and clean["summary"]["by_severity"] == {
        "interdit": 0,
        "risque": 0,
        "conseil": 0,
    }
    html = "<p>Un <strong>résultat garanti</strong> pour tous.</p>"
    data = _post(client, {"text": html, "channel": "facebook", "input_format": "html"}).json()
    finding = next(f for f in data["findings"] if f["rule"] == "garantie-resultat")
    assert html[finding["start"] : finding["end"]] == finding["excerpt"] == "résultat garanti"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("pas du json", "objet JSON"),
        ('["résultat garanti"]', "objet JSON"),
        ({"channel": "instagram"}, "« text » est obligatoire"),
        ({"text": "Bonjour"}, "« channel » est obligatoire"),
        ({"text": 42, "channel": "instagram"}, "« text » doit être une chaîne"),
        ({"text": "Bonjour", "channel": "fax"}, "« channel » inconnu"),
        ({"text": "Bonjour", "channel": "site", "input_format": "pdf"}, "« input_format » inconnu"),
        ({"text": "Bonjour", "channel": "site", "author": "moi"}, "Champ inconnu : « author »"),
        ({"text": "a" * 100_001, "channel": "site"}, "trop long"),
    ],
)
@pytest.mark.django_db
def test_bad_input_gets_a_400_with_a_french_message(world: World, body: Any, expected: str) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    response = _post(client, body)
    assert response.status_code == 400
    assert expected in response.json()["error"]
    assert not AuditRecord.objects.filter(action="texte-verifie").exists()


@pytest.mark.django_db
def test_an_anonymous_caller_gets_a_json_403(world: World) -> None:
    response = _post(SecureClient(), {"text": "Résultat garanti", "channel": "site"})
    assert response.status_code == 403
    assert "connectez-vous" in response.json()["error"]


@pytest.mark.django_db
def test_a_user_without_a_role_in_a_practice_gets_a_json_403(world: World) -> None:
    nobody = make_user("personne@exemple.test", "Sans Cabinet")
    response = _post(logged_in(nobody), {"text": "Résultat garanti", "channel": "site"})
    assert response.status_code == 403
    assert "Aucun cabinet" in response.json()["error"]
    # A removed member loses the role at once.
    member = world.members["secretariat"]
    member.active = False
    member.save(update_fields=["active"])
    response = _post(logged_in(member.user, world.fontaine), {"text": "Bonjour", "channel": "site"})
    assert response.status_code == 403
    assert not AuditRecord.objects.filter(action="texte-verifie").exists()


@pytest.mark.django_db
def test_the_api_needs_the_csrf_token_of_the_session(world: World) -> None:
    client = SecureClient(enforce_csrf_checks=True)
    client.force_login(world.user("community-manager"))
    referer = {"HTTP_REFERER": "https://testserver/conformite/", "secure": True}
    refused = _post(client, {"text": "Bonjour", "channel": "site"}, **referer)
    assert refused.status_code == 403 and b"CSRF" in refused.content
    client.get("/conformite/")
    token = client.cookies["csrftoken"].value
    response = _post(client, {"text": "Bonjour", "channel": "site"}, HTTP_X_CSRFTOKEN=token, **referer)
    assert response.status_code == 200


@pytest.mark.django_db
def test_each_api_check_is_attributed_in_the_audit_trail_without_the_text(world: World) -> None:
    client = logged_in(world.user("community-manager"), world.fontaine)
    data = _post(client, {"text": POST, "channel": "tiktok"}).json()
    entry = AuditRecord.objects.get(action="texte-verifie")
    assert entry.actor_email == "community-manager@fontaine.test"
    assert entry.role == "community-manager" and entry.practice_id == world.fontaine.pk
    assert entry.summary == {
        "canal": "tiktok",
        "format": "text",
        "longueur": len(POST),
        "source": "api",
        **data["summary"]["by_severity"],
    }
    stored = json.dumps([entry.summary, entry.object_id, entry.object_type], ensure_ascii=False)
    assert "garanti" not in stored and "Rhinoplastie" not in stored


@pytest.mark.django_db
def test_the_api_only_answers_post(world: World) -> None:
    client = logged_in(world.user("praticien"), world.fontaine)
    assert client.get(URL).status_code == 405
