"""Write actions on reviews. Each one checks the role and records itself in the audit trail."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from vitrine.reputation.importers import ReviewImportError, parse_csv, parse_gbp_json
from vitrine.web.audit.actions import record, record_for
from vitrine.web.crypto import encrypt
from vitrine.web.practices.models import Membership, Practice
from vitrine.web.practices.roles import Cap
from vitrine.web.reviews.importing import ImportResult, upsert_reviews
from vitrine.web.reviews.models import Alert, Evidence, GbpConnection, Reply, Review
from vitrine.web.reviews.processing import make_evidence

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def _require(membership: Membership, capability: Cap) -> None:
    if not membership.can(capability):
        raise PermissionDenied("Votre rôle ne permet pas cette action.")


def _own(membership: Membership, obj: Any) -> None:
    if obj.practice_id != membership.practice_id:
        raise PermissionDenied("Cet élément appartient à un autre cabinet.")


# --- import ----------------------------------------------------------------------------------


def parse_upload(filename: str, data: bytes) -> tuple[list[Any], list[dict[str, Any]] | None]:
    """Parse an uploaded file (GBP JSON, Takeout reviews.json or CSV); all or nothing."""
    name = PurePath(filename).name or "fichier"
    if len(data) > MAX_UPLOAD_BYTES:
        raise ReviewImportError(name, "", None, "fichier trop volumineux (20 Mo au plus)")
    suffix = PurePath(name).suffix.lower()
    if suffix == ".json":
        reviews = parse_gbp_json(data, filename=name)
        document = json.loads(data.decode("utf-8-sig"))
        records = document["reviews"] if isinstance(document, dict) else document
        return reviews, [dict(record) for record in records] if reviews else []
    if suffix == ".csv":
        return parse_csv(data, filename=name), None
    raise ReviewImportError(name, "", None, "format inconnu : fichier .json (Google) ou .csv attendu")


def do_import_reviews(membership: Membership, filename: str, data: bytes) -> ImportResult:
    """Import a file of reviews; a malformed file raises ReviewImportError and imports nothing."""
    _require(membership, Cap.DRAFT)
    reviews, raws = parse_upload(filename, data)
    if raws is None:
        raws = [{**review.to_gbp_dict(), "source": review.source} for review in reviews]
    with transaction.atomic():
        result = upsert_reviews(membership.practice, reviews, raws)
        record_for(
            membership,
            "avis-importes",
            None,
            format=PurePath(filename).suffix.lower().lstrip("."),
            crees=result.created,
            modifies=result.updated,
            inchanges=result.unchanged,
        )
    return result


# --- evidence --------------------------------------------------------------------------------


def do_preserve_evidence(membership: Membership, review: Review) -> Evidence:
    """Preserve the review as it stands now (JSON, PNG, SHA-256, UTC time, who asked)."""
    _require(membership, Cap.VIEW)
    if membership.role == "webmaster":
        raise PermissionDenied("Votre rôle ne permet pas cette action.")
    _own(membership, review)
    with transaction.atomic():
        evidence = make_evidence(review, actor=membership.user, reason="manuelle", automatic=False)
        record_for(membership, "preuve-conservee", evidence, avis=review.pk, automatique=False)
    return evidence


def do_export_evidence(membership: Membership, review: Review | None) -> None:
    """Record that evidence left the application (zip for a lawyer or an insurer)."""
    _require(membership, Cap.VIEW)
    with transaction.atomic():
        record_for(membership, "preuves-exportees", review, avis=review.pk if review else "toutes")


# --- replies ---------------------------------------------------------------------------------


def compliance_findings(text: str) -> tuple[list[dict[str, Any]], bool]:
    """Check a reply for the channel ``avis-reponse``; ``True`` when an « interdit » blocks it."""
    from vitrine.reputation.replies import check_reply

    result = check_reply(text)
    return [dict(finding) for finding in result.findings], result.blocked


def do_draft_reply(membership: Membership, review: Review) -> Reply:
    """Create a reply draft from best practice, already checked by the compliance engine."""
    _require(membership, Cap.DRAFT)
    _own(membership, review)
    from vitrine.reputation.replies import PracticeContact, draft_reply
    from vitrine.reputation.triage import triage_text

    practice = membership.practice
    draft = draft_reply(
        triage_text(review.comment, review.stars, review.review_id),
        PracticeContact(signature=f"L'équipe de {practice.name}", phone=practice.phone, email=practice.email),
    )
    text = draft.text
    findings, blocked = [dict(f) for f in draft.check.findings], draft.blocked
    with transaction.atomic():
        reply = Reply.objects.create(
            practice=membership.practice,
            review=review,
            text=text,
            findings=findings,
            blocked=blocked,
            author=membership.user,
        )
        record_for(membership, "reponse-redigee", reply, avis=review.pk, bloquee=blocked)
    return reply


def do_edit_reply(membership: Membership, reply: Reply, text: str) -> Reply:
    """Change a reply's text; it is checked again and must be approved again."""
    _require(membership, Cap.DRAFT)
    _own(membership, reply)
    text = text.replace("\r\n", "\n").strip()  # browsers send CRLF from a textarea
    if not text:
        raise ValidationError("La réponse ne peut pas être vide.")
    if len(text) > 4000:
        raise ValidationError("La réponse dépasse 4 000 caractères (limite de Google).")
    if reply.status in (Reply.Status.PUBLIEE, Reply.Status.COPIEE):
        raise ValidationError("Cette réponse est déjà publiée : rédigez-en une nouvelle.")
    findings, blocked = compliance_findings(text)
    with transaction.atomic():
        reply.text = text
        reply.findings = findings
        reply.blocked = blocked
        reply.status = Reply.Status.BROUILLON
        reply.approved_by = None
        reply.approved_at = None
        reply.save()
        record_for(membership, "reponse-modifiee", reply, bloquee=blocked, interdits=_interdits(findings))
    return reply


