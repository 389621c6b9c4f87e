"""Reply drafts for reviews, built from best practice and gated by the compliance engine.

A draft thanks or acknowledges, shows empathy, never confirms that the author is a patient nor
any medical detail (secret médical, CSP art. R.4127-4), invites the author to contact the
secretariat and is signed by the practice. Wording varies between reviews but is deterministic
for one review id, so a draft can be regenerated identically.

Every draft and every edited reply goes through ``vitrine.compliance.check`` with the channel
``avis-reponse``; a reply with an ``interdit`` finding must not be approved nor published.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from vitrine.reputation.triage import Triage

CHANNEL = "avis-reponse"
BLOCKING_SEVERITY = "interdit"


@dataclass(frozen=True)
class PracticeContact:
    """How the practice signs and how it can be reached (public details only)."""

    signature: str = "L'équipe du cabinet"
    phone: str = ""
    email: str = ""

    def contact_phrase(self) -> str:
        """« au 04 78 00 00 00 ou à contact@... » or an empty string."""
        parts = []
        if self.phone:
            parts.append(f"au {self.phone}")
        if self.email:
            parts.append(f"à l'adresse {self.email}")
        return " " + " ou ".join(parts) if parts else ""


@dataclass(frozen=True)
class ReplyCheck:
    """The compliance verdict on a reply text."""

    text: str
    findings: tuple[dict[str, Any], ...]
    blocked: bool

    @property
    def blocking_findings(self) -> tuple[dict[str, Any], ...]:
        return tuple(f for f in self.findings if f["severity"] == BLOCKING_SEVERITY)


@dataclass(frozen=True)
class Draft:
    """A reply draft with its compliance verdict and advice for the person who reviews it."""

    text: str
    check: ReplyCheck
    advice: tuple[str, ...] = field(default_factory=tuple)

    @property
    def blocked(self) -> bool:
        return self.check.blocked


def check_reply(text: str) -> ReplyCheck:
    """Run the compliance engine on a reply (draft or edit) with the ``avis-reponse`` channel."""
    from vitrine.compliance import check

    report = check(text, channel=CHANNEL)
    findings = tuple(
        {
            "rule": finding.rule,
            "severity": finding.severity,
            "excerpt": finding.excerpt,
            "message": finding.message,
            "start": finding.start,
            "end": finding.end,
        }
        for finding in report.findings
    )
    return ReplyCheck(text, findings, any(f["severity"] == BLOCKING_SEVERITY for f in findings))


# --- wording -----------------------------------------------------------------------------------
# Sentences never say « votre opération », « votre consultation », « votre visite », « votre
# résultat »: each would confirm that the author is a patient.

GREETINGS = ("Bonjour,", "Bonjour,", "Madame, Monsieur,")

THANKS_POSITIVE = (
    "Merci pour ce message et pour le temps pris à l'écrire.",
    "Un grand merci pour ces mots, qui touchent toute l'équipe.",
    "Merci pour votre message : toute l'équipe y est très sensible.",
    "Merci d'avoir pris le temps d'écrire ces quelques lignes.",
)
THANKS_NEUTRAL = (
    "Merci d'avoir pris le temps de partager votre avis.",
    "Merci pour votre retour, que nous avons lu avec attention.",
    "Nous vous remercions pour ce message et pour les remarques qu'il contient.",
)
ACKNOWLEDGE_NEGATIVE = (
    "Nous avons lu votre message avec attention et nous comprenons votre mécontentement.",
    "Nous sommes sincèrement désolés de lire ce message et nous prenons vos remarques au sérieux.",
    "Votre message a retenu toute notre attention et nous regrettons le ressenti que vous exprimez.",
    "Nous sommes désolés d'apprendre votre déception et nous vous remercions de l'avoir exprimée.",
)
ACKNOWLEDGE_SENSITIVE = (
    "Nous avons pris connaissance de ce message.",
    "Nous avons bien lu ce message.",
)
SECRECY = (
    "Tenus au secret médical, nous ne pouvons commenter aucune situation individuelle en ligne, "
    "ni confirmer ou infirmer qu'une personne a été reçue au cabinet.",
    "Le secret médical nous interdit d'évoquer publiquement toute situation individuelle, "
    "y compris de confirmer qu'une personne a consulté.",
    "Par respect du secret médical, nous ne répondons sur aucune situation personnelle en ligne.",
)

# Topic lines: generic facts about how the practice works, never about the author's case.
TOPIC_LINES_NEGATIVE: dict[str, tuple[str, ...]] = {
    "attente": (
        "L'attente en salle est un sujet que nous suivons de près : les urgences et les imprévus "
        "allongent parfois les journées, et nous cherchons à mieux prévenir quand c'est le cas.",
        "Nous travaillons à réduire l'attente au cabinet et à prévenir plus tôt lorsque le "
        "planning prend du retard.",
    ),
    "delais-rdv": (
        "Les délais pour obtenir un créneau sont parfois longs ; le secrétariat peut renseigner "
        "sur les disponibilités.",
        "Nous savons que les délais d'obtention d'un créneau peuvent peser et nous cherchons à les réduire.",
    ),
    "tarifs": (
        "Nos honoraires sont affichés au cabinet et un devis détaillé est remis avant toute "
        "intervention, avec un délai de réflexion.",
        "Les questions d'honoraires méritent une réponse claire : le secrétariat peut reprendre "
        "avec vous le détail de toute facturation.",
    ),
    "accueil": (
        "Un accueil attentif et respectueux est une exigence pour toute l'équipe ; votre message "
        "lui sera transmis.",
        "Chacun doit se sentir bien accueilli au cabinet : nous partagerons votre message avec l'équipe.",
    ),
    "explications": (
        "Chacun doit pouvoir poser toutes ses questions et recevoir des explications claires ; "
        "nous restons disponibles pour y répondre.",
        "Prendre le temps d'expliquer fait partie de nos priorités ; toute question peut être "
        "posée à nouveau au cabinet.",
    ),
    "resultat": (
        "Aucune question médicale ne peut être abordée ici ; un échange direct permet d'en parler "
        "en toute confidentialité.",
    ),
    "douleur-suites": (
        "Aucune question médicale ne peut être abordée ici. En cas d'inquiétude, contactez le "
        "cabinet ; en cas d'urgence, appelez le 15.",
    ),
    "hygiene": (
        "L'hygiène fait l'objet de protocoles contrôlés régulièrement et chaque remarque à ce sujet "
        "est examinée.",
    ),
    "secretariat-telephone": (
        "Nous savons que joindre le secrétariat est parfois difficile et nous travaillons à "
        "améliorer son accessibilité.",
        "La disponibilité du secrétariat au téléphone est un point que nous améliorons ; un message "
        "écrit reçoit aussi une réponse.",
    ),
    "acces-parking": (
        "Les informations d'accès et de stationnement peuvent être précisées par le secrétariat.",
    ),
}
TOPIC_LINES_POSITIVE: dict[str, tuple[str, ...]] = {
    "accueil": (
        "Votre message sera transmis à toute l'équipe, qui y sera sensible.",
        "L'équipe sera heureuse de lire ces mots.",
    ),
    "explications": ("Prendre le temps d'expliquer et de répondre aux questions nous tient à cœur.",),
    "secretariat-telephone": ("Le secrétariat sera heureux de lire ce message.",),
    "attente": ("Nous veillons à limiter l'attente au cabinet ; ce retour nous encourage.",),
}
INVITE_NEGATIVE = (
    "Nous vous invitons à contacter le secrétariat{contact} afin d'en parler directement.",
    "Le secrétariat reste à votre disposition{contact} pour échanger de vive voix.",
    "N'hésitez pas à joindre le secrétariat{contact} : un échange direct nous permettra de mieux comprendre.",
)
INVITE_NEUTRAL = (
    "Le secrétariat reste à votre disposition{contact} pour toute question.",
    "Pour toute question, le secrétariat peut être joint{contact}.",
)
INVITE_SENSITIVE = ("Toute personne qui souhaite échanger peut contacter le secrétariat{contact}.",)
CLOSINGS_POSITIVE = ("Bien cordialement,", "Avec nos remerciements,", "Très cordialement,")
CLOSINGS_OTHER = ("Bien cordialement,", "Cordialement,", "Sincères salutations,")


def _pick(options: tuple[str, ...], review_id: str, slot: str) -> str:
    digest = hashlib.sha256(f"{review_id}\x00{slot}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def compose_reply(triage: Triage, practice: PracticeContact | None = None) -> tuple[str, tuple[str, ...]]:
    """Build the reply text (without checking it) and advice for the reviewer of the draft."""
    practice = practice or PracticeContact()
    key = triage.review_id
    contact = practice.contact_phrase()
    advice: list[str] = []
    sensitive = triage.defamation_risk or bool(triage.report_reasons)
    lines = [_pick(GREETINGS, key, "greeting")]
    if sensitive:
        # A reportable or possibly defamatory review gets a short, calm answer and no debate.
        lines.append(_pick(ACKNOWLEDGE_SENSITIVE, key, "ack"))
        lines.append(_pick(SECRECY, key, "secrecy"))
        lines.append(_pick(INVITE_SENSITIVE, key, "invite").format(contact=contact))
        closing = _pick(CLOSINGS_OTHER, key, "closing")
        advice.append(
            "Avis signalable ou à risque : conservez la preuve et envisagez le signalement avant de "
            "répondre ; une réponse courte et calme suffit, ou pas de réponse."
        )
    elif triage.sentiment == "positif":
        lines.append(_pick(THANKS_POSITIVE, key, "thanks"))
        for topic in triage.topics:
            if topic in TOPIC_LINES_POSITIVE:
                lines.append(_pick(TOPIC_LINES_POSITIVE[topic], key, topic))
                break
        closing = _pick(CLOSINGS_POSITIVE, key, "closing")
    else:
        negative = triage.sentiment == "negatif"
        lines.append(_pick(ACKNOWLEDGE_NEGATIVE if negative else THANKS_NEUTRAL, key, "ack"))
        medical = {"resultat", "douleur-suites"} & set(triage.topics)
        if negative or medical:
            lines.append(_pick(SECRECY, key, "secrecy"))
        used = 0
        for topic in triage.topics:
            if topic in TOPIC_LINES_NEGATIVE and used < 2:
                lines.append(_pick(TOPIC_LINES_NEGATIVE[topic], key, topic))
                used += 1
        invite = INVITE_NEGATIVE if negative else INVITE_NEUTRAL
        lines.append(_pick(invite, key, "invite").format(contact=contact))
        closing = _pick(CLOSINGS_OTHER, key, "closing")
        if negative:
            advice.append("Répondez rapidement et calmement ; n'entrez dans aucun détail médical.")
    if not contact:
        advice.append("Renseignez le téléphone ou l'adresse du secrétariat pour l'indiquer dans la réponse.")
    text = " ".join(lines[1:])
    return f"{lines[0]}\n\n{text}\n\n{closing}\n{practice.signature}", tuple(advice)


def draft_reply(triage: Triage, practice: PracticeContact | None = None) -> Draft:
    """Compose a reply draft and check it with the compliance engine (channel ``avis-reponse``)."""
    text, advice = compose_reply(triage, practice)
    verdict = check_reply(text)
    if verdict.blocked:
        advice = (*advice, "Le brouillon contient un passage interdit : corrigez-le avant approbation.")
    return Draft(text, verdict, advice)
