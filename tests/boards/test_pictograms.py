"""Pictograms (quartier/pictograms.py): every category kind and badge has its symbol in the
sprite; pages show the pictogram beside its label, never instead of it; clerks choose a
category's pictogram, providers cannot."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse

from demo.data import CATEGORIES
from offers.enums import CategoryPictogram
from offers.models import Category, Offer
from quartier import pictograms
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_category, make_district, make_offer, make_place

SVG = "{http://www.w3.org/2000/svg}"


def sprite_symbols():
    root = ET.parse(pictograms.sprite_path()).getroot()  # noqa: S314 — our own file
    return {symbol.get("id"): symbol for symbol in root.iter(f"{SVG}symbol")}


def test_every_category_choice_badge_and_equipment_has_a_drawn_symbol():
    symbols = sprite_symbols()
    names = [
        *(choice.value for choice in CategoryPictogram),
        *pictograms.BADGES.values(),
        *pictograms.EQUIPMENT.values(),
    ]
    missing = [name for name in names if f"p-{name}" not in symbols]
    empty = [name for name in names if f"p-{name}" in symbols and not len(symbols[f"p-{name}"])]
    assert (missing, empty) == ([], [])


def test_symbols_share_one_grid_and_follow_the_text_colour():
    odd = {
        name: (symbol.get("viewBox"), symbol.get("stroke"))
        for name, symbol in sprite_symbols().items()
        if (symbol.get("viewBox"), symbol.get("stroke")) != ("0 0 24 24", "currentColor")
    }
    assert odd == {}


def test_every_demo_category_has_its_own_pictogram():
    chosen = [spec.get("pictogram") for spec in CATEGORIES]
    assert None not in chosen and CategoryPictogram.GENERAL not in chosen
    assert len(set(chosen)) == len(chosen)


BADGE_CASES = {
    "badge-free": ("free", "kostenlos"),
    "badge-registration": ("registration", "Anmeldung nötig"),
    "badge-childcare": ("childcare", "Kinderbetreuung"),
    "badge-interpreter": ("interpreter", "mit Dolmetscher/in"),
    "badge-access": ("step-free", "stufenlos"),
    "badge-languages": ("languages", "Sprachen: Deutsch, Türkisch"),
    "badge-digital_help": ("digital-help", "Hilfe mit Handy und Internet"),
}


def icon_and_label(element):
    """(the symbol the element's decorative pictogram shows, its visible text)."""
    svg = element.find("svg")
    assert svg is not None, element
    assert (svg.get("aria-hidden"), svg.get("focusable")) == ("true", "false")
    return svg.use["href"].rpartition("#")[2].removeprefix("p-"), element.get_text(" ", True)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/de/welheim/offers/elterncafe/", "/de/welheim/"])
def test_board_and_offer_page_show_each_badge_with_pictogram_and_label(client, path):
    district = make_district(slug="welheim")
    sport = make_category(name="Sport und Bewegung", pictogram="sport")
    make_offer(
        district,
        place=make_place(district, step_free=True),
        slug="elterncafe",
        is_free=True,
        registration_required=True,
        childcare=True,
        interpreter=True,
        digital_help=True,
        languages=["de", "tr"],
        categories=[sport],
    )
    page = BeautifulSoup(client.get(path).content.decode(), "html.parser")
    shown = {kind: icon_and_label(page.select_one(f".badges .{kind}")) for kind in BADGE_CASES}
    expected = dict(BADGE_CASES)
    if "offers" in path:  # the offer page has room for the long wording
        expected["badge-childcare"] = ("childcare", "Kinderbetreuung während des Angebots")
    assert shown == expected
    category = page.select_one(".categories .category")
    assert icon_and_label(category) == ("sport", "Sport und Bewegung")
    sprite = page.select_one(".badges svg use")["href"].partition("#")[0]
    assert sprite == "/static/img/pictograms.svg"


@pytest.mark.django_db
def test_online_offer_and_step_free_place_show_their_pictograms(client):
    district = make_district(slug="welheim")
    make_offer(district, place=make_place(district, step_free=True), slug="sport")
    online = make_offer(
        district, slug="online", online_url="https://example.org/treff", attendance="online"
    )
    Offer.objects.filter(pk=online.pk).update(place=None)
    board = BeautifulSoup(client.get("/de/welheim/").content.decode(), "html.parser")
    online = [p for p in board.select(".entry-place") if p.find("svg")]
    assert [icon_and_label(p) for p in online][:1] == [("online", "Online")]
    place = board.select_one(".place-list .badge-access")
    assert icon_and_label(place) == ("step-free", "stufenlos")
    offer = BeautifulSoup(client.get("/de/welheim/offers/online/").content.decode(), "html.parser")
    assert offer.select_one(".facts use")["href"].endswith("#p-online")


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


@pytest.mark.django_db
def test_clerk_chooses_a_pictogram_and_sees_them_beside_the_choices(client):
    make_accounts()
    category = make_category(name="Sport und Bewegung", slug="sport")
    url = reverse("admin:offers_category_change", args=[category.pk])
    response = login(client, "sozialamt").get(url)
    page = BeautifulSoup(response.content.decode(), "html.parser")
    choices = {
        label.input["value"]: label.find("use")["href"].rpartition("#")[2]
        for label in page.select(".pictogram-choices label")
    }
    assert choices == {choice.value: f"p-{choice.value}" for choice in CategoryPictogram}
    data = form_data(response.context["adminform"].form, pictogram="sport")
    assert client.post(url, data).status_code == 302
    assert Category.objects.get(pk=category.pk).pictogram == "sport"


@pytest.mark.django_db
def test_provider_cannot_change_a_category_or_its_pictogram(client):
    district = make_district()
    make_offer(district, organisation=None)
    make_accounts()
    category = make_category(name="Sport und Bewegung", slug="sport")
    provider = User.objects.filter(is_staff=True).exclude(username="sozialamt").first()
    client.force_login(provider)
    url = reverse("admin:offers_category_change", args=[category.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"pictogram": "sport"}).status_code == 403
    assert Category.objects.get(pk=category.pk).pictogram == "general"


@pytest.mark.django_db
@pytest.mark.parametrize("junk", ["../../etc/passwd", '"><script>x</script>', "sport" * 10])
def test_unknown_pictogram_is_a_form_error_not_a_500(client, junk):
    make_accounts()
    category = make_category(name="Sport und Bewegung", slug="sport")
    url = reverse("admin:offers_category_change", args=[category.pk])
    response = login(client, "sozialamt").get(url)
    data = form_data(response.context["adminform"].form, pictogram=junk)
    response = client.post(url, data)
    assert response.status_code == 200
    assert "pictogram" in response.context["adminform"].form.errors
    assert Category.objects.get(pk=category.pk).pictogram == "general"


@pytest.mark.django_db
def test_chosen_category_filter_shows_its_pictogram_beside_the_select(client):
    district = make_district(slug="welheim")
    sport = make_category(name="Sport und Bewegung", slug="sport", pictogram="sport")
    make_offer(district, categories=[sport])
    chosen = BeautifulSoup(client.get("/de/welheim/?category=sport").content, "html.parser")
    beside = chosen.select_one("#div_id_category .select-picto")
    assert beside.find("use")["href"].endswith("#p-sport")
    assert beside.find("svg")["aria-hidden"] == "true"
    assert beside.select_one("option[selected]").get_text() == "Sport und Bewegung"
    unfiltered = BeautifulSoup(client.get("/de/welheim/").content, "html.parser")
    assert unfiltered.select(".filters svg") == []


@pytest.mark.django_db
def test_digital_anchor_place_shows_its_equipment_with_pictograms(client):
    district = make_district(slug="welheim")
    flags = {"wifi": True, "computers": True, "printer_scanner": True, "devices_to_lend": True}
    make_place(district, slug="buecherei", digital_anchor=True, **flags)
    page = BeautifulSoup(
        client.get("/de/welheim/places/buecherei/").content.decode(), "html.parser"
    )
    shown = [icon_and_label(item) for item in page.select(".digital-anchor .badge-equipment")]
    assert shown == [
        ("wifi", "Freies WLAN"),
        ("computer", "Computer zum Benutzen"),
        ("printer", "Drucker und Scanner"),
        ("device-lending", "Geräte zum Ausleihen"),
    ]
