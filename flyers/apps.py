from django.apps import AppConfig


class FlyersConfig(AppConfig):
    name = "flyers"
    verbose_name = "Druck und Kurzlinks"
    default_auto_field = "django.db.models.BigAutoField"
