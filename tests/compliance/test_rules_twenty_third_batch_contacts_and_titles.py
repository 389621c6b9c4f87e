"""Families the twenty-second to twenty-sixth batches showed the rules getting wrong, judged by the
rules alone (the learned reader left out). `donnees-patient`: an organisation's or a practice's own
number, e-mail or address presented to call or write to (« Réservation au… », « 📞 … », alone on its
line, an invoice's issuer) is nobody's data, nor is a team member tagging her turn in a chat
transcript, a name the text says is not the real one, staff named by what they run, the impersonal
« s'il y a » near the practice's number; a patient's own number stays hers. `titre-non-reconnu`:
the title set right after a practitioner's name is her designation whatever the sentence then
asks or quotes, and « médecin esthé », « morpho-esthétique », « cosmetic surgeon » and the
discipline as a signature line are titles too. The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# donnees-patient: contacts that are nobody's data


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Portes ouvertes samedi ✨ Inscription au 02 40 00 00 00, places limitées.", "facebook"),
        ("-20 % sur le forfait laser, réservation en DM ou au 01 23 00 00 00 !", "instagram"),
        ("Nouvelle permanence téléphonique gratuite de l'association : 01 55 00 00 00.", "presse"),
        ("Cabinet de chirurgie de la main\n★ 4,8/5\n04 91 00 00 00", "site"),
        ("📞 03 80 00 00 00 — 📍 Dijon centre", "instagram"),
        ("Pour exercer vos droits, écrivez à dpo@cabinet-exemple.fr.", "site"),
        ("Plus de détails au 05 57 00 00 00 ou sur le site.", "facebook"),
    ],
)
def test_a_number_or_address_offered_to_call_or_write_to_is_nobodys_data(text: str, channel: str) -> None:
    assert "donnees-patient" not in rules_alone(text, channel)


def test_an_invoice_issuers_address_is_nobodys_data() -> None:
    text = "FACTURE 2026-031\nÉmetteur : Studio Pixel, 8 rue des Arts, 44000 Nantes\nMontant : 300 €"
    assert "donnees-patient" not in rules_alone(text, "autre")


def test_the_impersonal_il_does_not_make_the_practice_number_someones() -> None:
    text = "S'il y a de la fièvre ou une rougeur qui s'étend, appelez le cabinet au 02 99 00 00 00."
    assert "donnees-patient" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "[Chat équipe]\nSonia : la dame de 15 h demande encore un devis 🙄\nKarim : je la rappelle demain",
        "[Slack] Dr Morel : qui est en salle 2 ? Justine : le patient de la rhino, il attend depuis 20 min.",
    ],
)
def test_team_members_tagging_their_turns_in_a_transcript_are_not_patients(text: str) -> None:
    assert "donnees-patient" not in rules_alone(text, "autre")


def test_a_name_the_text_says_is_changed_stays_no_ones_everywhere_in_it() -> None:
    text = "Inès (prénom modifié) raconte ses deux ans d'attente. Merci Inès pour ce partage."
    assert "donnees-patient" not in rules_alone(text, "youtube")


def test_staff_named_by_what_they_run_are_not_patients() -> None:
    text = "Chloé et Yasmine tiennent l'accueil et gèrent vos rendez-vous du lundi au vendredi."
    assert "donnees-patient" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Appelez Julie au 06 12 34 56 78, elle vous racontera sa rhinoplastie.", "instagram"),
        ("Nous avons essayé de vous joindre au 06 98 76 54 32 hier soir.", "avis-reponse"),
        ("Patiente : Mme Roux\nTél : 06 11 22 33 44\nAbdominoplastie le 12/05", "autre"),
    ],
)
def test_a_patients_own_number_is_still_her_data(text: str, channel: str) -> None:
    assert "donnees-patient" in rules_alone(text, channel)


# titre-non-reconnu beside a name, and the titles' other spellings


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Je suis le Dr Lina Haddad, médecin esthétique à Reims : les peelings, ça fait mal ?", "youtube"),
        ("Ce mois-ci, le Dr Morel, médecin esthéticienne, répond : combien de temps dure l'effet ?", "autre"),
        ("Portrait du Dr Sarah Klein, « médecin esthétique » installée à Biarritz depuis 2015.", "presse"),
        ("Dr T. Nguyen — Médecine anti-âge & longévité · Bilans, injections", "x"),
        ("Bien à vous,\nDr Paul Meyer\nMédecine esthétique & bien-être", "message"),
    ],
)
def test_a_title_set_beside_a_practitioners_name_is_her_designation(text: str, channel: str) -> None:
    assert "titre-non-reconnu" in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Coucou c'est ta médecin esthé préférée 💉 on parle lèvres aujourd'hui",
        "Dr Hugo Blanc, médecin morpho-esthétique à Annecy.",
        "Salut c'est Dr Max, cosmetic surgeon à Marseille 🇫🇷",
        "Moi je suis médecin de l'esthétique, c'est encore autre chose 😅",
    ],
)
def test_the_titles_short_compound_and_english_spellings_are_titles(text: str) -> None:
    assert "titre-non-reconnu" in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Dr Anne Petit, DIU de médecine esthétique, chirurgienne plasticienne.",
        "Le Dr Dupont, chirurgien plasticien, reconstructeur et esthétique, consulte le mardi.",
        "Le Dr Dupont n'est pas médecin esthétique : ce titre n'existe pas.",
    ],
)
def test_a_diploma_the_recognised_title_or_a_denied_title_is_no_unrecognised_title(text: str) -> None:
    assert "titre-non-reconnu" not in rules_alone(text, "site")


# secret-medical: callers on air tell their own trouble


@pytest.mark.parametrize(
    "text",
    [
        "[Radio Sud — « Allô Santé »]\nANIMATEUR : On a Colette, 61 ans, au standard.\n"
        "AUDITRICE : J'ai les paupières lourdes depuis deux ans.",
        "Au standard, Bernard, 58 ans : « Mon genou me lâche dans les escaliers, que faire ? »",
        "— Merci Odile, qui nous appelle de Rodez, pour sa question sur ses varices.",
    ],
)
def test_a_caller_telling_her_trouble_on_air_is_not_revealed_as_a_patient(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "presse")


def test_a_patient_named_with_her_operation_in_a_press_interview_is_still_revealed() -> None:
    text = "« Mme Hélène Brunet, que j'ai opérée du nez en mars, va très bien », confie le Dr Roy."
    assert "secret-medical" in rules_alone(text, "presse")


def test_a_magazine_named_like_a_person_is_nobody() -> None:
    text = "Interview dans Madame Provence : le Dr Aubert répond sur la cicatrice de l'abdominoplastie."
    assert {"donnees-patient", "secret-medical"}.isdisjoint(rules_alone(text, "presse"))


# incitation and garantie-resultat: words that urge or promise nothing here


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Réunion d'information gratuite sur la chirurgie bariatrique le 4 avril à 18 h, salle du "
            "conseil de l'hôpital de Dax. Places limitées, inscription au 05 58 00 00 00.",
            "presse",
        ),
        ("Madame, vous êtes arrivée une heure en retard et vous osez parler de mépris ?", "avis-reponse"),
        ("Merci ! Vous rejoignez les 350 patients qui nous ont attribué cinq étoiles.", "avis-reponse"),
    ],
)
def test_free_event_seats_a_dare_told_and_a_rating_counted_urge_no_one(text: str, channel: str) -> None:
    assert "incitation" not in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Rejoignez les 300 femmes qui ont déjà franchi le pas !",
        "Osez enfin le nez dont vous rêvez.",
        "Lipo -20 % ce mois-ci, places limitées, réservez vite !",
    ],
)
def test_a_push_to_join_dare_or_book_is_still_incitation(text: str) -> None:
    assert "incitation" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Depuis l'ouverture du cabinet en 2011 : aucune complication grave.",
        "900 abdominoplasties depuis 2015. Zéro complication majeure.",
        "12 ans de bloc, zéro complication sérieuse 💪",
    ],
)
def test_a_record_announced_before_its_zero_is_a_track_record_not_a_promise(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "instagram")


def test_a_misconception_quoted_then_refuted_promises_nothing() -> None:
    text = "Idées reçues sur le laser ❌ « c'est sans douleur » → faux ❌ « une séance suffit » → non."
    assert "garantie-resultat" not in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Avec ma technique, aucune complication : vous repartez le jour même.",
        "Lipo sans douleur et zéro complication, promis !",
    ],
)
def test_no_complication_promised_to_the_reader_is_still_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "instagram")
