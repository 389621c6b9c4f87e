"""Promises, self-praise and unvalidated claims (garantie-resultat, superlatif, pratique-non-validee)
in the kinds of wording met in the twelfth batch, judged by the rules alone: the learned reader is
left out, so these say what the constructions do. Each family has a positive and its trap. The
sentences are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# garantie-resultat


@pytest.mark.parametrize(
    "text",
    [
        "Déçue de votre nez ? On vous rembourse, tout simplement.",
        "Pas satisfaite du résultat : nous vous remboursons.",
    ],
)
def test_a_refund_answering_a_disappointment_is_a_guarantee(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text)


def test_implants_said_never_to_need_replacing_are_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Nos implants mammaires : aucun remplacement à prévoir, jamais.", "facebook"
    )


def test_implants_that_may_need_replacing_are_information() -> None:
    assert "garantie-resultat" not in rules_alone(
        "Vos implants devront peut-être être remplacés un jour.", "site"
    )


def test_a_harm_ruled_out_then_sworn_is_a_promise() -> None:
    text = "Pas d'inquiétude, la cicatrice ne gonflera pas, je vous le garantis."
    assert "garantie-resultat" in rules_alone(text, "message")


def test_a_scar_that_becomes_invisible_in_the_present_is_a_promise() -> None:
    text = "Avec notre laser, les cicatrices deviennent tout bonnement invisibles."
    assert "garantie-resultat" in rules_alone(text, "site")


def test_a_scar_that_fades_with_time_is_information() -> None:
    assert "garantie-resultat" not in rules_alone(
        "Les cicatrices deviennent moins visibles avec le temps.", "site"
    )


def test_back_to_work_and_nothing_else_is_a_promise_of_no_downtime() -> None:
    assert "garantie-resultat" in rules_alone(
        "Vous retrouvez votre travail le lendemain. Et voilà.", "instagram"
    )


def test_a_usual_time_off_work_is_information() -> None:
    text = "Vous reprenez le travail après deux à trois semaines selon votre métier."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_things_the_author_never_does_are_no_promise() -> None:
    text = "Ce que nous ne ferons jamais ici : retoucher les photos, vous promettre un résultat parfait."
    assert "garantie-resultat" not in rules_alone(text, "tiktok")


def test_a_quoted_promise_answered_no_is_no_promise() -> None:
    text = "Question du jour : « le résultat est garanti à vie ? » Non, il évolue avec l'âge."
    assert "garantie-resultat" not in rules_alone(text, "tiktok")


def test_a_zero_counted_so_far_is_a_record_not_a_promise() -> None:
    found = rules_alone("Deux cents rhinoplasties et zéro reprise au compteur.", "site")
    assert "garantie-resultat" not in found


def test_no_time_off_work_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Hallux valgus opéré en ambulatoire, aucun arrêt de travail.", "facebook"
    )


def test_surgery_through_the_natural_routes_is_information() -> None:
    text = (
        "L'intervention se fait par les voies naturelles, sans cicatrice visible, sous anesthésie générale."
    )
    assert "garantie-resultat" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Fini les rides du lion en une seule séance.",
        "Adieu les taches brunes en 3 séances !",
        "Deux séances de laser et il n'en reste plus rien.",
        "Des cuisses affinées en six semaines, montre en main.",
    ],
)
def test_a_flaw_gone_in_a_set_time_is_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text)


def test_more_grafts_in_one_session_is_information() -> None:
    assert "garantie-resultat" not in rules_alone("La FUT permet plus de greffons en une séance.", "site")


def test_an_act_sold_on_permanent_effects_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Un remodelage du nez aux résultats permanents.", "site")


# superlatif


@pytest.mark.parametrize(
    "text",
    [
        "Nous sommes les premiers de la région à le proposer.",
        "Je suis la seule à Bordeaux à opérer par cette voie.",
        "Une consultation unique en Normandie.",
        "Seule clinique esthétique agréée du Finistère.",
        "Le cabinet, la référence bordelaise de la greffe capillaire.",
        "Le plus grand plateau laser de l'Ouest.",
        "Découvrez nos plus belles transformations de l'année.",
        "Un résultat qu'on ne voit pas tous les jours !",
        "En dix ans, l'équipe n'a jamais eu à déplorer une seule infection.",
    ],
)
def test_the_practice_ranking_or_singling_itself_out_is_a_superlative(text: str) -> None:
    assert "superlatif" in rules_alone(text)


def test_the_chain_most_followed_of_a_region_is_a_superlative() -> None:
    text = "Bienvenue sur la chaîne du Dr Rey, chirurgien à Lyon, le plus suivi de la région."
    assert "superlatif" in rules_alone(text, "youtube")


@pytest.mark.parametrize(
    "text",
    [
        "La plus grande partie de la France est concernée par la pénurie.",
        "Voir la référence bibliographique en bas de page.",
        "Chaque visage est unique : le résultat dépend de votre anatomie.",
    ],
)
def test_generic_ranks_and_references_are_not_superlatives(text: str) -> None:
    assert "superlatif" not in rules_alone(text, "site")


# pratique-non-validee


def test_a_claim_sealed_by_the_studies_without_a_source_is_unvalidated() -> None:
    text = "La mésothérapie fait fondre la cellulite, les études sont unanimes."
    assert "pratique-non-validee" in rules_alone(text, "tiktok")


def test_science_has_spoken_seals_a_claim() -> None:
    assert "pratique-non-validee" in rules_alone(
        "Cure de citron avant la lipo = zéro bleu. La science a tranché.", "x"
    )


def test_the_studies_named_with_a_source_are_a_summary_of_the_evidence() -> None:
    text = "Les études sont claires : le tabac retarde la cicatrisation (HAS 2019)."
    assert "pratique-non-validee" not in rules_alone(text, "site")


def test_hypnosis_said_to_suffice_is_unvalidated_but_its_limit_is_not() -> None:
    assert "pratique-non-validee" in rules_alone("L'hypnose suffit pour une liposuccion.", "site")
    assert "pratique-non-validee" not in rules_alone("L'hypnose ne suffit pas pour une liposuccion.", "site")


@pytest.mark.parametrize(
    "text",
    [
        "Le laser intime ? Deux séances et c'est fini les fuites.",
        "Deux séances de radiofréquence suffisent pour retrouver une muqueuse vaginale de jeune fille.",
        "Nos séances de sonothérapie rééquilibrent le système nerveux.",
        "Ce casque LED fait repousser les cheveux chez 100 % des femmes.",
        "Un soin qui réactive durablement les bulbes endormis.",
    ],
)
def test_unvalidated_effects_are_reported(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_diet_denied_an_effect_is_information() -> None:
    text = "Le jeûne et les cures de jus ne remplacent pas une prise en charge médicale du surpoids."
    assert "pratique-non-validee" not in rules_alone(text, "youtube")
