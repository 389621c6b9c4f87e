"""Demo reviews for a plastic surgeon's practice in Lyon (idempotent: a re-run changes nothing)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from vitrine.reputation.model import Review as CoreReview
from vitrine.reputation.model import ReviewReply
from vitrine.web.practices.models import Membership, Practice
from vitrine.web.reviews.importing import upsert_reviews

AUTHORS = (
    "Sophie M.",
    "Nadia B.",
    "Camille R.",
    "Julien T.",
    "Élodie P.",
    "Karim A.",
    "Isabelle V.",
    "Marion L.",
    "Chloé D.",
    "Thomas G.",
    "Amandine F.",
    "Sarah K.",
    "Laure C.",
    "Yasmine H.",
)
POSITIVE = (
    "Accueil chaleureux, secrétariat très disponible au téléphone. Explications claires et rassurantes, "
    "je recommande ce cabinet de la rue Garibaldi.",
    "Très bonne écoute, on prend le temps de répondre à toutes les questions. Cabinet propre et calme.",
    "Équipe adorable du début à la fin, tout était très bien organisé.",
    "Consultation sérieuse, aucun discours commercial, on se sent respectée.",
    "Parking facile juste à côté, accueil souriant, rien à redire.",
)
NEUTRAL = (
    "Cabinet correct, un peu d'attente en salle mais personnel aimable.",
    "Difficile de joindre le secrétariat le matin, sinon rien de particulier.",
)
NEGATIVE = (
    "Plus d'une heure d'attente sans aucune explication, et la secrétaire était désagréable au téléphone.",
    "Trois mois pour obtenir un rendez-vous, c'est beaucoup trop. Tarifs très élevés en plus.",
    "Impossible de joindre quelqu'un au téléphone pendant deux jours, très déçue de l'organisation.",
)
SERIOUS = (
    (1, "Ce chirurgien est un escroc, il a volé ses patientes. Fuyez !"),
    (
        1,
        "Appelez le 06 12 34 56 78 pour avoir la vraie version, la secrétaire Mme Dupuis habite rue Vendôme.",
    ),
)


def demo_reviews(rng: random.Random | None = None) -> list[CoreReview]:
    """About forty reviews over eighteen months (fixed dates, so reruns are identical)."""
    rng = rng or random.Random(20)  # noqa: S311 - demo data, not security
    start = datetime(2025, 5, 3, 9, 30, tzinfo=UTC)
    reviews: list[CoreReview] = []
    for index in range(40):
        created = start + timedelta(days=index * 13 + rng.randint(0, 6), hours=rng.randint(0, 9))
        roll = rng.random()
        if roll < 0.68:
            stars, text = rng.choice((4, 5, 5)), rng.choice(POSITIVE)
        elif roll < 0.8:
            stars, text = 3, rng.choice(NEUTRAL)
        else:
            stars, text = rng.choice((1, 2)), rng.choice(NEGATIVE)
        reply = None
        if stars >= 4 and rng.random() < 0.6:
            reply = ReviewReply(
                "Merci pour ce message, toute l'équipe vous souhaite une belle journée."
                "\n\nL'équipe du cabinet",
                created + timedelta(days=rng.randint(1, 5)),
            )
        reviews.append(
            CoreReview(
                source="google",
                review_id=f"demo-{index + 1:03d}",
                reviewer_name=rng.choice(AUTHORS),
                star_rating=stars,
                comment=text,
                create_time=created,
                update_time=created,
                reply=reply,
                resource_name=f"accounts/demo/locations/lyon/reviews/demo-{index + 1:03d}",
            )
        )
    for offset, (stars, text) in enumerate(SERIOUS):
        created = start + timedelta(days=540 + offset * 3)
        reviews.append(
            CoreReview(
                source="google",
                review_id=f"demo-grave-{offset + 1}",
                reviewer_name="Utilisateur Google",
                is_anonymous=True,
                star_rating=stars,
                comment=text,
                create_time=created,
                update_time=created,
            )
        )
    reviews.append(
        CoreReview(
            source="doctolib",
            review_id="dl-0001",
            reviewer_name="Patiente D.",
            star_rating=2,
            comment="Attente interminable et accueil froid à l'arrivée.",
            create_time=start + timedelta(days=400),
            update_time=start + timedelta(days=400),
        )
    )
    return reviews


def load_demo(practice: Practice, memberships: dict[str, Membership]) -> None:
    """Import the demo reviews; the worker triages them (language model) within minutes."""
    reviews = demo_reviews()
    upsert_reviews(practice, reviews, [{**r.to_gbp_dict(), "source": r.source} for r in reviews])