def _interdits(findings: list[dict[str, Any]]) -> list[str]:
    return sorted({finding["rule"] for finding in findings if finding["severity"] == "interdit"})


def _gate(reply: Reply) -> None:
    """The compliance gate: the text is checked again right before approval or publication."""
    findings, blocked = compliance_findings(reply.text)
    if blocked:
        Reply.objects.filter(pk=reply.pk).update(findings=findings, blocked=True)
        raise ValidationError(
            "Réponse bloquée : la vérification de conformité a relevé un point interdit ("
            + ", ".join(_interdits(findings))
            + "). Modifiez le texte."
        )


def do_approve_reply(membership: Membership, reply: Reply) -> Reply:
    """A praticien approves a compliant draft."""
    _require(membership, Cap.APPROVE)
    _own(membership, reply)
    if reply.status != Reply.Status.BROUILLON:
        raise ValidationError("Seul un brouillon peut être approuvé.")
    _gate(reply)
    with transaction.atomic():
        reply.status = Reply.Status.APPROUVEE
        reply.approved_by = membership.user
        reply.approved_at = timezone.now()
        reply.blocked = False
        reply.save()
        record_for(membership, "reponse-approuvee", reply, avis=reply.review_id)
    return reply


def _require_publishable(membership: Membership, reply: Reply) -> None:
    if not (membership.can(Cap.PUBLISH) or membership.can(Cap.PUBLISH_APPROVED)):
        raise PermissionDenied("Votre rôle ne permet pas de publier.")
    _own(membership, reply)
    if reply.status != Reply.Status.APPROUVEE:
        raise ValidationError("Seule une réponse approuvée par un praticien peut être publiée.")
    _gate(reply)


def do_publish_reply(membership: Membership, reply: Reply) -> Reply:
    """Publish an approved reply on Google through the practice's connection."""
    from vitrine.reputation.gbp import GbpError
    from vitrine.web.reviews.gbp import client_for

    _require_publishable(membership, reply)
    review = reply.review
    if review.source != "google":
        raise ValidationError("Cette plateforme n'a pas d'API : copiez la réponse et publiez-la vous-même.")
    connection = GbpConnection.objects.filter(practice=membership.practice).first()
    if connection is None:
        raise ValidationError("Aucun compte Google n'est connecté : renseignez-le dans « Connexion Google ».")
    client = None
    try:
        client = client_for(connection, interactive=True)  # a person is waiting: short retries
        result = client.put_reply(connection.account_id, connection.location_id, review.review_id, reply.text)
    except GbpError as exc:
        with transaction.atomic():
            record_for(membership, "reponse-publication-echouee", reply, statut=exc.status or 0)
        raise ValidationError(str(exc)) from exc
    finally:
        if client is not None:
            client.close()
    return _mark_published(membership, reply, Reply.Status.PUBLIEE, str(result.get("updateTime", "")))


def do_mark_copied(membership: Membership, reply: Reply) -> Reply:
    """For platforms without an API: the approved text was copied and published by hand."""
    _require_publishable(membership, reply)
    return _mark_published(membership, reply, Reply.Status.COPIEE, "")


def _mark_published(membership: Membership, reply: Reply, status: str, google_time: str) -> Reply:
    from vitrine.reputation.importers import parse_time

    now = timezone.now()
    published_at = (parse_time(google_time) if google_time else None) or now
    with transaction.atomic():
        reply.status = status
        reply.published_at = now
        reply.save()
        Review.objects.filter(pk=reply.review_id).update(reply_comment=reply.text, reply_time=published_at)
        record_for(
            membership,
            "reponse-publiee" if status == Reply.Status.PUBLIEE else "reponse-copiee",
            reply,
            avis=reply.review_id,
        )
    return reply


