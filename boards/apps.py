from django.apps import AppConfig


class BoardsConfig(AppConfig):
    name = "boards"
    verbose_name = "Stadtteil-Boards"

    def ready(self):
        from boards import signals

        signals.connect()
