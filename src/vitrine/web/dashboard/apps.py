from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "vitrine.web.dashboard"
    label = "dashboard"
    verbose_name = "Tableau de bord"
