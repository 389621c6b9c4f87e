from datetime import timedelta

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "vitrine.web.reviews"
    label = "reviews"
    verbose_name = "Avis"

    def ready(self) -> None:
        from vitrine.web.audit.labels import ACTION_LABELS
        from vitrine.web.modules import Module, PeriodicJob, register_module
        from vitrine.web.practices.actions import practice_purging
        from vitrine.web.practices.models import Practice
        from vitrine.web.practices.roles import Cap
        from vitrine.web.reviews.demo import load_demo

        def on_purge(sender: object, practice: Practice, **kwargs: object) -> None:
            # The tokens leave with the practice: end the grant at Google first (best effort).
            from vitrine.web.reviews.actions import revoke_google_before_purge

            revoke_google_before_purge(practice)

        practice_purging.connect(on_purge, weak=False, dispatch_uid="reviews.revoke_google_before_purge")

        ACTION_LABELS.update(
            {
                "avis-importes": "Avis importés",
                "avis-synchronises": "Avis synchronisés depuis Google",
                "avis-synchro-echouee": "Échec de la synchronisation Google",
                "avis-tries": "Avis triés",
                "preuve-conservee": "Preuve d'avis conservée",
                "preuves-exportees": "Preuves d'avis exportées",
                "reponse-redigee": "Réponse à un avis rédigée",
                "reponse-modifiee": "Réponse à un avis modifiée",
                "reponse-approuvee": "Réponse à un avis approuvée",
                "reponse-publiee": "Réponse publiée sur Google",
                "reponse-copiee": "Réponse copiée sur une autre plateforme",
                "reponse-publication-echouee": "Échec de publication d'une réponse",
                "google-connecte": "Compte Google connecté",
                "google-modifie": "Connexion Google modifiée",
                "google-autorise": "Compte Google autorisé (OAuth)",
                "google-autorisation-refusee": "Autorisation Google refusée sur la page de Google",
                "google-autorisation-echouee": "Échec de la connexion du compte Google",
                "google-etablissement-choisi": "Établissement Google choisi",
                "google-deconnecte": "Compte Google déconnecté",
                "google-revoque-suppression": "Révocation de l'accès Google avant la suppression du cabinet",
                "ia-parametres-modifies": "Réglages de la rédaction par IA modifiés",
                "reponse-redigee-ia": "Réponse à un avis rédigée par IA",
                "reponse-ia-echouee": "Échec de la rédaction par IA",
                "alerte-close": "Alerte d'avis close",
                "crise-avis-detectee": "Afflux d'avis négatifs détecté",
            }
        )
        register_module(
            Module(
                label="Avis",
                url_name="reviews:inbox",
                capability=Cap.VIEW.value,
                order=20,
                periodic_jobs=(
                    PeriodicJob(
                        "reviews-sync", "vitrine.web.reviews.tasks.sync_all_practices", timedelta(minutes=5)
                    ),
                ),
                demo_loader=load_demo,
                active_app_names=("reviews",),
            )
        )
