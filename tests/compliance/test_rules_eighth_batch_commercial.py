"""Denigration, comparison, health products, undisclosed partnerships, paid promotion and offers
(denigrement, comparaison, produit-sante, partenariat-non-declare, promotion-payante,
offre-commerciale) in the wordings of the eighth blind batch, judged by the rules alone: the learned
reader is left out, so these say what the constructions do. The sentences are our own, built on the
batch's constructions, not copied from it."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# --- denigrement ---------------------------------------------------------------------------------


def test_others_named_then_judged_through_ils_in_the_next_sentence_is_denigration() -> None:
    text = (
        "La clinique du boulevard vous fait payer l'acompte tout de suite ? Évidemment, "
        "ils ont des objectifs commerciaux."
    )
    assert "denigrement" in rules_alone(text, "facebook")


def test_others_named_then_their_patients_repaired_here_is_denigration() -> None:
    text = "Le cabinet d'à côté promet des lèvres en dix minutes. Nous les réparons ensuite ici 🙃"
    assert "denigrement" in rules_alone(text, "instagram")


def test_a_colleague_praised_in_one_sentence_and_a_repair_in_another_context_is_left_alone() -> None:
    text = "Le cabinet d'à côté nous adresse ses urgences. Ici nous réparons les ligaments croisés."
    assert "denigrement" not in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "Les chirurgiens de l'hôpital ont été formidables. Ils ont limité les dégâts après l'accident.",
        "Les autres équipes du CHU nous ont aidés. Nous réparons ici les fentes labiales.",
        "Le chirurgien a été choisi vu la qualité des résultats publiés.",
    ],
)
def test_colleagues_named_next_to_a_neutral_sentence_are_not_denigrated(text: str) -> None:
    assert "denigrement" not in rules_alone(text, "linkedin")


def test_ailleurs_on_vous_standing_for_the_others_with_care_skipped_is_denigration() -> None:
    text = "Ailleurs, on vous injecte sans regarder votre visage. Ici, on prend le temps."
    assert "denigrement" in rules_alone(text, "x")


def test_declining_all_responsibility_for_a_neighbours_work_is_denigration() -> None:
    text = "Cet avis vise le cabinet du deuxième étage, dont nous déclinons toute responsabilité."
    assert "denigrement" in rules_alone(text, "avis-reponse")


def test_pseudo_experts_is_denigration() -> None:
    assert "denigrement" in rules_alone(
        "Les pseudo-chirurgiens des réseaux ne vont pas aimer cette vidéo.", "x"
    )


def test_pseudo_medecines_are_not_colleagues() -> None:
    assert "denigrement" not in rules_alone("Les pseudo-médecines promettent beaucoup sans preuve.", "site")


def test_a_contrast_with_many_centres_that_push_to_an_act_is_denigration() -> None:
    text = "Contrairement à nombre de cliniques dentaires, nous ne poussons pas à la pose de couronnes."
    assert "denigrement" in rules_alone(text, "presse")


def test_pas_n_comme_dans_les_centres_a_la_chaine_is_denigration() -> None:
    text = "Ici la séance dure une heure, pas 15 minutes comme dans les centres à la chaîne."
    assert "denigrement" in rules_alone(text, "facebook")


def test_other_teams_working_out_of_habit_rather_than_reason_is_denigration() -> None:
    text = (
        "Nous avons abandonné le drain, contrairement aux autres équipes qui le posent "
        "par habitude plus que par raison."
    )
    assert "denigrement" in rules_alone(text, "linkedin")


def test_other_cabinets_using_older_equipment_is_a_comparison_not_denigration() -> None:
    text = (
        "Pendant que d'autres centres utilisent encore des lasers anciens, nous avons "
        "choisi un appareil récent."
    )
    found = rules_alone(text, "instagram")
    assert "denigrement" not in found


def test_a_low_cost_centre_named_in_a_price_comparison_is_no_denigration() -> None:
    text = "Oui je suis plus cher que le centre low cost d'à côté, et voici pourquoi."
    assert "denigrement" not in rules_alone(text, "tiktok")


# --- comparaison ---------------------------------------------------------------------------------


def test_loin_des_delais_of_other_practitioners_is_a_comparison() -> None:
    text = "Rendez-vous en une semaine, loin des attentes interminables des ophtalmologues du secteur."
    assert "comparaison" in rules_alone(text, "autre")


def test_asking_what_others_charge_for_the_same_act_is_a_comparison() -> None:
    text = (
        "Chez nous, un lifting c'est 7 000 €. Demandez combien on vous facture ailleurs "
        "en ville pour la même intervention 😏"
    )
    assert "comparaison" in rules_alone(text, "x")


def test_no_need_to_ruin_yourself_at_another_practitioner_is_a_comparison() -> None:
    text = "Inutile de vous ruiner chez le dentiste du quartier : ici, blanchiment à petit prix."
    assert "comparaison" in rules_alone(text, "instagram")


def test_them_doing_one_thing_and_us_another_in_a_quote_is_a_comparison() -> None:
    text = "« Le centre Lumière fait du volume, nous, nous faisons du sur-mesure », explique le Dr Vidal."
    assert "comparaison" in rules_alone(text, "presse")


def test_others_who_sell_without_examining_then_us_is_a_comparison() -> None:
    text = (
        "Les dermatologues qui prescrivent sans vous examiner, ça vous étonne encore ? Ici on vous examine."
    )
    assert "comparaison" in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Le cabinet est loin des hôpitaux du centre-ville, pensez à prévoir le trajet.",
        "Combien de séances faut-il pour le même résultat qu'une chirurgie ?",
    ],
)
def test_a_place_far_away_or_a_question_about_sessions_is_no_comparison(text: str) -> None:
    assert "comparaison" not in rules_alone(text, "site")


def test_newer_implants_better_than_old_generations_is_no_product_promotion() -> None:
    text = "Les implants actuels sont bien supérieurs aux modèles des années 90 en matière de sécurité."
    assert "produit-sante" not in rules_alone(text, "site")


def test_a_patient_operated_in_a_rival_centre_is_no_comparison() -> None:
    text = "Une patiente opérée dans une clinique concurrente est venue me voir pour un second avis."
    assert "comparaison" not in rules_alone(text, "facebook")


def test_two_materials_weighed_is_no_comparison_with_others() -> None:
    text = "Les couronnes en résine sont moins chères mais s'usent plus vite que la céramique."
    assert "comparaison" not in rules_alone(text, "youtube")


# --- produit-sante -------------------------------------------------------------------------------


def test_a_garment_selected_for_patients_and_sold_at_the_desk_is_a_health_product_promotion() -> None:
    text = "Nous avons sélectionné pour vous la gaine Contourline, bien supérieure aux modèles classiques."
    assert "produit-sante" in rules_alone(text, "site")


def test_the_only_cream_that_erases_scars_is_a_health_product_promotion() -> None:
    text = "Demandez Cicanova en pharmacie : c'est la seule crème qui efface vraiment les cicatrices."
    assert "produit-sante" in rules_alone(text, "facebook")


def test_a_product_to_take_away_from_the_practice_is_a_sale() -> None:
    text = "Nos perfusions vitaminées au cabinet 🍃 Produit disponible à emporter !"
    assert "produit-sante" in rules_alone(text, "instagram")


def test_the_launch_of_a_serum_is_a_health_product_promotion() -> None:
    text = (
        "Lancement du sérum réparateur Dermalia conçu au cabinet, il régénère la peau, "
        "commandez-le en pharmacie."
    )
    assert "produit-sante" in rules_alone(text, "presse")


def test_an_at_name_addressing_a_patient_is_no_brand() -> None:
    text = "Et @Sandrine ta prothèse un peu haute redescend en général en trois mois."
    assert "produit-sante" not in rules_alone(text, "message")


def test_a_garment_mentioned_next_to_the_fee_of_the_act_is_no_sale() -> None:
    text = "Portez un panty de contention trois semaines. Tarif : à partir de 4 500 €."
    assert "produit-sante" not in rules_alone(text, "site")


def test_other_doctors_selling_creams_is_no_sale_of_ours() -> None:
    text = "Les médecins qui vendent des crèmes à 60 € en fin de consultation, je n'aime pas ça."
    assert "produit-sante" not in rules_alone(text, "tiktok")


# --- partenariat-non-declare ---------------------------------------------------------------------


def test_a_product_gifted_by_the_brand_is_a_partnership_despite_an_injections_hashtag() -> None:
    text = "Ma nouvelle routine grâce à Glowa 💋 (produit offert par la marque, merci @glowa) #injections"
    assert "partenariat-non-declare" in rules_alone(text, "instagram")


def test_a_small_cut_for_the_author_is_a_commission() -> None:
    text = "Mon thé préféré pour les gardes, lien dans ma bio (je touche un petit quelque chose au passage)"
    assert "partenariat-non-declare" in rules_alone(text, "tiktok")


def test_a_gift_from_a_company_then_a_push_to_its_collection_is_a_partnership() -> None:
    text = "Merci à Valisa, qui nous a offert nos sacs pour la mission — filez voir leur nouvelle gamme !"
    assert "partenariat-non-declare" in rules_alone(text, "instagram")


def test_a_percentage_with_a_code_word_without_a_minus_sign_is_a_partnership() -> None:
    text = "Petit mot pour Studio Son qui m'a prêté ce casque : vous avez 15 % avec DOCLEA15."
    assert "partenariat-non-declare" in rules_alone(text, "youtube")


def test_ils_me_les_ont_envoyes_is_a_gift_from_the_brand() -> None:
    text = "Mes baskets de garde Runa (ils me les ont envoyés) sont au top."
    assert "partenariat-non-declare" in rules_alone(text, "tiktok")


def test_mentioning_the_practice_for_a_reward_at_a_company_is_a_partnership() -> None:
    text = (
        "Pour vos travaux, nous recommandons Bati-Loire : mentionnez notre cabinet, vous "
        "aurez une remise et nous un bon d'achat."
    )
    assert "partenariat-non-declare" in rules_alone(text, "linkedin")


def test_i_have_a_code_for_an_order_link_is_a_partnership() -> None:
    text = "La nouvelle canule Flexa glisse mieux que tout. Commandez via le lien, j'ai un code."
    assert "partenariat-non-declare" in rules_alone(text, "x")


# --- promotion-payante ---------------------------------------------------------------------------


def test_a_paid_push_on_a_platforms_ad_tool_is_paid_promotion() -> None:
    text = "Notre vidéo a fait 500 000 vues (merci au coup de pouce payé sur Instagram Promote 😉)"
    assert "promotion-payante" in rules_alone(text, "instagram")


def test_the_tweet_is_sponsored_is_paid_promotion_despite_an_earlier_si() -> None:
    text = "Partagez si la vidéo vous a plu (et oui, ce post est sponsorisé, il faut bien qu'il circule)"
    assert "promotion-payante" in rules_alone(text, "x")


def test_a_campaign_cut_is_no_paid_promotion() -> None:
    text = "Note interne : on arrête la campagne Google de mars, trop chère. On garde les articles."
    assert "promotion-payante" not in rules_alone(text, "autre")


def test_a_guess_that_other_accounts_bought_followers_is_no_paid_promotion() -> None:
    text = "Des comptes à 100 000 abonnés sans un commentaire ? Probablement des abonnés achetés."
    assert "promotion-payante" not in rules_alone(text, "instagram")


# --- offre-commerciale ---------------------------------------------------------------------------


def test_sessions_of_some_care_given_free_in_a_package_is_an_offer() -> None:
    text = "Forfait silhouette : liposuccion + 2 séances de drainage offertes."
    assert "offre-commerciale" in rules_alone(text, "instagram")


def test_a_free_redo_by_the_practice_is_an_offer() -> None:
    assert "offre-commerciale" in rules_alone(
        "Résultat garanti ou on vous le refait gratuitement.", "instagram"
    )


def test_an_invoice_line_after_a_dash_is_no_discount() -> None:
    text = "Devis n° 12 — Agence Nova — Prestation : refonte du site — 1 200 € HT."
    assert "offre-commerciale" not in rules_alone(text, "autre")


def test_free_and_anonymous_screening_consultations_are_a_public_health_event() -> None:
    text = (
        "Le Dr Lenoir participera à la journée de dépistage du mélanome : consultations "
        "gratuites et anonymes."
    )
    assert "offre-commerciale" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    "text",
    [
        "Consultation gratuite pour votre bilan minceur ce mois-ci !",
        "-20 € sur votre première séance de laser.",
    ],
)
def test_the_practices_own_offers_still_fire(text: str) -> None:
    assert "offre-commerciale" in rules_alone(text, "instagram")
