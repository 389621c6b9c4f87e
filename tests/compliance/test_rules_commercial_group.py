"""Commercial rules (produit-sante, partenariat-non-declare, promotion-payante, pratique-non-validee,
incitation) on wordings the rules alone must judge: the learned reader is left out, so these
say what the constructions do, whatever the reader learns next."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


def test_a_practitioner_with_free_slots_is_information_not_a_push() -> None:
    assert "incitation" not in _rules("Le Dr Petit a des créneaux en janvier ou en février.", "message")


def test_remaining_dates_told_as_scarcity_are_a_push() -> None:
    assert "incitation" in _rules("Il reste encore des dates en février, écrivez-nous !")


@pytest.mark.parametrize(
    "text",
    [
        "Le Dr Lenoir ne s'en cache pas : 1 500 euros par mois en publicités Instagram.",
        "La clinique s'équipe des implants Visiolens, les plus précis du marché.",
    ],
)
def test_a_reflexive_verb_is_no_hypothesis(text: str) -> None:
    assert _rules(text) & {"promotion-payante", "produit-sante"}


def test_a_real_hypothesis_still_drops_a_product_cue() -> None:
    text = "Si une marque vous dit que sa crème est la meilleure du marché, méfiez-vous."
    assert "produit-sante" not in _rules(text)
