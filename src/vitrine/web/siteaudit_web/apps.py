from datetime import timedelta

from django.apps import AppConfig


class SiteauditWebConfig(AppConfig):
    name = "vitrine.web.siteaudit_web"
    label = "siteaudit_web"
    verbose_name = "Site web"

    def ready(self) -> None:
        from django.db import transaction
        from django.db.models.signals import post_delete

        from vitrine.web.modules import Module, PeriodicJob, register_module
        from vitrine.web.practices.roles import Cap
        from vitrine.web.siteaudit_web.demo import load_demo_audits
        from vitrine.web.siteaudit_web.models import SiteAudit
        from vitrine.web.siteaudit_web.runner import remove_reports

        def on_delete(sender: object, instance: SiteAudit, **kwargs: object) -> None:
            # Report files leave with their audit (practice purge, RGPD), once the deletion is final.
            transaction.on_commit(lambda: remove_reports(instance))

        post_delete.connect(
            on_delete, sender=SiteAudit, weak=False, dispatch_uid="siteaudit_web.remove_reports"
        )

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
