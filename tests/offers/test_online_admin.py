"""The offer form's "Teilnahme": online needs a link, hybrid a place and a link, on site a
place; errors in German at the field; the choice shows as three radio buttons."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from offers.models import Offer
from tests.factories import make_district, make_organisation, make_place
from tests.offers.test_admin import _offer_form_data

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/treff"
NEED_PLACE = "Bitte einen Ort angeben (oder „online“ wählen)."
NEED_LINK = "Bitte den Online-Link angeben (https://…)."


@pytest.fixture
def data():
    district = make_district()
    place = make_place(district)

    def build(attendance, with_place, link):
        return _offer_form_data(
            {
                "title": "Sprachcafé",
                "slug": "sprachcafe",
                "summary": "x",
                "status": "published",
                "organisation": make_organisation().pk,
                "districts": [district.pk],
                "is_free": "True",
                "last_confirmed": "21.11.2026",
                "attendance": attendance,
                "place": place.pk if with_place else "",
                "online_url": link,
            }
        )

    return build


@pytest.mark.parametrize(
    ("attendance", "with_place", "link", "errors"),
    [
        ("online", False, "", {"online_url": [NEED_LINK]}),
        ("hybrid", False, "", {"place": [NEED_PLACE], "online_url": [NEED_LINK]}),
        ("hybrid", True, "", {"online_url": [NEED_LINK]}),
        ("hybrid", False, LINK, {"place": [NEED_PLACE]}),
        ("on_site", False, LINK, {"place": [NEED_PLACE]}),
        ("online", False, "javascript:alert(1)", None),  # not a link: the field says so
        ("zoom", True, LINK, None),  # not a choice
    ],
)
def test_what_each_attendance_needs_is_a_german_form_error(
    admin_client, data, attendance, with_place, link, errors
):
    response = admin_client.post(
        reverse("admin:offers_offer_add"), data(attendance, with_place, link)
    )
    assert response.status_code == 200
    form_errors = response.context["adminform"].form.errors
    if errors is not None:
        assert {name: form_errors[name] for name in errors} == errors
    else:
        assert form_errors
    assert not Offer.objects.filter(slug="sprachcafe").exists()


@pytest.mark.parametrize(
    ("attendance", "with_place", "link"),
    [("online", False, LINK), ("hybrid", True, LINK), ("on_site", True, "")],
)
def test_a_complete_offer_saves_with_its_attendance(
    admin_client, data, attendance, with_place, link
):
    response = admin_client.post(
        reverse("admin:offers_offer_add"), data(attendance, with_place, link)
    )
    assert response.status_code == 302
    offer = Offer.objects.get(slug="sprachcafe")
    assert (offer.attendance, offer.place_id is not None, offer.online_url) == (
        attendance,
        with_place,
        link,
    )
    assert offer.is_online is (attendance != "on_site")


def test_the_form_offers_three_labelled_choices(admin_client):
    page = BeautifulSoup(admin_client.get(reverse("admin:offers_offer_add")).content, "html.parser")
    choices = page.select("input[name=attendance]")
    assert [(c["value"], c.has_attr("checked")) for c in choices] == [
        ("on_site", True),
        ("online", False),
        ("hybrid", False),
    ]
    labels = [" ".join(c.parent.get_text(" ").split()) for c in choices]
    assert labels == ["vor Ort", "online", "vor Ort und online"]
    childcare = page.select_one("label[for=id_childcare]")
    assert "Kinderbetreuung während des Angebots" in childcare.get_text()
