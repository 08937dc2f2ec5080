"""Demo texts of the legal pages (seed_demo); a city edits them in the admin."""

from importlib import import_module

from django.utils import translation

from boards.models import LegalPage
from demo.legal_texts import PAGES
from quartier import languages as resident_languages


def page_texts(slug) -> dict:
    """The page in German, Russian, Arabic and Farsi (`demo/legal_texts.py`) and in every
    other offered language that has a `demo/legal_texts_<code>.py`."""
    texts = dict(PAGES[slug])
    for language in resident_languages.translated():
        if language not in texts:
            try:
                texts[language] = import_module(f"demo.legal_texts_{language}").PAGES[slug]
            except ModuleNotFoundError:  # stays German in that language until written
                continue
    return texts


def load_legal_pages():
    with translation.override("de"):
        for slug in PAGES:
            if LegalPage.objects.filter(slug=slug).exists():
                continue
            languages = page_texts(slug)
            fields = {}
            for language, text in languages.items():
                fields[f"title_{language}"] = text["title"]
                fields[f"body_{language}"] = text["body"]
            LegalPage.objects.create(
                slug=slug, title=languages["de"]["title"], body=languages["de"]["body"], **fields
            )
