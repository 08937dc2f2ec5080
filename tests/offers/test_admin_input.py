"""Everyday typing in the admin ends in a form error, never in a server error."""

from datetime import time

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from offers.models import Offer
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db

USERS = ["sozialamt", "verein-a"]


@pytest.fixture
def world():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    offer = make_offer(district, place=place, slug="turnen", title="Kinderturnen")
    make_accounts()
    return district, place, offer


def as_user(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def new_offer(district, place, **changes):
    return {
        "title_de": "Neues Angebot",
        "slug": "neu",
        "summary_de": "x",
        "status": "published",
        "organisation": place.organisation_id,
        "place": place.pk,
        "districts": [district.pk],
        "is_free": "True",
        "last_confirmed": "21.11.2026",
        "rules-TOTAL_FORMS": "0",
        "rules-INITIAL_FORMS": "0",
        "exceptions-TOTAL_FORMS": "0",
        "exceptions-INITIAL_FORMS": "0",
        **changes,
    }


def rules(count):
    data = {"rules-TOTAL_FORMS": str(count), "rules-INITIAL_FORMS": "0"}
    for i in range(count):
        data.update(
            {
                f"rules-{i}-kind": "weekly",
                f"rules-{i}-weekdays": ["1"],
                f"rules-{i}-interval_weeks": "1",
                f"rules-{i}-start_time": f"{i % 24:02d}:00",
                f"rules-{i}-school_holidays": "always",
            }
        )
    return data


@pytest.mark.parametrize("username", USERS)
def test_not_free_without_cost_note_is_error_next_to_field_on_add(client, world, username):
    district, place, _ = world
    data = new_offer(district, place, is_free="False")
    response = as_user(client, username).post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["cost_note_de"] == ["Bitte angeben, was das Angebot kostet."]
    assert not Offer.objects.filter(slug="neu").exists()


@pytest.mark.parametrize("username", USERS)
def test_not_free_without_cost_note_is_error_next_to_field_on_change(client, world, username):
    offer = world[2]
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = as_user(client, username).get(url).context["adminform"].form
    data = form_data(form, is_free="False")
    response = client.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["cost_note_de"] == ["Bitte angeben, was das Angebot kostet."]


@pytest.mark.parametrize("username", USERS)
def test_typed_texts_lose_control_and_bidi_characters(client, world, username):
    district, place, _ = world
    data = new_offer(
        district,
        place,
        title_de="Turnen\r\nfür\x1b Kinder\u202e",
        title_fa="ورزش\u200cکودکان\u2066",
        description_de="Zeile 1\r\nZeile 2\tmit Tab\x07",
    )
    response = as_user(client, username).post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 302
    offer = Offer.objects.get(slug="neu")
    assert offer.title_de == "Turnen  für Kinder"
    assert offer.title_fa == "ورزش\u200cکودکان"  # the Persian ZWNJ stays
    assert offer.description_de == "Zeile 1\nZeile 2\tmit Tab"


def test_title_of_only_bidi_characters_is_required_error(client, world):
    district, place, _ = world
    data = new_offer(district, place, title_de="\u202e\u202d")
    response = as_user(client, "sozialamt").post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 200
    assert "title_de" in response.context["adminform"].form.errors


@pytest.mark.parametrize("username", USERS)
def test_twenty_rules_allowed_twenty_one_refused_in_german(client, world, username, settings):
    district, place, _ = world
    as_user(client, username)
    url = reverse("admin:offers_offer_add")
    response = client.post(url, new_offer(district, place, slug="viele", **rules(21)))
    assert response.status_code == 200
    assert "Höchstens 20 Terminregeln je Angebot." in response.content.decode()
    assert not Offer.objects.filter(slug="viele").exists()
    response = client.post(url, new_offer(district, place, slug="genug", **rules(20)))
    assert response.status_code == 302
    assert Offer.objects.get(slug="genug").rules.count() == 20


MALFORMED_PREFILLS = [
    "offer/add/?organisation=abc&place=-1",
    "offer/add/?organisation=99999&place=1.5&districts=x,y&min_age=-3",
    "offer/add/?last_confirmed=99.99.9999&visible_until=abc",
    "scheduleexception/add/?offer=abc&date=99.99.9999",
    "scheduleexception/add/?offer=-1&date=31.02.2026&new_start_time=25:99",
    "closure/add/?place=abc&organisation=%00&start_date=0.0.0",
    "place/add/?district=abc&organisation=-1",
    "place/add/?district=99999999999999999999999999&organisation=1e9",
    "organisation/add/?kind=%FF",
]


@pytest.mark.parametrize("username", USERS)
@pytest.mark.parametrize("url", MALFORMED_PREFILLS)
def test_malformed_prefill_values_are_dropped(client, world, username, url):
    response = as_user(client, username).get("/admin/offers/" + url)
    assert response.status_code in (200, 403)


@pytest.mark.parametrize("username", USERS)
def test_good_prefill_value_kept(client, world, username):
    offer = world[2]
    response = as_user(client, username).get(
        f"/admin/offers/scheduleexception/add/?offer={offer.pk}&date=24.11.2026"
    )
    assert response.context["adminform"].form.initial["offer"] == str(offer.pk)


@pytest.mark.parametrize("username", USERS)
@pytest.mark.parametrize("version", ["abc", "-1", "99999", "1.5"])
def test_history_version_that_is_no_number_is_404(client, world, username, version):
    offer = world[2]
    url = f"/admin/offers/offer/{offer.pk}/history/{version}/"
    assert as_user(client, username).get(url).status_code == 404


def test_cancellation_with_rule_note_line_break_saved_as_one_line(client, world):
    offer = world[2]
    response = as_user(client, "verein-a").post(
        reverse("admin:offers_scheduleexception_add"),
        {"offer": offer.pk, "date": "24.11.2026", "kind": "cancelled", "note_de": "krank\r\nheute"},
    )
    assert response.status_code == 302
    assert offer.exceptions.get().note == "krank  heute"


def test_make_offer_rules_default_unchanged():
    # the factories' default rule is what the other tests assume
    district = make_district()
    assert make_offer(district).rules.get().start_time == time(15)
