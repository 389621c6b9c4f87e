from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "vitrine.web.ops"
    label = "ops"
    verbose_name = "Exploitation"
