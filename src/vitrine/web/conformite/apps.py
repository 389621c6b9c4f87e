from django.apps import AppConfig


class ConformiteConfig(AppConfig):
    name = "vitrine.web.conformite"
    label = "conformite"
    verbose_name = "Conformité"

    def ready(self) -> None:
        from vitrine.web.conformite.demo import load_demo
        from vitrine.web.modules import Module, register_module
        from vitrine.web.practices.roles import Cap

        register_module(
            Module(
                label="Conformité",
                url_name="conformite:check",
                capability=Cap.CHECK_TEXT.value,
                order=40,
                demo_loader=load_demo,
                active_app_names=("conformite",),
            )
        )
