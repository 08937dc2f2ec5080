"""The offer form in real Chromium: the place search shows street and district and warns at
once when the place's district is not ticked; the web address typed from the title keeps German
letters readable ("fuer", not "fur")."""

import pytest

from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district, make_organisation, make_place

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def clerk_page(browser, live_server):
    welheim = make_district(name="Welheim", slug="welheim")
    altstadt = make_district(name="Altstadt", slug="altstadt")
    organisation = make_organisation(slug="verein-a")
    make_place(welheim, name="Jugendhaus", street="Gungstraße 12", organisation=organisation)
    make_place(altstadt, name="Jugendhaus", street="Kirchplatz 3", organisation=organisation)
    make_accounts()
    page = signed_in(browser, live_server)
    page.goto(f"{live_server.url}/admin/offers/offer/add/")
    yield page
    page.context.close()


def test_place_search_tells_two_places_of_the_same_name_apart(clerk_page):
    clerk_page.click(".field-place .select2-selection")
    clerk_page.keyboard.type("Jugendhaus")
    clerk_page.wait_for_selector(".select2-results__option >> text=Kirchplatz")
    clerk_page.wait_for_selector(".select2-results__option.loading-results", state="detached")
    options = sorted(clerk_page.locator(".select2-results__option").all_inner_texts())
    assert options == ["Jugendhaus – Gungstraße 12, Welheim", "Jugendhaus – Kirchplatz 3, Altstadt"]
    clerk_page.click(".select2-results__option >> text=Kirchplatz")
    chosen = clerk_page.inner_text(".field-place .select2-selection__rendered")
    assert "Jugendhaus – Kirchplatz 3, Altstadt" in chosen


def test_slug_typed_from_title_spells_out_umlauts_and_sharp_s(clerk_page):
    clerk_page.fill("#id_title_de", "")
    clerk_page.locator("#id_title_de").press_sequentially("Elterncafé für Väter – Größe & Spaß")
    # Playwright types "ß" as inserted text, without the keyup a keyboard sends: leave the field.
    clerk_page.locator("#id_title_de").press("Tab")
    assert clerk_page.input_value("#id_slug") == "elterncafe-fuer-vaeter-groesse-spass"


def test_place_outside_the_ticked_districts_warns_at_once(clerk_page):
    clerk_page.get_by_role("checkbox", name="Welheim").check()
    clerk_page.click(".field-place .select2-selection")
    clerk_page.keyboard.type("Kirchplatz")
    clerk_page.click(".select2-results__option >> text=Kirchplatz")
    warning = clerk_page.locator(".place-warning")
    assert warning.inner_text() == (
        "Achtung: Jugendhaus – Kirchplatz 3, Altstadt liegt in Altstadt – dieser Stadtteil ist "
        "unter „Anzeigen in Stadtteilen“ nicht angekreuzt."
    )
    clerk_page.get_by_role("checkbox", name="Altstadt").check()
    assert warning.is_hidden()
