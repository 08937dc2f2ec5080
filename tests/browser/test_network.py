"""The members' area in real Chromium: a provider logs in from /network/, posts a request
and sees it on the board; axe finds nothing on the overview and the board, at 320 px and
1920 px, with JavaScript off (every form is a plain POST)."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import User
from django.utils import timezone

from network.models import Post
from offers.models import City, Membership
from tests.factories import make_district, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def provider():
    City.objects.create(name="Bottrop", email="sozialamt@bottrop.example")
    welheim = make_district(name="Welheim", slug="welheim")
    make_district(name="Altstadt", slug="altstadt")
    organisation = make_organisation(name="Familienzentrum Sonnenblume")
    make_place(welheim, organisation=organisation)
    user = User.objects.create_user("sonnenblume", password="demo", is_staff=True)
    Membership.objects.create(user=user, organisation=organisation)
    return user


def _check_axe_and_width(page, width):
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, page.url


def _log_in_and_post(page, url):
    page.goto(f"{url}/network/")
    page.fill("#id_username", "sonnenblume")
    page.fill("#id_password", "demo")
    page.click("button:has-text('Anmelden')")
    page.wait_for_url(f"{url}/network/")
    page.click("text=Anfrage oder Angebot eintragen")
    page.get_by_label("Anfrage", exact=True).check()
    page.fill("#id_title", "Suchen Dolmetscherin für Farsi")
    page.fill("#id_text", "Für ein Elterngespräch am Donnerstag um 10 Uhr.")
    page.get_by_label("Welheim", exact=True).check()
    last_day = timezone.localdate() + timedelta(days=10)
    page.fill("#id_expires_on", last_day.isoformat())
    page.click("button:has-text('Speichern')")
    page.wait_for_url(f"{url}/network/pinnwand/")


@pytest.mark.parametrize("width", [320, 1920])
def test_provider_logs_in_posts_a_request_and_sees_it(live_server, browser, provider, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()

    _log_in_and_post(page, live_server.url)

    board = page.inner_text("main")
    assert "Suchen Dolmetscherin für Farsi" in board
    assert "Für ein Elterngespräch am Donnerstag um 10 Uhr." in board
    assert Post.objects.get().author == provider
    _check_axe_and_width(page, width)
    page.goto(f"{live_server.url}/network/")
    assert "Suchen Dolmetscherin für Farsi" in page.inner_text("main")
    _check_axe_and_width(page, width)
    context.close()


def test_posting_works_without_javascript(live_server, browser, provider):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    _log_in_and_post(page, live_server.url)

    assert "Suchen Dolmetscherin für Farsi" in page.inner_text("main")
    context.close()


def test_form_errors_are_announced_and_accessible(live_server, browser, provider):
    context = browser.new_context(viewport={"width": 320, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/network/pinnwand/neu/")
    page.fill("#id_username", "sonnenblume")
    page.fill("#id_password", "demo")
    page.click("button:has-text('Anmelden')")
    page.wait_for_url(f"{live_server.url}/network/pinnwand/neu/")

    page.click("button:has-text('Speichern')")

    assert page.locator("[role=alert]").count() == 1
    _check_axe_and_width(page, 320)
    context.close()


@pytest.mark.parametrize("width", [320, 1920])
def test_the_members_login_is_accessible_and_fits(live_server, browser, provider, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/network/")
    assert page.url == f"{live_server.url}/network/anmelden/?next=/network/"
    _check_axe_and_width(page, width)
    page.fill("#id_username", "sonnenblume")
    page.fill("#id_password", "falsch")
    page.click("button:has-text('Anmelden')")
    assert page.get_by_role("alert").is_visible()
    _check_axe_and_width(page, width)
    context.close()
