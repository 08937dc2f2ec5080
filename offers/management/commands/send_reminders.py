"""Daily: reminders to providers, last warnings, and on one day a week the office's summary
(offers/reminders.py; docs/operations.md has the systemd timer). Running it twice on one day
mails nothing twice: what went out is recorded, and only after it was sent."""

import smtplib

from django.core.mail import get_connection
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from offers import reminder_mails, reminders


class Command(BaseCommand):
    help = (
        "Erinnert Träger an lange nicht bestätigte Angebote, warnt vor dem Ausblenden und "
        "schickt einmal pro Woche eine Übersicht an das Sozialamt."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        failed = 0
        unreachable = []
        # Opened by each send and closed after it: a server that is down fails one mail at a time.
        connection = get_connection()
        for entry in reminders.due(today):
            name = entry.organisation.name
            if not entry.recipients:
                unreachable.append(entry)
                self.stdout.write(f"{name}: keine E-Mail-Adresse, nicht erinnert.")
                continue
            try:
                connection.send_messages([reminder_mails.provider_mail(entry, today)])
            except (smtplib.SMTPException, OSError) as error:
                failed += 1
                self.stderr.write(f"{name}: nicht gesendet ({error}); morgen wieder.")
                continue
            reminders.record(entry, today)
            self.stdout.write(
                f"{name}: {len(entry.warnings)} letzte Erinnerung(en), "
                f"{len(entry.reminders)} Erinnerung(en) an {', '.join(entry.recipients)}."
            )
        hidden = reminders.mark_newly_hidden(today)
        if hidden:
            self.stdout.write(f"{hidden} Angebot(e) heute ausgeblendet.")
        if reminders.summary_due(today):
            failed += self._summary(today, unreachable, connection)
        if failed:
            # The timer's unit shows as failed: the mail server is the operator's business.
            raise CommandError(f"{failed} Mail(s) nicht gesendet.")

    def _summary(self, today, unreachable, connection) -> int:
        address = reminder_mails.office_address()
        if not address:
            self.stdout.write(
                "Keine Adresse für die Wochenübersicht (QUARTIER_OFFICE_EMAIL oder "
                "E-Mail der Stadt)."
            )
            return 0
        message = reminder_mails.summary_mail(reminders.summary(today, unreachable), address)
        try:
            connection.send_messages([message])
        except (smtplib.SMTPException, OSError) as error:
            self.stderr.write(f"Wochenübersicht nicht gesendet ({error}).")
            return 1
        reminders.record_summary(today)
        self.stdout.write(f"Wochenübersicht an {address} gesendet.")
        return 0
