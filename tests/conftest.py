import pytest


@pytest.fixture
def wide_weeks(settings):
    """Let the board show any week, so tests can use fixed dates with known holidays."""
    settings.QUARTIER = {**settings.QUARTIER, "WEEKS_BACK": 5000, "WEEKS_AHEAD": 5000}


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache (PDFs, pages, login counters)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def german_to_start():
    """Every test starts in German: a request in another language leaves it active."""
    from django.utils import translation

    translation.activate("de")
    yield
    translation.activate("de")
