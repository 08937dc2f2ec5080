"""Two people, two browsers, one offer: the second save is refused with what changed, and what
the second person typed is still in the form."""

from datetime import time

import pytest

from offers.models import Offer
from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_clerk_and_a_provider_edit_the_same_offer(browser, live_server):
    welheim = make_district(slug="welheim", name="Welheim")
    verein = make_organisation(slug="verein-a", name="Turnverein")
    halle = make_place(welheim, organisation=verein, slug="halle", name="Sporthalle")
    offer = make_offer(
        welheim,
        place=halle,
        slug="turnen",
        title="Kinderturnen",
        summary="Turnen für Kinder.",
        rules=[{"weekdays": [0], "start_time": time(15), "end_time": time(16)}],
    )
    make_accounts()
    url = f"{live_server.url}/admin/offers/offer/{offer.pk}/change/"
    clerk = signed_in(browser, live_server, "sozialamt")
    provider = signed_in(browser, live_server, "verein-a")
    clerk.goto(url)
    provider.goto(url)

    clerk.fill("#id_title_de", "Kinderturnen am Montag")
    clerk.click("input[name=_continue]")
    clerk.wait_for_selector(".messagelist .success")
    typed = "Turnen und Toben für Kinder von 6 bis 10."
    provider.fill("#id_summary_de", typed)
    provider.click("input[name=_continue]")
    provider.wait_for_selector(".errornote")

    note = provider.locator(".errornote, .errorlist.nonfield").all_inner_texts()
    assert any("Während Sie bearbeitet haben" in text for text in note)
    assert any("„Kinderturnen am Montag“" in text for text in note)
    assert provider.input_value("#id_summary_de") == typed
    assert Offer.objects.get(pk=offer.pk).summary_de == "Turnen für Kinder."

    # Read, decided: the second click saves what the provider typed, the clerk's title stays
    # because the provider changes the title field back to it.
    provider.fill("#id_title_de", "Kinderturnen am Montag")
    provider.click("input[name=_continue]")
    provider.wait_for_selector(".messagelist .success")
    saved = Offer.objects.get(pk=offer.pk)
    assert (saved.title_de, saved.summary_de) == ("Kinderturnen am Montag", typed)
    clerk.context.close()
    provider.context.close()
