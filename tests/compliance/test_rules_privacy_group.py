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

# Seventh batch: what the rules now catch, on wordings of our own.
CAUGHT = [
    # the reader's own number called back in a public reply
    (DATA, "avis-reponse", "Comme promis, on vous recontacte demain au 07 45 18 62 90."),
    # a known person's body part operated, a known person said never to have come, one patient
    # singled out, a known person in apposition, the reviewer's conduct, a vocative and her coming act
    (SECRET, "instagram", "Fier d'avoir redessiné le nez de la chanteuse du groupe Solstice !"),
    (SECRET, "x", "Le footballeur du club local n'est jamais venu au cabinet, stop aux rumeurs."),
    (SECRET, "facebook", "Au patient qui a reporté trois fois son rendez-vous : on vous attend toujours."),
    (
        SECRET,
        "presse",
        "La députée de la circonscription, hospitalisée dans notre service la semaine dernière, va mieux.",
    ),
    (SECRET, "avis-reponse", "Votre attitude envers notre secrétaire était inacceptable."),
    (SECRET, "instagram", "Madame, pensez à arrêter le tabac six semaines avant votre lifting."),
    # a reviewer's symptoms taken up in a reply
    (
        SECRET,
        "avis-reponse",
        "Pour l'engourdissement que vous ressentez, c'est habituel les premières semaines.",
    ),
    # praise quoted after « a vanté », patients asked to tell, a treated person's delight
    (
        "temoignage",
        "presse",
        "L'ancien ministre, opéré d'une hanche dans nos murs, a vanté « une équipe formidable ».",
    ),
    (
        "temoignage",
        "youtube",
        "J'ai proposé à deux patientes de partager leurs premières semaines après la sleeve.",
    ),
    ("temoignage", "x", "J'ai retouché les lèvres de l'influenceuse hier, elle est aux anges."),
    # two points in time set against each other, a result teased for later, two dated pictures
    ("avant-apres", "instagram", "M0 → M6, même cadrage, aucune retouche 📸"),
    ("avant-apres", "tiktok", "Restez jusqu'au bout pour découvrir son nez six mois plus tard 😱"),
    ("avant-apres", "facebook", "Photo de gauche au jour J, photo de droite à 4 mois."),
]

# Earlier batches' misses, caught by the same constructions widened (fresh wordings).
ALSO_CAUGHT = [
    # apposition « …, opérée … chez nous », a thank-you for trusting us with her procedure, someone
    # known received at the practice, a doctor confirming, a counterfactual reproach, a relative
    # « a bien été opérée », a patient's procedure remembered in public
    (SECRET, "facebook", "Bravo à notre fleuriste préférée, opérée de son épaule chez nous cet hiver !"),
    (SECRET, "instagram", "Merci à l'animatrice radio qui nous a fait confiance pour son lifting 🙏"),
    (SECRET, "x", "Accueilli hier au cabinet le chanteur que tout le monde reconnaît… motus 🤐"),
    (SECRET, "presse", "Le chirurgien a reconnu l'avoir opéré à deux reprises l'an dernier."),
    (
        SECRET,
        "avis-reponse",
        "Si vous aviez porté la gaine comme prévu, votre ventre serait plat aujourd'hui.",
    ),
    (SECRET, "message", "Bonjour, votre mère a bien été opérée ce matin, elle remonte en chambre."),
    (SECRET, "facebook", "Madame, je me souviens parfaitement de votre rhinoplastie et tout était normal."),
    # praise « saluée par nos patientes », a patient's delight stated, her words quoted after « son message »
    ("temoignage", "site", "Une technique saluée par nos patientes pour son confort."),
    ("temoignage", "instagram", "Lipofilling du visage à 2 mois, patiente aux anges ✨"),
    ("temoignage", "instagram", "Résultat de sa rhinoplastie, et son message : « je me trouve enfin belle »"),
    # left and right pictures each dated
    (
        "avant-apres",
        "youtube",
        "À gauche le menton le jour du bilan, à droite huit mois après la génioplastie.",
    ),
]


@pytest.mark.parametrize(("rule", "channel", "text"), ALSO_CAUGHT)
def test_the_widened_constructions_catch_earlier_wordings(rule: str, channel: str, text: str) -> None:
    report = check(text, channel=channel, learned=False)
    assert rule in {f.rule for f in report.findings}


# Seventh batch: false alarms the rules now leave alone.
LEFT_ALONE = [
    # a product's marketing word, a « Dre », staff after « nos », a vocative first name, a sender
    (DATA, "instagram", "Le sérum Lumira Intense se garde au frais après ouverture."),
    (
        DATA,
        "presse",
        "Pour la Dre Sophie Marchal, chirurgienne à Nantes, le délai de réflexion reste essentiel.",
    ),
    (DATA, "linkedin", "Journée formation avec Lucie et Thomas, nos assistantes du bloc."),
    (DATA, "facebook", "Sarah, à votre âge une simple crème suffit souvent : parlez-en en consultation."),
    (
        DATA,
        "autre",
        "Bonjour Docteur, ici Mathieu du service client : la facture du logiciel est en pièce jointe.",
    ),
    # a civility with an initial; the practice's number next to « un autre patient »
    (DATA, "youtube", "Regardons l'évolution de Mme R. sur ces images, trois mois plus tard."),
    (
        DATA,
        "site",
        "En cas d'imprévu, merci de prévenir par téléphone au 03 20 00 00 00 "
        "pour qu'un autre patient profite du créneau.",
    ),
    # a generic patient operated here; a generic question after an act; a satisfied patient as a topic
    (SECRET, "instagram", "Toute patiente opérée chez nous reçoit un carnet de suivi."),
    (SECRET, "site", "Si vous avez des questions après votre intervention, appelez le secrétariat."),
    ("temoignage", "site", "Une patiente satisfaite ne remplace pas une information loyale."),
    # an internal call list; a refusal to confirm
    (SECRET, "autre", "Liste des rappels du jour : Mme Leroy, 06 22 33 44 55, contrôle lipo."),
    (
        SECRET,
        "avis-reponse",
        "Madame, nous ne pouvons ni confirmer ni infirmer qu'une personne a été opérée ici.",
    ),
    # « témoigner de » a thing; a rating judged, not shown
    ("temoignage", "site", "Les rougeurs témoignent d'une inflammation passagère."),
    (
        "temoignage",
        "instagram",
        "Une note de 4,8 sur Google ne prouve rien sur la compétence d'un chirurgien.",
    ),
    # a brief's carousel arguing a point; « devinez qui » without a transformation
    ("avant-apres", "autre", "Brief carrousel LinkedIn — angle : nos délais de prise en charge."),
    ("avant-apres", "facebook", "Devinez qui reprend les cicatrices ratées des autres ? Toujours les mêmes."),
]


@pytest.mark.parametrize(("rule", "channel", "text"), CAUGHT)
def test_the_rules_alone_now_catch_the_seventh_batch_wordings(rule: str, channel: str, text: str) -> None:
    report = check(text, channel=channel, learned=False)
    assert rule in {f.rule for f in report.findings}


@pytest.mark.parametrize(("rule", "channel", "text"), LEFT_ALONE)
def test_the_rules_alone_no_longer_raise_the_seventh_batch_false_alarms(
    rule: str, channel: str, text: str
) -> None:
    report = check(text, channel=channel, learned=False)
    assert rule not in {f.rule for f in report.findings}


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
