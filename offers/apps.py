from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = "Angebote"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from offers import approval, signals, translation_state

        signals.connect()
        approval.connect()
        translation_state.connect()
