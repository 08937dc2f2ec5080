"""The offer form: cost is a choice, places show street and district with a warning when the
place is not on the offer's boards, translation tabs explain the fallback, new fields save."""

import json
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from offers.admin.offer_form import UNTRANSLATED_HINT
from offers.models import Offer
from tests.admin_forms import form_data
from tests.factories import make_district, make_place
from tests.offers import test_admin_input as base
from tests.offers.test_admin_input import USERS, as_user, new_offer

pytestmark = pytest.mark.django_db
world = base.world  # the fixture: a district, a provider's place and an offer


def page(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("username", USERS)
def test_new_offer_has_no_cost_choice_made(client, world, username):
    form = page(as_user(client, username).get(reverse("admin:offers_offer_add")))
    choices = form.select("input[name=is_free]")
    assert [(c["value"], c.has_attr("checked")) for c in choices] == [
        ("True", False),
        ("False", False),
    ]


@pytest.mark.parametrize("username", USERS)
def test_saving_without_a_cost_choice_is_a_german_error(client, world, username):
    district, place, _ = world
    data = new_offer(district, place)
    del data["is_free"]
    response = as_user(client, username).post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["is_free"] == ["Bitte wählen: kostenlos oder kostet etwas."]
    assert not Offer.objects.filter(slug="neu").exists()


def test_existing_offer_keeps_its_cost_choice(client, world):
    offer = world[2]
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = page(as_user(client, "sozialamt").get(url))
    assert form.select_one("input[name=is_free][checked]")["value"] == "True"


def test_place_choice_shows_street_and_district(client, world):
    district, place, offer = world
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    option = page(as_user(client, "sozialamt").get(url)).select_one(
        "select[name=place] option[selected]"
    )
    assert option.get_text() == f"{place.name} – {place.street}, {district.name}"


@pytest.mark.parametrize("username", USERS)
def test_place_search_results_show_street_and_district(client, world, username):
    district, place, _ = world
    response = as_user(client, username).get(
        reverse("admin:autocomplete"),
        {"app_label": "offers", "model_name": "offer", "field_name": "place", "term": place.street},
    )
    results = json.loads(response.content)["results"]
    assert results == [
        {
            "id": str(place.pk),
            "text": f"{place.name} – {place.street}, {district.name}",
            "district": district.pk,
            "district_name": district.name,
        }
    ]


def test_place_in_another_district_warns_after_save_and_in_the_form(client, world):
    district, _, _ = world
    elsewhere = make_district(name="Altstadt", slug="altstadt")
    far_place = make_place(
        elsewhere, name="Bürgerhaus Altstadt", organisation=world[1].organisation
    )
    clerk = as_user(client, "sozialamt")
    response = clerk.post(
        reverse("admin:offers_offer_add"), new_offer(district, far_place), follow=True
    )
    warning = (
        "Achtung: Der Ort „Bürgerhaus Altstadt“ liegt in Altstadt, das Angebot erscheint aber "
        f"nur auf dem Board {district.name}. Bitte „Anzeigen in Stadtteilen“ prüfen."
    )
    assert warning in [str(m) for m in response.context["messages"]]
    offer = Offer.objects.get(slug="neu")
    form = page(clerk.get(reverse("admin:offers_offer_change", args=[offer.pk])))
    assert warning in form.get_text(" ")


def test_place_in_a_shown_district_gives_no_warning(client, world):
    district, place, _ = world
    response = as_user(client, "sozialamt").post(
        reverse("admin:offers_offer_add"), new_offer(district, place), follow=True
    )
    assert not [m for m in response.context["messages"] if "Achtung" in str(m)]


def test_translation_tabs_say_what_residents_see_untranslated(client, world):
    offer = world[2]
    Offer.objects.filter(pk=offer.pk).update(title_ru="Гимнастика для детей")
    form = as_user(client, "sozialamt").get(reverse("admin:offers_offer_change", args=[offer.pk]))
    fields = form.context["adminform"].form.fields
    assert UNTRANSLATED_HINT in fields["title_ar"].help_text
    assert UNTRANSLATED_HINT in fields["summary_ru"].help_text
    assert UNTRANSLATED_HINT not in fields["title_ru"].help_text
    assert "solange dort keine Übersetzung eingetragen ist" in fields["title_de"].help_text
    assert "Übersetzungen können später folgen" in page(form).get_text(" ")


@pytest.mark.parametrize("username", USERS)
def test_childcare_interpreter_and_show_from_are_saved(client, world, username):
    offer = world[2]
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = as_user(client, username).get(url).context["adminform"].form
    data = form_data(form, childcare="on", interpreter="on", visible_from="01.02.2027")
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    offer.refresh_from_db()
    assert (offer.childcare, offer.interpreter, offer.visible_from) == (
        True,
        True,
        date(2027, 2, 1),
    )


def test_show_until_before_show_from_is_a_german_error(client, world):
    district, place, _ = world
    data = new_offer(district, place, visible_from="01.03.2027", visible_until="01.02.2027")
    response = as_user(client, "sozialamt").post(reverse("admin:offers_offer_add"), data)
    assert response.context["adminform"].form.errors["visible_until"] == [
        "„anzeigen bis“ darf nicht vor „anzeigen ab“ liegen."
    ]


def test_spoken_language_list_says_farsi_persisch(client, world):
    form = page(as_user(client, "sozialamt").get(reverse("admin:offers_offer_add")))
    labels = [label.get_text(strip=True) for label in form.select("#id_languages label")]
    assert "Farsi (Persisch)" in labels


@pytest.mark.parametrize("username", USERS)
def test_save_and_add_another_keeps_provider_place_and_boards(client, world, username):
    district, place, _ = world
    user = as_user(client, username)
    data = {**new_offer(district, place), "_addanother": "1"}
    response = user.post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 302
    form = page(user.get(response["Location"]))
    organisation = form.select_one("select[name=organisation] option[selected]")
    assert organisation["value"] == str(place.organisation_id)
    assert form.select_one("select[name=place] option[selected]")["value"] == str(place.pk)
    ticked = [box["value"] for box in form.select("input[name=districts][checked]")]
    assert ticked == [str(district.pk)]
    assert not form.select_one("input[name=title_de]").get("value")  # the rest starts empty


def test_plain_save_carries_nothing(client, world):
    district, place, _ = world
    response = as_user(client, "sozialamt").post(
        reverse("admin:offers_offer_add"), new_offer(district, place)
    )
    assert response.status_code == 302
    assert "place=" not in response["Location"]
