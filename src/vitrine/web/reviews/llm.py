"""AI-assisted reply drafting for a practice: its endpoint settings and the drafting action.

The core (``vitrine.reputation.llm``) masks the review with the privacy guard and checks the
answer with the compliance gate; this module stores the practice's settings (API key encrypted
at rest), runs the call inside the request (bounded by the practice's timeout, see ADR 0054) and
stores the result as an ordinary reply draft, with exactly what was sent.
"""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction

from vitrine.reputation.llm import LlmConfig, LlmError, build_request, send_request
from vitrine.web.audit.actions import record_for
from vitrine.web.crypto import decrypt, encrypt
from vitrine.web.env import env_str
from vitrine.web.practices.models import Membership, Practice
from vitrine.web.practices.roles import Cap
from vitrine.web.reviews.actions import _own, _require
from vitrine.web.reviews.models import LlmSettings, Reply, Review

SETTING_FIELDS = ("enabled", "base_url", "model", "timeout_seconds")


def settings_for(practice: Practice) -> LlmSettings:
    """The practice's settings, unsaved defaults (disabled) when it never configured any."""
    return LlmSettings.objects.filter(practice=practice).first() or LlmSettings(practice=practice)


def config_for(practice: Practice) -> LlmConfig:
    """The core configuration; disabled unless the practice turned drafting on."""
    row = settings_for(practice)
    return LlmConfig(
        base_url=row.base_url,
        model=row.model,
        api_key=decrypt(row.api_key_enc) if row.api_key_enc else "",
        enabled=row.enabled,
        timeout_seconds=float(row.timeout_seconds),
    )


def _plain_http_allowed(host: str) -> bool:
    """Plain HTTP only to this machine, or to hosts the operator lists (VITRINE_LLM_HTTP_HOSTS)."""
    if host == "localhost":
        return True
    try:
        if ipaddress.ip_address(host).is_loopback:
            return True
    except ValueError:
        pass
    allowed = {name.strip().lower() for name in env_str("VITRINE_LLM_HTTP_HOSTS", "").split(",")}
    return host.lower() in allowed - {""}


def validate_endpoint(url: str) -> None:
    """Refuse an endpoint that would send the key and the masked review in clear over a network."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and _plain_http_allowed(parts.hostname or ""):
        return
    raise ValidationError(
        "Adresse refusée : HTTPS est obligatoire, sauf pour un service sur cette machine (localhost)."
    )


def do_save_llm_settings(
    membership: Membership, *, api_key: str = "", clear_api_key: bool = False, **fields: Any
) -> LlmSettings:
    """Change the practice's drafting endpoint; audited with the changed field names, never the key."""
    _require(membership, Cap.MANAGE_PRACTICE)
    unknown = set(fields) - set(SETTING_FIELDS)
    if unknown:
        raise ValueError(f"champs inconnus : {sorted(unknown)}")
    with transaction.atomic():
        row = LlmSettings.objects.select_for_update().filter(
            practice=membership.practice
        ).first() or LlmSettings(practice=membership.practice)
        changed = sorted(name for name, value in fields.items() if getattr(row, name) != value)
        for name, value in fields.items():
            setattr(row, name, value)
        key_changed = bool(api_key) or (clear_api_key and bool(row.api_key_enc))
        if api_key:
            row.api_key_enc = encrypt(api_key)
        elif clear_api_key:
            row.api_key_enc = ""
        if row.enabled and (not row.base_url or not row.model):
            raise ValidationError(
                "Pour activer la rédaction par IA, renseignez l'adresse du service et le modèle."
            )
        if row.base_url:
            validate_endpoint(row.base_url)
        row.full_clean(exclude=["practice"])
        row.save()
        record_for(
            membership,
            "ia-parametres-modifies",
            row,
            champs=changed,
            cle_modifiee=key_changed,
            activee=row.enabled,
        )
    return row


def _practice_contact(practice: Practice) -> Any:
    from vitrine.reputation.replies import PracticeContact

    return PracticeContact(
        signature=f"L'équipe de {practice.name}", phone=practice.phone, email=practice.email
    )


def do_llm_draft_reply(membership: Membership, review: Review) -> Reply:
    """Ask the practice's AI endpoint for a draft of the reply to ``review``.

    The review is masked before it leaves; the answer is checked by the same compliance gate and
    stored as a ``brouillon`` that still needs a praticien's approval. A refusal or an endpoint
    failure raises ``ValidationError`` with a French message, is audited, and changes nothing else.
    """
    from vitrine.reputation.triage import triage_text

    _require(membership, Cap.DRAFT)
    _own(membership, review)
    config = config_for(membership.practice)
    if not config.enabled:
        raise ValidationError("La rédaction assistée par IA est désactivée pour ce cabinet.")
    triage = triage_text(review.comment, review.stars, review.review_id)
    request = build_request(review.comment, triage, _practice_contact(membership.practice), config)
    # Outside any transaction: the call may take up to the timeout.
    try:
        draft = send_request(request, config)
    except LlmError as exc:
        with transaction.atomic():
            record_for(membership, "reponse-ia-echouee", review, avis=review.pk, erreur=str(exc)[:120])
        raise ValidationError(str(exc)) from exc
    exchange = {
        "url": request.url,
        "model": request.payload.get("model", ""),
        "messages": request.payload.get("messages", []),
        "advice": list(draft.advice),
    }
    with transaction.atomic():
        reply = Reply.objects.create(
            practice=membership.practice,
            review=review,
            text=draft.text[:4000],
            origin=Reply.Origin.IA,
            llm_exchange=exchange,
            findings=[dict(finding) for finding in draft.check.findings],
            blocked=draft.blocked,
            author=membership.user,
        )
        record_for(
            membership,
            "reponse-redigee-ia",
            reply,
            avis=review.pk,
            bloquee=draft.blocked,
            modele=config.model,
        )
    return reply
