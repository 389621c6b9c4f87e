"""The checker on the French written on social networks and sites, and its context qualifiers."""

from __future__ import annotations

import pytest

from vitrine.compliance import CHANNELS, Config, check


def rules_of(text: str, channel: str = "instagram", **kwargs: object) -> set[str]:
    return {f.rule for f in check(text, channel=channel, **kwargs).findings}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Résultat garanti",
        "resultat garanti",
        "RÉSULTAT GARANTI !!!",
        "Résultats garantis pour toutes",
        "résultat\ngaranti",
        "✨Résultat garanti✨",
        "#ResultatGaranti",
    ],
)
def test_it_flags_a_promise_whatever_the_accents_case_line_breaks_and_emojis(text: str) -> None:
    assert "garantie-resultat" in rules_of(text)


def test_it_flags_the_inflections_of_garantir_near_an_outcome() -> None:
    assert "garantie-resultat" in rules_of("Nous vous garantissons un résultat naturel.")
    assert "garantie-resultat" not in rules_of("Nous garantissons la confidentialité de vos données.")


@pytest.mark.parametrize(
    "text", ["#AvantApres", "#avantapres", "#beforeafter", "#BeforeAfter", "avant/après"]
)
def test_it_splits_hashtags_and_finds_before_after_showcases(text: str) -> None:
    assert "avant-apres" in rules_of(f"Rhinoplastie {text}")


def test_it_understands_elision() -> None:
    assert "offre-commerciale" in rules_of("Profitez de l'offre spéciale de printemps")
    assert "offre-commerciale" not in rules_of("L'offre de soins s'est étoffée dans la région.")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Aucun résultat ne peut être garanti.", "garantie-resultat"),
        ("Nous ne faisons pas de promotions.", "offre-commerciale"),
        ("Le CNOM interdit les témoignages de patients.", "temoignage"),
        ("Avant et après l'intervention, arrêtez de fumer.", "avant-apres"),
        ("Le meilleur moyen de limiter l'œdème est la glace.", "superlatif"),
        ("L'offre de soins s'est développée.", "offre-commerciale"),
        ("Un résultat garanti ? Cela n'existe pas.", "garantie-resultat"),
        ("Si une clinique vous promet un résultat garanti, méfiez-vous.", "garantie-resultat"),
        ("Le terme « résultat garanti » est trompeur.", "garantie-resultat"),
        ("Aucune intervention n'est sans risque.", "garantie-resultat"),
    ],
)
def test_it_does_not_flag_negation_hypothesis_quotation_questions_or_meta_discourse(
    text: str, rule: str
) -> None:
    assert rule not in rules_of(text)


def test_a_negated_incitation_is_still_an_incitation() -> None:
    assert "incitation" in rules_of("Ne ratez pas cette occasion, n'attendez plus !")


def test_sources_are_only_required_for_long_form_site_and_youtube_content() -> None:
    article = " ".join(
        [
            "La rhinoplastie est une intervention chirurgicale qui modifie la forme du nez.",
            "Elle se pratique sous anesthésie générale. Les suites comportent un œdème et des ecchymoses.",
            "Le résultat s'apprécie après un an. Les risques : hématome, infection, irrégularités.",
            "Le tabac augmente le risque de complications de cicatrisation et doit être arrêté avant.",
        ]
        * 3  # long form: 700 characters at least (corpus README)
    )
    assert "sources-absentes" in rules_of(article, channel="site")
    assert "sources-absentes" in rules_of(article, channel="youtube")
    assert "sources-absentes" not in rules_of(article, channel="instagram")
    dated = article + " Rédigé le 3 février 2025. Sources : HAS."
    assert "sources-absentes" not in rules_of(dated, channel="site")


def test_thanking_a_reviewer_is_fine_in_a_review_reply_but_not_in_a_post() -> None:
    assert "temoignage" not in rules_of("Merci à ma patiente pour son avis.", channel="avis-reponse")
    assert "temoignage" in rules_of("Merci à ma patiente pour son avis.", channel="instagram")


def test_clinical_advice_in_a_message_is_personalised_advice() -> None:
    text = "Prenez du paracétamol 1 g toutes les 6 heures et mettez de la glace."
    assert "conseil-personnalise" in rules_of(text, channel="message")


def test_findings_point_into_the_text_as_given_with_one_based_lines_and_columns() -> None:
    text = "Bonjour.\nNotre cabinet propose -30 % sur le laser."
    finding = next(f for f in check(text, channel="facebook").findings if f.rule == "offre-commerciale")
    assert text[finding.start : finding.end] == finding.excerpt
    assert finding.excerpt.startswith("-30")
    assert (finding.line, finding.column) == (2, text.index("-30") - text.index("\n"))


def test_markdown_markup_is_stripped_and_offsets_map_back_to_the_original() -> None:
    text = "# Titre\n\n- **Résultat garanti** et [avis de nos patientes](https://exemple.fr)\n"
    report = check(text, channel="site", input_format="markdown")
    excerpts = {f.rule: f.excerpt for f in report.findings}
    assert excerpts["garantie-resultat"] == "Résultat garanti"
    assert excerpts["temoignage"] == "avis de nos patientes"
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.excerpt


def test_html_markup_and_entities_are_stripped_and_offsets_map_back_to_the_original() -> None:
    text = "<p>R&eacute;sultat <b>garanti</b></p><script>var avis = 'meilleur chirurgien'</script>"
    report = check(text, channel="site", input_format="html")
    assert [f.rule for f in report.findings] == ["garantie-resultat"]
    finding = report.findings[0]
    assert finding.excerpt == text[finding.start : finding.end] == "R&eacute;sultat <b>garanti"


