"""Reply drafts built from best practice (the core library has no drafting module yet).

Thank or acknowledge, show empathy, never confirm that the author is a patient nor any medical
detail, invite them to call or write to the secretariat, sign as the practice. Wording varies
with the review (a stable choice from its id) and follows the topics raised.
"""

from __future__ import annotations

import hashlib

OPENINGS = {
    "positif": (
        "Merci pour ce message et pour le temps pris à l'écrire.",
        "Nous vous remercions pour ce retour.",
        "Un grand merci pour vos mots.",
    ),
    "neutre": (
        "Merci d'avoir pris le temps de partager votre avis.",
        "Nous vous remercions pour ce retour.",
        "Merci pour ce message.",
    ),
    "negatif": (
        "Nous avons bien lu votre message et nous comprenons votre mécontentement.",
        "Merci d'avoir pris le temps de nous écrire ; nous sommes désolés que votre expérience n'ait pas "
        "été à la hauteur de vos attentes.",
        "Nous prenons votre message au sérieux et regrettons votre déception.",
    ),
}
# Topic sentences speak of the practice's organisation only, never of care or of a person.
TOPIC_SENTENCES = {
    "attente": "Nous savons combien l'attente peut être pénible et nous travaillons à mieux organiser les "
    "horaires.",
    "delais-rdv": "Nous savons que les délais peuvent paraître longs et toute l'équipe y est attentive.",
    "tarifs": "Les informations sur les honoraires sont disponibles auprès du secrétariat, qui peut répondre "
    "à toute question à ce sujet.",
    "accueil": "L'accueil est important pour toute l'équipe et votre remarque sera partagée avec elle.",
    "secretariat-telephone": "Nous savons qu'il est parfois difficile de nous joindre par téléphone et "
    "cherchons à améliorer ce point.",
    "acces-parking": "Les informations d'accès au cabinet sont disponibles auprès du secrétariat.",
    "hygiene": "Les règles d'hygiène du cabinet sont une priorité constante de l'équipe.",
    "explications": "L'écoute et la clarté des échanges comptent beaucoup pour toute l'équipe.",
}
INVITATIONS = {
    "positif": (
        "Toute l'équipe vous souhaite une belle journée.",
        "Nous transmettons votre message à toute l'équipe.",
    ),
    "neutre": (
        "Pour toute question, le secrétariat reste à votre disposition par téléphone ou par écrit.",
        "N'hésitez pas à contacter le secrétariat si vous souhaitez en parler.",
    ),
    "negatif": (
        "Nous vous invitons à contacter directement le secrétariat du cabinet, par téléphone ou par écrit, "
        "afin d'en parler.",
        "Le secrétariat se tient à votre disposition, par téléphone ou par écrit, pour échanger avec vous.",
    ),
}


def _pick(options: tuple[str, ...], seed: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}:{seed}".encode()).digest()
    return options[digest[0] % len(options)]


def draft_reply(sentiment: str, topics: list[str], practice_name: str, seed: str) -> str:
    """A French reply for a review of ``sentiment`` raising ``topics``, signed by the practice."""
    tone = sentiment if sentiment in OPENINGS else "neutre"
    parts = [_pick(OPENINGS[tone], seed, "open")]
    if tone != "positif":
        parts.extend(TOPIC_SENTENCES[topic] for topic in topics if topic in TOPIC_SENTENCES)
    parts.append(_pick(INVITATIONS[tone], seed, "invite"))
    return " ".join(parts[:4]) + f"\n\nL'équipe de {practice_name}"
