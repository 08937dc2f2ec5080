"""Coordinates of places (offers/geo.py, the place form's "Koordinaten"): what a clerk pastes
from OpenStreetMap fills both columns; a point far from the city, swapped numbers or
unreadable text are German form errors; a provider's change waits for approval."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from offers import geo
from offers.models import City, Place
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_organisation, make_place

BOTTROP = geo.Point(Decimal("51.524700"), Decimal("6.928900"))
EXPECTED = geo.Point(Decimal("51.523600"), Decimal("6.929600"))


@pytest.mark.parametrize(
    "text",
    [
        "51.5236, 6.9296",
        "51.5236 6.9296",
        "  51.5236,6.9296 ",
        "51,5236; 6,9296",
        "51,5236, 6,9296",
        "geo:51.5236,6.9296",
        "https://www.openstreetmap.org/#map=18/51.5236/6.9296",
        "https://www.openstreetmap.org/?mlat=51.5236&mlon=6.9296#map=15/51.5000/6.9000",
        "https://www.openstreetmap.org/search?query=x#map=19.5/51.5236/6.9296&layers=N",
        "۵۱٫۵۲۳۶، ۶٫۹۲۹۶",  # Persian digits, decimal and list separators: read alike
        "٥١٫٥٢٣٦ ٦٫٩٢٩٦",  # Arabic-Indic digits
    ],
)
def test_pasted_coordinates_are_read(text):
    assert geo.parse(text) == EXPECTED


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_text_is_no_point(text):
    assert geo.parse(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gungstraße 46",
        "51.5236",
        "51.5236, 6.9296, 7",
        "https://www.openstreetmap.org/",
        "https://maps.example/?q=51.5,6.9",
        "1e3, 5",
        "NaN, NaN",
    ],
)
def test_unreadable_text_is_a_german_error(text):
    with pytest.raises(ValueError, match="lassen sich nicht lesen"):
        geo.parse(text)


def test_out_of_range_numbers_are_a_german_error():
    with pytest.raises(ValueError, match="zwischen -90 und 90"):
        geo.parse("151.5, 6.9")


def test_near_the_city_passes_and_far_away_fails():
    geo.check_near(EXPECTED, BOTTROP, 15, "Bottrop")  # 120 m from the centre
    with pytest.raises(ValueError, match="vom Zentrum von Bottrop entfernt"):
        geo.check_near(geo.parse("52.5200, 13.4050"), BOTTROP, 15, "Bottrop")  # Berlin
    with pytest.raises(ValueError, match="vertauscht"):
        geo.check_near(geo.parse("6.9296, 51.5236"), BOTTROP, 15, "Bottrop")  # swapped


def test_distance_is_the_great_circle_distance():
    essen = geo.Point(Decimal("51.4556"), Decimal("7.0116"))
    assert round(geo.distance_km(BOTTROP, essen), 1) == 9.6


def test_directions_are_plain_links_with_the_point():
    links = geo.directions(EXPECTED, "Bücherei, Gungstraße 12")
    assert links.geo == "geo:51.5236,6.9296"
    assert links.openstreetmap == (
        "https://www.openstreetmap.org/?mlat=51.5236&mlon=6.9296#map=18/51.5236/6.9296"
    )
    assert links.apple == (
        "https://maps.apple.com/?ll=51.5236,6.9296&q=B%C3%BCcherei%2C%20Gungstra%C3%9Fe%2012"
    )


def test_whole_degrees_are_written_plainly():
    assert geo.directions(geo.parse("51, 7"), "x").geo == "geo:51,7"


# --- the admin's place form -------------------------------------------------------------------


@pytest.fixture
def place(db):
    City.objects.create(name="Bottrop", latitude=BOTTROP.latitude, longitude=BOTTROP.longitude)
    district = make_district(slug="welheim")
    place = make_place(district, organisation=make_organisation(slug="verein-a"), slug="halle")
    make_accounts()
    return place


def post(client, username, place, coordinates):
    client.force_login(User.objects.get(username=username))
    url = reverse("admin:offers_place_change", args=[place.pk])
    data = form_data(client.get(url).context["adminform"].form, coordinates=coordinates)
    data.update({"offers-TOTAL_FORMS": "0", "offers-INITIAL_FORMS": "0"})
    return client.post(url, data)


def test_a_clerk_pastes_an_openstreetmap_link_and_both_columns_are_filled(client, place):
    link = "https://www.openstreetmap.org/#map=18/51.5236/6.9296"
    assert post(client, "sozialamt", place, link).status_code == 302
    place.refresh_from_db()
    assert (place.latitude, place.longitude) == (Decimal("51.523600"), Decimal("6.929600"))
    page = client.get(reverse("admin:offers_place_change", args=[place.pk])).content.decode()
    assert 'value="51.523600, 6.929600"' in page  # shown again as it will be read


@pytest.mark.parametrize(
    ("coordinates", "message"),
    [
        ("52.5200, 13.4050", "vom Zentrum von Bottrop entfernt"),
        ("6.9296, 51.5236", "Sind Breite und Länge vertauscht"),
        ("Gungstraße 46", "lassen sich nicht lesen"),
        ("۵۲٫۵۲۰۰، ۱۳٫۴۰۵۰", "vom Zentrum von Bottrop entfernt"),
    ],
)
def test_bad_or_far_coordinates_are_a_german_form_error(client, place, coordinates, message):
    response = post(client, "sozialamt", place, coordinates)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["coordinates"]
    assert message in errors[0]
    place.refresh_from_db()
    assert place.latitude is None and place.longitude is None


def test_emptying_the_field_removes_both(client, place):
    Place.objects.filter(pk=place.pk).update(latitude="51.5236", longitude="6.9296")
    assert post(client, "sozialamt", place, "").status_code == 302
    place.refresh_from_db()
    assert (place.latitude, place.longitude) == (None, None)


def test_a_providers_new_coordinates_wait_for_approval(client, place):
    Place.objects.filter(pk=place.pk).update(latitude="51.5236", longitude="6.9296")
    assert post(client, "verein-a", place, "51.5300, 6.9400").status_code == 302
    place.refresh_from_db()
    assert place.latitude == Decimal("51.530000")  # saved …
    snapshot = place.approved_snapshot["fields"]  # … but residents see the approved point
    assert (snapshot["latitude"], snapshot["longitude"]) == ("51.523600", "6.929600")
