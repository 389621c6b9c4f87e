"""Optional reply drafting through an OpenAI-compatible chat-completions endpoint.

Off by default. The practice configures its own endpoint (a local Ollama, a sovereign provider).
Before anything leaves the machine the review text is masked by the privacy guard
(``vitrine.privacy.anonymize``: names, phones, e-mails, addresses... become placeholders) and the
reviewer's name is never sent. The draft that comes back goes through the same compliance gate
(``avis-reponse``) as template drafts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from vitrine.reputation.replies import Draft, PracticeContact, check_reply
from vitrine.reputation.triage import Triage

SYSTEM_PROMPT = """Tu rédiges, en français, la réponse publique d'un cabinet de chirurgie à un avis en ligne.
Règles impératives :
- remercie ou prends acte, avec empathie et calme, sans polémique ;
- ne confirme jamais que l'auteur est patient du cabinet et ne donne aucun détail médical, aucune date, \
aucun acte (secret médical) ;
- aucun conseil médical personnalisé, aucune promesse de résultat, aucune comparaison, aucune publicité ;
- invite l'auteur à contacter le secrétariat{contact} ;
- signe « {signature} » ;
- 90 mots au plus ; réponds uniquement par le texte de la réponse.
Les passages entre chevrons (<PERSONNE>, <TÉLÉPHONE>...) ont été masqués : ne les reproduis pas."""


class LlmError(Exception):
    """The LLM endpoint is disabled, unreachable or answered something unusable (French message)."""


@dataclass(frozen=True)
class LlmConfig:
    """The practice's endpoint. ``enabled`` is False unless the practice turns it on."""

    base_url: str = ""
    model: str = ""
    api_key: str = ""
    enabled: bool = False
    timeout_seconds: float = 60.0
    temperature: float = 0.3


@dataclass(frozen=True)
class LlmRequest:
    """Exactly what is sent: kept so that the user can see it (and tests can assert on it)."""

    url: str
    payload: dict[str, Any]


def build_request(comment: str, triage: Triage, practice: PracticeContact, config: LlmConfig) -> LlmRequest:
    """Mask the review and build the chat-completions request (nothing is sent)."""
    from vitrine.privacy import anonymize

    masked = anonymize(comment, strategy="placeholder").text if comment.strip() else "(avis sans texte)"
    stars = "sans note" if triage.star_sentiment is None else triage.star_sentiment
    context = (
        f"Avis ({stars}, sentiment estimé : {triage.sentiment}"
        + (f", sujets : {', '.join(triage.topics)}" if triage.topics else "")
        + ") :\n"
        + masked
    )
    system = SYSTEM_PROMPT.format(contact=practice.contact_phrase(), signature=practice.signature)
    payload = {
        "model": config.model,
        "temperature": config.temperature,
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": context}],
    }
    return LlmRequest(config.base_url.rstrip("/") + "/chat/completions", payload)


def _require_usable(config: LlmConfig) -> None:
    if not config.enabled:
        raise LlmError("La rédaction assistée par IA est désactivée pour ce cabinet.")
    if not config.base_url or not config.model:
        raise LlmError("Adresse du service ou modèle d'IA non configuré.")


def llm_draft_reply(
    comment: str,
    triage: Triage,
    practice: PracticeContact,
    config: LlmConfig,
    *,
    http: httpx.Client | None = None,
) -> Draft:
    """Ask the configured endpoint for a draft and run it through the compliance gate."""
    _require_usable(config)
    return send_request(build_request(comment, triage, practice, config), config, http=http)


def send_request(request: LlmRequest, config: LlmConfig, *, http: httpx.Client | None = None) -> Draft:
    """Post a request made by :func:`build_request` and check the answer with the compliance gate.

    Split from :func:`llm_draft_reply` so that a caller can keep (and show) exactly what was sent.
    """
    _require_usable(config)
    headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
    client = http or httpx.Client(timeout=config.timeout_seconds)
    try:
        response = client.post(request.url, json=request.payload, headers=headers)
    except httpx.HTTPError as exc:
        raise LlmError(f"Service d'IA injoignable ({type(exc).__name__}).") from exc
    finally:
        if http is None:
            client.close()
    if not response.is_success:
        raise LlmError(f"Le service d'IA a répondu {response.status_code}.")
    try:
        text = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LlmError("Réponse du service d'IA illisible (format chat-completions attendu).") from exc
    if not isinstance(text, str) or not text.strip():
        raise LlmError("Le service d'IA a renvoyé un texte vide.")
    text = text.strip()
    verdict = check_reply(text)
    advice = ["Brouillon rédigé par IA : relisez-le entièrement avant approbation."]
    if "<" in text and ">" in text:
        advice.append("Le brouillon contient un passage masqué (<...>) : retirez-le.")
    if verdict.blocked:
        advice.append("Le brouillon contient un passage interdit : corrigez-le avant approbation.")
    return Draft(text, verdict, tuple(advice))
