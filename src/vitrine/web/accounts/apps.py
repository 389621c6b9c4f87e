from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "vitrine.web.accounts"
    label = "accounts"
    verbose_name = "Comptes"

    def ready(self) -> None:
        from vitrine.web.accounts import signals  # noqa: F401  (connects login auditing)
