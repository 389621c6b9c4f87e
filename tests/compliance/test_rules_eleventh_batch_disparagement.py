"""Disparagement of colleagues, comparisons with other practices and an inappropriate tone
(denigrement, comparaison, ton-inapproprie) in the families of wording met in the eleventh batch,
judged by the rules alone: the learned reader is left out, so these say what the constructions do.
Each family has a positive and a trap (negation, praise, the author's own practice, a patient's own
words). The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# denigrement


@pytest.mark.parametrize(
    "text",
    [
        "Le centre du boulevard traîne derrière lui une longue série de complications.",
        "Ce cabinet a une belle collection de reprises à son actif, croyez-moi.",
    ],
)
def test_a_trail_of_failures_pinned_on_a_practice_is_disparagement(text: str) -> None:
    assert "denigrement" in rules_alone(text, "x")


def test_a_series_of_our_own_cases_is_no_disparagement() -> None:
    assert "denigrement" not in rules_alone(
        "Nous publions une série de cas opérés au cabinet en 2025.", "linkedin"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le chirurgien de la rue Victor-Hugo opère vite. Depuis des années je corrige ses rhinoplasties.",
        "Mon ancien associé de la clinique du Lac m'envoie ses complications chaque lundi.",
    ],
)
def test_a_colleague_s_failures_cleaned_up_here_are_disparagement(text: str) -> None:
    assert "denigrement" in rules_alone(text, "x")


def test_correcting_a_patient_s_own_scar_is_no_disparagement() -> None:
    assert "denigrement" not in rules_alone(
        "Nous corrigeons ses cicatrices d'acné au laser, en trois séances.", "site"
    )


@pytest.mark.parametrize(
    "text",
    [
        "La Dre M., galerie marchande, gonfle des lèvres à la chaîne. Je n'en dirai pas plus.",
        "Le Dr T. du centre-ville pose ses implants en vingt minutes. Vous voyez de qui je parle.",
        "Un médecin du quartier injecte n'importe où sans examen ; il se reconnaîtra.",
    ],
)
def test_a_colleague_left_to_be_guessed_is_disparagement(text: str) -> None:
    assert "denigrement" in rules_alone(text, "bluesky")


def test_thanks_to_a_colleague_who_will_recognise_himself_is_no_innuendo() -> None:
    text = "Un grand merci au Dr L. pour son accueil au bloc, il se reconnaîtra."
    assert "denigrement" not in rules_alone(text, "linkedin")


def test_a_clinic_denied_its_name_is_disparagement_despite_the_negation() -> None:
    text = "Vous aviez été opérée dans une clinique qui ne mérite pas ce nom."
    assert "denigrement" in rules_alone(text, "avis-reponse")


def test_a_clinic_worthy_of_the_name_is_no_disparagement() -> None:
    text = "Une clinique digne de ce nom revoit ses patients après l'opération."
    assert "denigrement" not in rules_alone(text, "site")


def test_a_colleague_s_patients_invoked_as_proof_are_disparagement() -> None:
    assert "denigrement" in rules_alone(
        "Le Dr K. de la place Carnot ? Demandez plutôt à ses anciennes patientes.", "tiktok"
    )


def test_a_colleague_s_patients_said_to_be_pleased_are_no_disparagement() -> None:
    text = "Le Dr K. de la place Carnot ? Demandez à ses patientes, elles l'adorent."
    assert "denigrement" not in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Les injecteurs ringards du quartier piquent encore sans échographie.",
        "Ces radiologues dinosaures refusent toute nouveauté.",
    ],
)
def test_colleagues_called_behind_the_times_are_disparaged(text: str) -> None:
    assert "denigrement" in rules_alone(text, "x")


def test_a_fossil_in_a_museum_talk_is_no_disparagement() -> None:
    assert "denigrement" not in rules_alone(
        "Visite du muséum avec mes enfants : des squelettes de dinosaures géants !", "x"
    )


def test_others_leaving_injections_to_the_barely_trained_are_disparaged() -> None:
    text = (
        "Contrairement à beaucoup de centres de la ville, qui laissent les lasers à des stagiaires"
        " à peine formées, j'officie moi-même."
    )
    assert "denigrement" in rules_alone(text, "site")


def test_our_own_assistants_trained_in_house_are_no_disparagement() -> None:
    text = "Nos assistantes sont formées chaque année aux gestes d'urgence."
    assert "denigrement" not in rules_alone(text, "site")


def test_sarcasm_on_a_cheaper_rival_is_disparagement() -> None:
    text = "Le cabinet d'à côté fait la rhinoplastie moins cher. Quand c'est pas cher, c'est vous qui payez."
    assert "denigrement" in rules_alone(text, "x")


@pytest.mark.parametrize(
    "text",
    [
        "Aux petits malins qui me traitent de boucher en commentaire : bonne soirée quand même.",
        "Ceux qui m'avaient qualifié de charlatan sont revenus se faire opérer.",
    ],
)
def test_the_author_called_names_in_any_tense_is_not_disparaging_anyone(text: str) -> None:
    assert "denigrement" not in rules_alone(text, "x")


# comparaison


def test_our_price_then_a_rival_s_price_is_a_comparison() -> None:
    text = "Au cabinet, le lifting est à 6 500 €. La clinique d'en face le propose à 4 900 €."
    assert "comparaison" in rules_alone(text, "x")


def test_our_price_alone_is_no_comparison() -> None:
    text = "Au cabinet, le lifting est à 6 500 €. Le devis détaille l'anesthésie et le bloc."
    assert "comparaison" not in rules_alone(text, "x")


def test_a_nickname_in_quotes_for_the_others_then_us_is_a_comparison() -> None:
    text = "Les « cabinets à sourire » qui enchaînent vingt facettes par jour… Ici, on en pose quatre."
    assert "comparaison" in rules_alone(text, "instagram")


def test_a_patient_shopping_around_is_no_comparison() -> None:
    text = "Vous pouvez « faire jouer la concurrence » : demandez le devis détaillé à l'accueil."
    assert "comparaison" not in rules_alone(text, "site")


# ton-inapproprie


@pytest.mark.parametrize(
    "text",
    [
        "Vous avez visiblement plus de temps pour commenter sur Google que pour venir à vos contrôles.",
        "Votre mémoire vous joue des tours : la consultation a duré une heure.",
        "Il serait temps de confronter vos souvenirs et la réalité du dossier.",
    ],
)
def test_sarcasm_on_a_reviewer_s_time_or_memory_is_an_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "avis-reponse")


def test_thanks_for_the_time_taken_is_no_sarcasm() -> None:
    text = "Merci d'avoir pris le temps d'écrire cet avis, nous restons à votre disposition."
    assert "ton-inapproprie" not in rules_alone(text, "avis-reponse")


@pytest.mark.parametrize(
    "text",
    [
        "@redac_beaute révisez vos cours de biologie avant de publier sur le botox.",
        "Si vous mangiez moins de sucre, vous n'auriez sans doute pas besoin de nous. Commencez par là.",
    ],
)
def test_a_lesson_or_a_counterfactual_blame_is_an_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "facebook")


def test_advice_to_stop_smoking_before_surgery_is_no_blame() -> None:
    text = "Arrêter de fumer un mois avant l'intervention améliore la cicatrisation."
    assert "ton-inapproprie" not in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Vous voulez qu'on reparle de votre attitude au secrétariat ? Très bien.",
        "À celui qui m'accuse de l'avoir mal conseillé : j'ai très bonne mémoire 😉",
        "Vous avez diffusé notre devis partout. Ne comptez plus sur nous.",
    ],
)
def test_a_veiled_threat_to_a_critic_is_an_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "linkedin")


def test_a_note_taken_for_the_file_is_no_threat() -> None:
    text = "Nous avons noté votre demande de rappel, le secrétariat vous contacte demain."
    assert "ton-inapproprie" not in rules_alone(text, "message")


def test_professionals_told_to_reread_their_brochures_are_not_insulted() -> None:
    text = "Le code interdit toute valorisation des résultats. Chers confrères, relisez vos plaquettes."
    assert "ton-inapproprie" not in rules_alone(text, "linkedin")


def test_a_rendez_vous_is_not_an_address_to_the_reader() -> None:
    text = "Rendez-vous pris chez un dermatologue qui se prend pour un chirurgien : résultat catastrophique."
    assert "ton-inapproprie" not in rules_alone(text, "instagram")


# phase B families: denigrement


@pytest.mark.parametrize(
    "text",
    [
        "Les confrères qui posent encore des fils crantés comme en 2005, c'est de l'archéologie.",
        "Franchement, ce que font certains centres laser du quartier, c'est du bricolage.",
        "Le cabinet de la rue Thiers vous a posé la facette de travers ? On la refait.",
        "Les autres centres vous expédient en cinq minutes chrono.",
    ],
)
def test_work_called_archaic_tinkered_crooked_or_rushed_is_disparagement(text: str) -> None:
    assert "denigrement" in rules_alone(text, "instagram")


def test_our_own_unhurried_visit_is_no_disparagement() -> None:
    text = "Ici, la première consultation dure une heure : rien n'est fait à la va-vite."
    assert "denigrement" not in rules_alone(text, "site")


def test_a_colleague_s_patients_landing_here_with_complications_are_disparagement() -> None:
    text = "Ce confrère fait des promos ; ses patientes débarquent ensuite chez moi en larmes."
    assert "denigrement" in rules_alone(text, "x")


def test_what_colleagues_refuse_to_tell_you_is_disparagement() -> None:
    text = "Le soin que les dermatologues refusent de vous montrer, parce qu'il ne coûte rien."
    assert "denigrement" in rules_alone(text, "youtube")


def test_a_rhetorical_question_against_a_colleague_still_disparages() -> None:
    text = "Pourquoi payer le double chez le dentiste du centre, aux méthodes d'un autre âge ?"
    assert "denigrement" in rules_alone(text, "youtube")


def test_the_same_work_denied_to_the_others_is_disparagement() -> None:
    text = "Ailleurs, c'est six mois d'attente, et pas la même qualité, je vous le dis."
    assert "denigrement" in rules_alone(text, "message")


def test_a_cheaper_than_anyone_claim_is_a_comparison_not_an_insult() -> None:
    rules = rules_alone("Je vous fais un tarif plus bas que n'importe quel cabinet de Lyon.", "instagram")
    assert "denigrement" not in rules
    assert "comparaison" in rules


def test_a_former_practitioner_laughed_at_is_disparagement() -> None:
    assert "denigrement" in rules_alone("Ton sourire chez nous vs chez ton ancien orthodontiste 😬", "tiktok")


def test_a_colleague_who_should_pay_us_a_commission_is_disparaged() -> None:
    text = "Encore une reprise venue de la clinique d'en face. Il devrait nous verser une commission."
    assert "denigrement" in rules_alone(text, "bluesky")


# phase B families: comparaison and ton-inapproprie


def test_not_looking_like_a_beauty_salon_is_no_comparison() -> None:
    text = (
        "Pourquoi notre site ne ressemble pas à celui d'un salon de beauté ? Parce que nous sommes médecins."
    )
    assert "comparaison" not in rules_alone(text, "facebook")


def test_elsewhere_told_as_a_waiting_time_is_a_comparison() -> None:
    assert "comparaison" in rules_alone(
        "Ailleurs c'est trois mois de délai ; le Dr vous reçoit lundi.", "message"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Certains patients ne sont jamais satisfaits, c'est ainsi.",
        "Ceux qui partent se faire opérer à l'étranger méritent bien ce qui leur arrive.",
        "L'auteur de cet avis est une personne que nous connaissons très bien… Chacun jugera.",
        "Et après tu viens pleurer au cabinet parce que ça a gonflé ?",
    ],
)
def test_contempt_for_patients_or_a_reviewer_singled_out_is_an_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "facebook")


def test_patients_who_are_satisfied_are_no_contempt() -> None:
    text = "La plupart des patients sont satisfaits à un an, selon notre suivi interne."
    assert "ton-inapproprie" not in rules_alone(text, "facebook")


def test_a_crooked_nose_straightened_by_the_surgeon_is_no_disparagement() -> None:
    text = "Le chirurgien redresse les nez de travers en une seule intervention."
    assert "denigrement" not in rules_alone(text, "instagram")
