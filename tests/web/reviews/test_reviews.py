"""The « Avis » module: import, triage, evidence, replies with the compliance gate, sync, alerts."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from tests.fixtures import World, audit_actions, logged_in
from tests.web.reviews.gbp_server import FakeGoogle, fake_google, google_review
from vitrine.reputation.importers import ReviewImportError
from vitrine.web.audit.models import AuditRecord
from vitrine.web.reviews import actions
from vitrine.web.reviews.models import Alert, Evidence, GbpConnection, Reply, Review
from vitrine.web.reviews.processing import process_pending
from vitrine.web.reviews.tasks import sync_all_practices

NEGATIVE = "Ce chirurgien est un escroc, il m'a mutilée. Une heure d'attente et une secrétaire désagréable."


def _json(*records: dict[str, object]) -> bytes:
    return json.dumps({"reviews": list(records)}).encode()


@pytest.mark.django_db
def test_a_google_import_creates_reviews_and_a_reimport_updates_without_duplicates(world: World) -> None:
    cm = world.members["community-manager"]
    first = _json(
        google_review("g-1", "ONE", NEGATIVE, "2026-11-20T10:00:00Z"),
        google_review("g-2", "FIVE", "Accueil parfait.", "2026-11-19T10:00:00Z"),
    )
    result = actions.do_import_reviews(cm, "avis.json", first)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    again = _json(
        google_review("g-1", "TWO", NEGATIVE, "2026-11-20T10:00:00Z"),
        google_review("g-2", "FIVE", "Accueil parfait.", "2026-11-19T10:00:00Z"),
    )
    result = actions.do_import_reviews(cm, "avis.json", again)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    rows = Review.objects.filter(practice=world.fontaine, review_id__startswith="g-")
    assert rows.count() == 2
    assert rows.get(review_id="g-1").stars == 2
    assert rows.get(review_id="g-1").raw["starRating"] == "TWO"
    assert audit_actions(world.fontaine).count("avis-importes") == 2


@pytest.mark.django_db
def test_a_malformed_file_imports_nothing_and_names_the_record_and_the_field(world: World) -> None:
    cm = world.members["community-manager"]
    before = Review.objects.count()
    bad = _json(
        google_review("ok-1", "FIVE", "Très bien.", "2026-11-20T10:00:00Z"),
        google_review("bad-2", "SIX", "Très bien.", "2026-11-20T10:00:00Z"),
    )
    with pytest.raises(ReviewImportError) as error:
        actions.do_import_reviews(cm, "avis.json", bad)
    assert "enregistrement 2" in str(error.value) and "starRating" in str(error.value)
    csv_bad = (
        b"source,review_id,star_rating,comment,create_time\n"
        b"doctolib,d1,5,Bien,2026-01-01\ndoctolib,d2,9,Mal,2026-01-02\n"
    )
    with pytest.raises(ReviewImportError) as error:
        actions.do_import_reviews(cm, "avis.csv", csv_bad)
    assert "ligne 3" in str(error.value) and "star_rating" in str(error.value)
    assert Review.objects.count() == before
    # Through the page: the error is shown and still nothing is imported.
    client = logged_in(cm.user, world.fontaine)
    upload = io.BytesIO(csv_bad)
    upload.name = "avis.csv"
    page = client.post("/avis/importer/", {"file": upload}).content.decode()
    assert "a été importé." in page and "ligne 3" in page
    assert Review.objects.count() == before


@pytest.mark.django_db
def test_a_csv_import_through_the_page_stores_other_platforms(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    upload = io.BytesIO(
        "source;review_id;star_rating;comment;create_time;reply_comment;reply_update_time\n"
        "pagesjaunes;pj-1;4;Secrétariat aimable;2026-10-01;Merci !;2026-10-02\n".encode()
    )
    upload.name = "export.csv"
    response = client.post("/avis/importer/", {"file": upload})
    assert response.status_code == 302
    review = Review.objects.get(practice=world.fontaine, source="pagesjaunes", review_id="pj-1")
    assert review.reply_comment == "Merci !" and review.stars == 4


@pytest.mark.django_db
def test_triage_preserves_evidence_raises_alerts_and_sends_one_email(world: World) -> None:
    cm = world.members["community-manager"]
    recent = (timezone.now() - timedelta(hours=2)).astimezone(UTC).isoformat().replace("+00:00", "Z")
    actions.do_import_reviews(cm, "avis.json", _json(google_review("g-neg", "ONE", NEGATIVE, recent)))
    counts = process_pending(world.fontaine)
    review = Review.objects.get(practice=world.fontaine, review_id="g-neg")
    assert review.sentiment == "negatif" and review.priority == "haute" and review.defamation_risk
    assert "attente" in review.topics
    evidence = Evidence.objects.get(review=review)
    assert (
        evidence.automatic
        and evidence.json_sha256 == hashlib.sha256(bytes(evidence.json_content)).hexdigest()
    )
    assert bytes(evidence.png_content).startswith(b"\x89PNG")
    kinds = set(Alert.objects.filter(review=review).values_list("kind", flat=True))
    assert {"negatif", "diffamation"} <= kinds
    assert counts["tries"] >= 1
    assert len(mail.outbox) == 1 and "praticien@fontaine.test" in mail.outbox[0].to
    assert "escroc" not in mail.outbox[0].body  # no review text in e-mails
    assert "preuve-conservee" in audit_actions(world.fontaine)
    # The review page shows the triage, the defamation options and the evidence.
    page = logged_in(world.user("praticien"), world.fontaine).get(f"/avis/{review.pk}/").content.decode()
    assert "Risque de diffamation" in page and "Consulter un avocat" in page and evidence.json_sha256 in page


@pytest.mark.django_db
def test_preserved_evidence_can_be_neither_changed_nor_deleted(world: World) -> None:
    review = Review.objects.filter(practice=world.fontaine).first()
    assert review is not None
    evidence = actions.do_preserve_evidence(world.members["secretariat"], review)
    with pytest.raises(PermissionDenied):
        evidence.save()
    with pytest.raises(PermissionDenied):
        evidence.delete()
    with pytest.raises(PermissionDenied):
        Evidence.objects.filter(pk=evidence.pk).delete()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE reviews_evidence SET json_sha256 = 'x' WHERE id = %s", [evidence.pk])
    assert Evidence.objects.get(pk=evidence.pk).json_sha256 == evidence.json_sha256
    record = AuditRecord.objects.filter(action="preuve-conservee", object_id=str(evidence.pk)).get()
    assert record.actor_email == "secretariat@fontaine.test"


@pytest.mark.django_db
def test_the_evidence_zip_holds_the_files_and_their_hashes(world: World) -> None:
    review = Review.objects.filter(practice=world.fontaine).first()
    assert review is not None
    evidence = actions.do_preserve_evidence(world.members["praticien"], review)
    response = logged_in(world.user("praticien"), world.fontaine).get(f"/avis/{review.pk}/preuves.zip")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))  # type: ignore[attr-defined]
    manifest = json.loads(archive.read("manifest.json"))
    (entry,) = manifest["bundles"]
    for name, spec in entry["files"].items():
        assert hashlib.sha256(archive.read(name)).hexdigest() == spec["sha256"]
    assert evidence.png_sha256 in {spec["sha256"] for spec in entry["files"].values()}
    assert "preuves-exportees" in audit_actions(world.fontaine)


@pytest.mark.django_db
def test_the_compliance_gate_refuses_an_interdit_reply(world: World) -> None:
    review = Review.objects.filter(practice=world.fontaine).first()
    assert review is not None
    reply = actions.do_draft_reply(world.members["secretariat"], review)
    assert not reply.blocked and "L'équipe de Cabinet Fontaine" in reply.text
    reply = actions.do_edit_reply(
        world.members["secretariat"],
        reply,
        "Merci ! Votre rhinoplastie est réussie, le résultat est garanti.",
    )
    assert reply.blocked and any(f["severity"] == "interdit" for f in reply.findings)
    with pytest.raises(ValidationError, match="bloquée"):
        actions.do_approve_reply(world.members["praticien"], reply)
    assert Reply.objects.get(pk=reply.pk).status == "brouillon"
    # Through the page the praticien sees the findings and the refusal.
    client = logged_in(world.user("praticien"), world.fontaine)
    page = client.post(f"/avis/reponses/{reply.pk}/approuver/", follow=True).content.decode()
    assert "Réponse bloquée" in page and "garanti" in page
    assert Reply.objects.get(pk=reply.pk).status == "brouillon"


@pytest.mark.django_db
def test_roles_draft_approve_and_publish_only_what_a_praticien_approved(world: World) -> None:
    review = Review.objects.filter(practice=world.fontaine, source="doctolib").first()
    assert review is not None
    reply = actions.do_draft_reply(world.members["community-manager"], review)
    with pytest.raises(PermissionDenied):
        actions.do_approve_reply(world.members["secretariat"], reply)
    assert (
        logged_in(world.user("secretariat"), world.fontaine)
        .post(f"/avis/reponses/{reply.pk}/approuver/")
        .status_code
        == 403
    )
    with pytest.raises(ValidationError, match="approuvée"):
        actions.do_mark_copied(world.members["community-manager"], reply)
    with pytest.raises(PermissionDenied):
        actions.do_draft_reply(world.members["webmaster"], review)
    actions.do_approve_reply(world.members["praticien"], reply)
    actions.do_mark_copied(world.members["community-manager"], reply)
    review.refresh_from_db()
    assert review.reply_comment == reply.text
    assert Reply.objects.get(pk=reply.pk).status == "copiee"
    assert audit_actions(world.fontaine)[-3:] == ["reponse-redigee", "reponse-approuvee", "reponse-copiee"]


@pytest.mark.django_db
def test_an_approved_reply_is_published_on_the_google_endpoint_after_a_token_refresh(world: World) -> None:
    review = Review.objects.filter(practice=world.fontaine, source="google").first()
    assert review is not None
    with fake_google(FakeGoogle(access_token="expected-later")) as google:
        actions.do_connect_gbp(
            world.members["praticien"],
            account_id="123",
            location_id="456",
            base_url=f"{google.url}/v4",
            token_url=f"{google.url}/token",
            access_token="stale-token",
            refresh_token="refresh-1",
        )
        connection_row = GbpConnection.objects.get(practice=world.fontaine)
        assert "refresh-1" not in connection_row.refresh_token_enc  # encrypted at rest
        reply = actions.do_draft_reply(world.members["community-manager"], review)
        actions.do_approve_reply(world.members["praticien"], reply)
        actions.do_publish_reply(world.members["community-manager"], reply)
        assert google.replies[review.review_id] == reply.text
        assert ("POST", "/token") in google.requests
    connection_row.refresh_from_db()
    assert "refreshed-token" not in connection_row.access_token_enc
    review.refresh_from_db()
    assert review.reply_comment == reply.text
    assert "reponse-publiee" in audit_actions(world.fontaine)
    assert "refresh-1" not in json.dumps(list(AuditRecord.objects.values_list("summary", flat=True)))


@pytest.mark.django_db
def test_the_periodic_sync_pages_through_google_and_retries_after_429(world: World) -> None:
    now = timezone.now()
    records = [
        google_review(
            f"s-{i}", "FIVE", "Très bon accueil, équipe souriante.", (now - timedelta(days=i + 1)).isoformat()
        )
        for i in range(60)
    ]
    with fake_google(FakeGoogle(reviews=records, fail_next=[429, 503])) as google:
        actions.do_connect_gbp(
            world.members["praticien"],
            account_id="123",
            location_id="456",
            base_url=f"{google.url}/v4",
            token_url=f"{google.url}/token",
            access_token="valid-token",
            refresh_token="refresh-1",
        )
        sync_all_practices.call()
        pages = [path for method, path in google.requests if method == "GET"]
    assert any("pageToken=50" in path for path in pages) and all("pageSize=50" in path for path in pages)
    assert Review.objects.filter(practice=world.fontaine, review_id__startswith="s-").count() == 60
    assert not Review.objects.filter(practice=world.fontaine, triaged_at__isnull=True).exists()
    assert "avis-synchronises" in audit_actions(world.fontaine)


@pytest.mark.django_db
def test_review_bombing_opens_the_crisis_view(world: World) -> None:
    now = timezone.now()
    records = [
        google_review(
            f"b-{i}",
            "ONE",
            "Nul, à fuir, très mauvaise expérience.",
            (now - timedelta(hours=4 * i + 1)).isoformat(),
        )
        for i in range(7)
    ]
    actions.do_import_reviews(world.members["secretariat"], "avis.json", _json(*records))
    process_pending(world.fontaine)
    alert = Alert.objects.get(practice=world.fontaine, kind="bombardement")
    client = logged_in(world.user("secretariat"), world.fontaine)
    assert "vue de crise" in client.get("/avis/").content.decode()
    page = client.get("/avis/crise/").content.decode()
    assert "seule personne qui s&#x27;exprime" in page and "aucun détail médical" in page
    assert "avis négatif(s) en 48 h" in page
    client.post(f"/avis/alertes/{alert.pk}/clore/")
    assert Alert.objects.get(pk=alert.pk).closed_at is not None
    assert "crise-avis-detectee" in audit_actions(world.fontaine)


@pytest.mark.django_db
def test_inbox_filters_analytics_and_qr_pages_render_for_the_practice(world: World) -> None:
    world.fontaine.google_place_id = "ChIJ-test-lyon"
    world.fontaine.save()
    Review.objects.filter(practice=world.fontaine, review_id="demo-grave-1").update(
        triaged_at=timezone.now(), sentiment="negatif", priority="haute", defamation_risk=True
    )
    client = logged_in(world.user("praticien"), world.fontaine)
    inbox = client.get("/avis/?defamation=on").content.decode()
    assert "escroc" in inbox and "Accueil chaleureux" not in inbox
    unanswered = client.get("/avis/?unanswered=on").content.decode()
    assert "Merci pour ce message, toute" not in unanswered
    stats = client.get("/avis/statistiques/").content.decode()
    assert "chart.umd.min.js" in stats and '<th scope="row">5/5</th>' in stats
    assert "writereview?placeid=ChIJ-test-lyon" in client.get("/avis/qr-code/").content.decode()
    svg = client.get("/avis/qr-code.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content


@pytest.mark.postgres
@pytest.mark.django_db
def test_on_postgresql_the_copy_upsert_creates_then_updates_without_duplicates(world: World) -> None:
    cm = world.members["community-manager"]
    records = [google_review(f"pg-{i}", "FIVE", "Très bien.", "2026-11-01T10:00:00Z") for i in range(120)]
    assert actions.do_import_reviews(cm, "avis.json", _json(*records)).created == 120
    records[7] = google_review("pg-7", "ONE", "Attente trop longue.", "2026-11-01T10:00:00Z")
    result = actions.do_import_reviews(cm, "avis.json", _json(*records))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 119)
    changed = Review.objects.get(practice=world.fontaine, review_id="pg-7")
    assert changed.stars == 1 and changed.triaged_at is None and changed.raw["starRating"] == "ONE"
    assert Review.objects.filter(practice=world.fontaine, review_id__startswith="pg-").count() == 120


@pytest.mark.postgres
@pytest.mark.django_db
def test_on_postgresql_evidence_can_be_deleted_only_with_the_practice_erasure(world: World) -> None:
    review = Review.objects.filter(practice=world.fontaine).first()
    assert review is not None
    evidence = actions.do_preserve_evidence(world.members["praticien"], review)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM reviews_evidence WHERE id = %s", [evidence.pk])
    assert Evidence.objects.filter(pk=evidence.pk).exists()
    world.fontaine.deletion_requested_at = timezone.now()
    world.fontaine.save(update_fields=["deletion_requested_at"])
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM reviews_evidence WHERE id = %s", [evidence.pk])
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
