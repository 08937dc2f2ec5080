from pathlib import Path

import pytest

BROWSER_TESTS = Path(__file__).parent / "browser"


def pytest_collection_modifyitems(items):
    """Every test under tests/browser/ is a `browser` test (`make test-fast` skips them).

    Within a module, the tests that share data made once for it (`module_transaction`) run
    last: the data stays until the module ends, and the others must not see it."""
    for item in items:
        if BROWSER_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
    modules = {}
    for item in items:
        modules.setdefault(item.path, len(modules))
    items.sort(key=lambda item: (modules[item.path], _shares_module_data(item)))


def _shares_module_data(item):
    return "module_transaction" in getattr(item, "fixturenames", ())


@pytest.fixture
def wide_weeks(settings):
    """Let the board show any week, so tests can use fixed dates with known holidays."""
    settings.QUARTIER = {**settings.QUARTIER, "WEEKS_BACK": 5000, "WEEKS_AHEAD": 5000}


@pytest.fixture
def page_cache(settings):
    """The public page cache on (tests/settings.py turns it off so tests see every query)."""
    settings.QUARTIER = {**settings.QUARTIER, "PAGE_CACHE": True}


@pytest.fixture
def rendered_templates():
    """Templates rendered, by name: Django's own test signal, sent by every real render."""
    from collections import Counter

    from django.test.signals import template_rendered

    counts = Counter()

    def count(sender, template, **kwargs):
        counts[template.name] += 1

    template_rendered.connect(count)
    yield counts
    template_rendered.disconnect(count)


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


@pytest.fixture
def calendar_server():
    """A real local HTTP server for the calendar import (tests/offers/calendar_server.py)."""
    from tests.offers.calendar_server import CalendarServer

    with CalendarServer() as server:
        yield server


@pytest.fixture
def local_calendars(settings):
    """Let the calendar import fetch from 127.0.0.1 over http, quickly and with small limits,
    the way an operator allows a host of their own (QUARTIER_CALENDAR_HTTP_HOSTS)."""
    settings.QUARTIER = {
        **settings.QUARTIER,
        "CALENDAR_HTTP_HOSTS": ["127.0.0.1"],
        "CALENDAR_TIMEOUT": 1.5,
        "CALENDAR_MAX_BYTES": 2_000_000,
    }


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """One transaction around a module's tests, rolled back after its last test.

    Data a module-scoped fixture makes in it (`with module_transaction.unblock():`) is made once
    instead of for every test; pytest-django's `db` runs each test in a savepoint inside it, so
    every test still starts from that data and leaves nothing behind. The tests that use it run
    after their module's others (pytest_collection_modifyitems above), so no test sees rows it did
    not ask for; none of them may be `transaction=True`.
    """
    from django.db import transaction

    atomic = transaction.atomic()
    with django_db_blocker.unblock():
        atomic.__enter__()
    yield django_db_blocker
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def made_demo(module_transaction):
    """The full Bottrop demo (`seed_demo`), loaded once for a module whose tests all read it;
    the one place tests load it, so where the demo lives is said once."""
    from django.core.management import call_command

    with module_transaction.unblock():
        call_command("seed_demo", verbosity=0)


@pytest.fixture
def demo(made_demo, db):
    """The demo for this test, which may change it: its savepoint is rolled back afterwards."""
