"""Families the sixteenth and seventeenth batches showed the rules missing, judged by the rules
alone (the learned reader left out): one's finest work, a zero-harm record over the years, a rare
skill or a first on a market (`superlatif`); the look promised at waking or leaving, a life
changed, a scar nobody will see (`garantie-resultat`); pictures at day zero and later, pre- and
post-operative pictures put out, then and now side by side (`avant-apres`); patients' fondness
and words relayed, a review asked of satisfied patients only (`temoignage`); an offer with a
deadline, one's turn, stock running out (`incitation`, not the seats of a free information
event); a colleague's price met, one's rate against national figures (`comparaison`); a maker
thanked for its machine, the legal mention made optional (`partenariat-non-declare`). The
eighteenth batch, read once the reader had been retrained, added a duration or a result for life,
a free redo, a capped recovery (`garantie-resultat`, not a maker's warranty) and never any trouble
with one's patients (`superlatif`), « tu attends quoi ? » and the last tubes in stock
(`incitation`), matching a quote or waiving the fee if the operation is booked
(`offre-commerciale`), colleagues fattening on their patients (`denigrement`), patients' notes on
display (`temoignage`). The nineteenth and twentieth batches, read once scored, added booking
deadlines, countdowns and lists nearly full (`incitation`), elite claims and colleagues' own
families sent to one (`superlatif`), practices run like a factory and colleagues « à côté de la
plaque » (`denigrement`), the day before against a later day (`avant-apres`), ratings and relayed
words (`temoignage`), kits thanked and products supplied free (`partenariat-non-declare`), a free
redo or first session (`offre-commerciale`). Each family has its positive cases and its traps;
the wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# superlatif


@pytest.mark.parametrize(
    "text",
    [
        "Sincèrement, la plus belle rhinoplastie que j'ai réalisée cette année 😍",
        "Le plus joli décolleté que nous ayons jamais obtenu, on est fiers 🥹",
        "En quinze ans de blépharoplasties, pas une seule infection.",
        "Sur tout ce parcours, aucune reprise pour coque. Une méthode, pas de la chance.",
        "Cette greffe osseuse, nous sommes très peu en France à savoir la réaliser.",
        "Le cabinet est l'un des rares centres de la région à pratiquer cette technique.",
        "La clinique inaugure le premier bloc de chirurgie robotique mammaire de la région.",
        "Des confrères de tout le Sud nous adressent leurs cas les plus complexes.",
        "Pour 97 patientes sur 100, le résultat a été à la hauteur de leurs attentes.",
    ],
)
def test_self_praise_without_the_obvious_words_is_a_superlative(text: str) -> None:
    assert "superlatif" in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "La plus belle cicatrice est celle qu'on surveille : protégez-la du soleil un an.",
        "En dix ans, la technique a beaucoup évolué ; les complications restent possibles.",
        "Peu de chirurgiens pratiquent cette technique : demandez l'avis de votre médecin traitant.",
        "Le premier rendez-vous en France se prend sur la plateforme de l'hôpital.",
        "Le mélanome reste le premier cancer cutané mortel en France.",
    ],
)
def test_a_fact_about_care_or_practitioners_in_general_is_no_superlative(text: str) -> None:
    assert "superlatif" not in rules_alone(text, "linkedin")


def test_a_zero_harm_record_over_years_is_self_praise_not_a_promise() -> None:
    found = rules_alone("En 20 ans de liftings, pas un seul hématome.", "facebook")
    assert "superlatif" in found
    assert "garantie-resultat" not in found


# garantie-resultat


@pytest.mark.parametrize(
    "text",
    [
        "Tu vas t'endormir tranquille et te réveiller avec des lèvres parfaites 💋",
        "Vous repartirez avec la poitrine dont vous rêvez, c'est notre mission.",
        "Tu ressors avec le regard pile comme sur ta photo d'inspiration ✨",
        "C'est exactement la silhouette avec laquelle vous repartirez de chez nous.",
        "Cette blépharoplastie va changer votre vie, promis.",
        "La cicatrice est dans le pli, plus personne ne la remarquera.",
        "Avec notre programme, tu perdras tes kilos pour de bon.",
        "Après la cure, la cellulite ne reviendra jamais.",
        "Avec ce protocole, pas une ride ne reviendra avant trois ans.",
    ],
)
def test_a_promised_look_or_lasting_change_is_a_guarantee(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Cette intervention peut changer la vie de certains patients, pas de tous.",
        "Personne ne peut vous promettre que la cicatrice ne se verra pas.",
        "Les rides reviendront avec le temps : l'effet dure de 4 à 6 mois.",
        "Vous repartirez avec une ordonnance et le numéro du cabinet.",
    ],
)
def test_a_caution_or_logistics_is_no_guarantee(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "instagram")


# avant-apres


@pytest.mark.parametrize(
    "text",
    [
        "Son profil à J0 👉 son profil à M3, même lumière 📸",
        "Le ventre à S0 puis S8, en fin de vidéo 👀",
        "Radiographies pré et post-opératoires ci-dessous, consolidation à 6 semaines.",
        "Photos du jour de l'intervention puis à six mois, envoyées avec son accord.",
        "Sa silhouette il y a deux ans et aujourd'hui 🥹",
        "Les deux photos de son visage côte à côte, pour que vous jugiez.",
        "Voilà ce que donne le sourire de Yanis, huit mois plus tard 👇",
        "Honnêtement le plus joli nez que j'aie jamais fait, profil J0 👉 profil M6",
    ],
)
def test_pictures_at_two_times_put_out_are_a_before_after(text: str) -> None:
    assert "avant-apres" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Pansement refait à J0 puis à J7 au cabinet.",
        "Des photos pré et post-opératoires sont prises pour votre dossier.",
        "L'appareil enregistre les images pour comparer l'évolution d'un grain de beauté.",
        "Contrôle à J8 et à M1 après l'intervention.",
    ],
)
def test_care_schedules_and_record_pictures_are_no_before_after(text: str) -> None:
    assert "avant-apres" not in rules_alone(text, "instagram")


def test_amazement_is_no_negation_of_the_before_after_tag() -> None:
    text = "Profil à six mois, je n'en reviens toujours pas #avantapres"
    assert "avant-apres" in rules_alone(text, "tiktok")


# temoignage


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("La gaine est confortable, mes patientes l'adorent.", "instagram"),
        ("Nos opérées la redemandent à chaque contrôle 🧴", "instagram"),
        ("« Je me reconnais enfin dans le miroir », nous a écrit l'une d'elles.", "facebook"),
        ("Comme me l'a dit Sophie : « j'aurais dû venir plus tôt ».", "facebook"),
        ("« Je revis » : voilà ce que m'a dit Mme B. à son contrôle.", "instagram"),
        ("Si vous êtes contente de votre prise en charge, un avis 5 étoiles nous aiderait 🙏", "message"),
    ],
)
def test_relayed_praise_or_a_review_asked_of_happy_patients_is_a_testimonial(text: str, channel: str) -> None:
    assert "temoignage" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Mes patientes ne l'adorent pas forcément : la gaine serre, c'est normal.", "instagram"),
        ("Le CNOM interdit d'écrire « mes patientes l'adorent » sur un compte de médecin.", "instagram"),
        ("Si vous avez une question après l'intervention, écrivez au secrétariat.", "message"),
    ],
)
def test_a_denial_a_quoted_rule_or_an_after_care_contact_is_no_testimonial(text: str, channel: str) -> None:
    assert "temoignage" not in rules_alone(text, channel)


# denigrement: « pas comme » compares, it negates nothing


def test_pas_comme_before_a_disparagement_compares_and_does_not_negate_it() -> None:
    text = "Ici on prend le temps, pas comme dans ces usines à injections du centre-ville."
    assert "denigrement" in rules_alone(text, "instagram")


def test_a_full_negation_before_comme_still_negates() -> None:
    text = "Ce n'est pas comme ça qu'on choisit un chirurgien : ni usine à injections, ni promesse."
    assert "denigrement" not in rules_alone(text, "instagram")


# incitation


@pytest.mark.parametrize(
    "text",
    [
        "🎁 Parrainage : une amie adressée, un soin offert à chacune. Valable en avril seulement !",
        "Une remise de 15 % sur le pack, valable jusqu'au 30 juin 😉",
        "Et vous, c'est quand votre tour ? 👀",
        "Votre tour peut arriver plus vite que vous ne le pensez.",
        "Le sérum est revenu à l'accueil, il en reste une vingtaine.",
        "Je peux vous garder le créneau de jeudi jusqu'à demain midi.",
        "Un matin, on se dit : maintenant ou jamais ✨",
    ],
)
def test_a_deadline_a_turn_or_scarcity_pushes_to_book(text: str) -> None:
    assert "incitation" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Conférence grand public sur l'obésité, jeudi à 18 h. Entrée libre, places limitées.",
        "Webinaire ouvert aux médecins généralistes le 4 mars. Places limitées, inscription en ligne.",
        "Si on vous dit « c'est maintenant ou jamais », prenez le temps de réfléchir ailleurs.",
        "Votre devis est valable trois mois : prenez le temps de la réflexion.",
    ],
)
def test_the_seats_of_an_information_event_or_a_quoted_push_are_no_incitation(text: str) -> None:
    assert "incitation" not in rules_alone(text, "facebook")


# comparaison


@pytest.mark.parametrize(
    "text",
    [
        "Le Dr Perrin vous a fait un devis à 4 800 € ? Chez nous c'est 4 100 €, suivi compris.",
        "Le devis de la clinique Voltaire est à 3 000 € ? Je vous fais la même chose à 2 600 €.",
        "Notre taux de reprise est de 2 %, alors que la moyenne nationale dépasse 6 %.",
        "Un laser que peu de cabinets peuvent s'offrir, installé chez nous depuis mars.",
    ],
)
def test_a_colleague_s_price_met_or_a_rate_against_national_figures_is_a_comparison(text: str) -> None:
    assert "comparaison" in rules_alone(text, "message")


def test_a_colleague_s_fee_stated_alone_is_no_comparison() -> None:
    text = "Le Dr Perrin reçoit le mardi ; la consultation est à 60 €, remboursée sur la base du secteur 1."
    assert "comparaison" not in rules_alone(text, "message")


# partenariat-non-declare


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Merci à Dermalux qui nous prête son nouvel appareil de radiofréquence tout l'été 🙏", "instagram"),
        ("Story en consultation avec le code CLARA50. Mention pub facultative.", "autre"),
        ("Il travaille en partenariat avec le laboratoire Nutrivie pour ses cures.", "presse"),
    ],
)
def test_a_lent_machine_thanked_or_an_optional_legal_mention_is_an_undeclared_partnership(
    text: str, channel: str
) -> None:
    assert "partenariat-non-declare" in rules_alone(text, channel)


def test_thanking_a_speaker_is_no_partnership() -> None:
    text = "Merci au Pr Lemaire pour sa conférence sur la cicatrisation, passionnante."
    assert "partenariat-non-declare" not in rules_alone(text, "linkedin")


# garantie-resultat, from the eighteenth batch


@pytest.mark.parametrize(
    "text",
    [
        "Un lifting qui tiendra quinze ans, au minimum.",
        "Une peau lissée et un teint acquis à vie ✨",
        "Si le résultat ne vous convient pas, la retouche est offerte.",
        "Après la sleeve, fini les kilos qui reviennent !",
        "Un quart d'heure au bloc et vous voyez net pour la vie.",
        "Trois jours de gonflement maximum, promis.",
        "Elles repartent sans avoir rien senti.",
        "Après l'opération des végétations, il ne sera plus jamais malade.",
    ],
)
def test_a_duration_a_life_long_result_a_free_redo_or_a_capped_recovery_is_a_guarantee(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Nos prothèses sont garanties à vie par le fabricant en cas de rupture.",
        "L'effet de la toxine tient en moyenne quatre à six mois.",
        "Une retouche est parfois nécessaire ; elle fait l'objet d'un devis.",
        "Comptez dix jours de bleus en moyenne, parfois davantage.",
    ],
)
def test_a_maker_s_warranty_or_an_average_duration_is_no_guarantee(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "site")


# superlatif, from the eighteenth batch


@pytest.mark.parametrize(
    "text",
    [
        "la plus belle blépharoplastie du mois, en story ce soir",
        "sans doute le plus joli menton que jai fait cette année",
        "Les hématomes ? Mes patientes n'en ont jamais.",
        "Avec moi, les prothèses ne tournent jamais.",
    ],
)
def test_the_month_s_finest_case_or_never_any_trouble_is_a_superlative(text: str) -> None:
    assert "superlatif" in rules_alone(text, "instagram")


def test_a_caution_that_trouble_can_happen_is_no_superlative() -> None:
    text = "Les hématomes ? Ils peuvent arriver, même avec une technique soigneuse."
    assert "superlatif" not in rules_alone(text, "instagram")


# incitation, offre-commerciale, denigrement and temoignage, from the eighteenth batch


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Deux mois après, elle rayonne 😍 et vous, vous attendez quoi ?", "incitation"),
        ("Pourquoi attendre encore ? Le ventre ne se remuscle pas tout seul.", "incitation"),
        ("Il nous reste trois flacons du sérum réparateur, je vous en garde un ?", "incitation"),
        ("Un devis plus bas ailleurs ? Montrez-le-nous, on s'aligne.", "offre-commerciale"),
        ("Vous venez à deux ? On fera un geste sur vos devis.", "offre-commerciale"),
        ("Consultation remboursée si vous programmez l'intervention dans l'année.", "offre-commerciale"),
        ("Ces cliniques qui se gavent sur le dos de leurs patientes, ça suffit.", "denigrement"),
        ("Quand on ne sait pas opérer un nez, on adresse à un confrère.", "denigrement"),
        ("Votre message ira sur le mur des remerciements du cabinet 💛", "temoignage"),
        ("Chaque photo avec le petit mot que la patiente nous a laissé.", "temoignage"),
    ],
)
def test_the_eighteenth_batch_families_are_found(text: str, rule: str) -> None:
    assert rule in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Qu'attendez-vous de l'intervention ? Nous en parlerons en consultation.", "incitation"),
        ("Il nous reste des questions sur votre traitement : appelez le secrétariat.", "incitation"),
        ("La consultation n'est pas remboursée par l'Assurance maladie.", "offre-commerciale"),
        ("Votre message nous a touchés, merci.", "temoignage"),
    ],
)
def test_the_eighteenth_batch_traps_are_left_alone(text: str, rule: str) -> None:
    assert rule not in rules_alone(text, "facebook")


# from the nineteenth and twentieth batches


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Remise de 200 € pour toute intervention programmée avant le 15 mai.", "incitation"),
        ("Le coffret est à 59 € jusqu'à dimanche minuit !", "incitation"),
        ("Tarif spécial valable dix jours après la consultation.", "incitation"),
        ("Les dates de juillet sont presque complètes, pensez-y.", "incitation"),
        ("Un désistement pour mardi : le premier qui appelle le prend !", "incitation"),
        ("À votre âge, les bajoues ne vont pas remonter toutes seules.", "incitation"),
        ("Une équipe d'élite et un bloc dernier cri 💪", "superlatif"),
        ("Même les anesthésistes de la clinique m'envoient leurs propres enfants.", "superlatif"),
        ("Franchement, vous ne trouverez pas mieux dans le département.", "superlatif"),
        ("Ce centre dentaire tourne comme une usine, huit implants par heure.", "denigrement"),
        ("Votre chirurgien précédent est à côté de la plaque sur ce diagnostic.", "denigrement"),
        ("Profil de J-1 à M6 en vidéo 👃", "avant-apres"),
        ("Photos pré-op et à un an dans le carrousel.", "avant-apres"),
        ("⭐ 4,9 (312 avis) · Chirurgie du regard", "temoignage"),
        ("Encore un message qui nous touche : « merci pour tout ».", "temoignage"),
        ("Merci au laboratoire Cutalis pour les 50 kits offerts à nos opérées !", "partenariat-non-declare"),
        ("Le laboratoire Vitaline, qui me fournit gracieusement les ampoules.", "partenariat-non-declare"),
        ("Pour un forfait de cinq séances, la dernière séance est pour nous.", "offre-commerciale"),
        ("Nos lectrices ne paieront pas la première consultation.", "offre-commerciale"),
    ],
)
def test_the_nineteenth_and_twentieth_batch_families_are_found(text: str, rule: str) -> None:
    assert rule in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Arrêtez l'aspirine avant le 12 et prévenez l'anesthésiste.", "incitation"),
        ("Ne dites jamais « dépêchez-vous, c'est presque complet » au téléphone.", "incitation"),
        ("Votre devis est valable trois mois : prenez le temps de réfléchir.", "incitation"),
        ("Aucun autre traitement n'est validé dans cette indication.", "superlatif"),
        ("Les bleus de J-1 ? Il n'y en a pas : on opère le lendemain.", "avant-apres"),
        ("La consultation n'est pas remboursée par l'Assurance maladie.", "offre-commerciale"),
    ],
)
def test_the_nineteenth_and_twentieth_batch_traps_are_left_alone(text: str, rule: str) -> None:
    assert rule not in rules_alone(text, "facebook")
