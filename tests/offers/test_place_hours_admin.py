"""The opening hours grid of the place form (offers/admin/hours.py): forgiving input, German
errors that name the day, and a provider's change waiting for approval like other fields."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse

from offers import approval
from offers.admin.hours import grid_data
from offers.models import Place
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_organisation, make_place

pytestmark = pytest.mark.django_db

OLD = [[["09:00", "12:00"]]] * 5 + [[], []]


@pytest.fixture
def place():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation, slug="halle", hours=OLD)
    make_accounts()
    return place


def as_user(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def url(place):
    return reverse("admin:offers_place_change", args=[place.pk])


def post(client, place, **grid):
    form = client.get(url(place)).context["adminform"].form
    data = form_data(form)
    data.update({"offers-TOTAL_FORMS": "0", "offers-INITIAL_FORMS": "0"})
    for key in [key for key in data if key.startswith("hours_")]:
        data.pop(key)
    data.update(grid)
    return client.post(url(place), data)


def closed(*days):
    return {f"hours_{day}_closed": "1" for day in days}


def test_the_form_shows_seven_rows_with_the_stored_hours(client, place):
    page = as_user(client, "sozialamt").get(url(place))
    grid = BeautifulSoup(page.content, "html.parser").select_one("table.hours-grid")
    assert len(grid.select("tbody tr")) == 7
    assert grid.select_one("[name=hours_0_0_opens]")["value"] == "09:00"
    assert grid.select_one("[name=hours_0_0_closes]")["value"] == "12:00"
    assert grid.select_one("[name=hours_5_closed]").has_attr("checked")
    assert grid.select_one("[name=hours_0_0_opens]")["aria-label"] == "Montag, 1. Zeitraum, von"


def test_forgiving_input_is_stored_as_clean_data(client, place):
    grid = {
        "hours_0_0_opens": "9",
        "hours_0_0_closes": "12.30",
        "hours_0_1_opens": "۱۴",  # Persian digits
        "hours_0_1_closes": "17 Uhr",
        "hours_1_0_opens": "14-18",  # a whole range in the first box
        "hours_2_0_opens": "930",
        "hours_2_0_closes": "1200",
        **closed(3, 4, 5, 6),
    }
    response = post(as_user(client, "sozialamt"), place, **grid)
    assert response.status_code == 302, response.context["adminform"].form.errors
    place.refresh_from_db()
    assert place.hours == [
        [["09:00", "12:30"], ["14:00", "17:00"]],
        [["14:00", "18:00"]],
        [["09:30", "12:00"]],
        [],
        [],
        [],
        [],
    ]


@pytest.mark.parametrize(
    ("grid", "message"),
    [
        ({"hours_0_0_opens": "25", "hours_0_0_closes": "12"}, "Montag, 1. Zeitraum: Die Uhrzeit"),
        ({"hours_1_0_opens": "abc", "hours_1_0_closes": "12"}, "Dienstag, 1. Zeitraum: „abc“"),
        ({"hours_0_0_opens": "12", "hours_0_0_closes": "9"}, "Das Ende muss nach dem Beginn"),
        ({"hours_0_0_opens": "9"}, "Bitte auch das Ende eintragen"),
        ({"hours_0_0_closes": "12"}, "Bitte auch den Beginn eintragen"),
        (
            {"hours_0_0_opens": "9", "hours_0_0_closes": "12", **closed(0)},
            "Montag: „geschlossen“ ist angekreuzt",
        ),
        (
            {
                "hours_0_0_opens": "9",
                "hours_0_0_closes": "12",
                "hours_0_1_opens": "11",
                "hours_0_1_closes": "13",
            },
            "Montag: Zeiträume dürfen sich nicht überschneiden",
        ),
        ({"hours_0_0_opens": "9", "hours_0_0_closes": "12"}, "es fehlt: Dienstag, Mittwoch"),
    ],
)
def test_bad_input_is_a_german_form_error_not_a_server_error(client, place, grid, message):
    base = {} if "es fehlt" in message else closed(1, 2, 3, 4, 5, 6)
    response = post(as_user(client, "sozialamt"), place, **{**base, **grid})
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.errors.get("hours", []))
    assert message in errors
    assert message.split(":")[0] in response.content.decode()
    place.refresh_from_db()
    assert place.hours == OLD


def test_an_empty_grid_means_no_hours(client, place):
    assert post(as_user(client, "sozialamt"), place).status_code == 302
    place.refresh_from_db()
    assert place.hours is None


def test_hostile_values_never_break_the_form(client, place):
    grid = {"hours_0_0_opens": "9" * 5000, "hours_9_0_opens": "x", "hours_0_closed": ["1", "2"]}
    assert post(as_user(client, "sozialamt"), place, **grid).status_code == 200


def test_a_providers_change_to_the_hours_waits_for_approval(client, place):
    new = grid_data("hours", [[["10:00", "11:00"]]] + [[]] * 6)
    assert post(as_user(client, "verein-a"), place, **new).status_code == 302
    place.refresh_from_db()
    assert place.hours[0] == [["10:00", "11:00"]]
    assert place.approved_snapshot["fields"]["hours"] == OLD  # what residents go on seeing
    client.logout()
    shown = hours_text(client)
    assert "Mo–Fr 9:00–12:00" in shown
    assert "10:00–11:00" not in shown
    approval.approve([Place.objects.get(pk=place.pk)])
    assert "Mo 10:00–11:00" in hours_text(client)


def hours_text(client):
    page = BeautifulSoup(client.get("/de/welheim/places/halle/").content, "html.parser")
    return " ".join(page.select_one("dd.hours").get_text(" ").split())
