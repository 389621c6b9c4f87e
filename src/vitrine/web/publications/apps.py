from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "vitrine.web.publications"
    label = "publications"
    verbose_name = "Publications"

    def ready(self) -> None:
        from django.db import transaction
        from django.db.models.signals import post_delete

        from vitrine.web.modules import Module, register_module
        from vitrine.web.practices.roles import Cap
        from vitrine.web.publications.demo import load_demo
        from vitrine.web.publications.models import PublicationPhoto

        def on_delete(sender: object, instance: PublicationPhoto, **kwargs: object) -> None:
            # The file leaves with its row (photo or draft deleted, practice purged), once final.
            name, storage = instance.image.name, instance.image.storage
            if name:
                transaction.on_commit(lambda: storage.delete(name))

        post_delete.connect(
            on_delete, sender=PublicationPhoto, weak=False, dispatch_uid="publications.remove_photo_file"
        )

        register_module(
            Module(
                label="Publications",
                url_name="publications:list",
                capability=Cap.DRAFT.value,
                order=35,
                demo_loader=load_demo,
                active_app_names=("publications",),
            )
        )
