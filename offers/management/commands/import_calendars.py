"""Nightly: every active provider calendar in (docs/operations.md has the systemd timer)."""

from django.core.management.base import BaseCommand

from offers import calendar_sync


class Command(BaseCommand):
    help = "Ruft alle aktiven Kalender der Träger ab und übernimmt ihre Termine als Angebote."

    def handle(self, *args, **options):
        # A feed that fails keeps its error on its admin page; the others still run, and the
        # command succeeds: only a failure of the command itself is the operator's business.
        count = failed = 0
        for feed, result in calendar_sync.import_all():
            count += 1
            failed += bool(result.error)
            self.stdout.write(f"{feed}: {result.summary()}")
        self.stdout.write(f"{count} Kalender abgerufen, {failed} mit Fehler.")
