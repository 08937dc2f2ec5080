"""The calendar import as a clerk clicks it in real Chromium: "Jetzt abrufen" in the
calendars' list, then "Vom Kalender lösen" on an imported offer; a provider gets no such
button."""

import pytest

from offers.enums import OfferStatus
from offers.models import CalendarFeed, Offer
from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def feed(calendar_server, local_calendars):
    district = make_district(name="Welheim", slug="welheim")
    organisation = make_organisation(slug="verein-a", name="Familienzentrum")
    place = make_place(district, organisation=organisation, name="Familienzentrum")
    make_accounts()
    feed = CalendarFeed.objects.create(
        organisation=organisation, url=calendar_server.url("/files/google.ics"), place=place
    )
    feed.districts.set([district])
    return feed


def fetch_now(page, live_server, feed):
    """Tick the calendar in the list, choose "Jetzt abrufen", press "Ausführen"."""
    page.goto(f"{live_server.url}/admin/offers/calendarfeed/")
    page.check(f"input[name=_selected_action][value='{feed.pk}']")
    page.select_option("select[name=action]", "fetch_now")
    page.click("button[name=index]")
    assert "(2 neu, 0 geändert)" in page.locator(".messagelist .success").inner_text()


def test_clerk_fetches_a_calendar_and_detaches_an_imported_offer(browser, live_server, feed):
    page = signed_in(browser, live_server, "sozialamt")
    fetch_now(page, live_server, feed)
    imported = Offer.objects.get(calendar_feed=feed, title="Hausaufgabenhilfe")
    assert imported.status == OfferStatus.PENDING

    page.goto(f"{live_server.url}/admin/offers/offer/{imported.pk}/change/")
    assert "der nächste Abruf überschreibt" in page.locator(".field-calendar_source").inner_text()
    page.click("button:has-text('Vom Kalender lösen')")
    page.wait_for_url(f"**/admin/offers/offer/{imported.pk}/change/")
    assert "Vom Kalender gelöst" in page.locator(".messagelist").inner_text()
    assert "vom Kalender gelöst" in page.locator(".field-calendar_source").inner_text()
    assert page.locator("button:has-text('Vom Kalender lösen')").count() == 0
    imported.refresh_from_db()
    assert imported.calendar_detached
    page.context.close()


def test_a_provider_fetches_its_calendar_but_cannot_detach(browser, live_server, feed):
    page = signed_in(browser, live_server, "verein-a")
    fetch_now(page, live_server, feed)
    imported = Offer.objects.get(calendar_feed=feed, title="Hausaufgabenhilfe")
    page.goto(f"{live_server.url}/admin/offers/offer/{imported.pk}/change/")
    assert "das Sozialamt löst das Angebot" in page.locator(".field-calendar_source").inner_text()
    assert page.locator("button:has-text('Vom Kalender lösen')").count() == 0
    page.goto(f"{live_server.url}/admin/offers/offer/")
    actions = page.locator("select[name=action] option").all_inner_texts()
    assert not any("Kalender" in action for action in actions)
    page.context.close()