def test_the_image_alt_text_is_checked() -> None:
    report = check('<img src="x.jpg" alt="Avant/après rhinoplastie">', channel="site", input_format="html")
    assert [f.excerpt for f in report.findings if f.rule == "avant-apres"] == ["Avant/après"]


def test_a_suppression_with_a_reason_silences_the_next_line_and_is_reported() -> None:
    directive = "<!-- vitrine: ignore superlatif -- citation d'un article de presse -->"
    text = directive + "\nLe meilleur chirurgien de Lyon."
    report = check(text, channel="presse", input_format="html")
    assert "superlatif" not in {f.rule for f in report.findings}
    assert [(s.finding.rule, s.reason) for s in report.suppressed] == [
        ("superlatif", "citation d'un article de presse")
    ]


def test_the_plain_text_suppression_form_works_on_its_own_line() -> None:
    text = "vitrine: ignore superlatif -- titre d'un article du Monde\nLe meilleur chirurgien de Lyon."
    report = check(text, channel="presse")
    assert not report.findings
    assert report.suppressed[0].reason == "titre d'un article du Monde"


def test_a_suppression_without_reason_is_itself_reported_and_silences_nothing() -> None:
    text = "<!-- vitrine: ignore superlatif -->\nLe meilleur chirurgien de Lyon."
    report = check(text, channel="instagram", input_format="html")
    assert {f.rule for f in report.findings} == {"superlatif", "suppression-invalide"}
    assert not report.suppressed


def test_a_suppression_accepts_an_alias_and_rejects_an_unknown_rule() -> None:
    text = "vitrine: ignore superlative -- citation\nLe meilleur chirurgien de Lyon.\n"
    assert not check(text, channel="presse").findings
    bad = check("vitrine: ignore nimporte -- raison\nLe meilleur chirurgien.", channel="presse")
    assert {f.rule for f in bad.findings} == {"superlatif", "suppression-invalide"}


def test_configuration_disables_rules_adds_forbidden_terms_and_allows_trademarks() -> None:
    config = Config(
        disable=frozenset({"superlatif"}),
        forbidden_terms=("lifting express",),
        allowed_terms=("Silhouette Miracle",),
    )
    text = "Le meilleur chirurgien. Le lifting express par la méthode Silhouette Miracle."
    assert rules_of(text, config=config) == {"terme-interdit"}


def test_the_default_channel_comes_from_the_configuration() -> None:
    assert check("Bonjour", config=Config(channel="site")).channel == "site"
    with pytest.raises(ValueError, match="canal inconnu"):
        check("Bonjour", channel="myspace")


def test_a_compliant_text_has_no_finding_on_any_channel() -> None:
    text = "Le Dr Martin, chirurgien plasticien, reconstructeur et esthétique, consulte le mardi."
    for channel in CHANNELS:
        assert check(text, channel=channel).findings == []


def test_suggestions_propose_a_concrete_rewrite() -> None:
    finding = check("Le meilleur chirurgien de Lyon.", channel="site").findings[0]
    assert "chirurgien plasticien qualifié" in finding.suggestion
    promise = check("Résultat garanti.", channel="site").findings[0]
    assert promise.suggestion.startswith("Supprimer « Résultat garanti »")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("@clara_b vu ton nez sur la photo, c'est une rhinoplastie complète qu'il te faut", "tiktok"),
        ("Réponse à ton commentaire : passe au gel de silicone, ta cicatrice va s'aplatir.", "youtube"),
        ("vu la photo, vous pouvez retirer le strip vous-même, pas la peine de venir", "message"),
    ],
)
def test_the_rules_flag_advice_drawn_from_one_persons_body_or_comment(text: str, channel: str) -> None:
    assert "conseil-personnalise" in rules_of(text, channel, learned=False)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Avec ta peau claire, mets de l'écran total tout l'été ☀️", "tiktok"),
        ("Réponse à votre commentaire : la vidéo sur les suites d'une rhinoplastie sort jeudi.", "youtube"),
        (
            "Vu la photo de la semaine dernière, vous êtes nombreux à demander la recette du gâteau.",
            "instagram",
        ),
    ],
)
def test_the_rules_leave_general_advice_and_replies_without_care_alone(text: str, channel: str) -> None:
    assert "conseil-personnalise" not in rules_of(text, channel, learned=False)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("« Réservez vite, il reste 2 places ! » : ce genre de phrase n'a rien à faire ici.", "incitation"),
        ("« Plus que 3 créneaux ! », « Et si c'était votre tour ? »… si vous lisez ça, fuyez.", "incitation"),
    ],
)
def test_a_slogan_quoted_to_be_disowned_is_not_used(text: str, rule: str) -> None:
    assert rule not in rules_of(text, "facebook", learned=False)


def test_a_slogan_quoted_as_ones_own_hook_still_counts() -> None:
    assert "incitation" in rules_of(
        "Notre accroche de l'été : « Plus que 3 places, réservez vite ! »", learned=False
    )


def test_a_phrase_does_not_start_inside_a_hyphenated_word() -> None:
    # the pronoun « vous » (tone aimed at a reader) is no word of « rendez-vous »
    for text in ("Premier rendez-vous de la journée à 7h 😂", "Rendez-vous pris pour mon propre contrôle 😂"):
        assert "ton-inapproprie" not in {f.rule for f in check(text, channel="instagram").findings}, text
