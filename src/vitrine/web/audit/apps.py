from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "vitrine.web.audit"
    label = "audit"
    verbose_name = "Journal d'audit"
