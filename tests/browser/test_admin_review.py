"""A clerk approves or returns a provider's change by clicking, in real Chromium.

Posting to the review URL directly cannot show whether the buttons on the offer's page submit
the right form (they once sat inside the offer form and submitted that instead).
"""

from datetime import time

import pytest
from django.contrib.auth.models import User

from offers import approval
from offers.models import Offer
from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def waiting_offer():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    offer = make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        rules=[{"weekdays": [1], "start_time": time(15), "end_time": time(16)}],
    )
    make_accounts()
    with approval.acting(User.objects.get(username="verein-a")):
        offer.title = "Turnen für alle"
        offer.save()
    return offer


@pytest.fixture
def clerk_page(browser, live_server, waiting_offer):
    page = signed_in(browser, live_server)
    yield page
    page.context.close()


def open_offer(page, live_server, offer):
    page.goto(f"{live_server.url}/admin/offers/offer/{offer.pk}/change/")


def test_clerk_clicks_approve_on_the_offer_page(live_server, clerk_page, waiting_offer):
    open_offer(clerk_page, live_server, waiting_offer)
    clerk_page.get_by_role("button", name="Freigeben", exact=True).click()
    clerk_page.wait_for_selector("text=Freigegeben: Bürger sehen jetzt diesen Stand.")
    offer = Offer.objects.get(pk=waiting_offer.pk)
    assert (offer.status, offer.approved_snapshot, offer.title_de) == (
        "published",
        None,
        "Turnen für alle",
    )


def test_clerk_returns_with_reason_on_the_offer_page(live_server, clerk_page, waiting_offer):
    open_offer(clerk_page, live_server, waiting_offer)
    clerk_page.fill("#review-reason", "Bitte die Uhrzeit prüfen.")
    clerk_page.get_by_role("button", name="Zurückgeben", exact=True).click()
    clerk_page.wait_for_selector("text=Zurückgegeben mit Begründung.")
    offer = Offer.objects.get(pk=waiting_offer.pk)
    assert offer.review_note == "Bitte die Uhrzeit prüfen."
    assert offer.has_pending_changes  # residents keep the approved state


def test_clerk_saves_a_waiting_offer_with_the_save_button(live_server, clerk_page, waiting_offer):
    open_offer(clerk_page, live_server, waiting_offer)
    clerk_page.fill("#id_summary_de", "Bewegung und Spiel für Kinder.")
    clerk_page.locator("input[name=_save]").first.click()
    clerk_page.wait_for_url(f"{live_server.url}/admin/offers/offer/")
    assert Offer.objects.get(pk=waiting_offer.pk).summary_de == "Bewegung und Spiel für Kinder."


def test_clerk_follows_show_all_from_the_start_page(live_server, clerk_page, waiting_offer):
    # the start page's work list: "alle anzeigen" under "Warten auf Freigabe"
    row = clerk_page.locator("tr", has_text="Warten auf Freigabe")
    row.get_by_role("link", name="alle anzeigen").click()
    clerk_page.wait_for_url(f"{live_server.url}/admin/offers/offer/?waiting=any")
    results = clerk_page.locator("#result_list tbody tr")
    assert results.count() == 1
    assert "Turnen für alle" in results.first.inner_text()


def test_clerk_sees_before_and_after_side_by_side(live_server, clerk_page, waiting_offer):
    open_offer(clerk_page, live_server, waiting_offer)
    table = clerk_page.locator("table.review-changes")
    headers = table.locator("thead th").all_text_contents()
    assert headers == ["Feld", "Bürger sehen jetzt (freigegeben)", "Nach der Freigabe"]
    title_row = table.locator("tbody tr", has_text="Kinderturnen")
    assert title_row.locator("td").all_inner_texts() == ["Kinderturnen", "Turnen für alle"]
    # side by side on a 1366 px screen: the old value left of the new, both in the window
    before, after = (cell.bounding_box() for cell in title_row.locator("td").all())
    assert before["x"] + before["width"] <= after["x"]
    assert after["x"] + after["width"] <= 1366
    # and decided from the same screen
    clerk_page.get_by_role("button", name="Freigeben", exact=True).click()
    clerk_page.wait_for_selector("text=Freigegeben: Bürger sehen jetzt diesen Stand.")
    assert not clerk_page.locator("table.review-changes").count()
