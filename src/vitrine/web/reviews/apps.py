from datetime import timedelta

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "vitrine.web.reviews"
    label = "reviews"
    verbose_name = "Avis"

    def ready(self) -> None:
        from vitrine.web.modules import Module, PeriodicJob, register_module
        from vitrine.web.practices.roles import Cap
        from vitrine.web.reviews.demo import load_demo

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
