"""The import page in real Chromium: a row's problems can be read without hovering."""

import pytest

from tests.browser.admin import signed_in
from tests.factories import make_accounts, make_district

pytestmark = pytest.mark.django_db(transaction=True)

# As German Excel saves it: semicolons, Windows-1252.
ROWS = "kurzname;titel;kurzbeschreibung;traeger;stadtteile;kostenlos;termine;alter_von\r\n"
ROWS += "neu;Elterncafé für Väter;Frühstück;gibtsnicht;welheim;;Sa 10:00-12:00;abc\r\n"


def test_row_errors_are_visible_without_hovering(browser, live_server):
    make_district(slug="welheim")
    make_accounts()
    page = signed_in(browser, live_server)
    page.goto(f"{live_server.url}/admin/offers/offer/import/")
    page.set_input_files(
        "#id_import_file",
        files=[{"name": "angebote.csv", "mimeType": "text/csv", "buffer": ROWS.encode("cp1252")}],
    )
    page.select_option("#id_format", label="csv")
    page.click("input[type=submit]")
    errors = page.locator(".validation-error-container").first
    errors.wait_for()
    page.mouse.move(0, 0)  # nothing hovered
    assert errors.is_visible()
    assert float(errors.evaluate("e => getComputedStyle(e).opacity")) == 1.0
    text = " ".join(errors.inner_text().split())
    assert "Bitte „kostenlos“ ausfüllen: ja oder nein." in text
    assert "Alter „abc“ bitte als ganze Zahl in Jahren, z. B. 6." in text
    assert "Elterncafé für Väter" in page.inner_text(".import-preview")
    page.context.close()
