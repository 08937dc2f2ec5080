from django.conf import settings
from django.core.management.base import BaseCommand

from flyers import prerender


class Command(BaseCommand):
    help = (
        "Rendert alle Druckprodukte dieser Woche (alle Stadtteile, Sprachen und Varianten) "
        "in den Cache. Mit --watch läuft der Befehl weiter und rendert nach jeder Änderung "
        "der Inhalte und an jedem neuen Tag neu (als systemd-Dienst, siehe docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--watch", action="store_true", help="weiterlaufen und neu rendern")
        parser.add_argument(
            "--interval", type=float, default=5.0, help="Sekunden zwischen zwei Prüfungen"
        )

    def handle(self, *args, watch, interval, **options):
        backend = settings.CACHES["default"]["BACKEND"]
        if backend.endswith("LocMemCache"):
            self.stderr.write(
                "Hinweis: ohne REDIS_URL hat jeder Prozess seinen eigenen Cache – die Web-Server "
                "sehen nicht, was dieser Befehl rendert."
            )
        if watch:
            prerender.watch(interval)
        else:
            count = prerender.prerender()
            self.stdout.write(f"{count} PDF-Dateien neu gerendert, alle übrigen waren im Cache.")
