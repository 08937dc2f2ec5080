"""Demo texts of the legal pages (seed_demo); a city edits them in the admin."""

from django.utils import translation

from boards.legal_texts import PAGES
from boards.models import LegalPage


def load_legal_pages():
    with translation.override("de"):
        for slug, languages in PAGES.items():
            if LegalPage.objects.filter(slug=slug).exists():
                continue
            fields = {}
            for language, text in languages.items():
                fields[f"title_{language}"] = text["title"]
                fields[f"body_{language}"] = text["body"]
            LegalPage.objects.create(
                slug=slug, title=languages["de"]["title"], body=languages["de"]["body"], **fields
            )
