from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from flyers.renderers import PRODUCTS
from offers.selectors import active_districts


class Command(BaseCommand):
    help = (
        "Schreibt alle Flyer, Aufkleber und Wochenpläne für alle Stadtteile und Sprachen als PDF "
        "(für die Druckerei zusätzlich die A6-Flyer mit Beschnitt in den Unterordner druckerei/)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="Zielordner")

    def handle(self, *args, out, **options):
        out = Path(out)
        (out / "druckerei").mkdir(parents=True, exist_ok=True)
        count = 0
        for district in active_districts():
            for language, _name in settings.LANGUAGES:
                for product_class in PRODUCTS.values():
                    count += self._write(out, product_class(district, language))
                shop = PRODUCTS["flyer"](district, language, requested={"layout": "shop"})
                count += self._write(out / "druckerei", shop)
        self.stdout.write(f"{count} PDF-Dateien in {out}")

    def _write(self, folder, product):
        rendered = product.get()
        (folder / rendered.filename).write_bytes(rendered.pdf)
        return 1
