from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from demo.legal_pages import load_legal_pages
from demo.loader import load_demo
from demo.network import load_network_demo
from demo.scans import load_demo_scans


class Command(BaseCommand):
    help = "Lädt die Bottroper Demo-Daten (Stadtteile, Orte, Angebote, Termine, Demo-Nutzer)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--offers-per-district",
            type=int,
            default=None,
            metavar="N",
            help="Angebote je Stadtteil (für Benchmarks); ohne Angabe die Demo-Auswahl.",
        )

    def handle(self, *args, offers_per_district=None, **options):
        if offers_per_district is not None and offers_per_district < 0:
            raise CommandError("--offers-per-district muss 0 oder größer sein.")
        created = load_demo(offers_per_district)
        load_legal_pages()
        load_demo_scans(timezone.localdate())
        load_network_demo(timezone.localdate())
        self.stdout.write(f"Demo-Daten geladen: {created['offers']} neue Angebote.")
