from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "vitrine.web.practices"
    label = "practices"
    verbose_name = "Cabinets"
