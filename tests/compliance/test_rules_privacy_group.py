"""Constructions of the secrecy, personal-data and personal-advice rules, on wordings of our own.

Kept out of the rule files' examples: as YAML examples, personal-advice wordings feed the learned
reader and moved its thresholds (see test_engine.py); here they test the rules alone.
"""

from __future__ import annotations

import pytest

from vitrine.compliance import check

ADVICE, SECRET, DATA = "conseil-personnalise", "secret-medical", "donnees-patient"

FIRES = [
    # a verdict for an @account, a decision for the addressee, a relative's case decided
    (ADVICE, "instagram", "@nina_b chez toi ce sera une otoplastie simple, rien de plus."),
    (ADVICE, "x", "@tom.r un peu de minoxidil suffira, pas besoin de greffe pour toi"),
    (ADVICE, "youtube", "Réponse à Marc : avec vos antécédents, je ne vous opérerais pas."),
    (ADVICE, "facebook", "Pour votre fils de 12 ans, l'otoplastie peut se faire cet été."),
    # care instructions in a review reply
    (ADVICE, "avis-reponse", "Pour vos bleus autour des yeux, dormez la tête surélevée."),
    (ADVICE, "avis-reponse", "Merci pour votre retour ! Continuez les massages encore un mois."),
    # a review reply confirming a payment, a visit, an act proposed
    (SECRET, "avis-reponse", "Nous avons bien reçu votre règlement pour la séance de laser, merci."),
    (SECRET, "avis-reponse", "Vous êtes arrivée en retard et vous vous plaignez d'attendre ?"),
    (SECRET, "avis-reponse", "Le drainage qu'on vous a proposé après votre bypass reste utile."),
    # a public reply opening on « Monsieur, » about his own quote
    (SECRET, "facebook", "Monsieur, vous avez signé votre devis en toute connaissance de cause."),
    # a patient's story reshared under her handle
    (SECRET, "instagram", "Repost de la vidéo de @julie.mtl « mes nouvelles lèvres, je les adore » 💋"),
    ("temoignage", "instagram", "On repartage la story de @anais.b, ravie de son nouveau nez 💖"),
]

SILENT = [
    (ADVICE, "instagram", "Je ne peux pas vous dire si votre cicatrice est normale sur une photo."),
    (ADVICE, "message", "Honnêtement, je vous déconseillerais ce cabinet, mais c'est votre choix."),
    (ADVICE, "message", "Notre crème pour les taches brunes est disponible à l'accueil, passez la voir."),
    (SECRET, "facebook", "Madame, votre question est légitime : une consultation permet d'y répondre."),
    (SECRET, "avis-reponse", "Nous avons simplifié la prise de rendez-vous en ligne, merci de votre aide."),
    (SECRET, "linkedin", "Chère Madame, une abdominoplastie se discute après un examen, pas en commentaire."),
    (DATA, "tiktok", "Bah non Léa, c'est une démonstration sur un mannequin 😅"),
    (DATA, "autre", "Salut Hugo, tu peux relancer la campagne Facebook ce week-end ? Merci !"),
    (DATA, "message", "Votre ordonnance est prête à l'accueil. Bonne fin de journée, Inès"),
    (DATA, "site", "L'épilation laser est possible dès 16 ans, avec l'accord des parents."),
    (DATA, "site", "Retrouvez le cabinet sur l'annuaire SantéDirect et sur Doctolib."),
]


@pytest.mark.parametrize(("rule", "channel", "text"), FIRES)
def test_the_rules_alone_report_the_wording(rule: str, channel: str, text: str) -> None:
    report = check(text, channel=channel, learned=False)
    assert rule in {f.rule for f in report.findings}


@pytest.mark.parametrize(("rule", "channel", "text"), SILENT)
def test_the_rules_alone_leave_the_wording_alone(rule: str, channel: str, text: str) -> None:
    report = check(text, channel=channel, learned=False)
    assert rule not in {f.rule for f in report.findings}