# --- Google connection, alerts -----------------------------------------------------------------


# Google's other API addresses: an empty value keeps the stored one (Google's by default).
KEPT_WHEN_EMPTY = ("account_api_url", "info_api_url", "revoke_url")


def do_connect_gbp(membership: Membership, **fields: str) -> GbpConnection:
    """Store the practice's Google location and tokens (encrypted); replaces a previous one.

    Ids typed by hand drop the location name Google gave at the last choice (it may no longer
    match); an empty token or API address keeps the stored one.
    """
    _require(membership, Cap.MANAGE_PRACTICE)
    access = fields.pop("access_token", "")
    refresh = fields.pop("refresh_token", "")
    fields = {name: value for name, value in fields.items() if value or name not in KEPT_WHEN_EMPTY}
    with transaction.atomic():
        connection, created = GbpConnection.objects.get_or_create(
            practice=membership.practice,
            defaults={"account_id": fields["account_id"], "location_id": fields["location_id"]},
        )
        if (connection.account_id, connection.location_id) != (fields["account_id"], fields["location_id"]):
            connection.location_title = ""
        for name, value in fields.items():
            setattr(connection, name, value)
        if access:
            connection.access_token_enc = encrypt(access)
            connection.expires_at = None
        if refresh:
            connection.refresh_token_enc = encrypt(refresh)
        connection.full_clean()
        connection.save()
        # Never the tokens themselves: only which fields were given.
        record_for(
            membership,
            "google-connecte" if created else "google-modifie",
            connection,
            jetons=bool(access or refresh),
        )
    return connection


def revoke_google_before_purge(practice: Practice) -> str:
    """Revoke the practice's Google grant before its data is erased; best effort, audited.

    Called by the purge (``practice_purging``), outside its transaction: the revocation is an
    HTTP call, bounded by the client's timeout. Whatever Google answers, the purge goes on and
    deletes the tokens; the outcome (``revoque``, ``deja-revoque``, ``sans-jeton``,
    ``echec-<status>``) stays in the trail. Returns it (``""`` when the practice had no connection).
    """
    from vitrine.reputation.gbp import GbpError, revoke
    from vitrine.web.reviews.oauth import _stored_token

    connection = GbpConnection.objects.filter(practice=practice).first()
    if connection is None:
        return ""
    token = _stored_token(connection)
    if not token:
        outcome = "sans-jeton"
    else:
        try:
            outcome = "revoque" if revoke(token, revoke_url=connection.revoke_url) else "deja-revoque"
        except GbpError as exc:
            outcome = f"echec-{exc.status or 0}"
    with transaction.atomic():
        record(
            actor=None,
            practice=practice,
            action="google-revoque-suppression",
            obj=connection,
            summary={"revocation": outcome},
        )
    return outcome


def do_close_alert(membership: Membership, alert: Alert) -> Alert:
    """Mark an alert as handled (for review bombing: leave the crisis view)."""
    _require(membership, Cap.DRAFT)
    _own(membership, alert)
    with transaction.atomic():
        alert.closed_at = timezone.now()
        alert.save(update_fields=["closed_at"])
        record_for(membership, "alerte-close", alert, type=alert.kind)
    return alert


def sync_practice(practice_id: int) -> dict[str, int]:
    """Fetch the practice's Google reviews and store them (system action, audited)."""
    from vitrine.reputation.gbp import GbpError
    from vitrine.web.reviews.gbp import client_for

    connection = GbpConnection.objects.select_related("practice").get(practice_id=practice_id)
    client = None
    try:
        client = client_for(connection)
        pages = list(client.list_review_pages(connection.account_id, connection.location_id))
        records = [record for page in pages for record in page.get("reviews", []) or []]
        reviews = parse_gbp_json(json.dumps({"reviews": records}), filename="réponse de Google")
    except (GbpError, ReviewImportError) as exc:
        GbpConnection.objects.filter(pk=connection.pk).update(last_error=str(exc)[:300])
        record(actor=None, practice=connection.practice, action="avis-synchro-echouee", obj=connection)
        return {"erreur": 1}
    finally:
        if client is not None:
            client.close()
    with transaction.atomic():
        result = upsert_reviews(connection.practice, reviews, records)
        GbpConnection.objects.filter(pk=connection.pk).update(last_sync_at=timezone.now(), last_error="")
        record(
            actor=None,
            practice=connection.practice,
            action="avis-synchronises",
            obj=connection,
            summary={"crees": result.created, "modifies": result.updated},
        )
    return {"crees": result.created, "modifies": result.updated, "inchanges": result.unchanged}
