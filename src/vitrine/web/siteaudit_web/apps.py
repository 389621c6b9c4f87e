from datetime import timedelta

from django.apps import AppConfig


class SiteauditWebConfig(AppConfig):
    name = "vitrine.web.siteaudit_web"
    label = "siteaudit_web"
    verbose_name = "Site web"

    def ready(self) -> None:
        from vitrine.web.modules import Module, PeriodicJob, register_module
        from vitrine.web.practices.roles import Cap
        from vitrine.web.siteaudit_web.demo import load_demo_audits

        register_module(
            Module(
                label="Site web",
                url_name="siteweb:index",
                capability=Cap.SITE_AUDIT.value,
                order=30,
                periodic_jobs=(
                    PeriodicJob(
                        "site-web-reaudits",
                        "vitrine.web.siteaudit_web.tasks.enqueue_scheduled_audits",
                        timedelta(hours=1),
                    ),
                ),
                demo_loader=load_demo_audits,
                active_app_names=("siteweb",),
            )
        )
