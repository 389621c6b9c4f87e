"""The catalogue of checks: stable ids, area, default severity and how to fix, in French.

Check ids are a public contract (JSON output, web app history): never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass

AREAS: dict[str, str] = {
    "deontologie": "Déontologie",
    "informations": "Informations recommandées par l'Ordre",
    "vie-privee": "Vie privée et cookies",
    "accessibilite": "Accessibilité et mobile",
    "referencement": "Référencement naturel",
    "technique": "Technique",
}

# How much each area weighs in the global score: what the Ordre and the CNIL can sanction first.
AREA_WEIGHTS: dict[str, int] = {
    "deontologie": 3,
    "informations": 2,
    "vie-privee": 2,
    "accessibilite": 1,
    "referencement": 1,
    "technique": 1,
}


@dataclass(frozen=True)
class Check:
    """Static description of one check."""

    id: str
    area: str
    title: str
    fix: str


_CHECKS = (
    Check(
        "info-rpps",
        "informations",
        "Numéro RPPS ou d'inscription à l'Ordre",
        "Indiquez votre numéro RPPS (11 chiffres) ou votre numéro d'inscription au tableau de l'Ordre, "
        "par exemple dans la page « Le chirurgien » ou les mentions légales.",
    ),
    Check(
        "info-diplomes",
        "informations",
        "Diplômes avec date et université",
        "Mentionnez le diplôme de docteur en médecine et de spécialiste avec l'année et l'université "
        "de délivrance (recommandation du CNOM).",
    ),
    Check(
        "info-secteur",
        "informations",
        "Secteur conventionnel",
        "Précisez le secteur conventionnel (secteur 1, secteur 2, OPTAM, non conventionné) et ce qui "
        "en résulte pour le remboursement.",
    ),
    Check(
        "info-honoraires",
        "informations",
        "Honoraires pratiqués",
        "Indiquez les honoraires habituellement pratiqués, au besoin sous forme de fourchettes en euros.",
    ),
    Check(
        "info-paiement",
        "informations",
        "Modes de paiement acceptés",
        "Listez les modes de paiement acceptés (carte bancaire, chèque, espèces, virement) ; "
        "ils doivent rester multiples.",
    ),
    Check(
        "info-adresse",
        "informations",
        "Adresse du cabinet",
        "Indiquez l'adresse complète du lieu d'exercice (numéro, voie, code postal, ville) et les "
        "conditions d'accès.",
    ),
    Check(
        "info-horaires",
        "informations",
        "Jours et horaires",
        "Indiquez les jours et horaires de consultation (par exemple « lundi au vendredi, 9 h – 18 h »).",
    ),
    Check(
        "info-rdv",
        "informations",
        "Prise de rendez-vous",
        "Expliquez comment prendre rendez-vous : téléphone du secrétariat, formulaire ou service en ligne.",
    ),
    Check(
        "info-accessibilite",
        "informations",
        "Accessibilité aux personnes à mobilité réduite",
        "Précisez les conditions d'accès pour les personnes handicapées ou à mobilité réduite "
        "(ascenseur, place réservée, plain-pied).",
    ),
    Check(
        "mentions-legales",
        "informations",
        "Mentions légales",
        "Publiez une page « Mentions légales » liée depuis toutes les pages : éditeur, directeur de la "
        "publication, hébergeur (loi pour la confiance dans l'économie numérique).",
    ),
    Check(
        "politique-confidentialite",
        "informations",
        "Politique de confidentialité",
        "Publiez une politique de confidentialité : responsable de traitement, finalités, durées de "
        "conservation, droits des personnes et contact (RGPD).",
    ),
    Check(
        "title",
        "referencement",
        "Titre de page",
        "Donnez à chaque page un titre unique de 15 à 65 caractères décrivant son contenu "
        "(par exemple « Rhinoplastie — Dr Martin, chirurgien plasticien à Lyon »).",
    ),
    Check(
        "meta-description",
        "referencement",
        "Description de la page",
        'Ajoutez une balise <meta name="description"> unique de 50 à 160 caractères, informative '
        "et sans promesse de résultat.",
    ),
    Check(
        "h1",
        "referencement",
        "Titre principal (h1)",
        "Chaque page doit avoir un et un seul titre <h1> qui résume son sujet.",
    ),
    Check(
        "hn-ordre",
        "accessibilite",
        "Hiérarchie des titres",
        "Enchaînez les niveaux de titres sans en sauter (h1, puis h2, puis h3) : les lecteurs "
        "d'écran s'en servent pour naviguer.",
    ),
    Check(
        "img-alt",
        "accessibilite",
        "Texte alternatif des images",
        'Ajoutez un attribut alt à chaque image : une description courte, ou alt="" si l\'image est '
        "décorative.",
    ),
    Check(
        "html-lang",
        "accessibilite",
        "Langue de la page",
        'Déclarez la langue dans la balise <html lang="fr"> pour que les lecteurs d\'écran '
        "prononcent correctement le texte.",
    ),
    Check(
        "viewport",
        "accessibilite",
        "Affichage sur mobile",
        'Ajoutez <meta name="viewport" content="width=device-width, initial-scale=1"> et '
        "n'empêchez pas le zoom (pas de user-scalable=no ni de maximum-scale inférieur à 2).",
    ),
    Check(
        "https",
        "technique",
        "Connexion sécurisée (HTTPS)",
        "Servez tout le site en HTTPS, redirigez http:// vers https:// et chargez toutes les "
        "ressources et formulaires en HTTPS.",
    ),
    Check(
        "lien-casse",
        "technique",
        "Liens cassés",
        "Corrigez ou supprimez les liens qui mènent à une page en erreur ou à un serveur qui ne répond pas.",
    ),
    Check(
        "canonical",
        "referencement",
        "URL canonique",
        'Ajoutez une balise <link rel="canonical"> unique pointant vers l\'adresse définitive '
        "de la page, sur le même site.",
    ),
    Check(
        "donnees-structurees",
        "referencement",
        "Données structurées schema.org",
        "Décrivez le cabinet en JSON-LD schema.org (Physician ou MedicalClinic) avec le nom et "
        "l'adresse, sans note ni avis.",
    ),
    Check(
        "poids-page",
        "technique",
        "Poids de la page",
        "Allégez la page : compressez les images (WebP, AVIF), différez les scripts, évitez les "
        "vidéos en lecture automatique. Visez moins de 2 Mo.",
    ),
    Check(
        "sitemap",
        "referencement",
        "Plan du site (sitemap.xml)",
        "Publiez un sitemap.xml valide listant les pages publiques qui répondent 200, et "
        "déclarez-le dans robots.txt.",
    ),
    Check(
        "robots-txt",
        "referencement",
        "Fichier robots.txt",
        "Publiez un fichier robots.txt qui n'interdit pas les pages publiques et qui indique le sitemap.",
    ),
    Check(
        "traceur-avant-consentement",
        "vie-privee",
        "Traceurs déposés avant le consentement",
        "Ne chargez les outils de mesure d'audience, de publicité, les pixels de réseaux sociaux et "
        "l'enregistrement de sessions qu'après le consentement explicite du visiteur (CNIL).",
    ),
    Check(
        "bandeau-cookies",
        "vie-privee",
        "Recueil du consentement aux cookies",
        "Installez un outil de recueil du consentement (bandeau avec « Accepter » et « Refuser » au "
        "même niveau) ou supprimez les traceurs.",
    ),
    Check(
        "referencement-payant",
        "deontologie",
        "Référencement payant et publicité",
        "Supprimez les balises de conversion publicitaire (Google Ads, Microsoft Ads) et les liens "
        "sponsorisés : le référencement payant est interdit aux médecins (CNOM).",
    ),
)

CHECKS: dict[str, Check] = {c.id: c for c in _CHECKS}

DEONTOLOGIE_PREFIX = "deontologie/"
_DEONTOLOGIE = Check(
    "deontologie",
    "deontologie",
    "Contenu contraire à la déontologie médicale",
    "Reformulez ou retirez le passage signalé : la communication du médecin doit être loyale, "
    "informative, sans témoignage, comparaison, incitation ni promesse (art. R.4127-19-1 CSP).",
)


def describe(check_id: str) -> Check:
    """Return the catalogue entry of a check id, including ``deontologie/<rule>`` ids."""
    if check_id.startswith(DEONTOLOGIE_PREFIX):
        from vitrine.siteaudit.content import rule_guidance

        guidance = rule_guidance(check_id.removeprefix(DEONTOLOGIE_PREFIX))
        if guidance is None or not guidance[1]:
            return _DEONTOLOGIE
        return Check(check_id, "deontologie", f"Déontologie : {guidance[0]}", guidance[1])
    return CHECKS[check_id]
