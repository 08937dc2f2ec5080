"""Role × object × action: a provider's user never reaches another organisation's objects."""

from datetime import date, time

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from offers.models import Closure, Offer, Place, ScheduleException
from tests.factories import (
    fresh,
    make_accounts,
    make_district,
    make_offer,
    make_organisation,
    make_place,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def made_world(module_transaction):
    """Two providers with a place, an offer, a cancellation and a closure each: made once for
    the module (every test here uses it)."""
    with module_transaction.unblock():
        return _make_world()


@pytest.fixture
def world(made_world, db):
    return {
        slug: {kind: fresh(instance) for kind, instance in objects.items()}
        for slug, objects in made_world.items()
    }


def _make_world():
    district = make_district()
    objects = {}
    for slug in ("verein-a", "verein-b"):
        organisation = make_organisation(slug=slug, name=slug.title())
        place = make_place(district, organisation=organisation, name=f"Halle {slug}")
        offer = make_offer(
            district,
            place=place,
            title=f"Angebot {slug}",
            rules=[{"weekdays": [0, 1, 2, 3, 4], "start_time": time(15)}],
        )
        objects[slug] = {
            "organisation": organisation,
            "place": place,
            "offer": offer,
            "scheduleexception": ScheduleException.objects.create(
                offer=offer, date=date(2026, 11, 24), note="krank"
            ),
            "closure": Closure.objects.create(
                place=place, start_date=date(2026, 12, 1), end_date=date(2026, 12, 2), reason="zu"
            ),
        }
    make_accounts()  # the groups, a clerk `sozialamt` and one user per organisation
    return objects


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


MODELS = ["offer", "place", "organisation", "scheduleexception", "closure"]


@pytest.mark.parametrize("model", MODELS)
def test_provider_list_shows_only_own_objects(client, world, model):
    login(client, "verein-a")
    response = client.get(reverse(f"admin:offers_{model}_changelist"))
    assert response.status_code == 200
    shown = set(response.context["cl"].result_list)
    assert shown == {world["verein-a"][model]}


@pytest.mark.parametrize("model", MODELS)
def test_clerk_list_shows_everything(client, world, model):
    login(client, "sozialamt")
    response = client.get(reverse(f"admin:offers_{model}_changelist"))
    assert set(response.context["cl"].result_list) == {
        world["verein-a"][model],
        world["verein-b"][model],
    }


@pytest.mark.parametrize("view", ["change", "delete", "history"])
@pytest.mark.parametrize("model", MODELS)
def test_provider_gets_404_for_other_organisations_objects_by_url(client, world, model, view):
    login(client, "verein-a")
    other = world["verein-b"][model]
    own = world["verein-a"][model]
    assert client.get(reverse(f"admin:offers_{model}_{view}", args=[other.pk])).status_code == 404
    expected = 403 if (model == "organisation" and view == "delete") else 200
    assert client.get(reverse(f"admin:offers_{model}_{view}", args=[own.pk])).status_code == (
        expected
    )


def test_provider_cannot_post_changes_to_other_offer(client, world):
    login(client, "verein-a")
    other = world["verein-b"]["offer"]
    response = client.post(
        reverse("admin:offers_offer_change", args=[other.pk]), {"title_de": "gekapert"}
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.title == "Angebot verein-b"


def test_provider_bulk_delete_cannot_touch_other_objects(client, world):
    login(client, "verein-a")
    own, other = world["verein-a"]["closure"], world["verein-b"]["closure"]
    client.post(
        reverse("admin:offers_closure_changelist"),
        {"action": "delete_selected", "_selected_action": [own.pk, other.pk], "post": "yes"},
    )
    # The same action deleted the provider's own closure: only the other one was out of reach.
    assert not Closure.objects.filter(pk=own.pk).exists()
    assert Closure.objects.filter(pk=other.pk).exists()


def test_provider_bulk_delete_of_another_providers_place_is_refused(client, world):
    login(client, "verein-a")
    other = world["verein-b"]["place"]
    client.post(
        reverse("admin:offers_place_changelist"),
        {"action": "delete_selected", "_selected_action": [other.pk], "post": "yes"},
    )
    assert Place.objects.filter(pk=other.pk).exists()


def test_provider_foreign_key_choices_are_own(client, world):
    login(client, "verein-a")
    offer_form = client.get(reverse("admin:offers_offer_add")).context["adminform"].form
    assert list(offer_form.fields["organisation"].queryset) == [world["verein-a"]["organisation"]]
    assert list(offer_form.fields["place"].queryset) == [world["verein-a"]["place"]]
    closure_form = client.get(reverse("admin:offers_closure_add")).context["adminform"].form
    assert list(closure_form.fields["place"].queryset) == [world["verein-a"]["place"]]


@pytest.mark.parametrize(
    ("model", "field", "target"),
    [
        ("offer", "place", "place"),
        ("offer", "organisation", "organisation"),
        ("scheduleexception", "offer", "offer"),
    ],
)
def test_provider_autocomplete_offers_only_own(client, world, model, field, target):
    login(client, "verein-a")
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "offers", "model_name": model, "field_name": field, "term": ""},
    )
    ids = {int(result["id"]) for result in response.json()["results"]}
    assert ids == {world["verein-a"][target].pk}


def test_provider_cannot_create_offer_for_other_organisation(client, world):
    login(client, "verein-a")
    other = world["verein-b"]
    response = client.post(
        reverse("admin:offers_offer_add"),
        {
            "title_de": "Fremd",
            "slug": "fremd",
            "summary_de": "x",
            "status": "published",
            "organisation": other["organisation"].pk,
            "place": other["place"].pk,
            "districts": [other["offer"].districts.first().pk],
            "is_free": "True",
            "last_confirmed": "21.11.2026",
            "rules-TOTAL_FORMS": "0",
            "rules-INITIAL_FORMS": "0",
            "exceptions-TOTAL_FORMS": "0",
            "exceptions-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200  # the form refuses the choices
    assert not Offer.objects.filter(slug="fremd").exists()


STAFF_ONLY = [
    "admin:offers_district_changelist",
    "admin:offers_category_changelist",
    "admin:offers_targetgroup_changelist",
    "admin:offers_city_changelist",
    "admin:boards_legalpage_changelist",
    "admin:boards_accessibilityfeedback_changelist",
    "admin:flyers_shortlink_changelist",
    "admin:flyers_scanday_changelist",
    "admin:auth_user_changelist",
]


@pytest.mark.parametrize("url", STAFF_ONLY)
def test_provider_has_no_access_to_staff_areas(client, world, url):
    login(client, "verein-a")
    assert client.get(reverse(url)).status_code == 403
