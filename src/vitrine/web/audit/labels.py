"""Readable French labels for audit action ids (ids stay stable; labels may be reworded).

Modules add their own labels with ``ACTION_LABELS.update(...)`` in ``AppConfig.ready()``.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ACTION_LABELS: dict[str, str | Promise] = {
    "connexion": _("Connexion"),
    "deconnexion": _("Déconnexion"),
    "connexion-echouee": _("Échec de connexion"),
    "compte-cree": _("Compte créé"),
    "cabinet-cree": _("Cabinet créé"),
    "cabinet-modifie": _("Profil du cabinet modifié"),
    "cabinet-choisi": _("Changement de cabinet"),
    "cabinet-supprime": _("Cabinet supprimé"),
    "suppression-demandee": _("Suppression du cabinet demandée"),
    "suppression-annulee": _("Suppression du cabinet annulée"),
    "praticien-ajoute": _("Praticien ajouté"),
    "membre-ajoute": _("Membre ajouté"),
    "membre-retire": _("Membre retiré"),
    "role-modifie": _("Rôle modifié"),
    "export-donnees": _("Export des données du cabinet"),
    "export-donnees-personnelles": _("Export de données personnelles"),
    "export-journal": _("Export du journal"),
}


def action_label(action: str) -> str:
    """The label of an action id, or the id itself when no label is known."""
    return str(ACTION_LABELS.get(action, action))
