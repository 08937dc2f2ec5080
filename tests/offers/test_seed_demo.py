"""`seed_demo`: the Bottrop demo, idempotent, scalable, with a full current week."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone

from offers import schedules, selectors
from offers.models import Closure, District, Offer, Place, ScheduleException, ScheduleRule

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

COUNTED = [District, Place, Offer, ScheduleRule, ScheduleException, Closure, User]


def _counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_seed_demo_creates_bottrop_districts_and_is_idempotent():
    call_command("seed_demo")
    first = _counts()
    call_command("seed_demo")
    assert _counts() == first
    assert list(District.objects.values_list("slug", flat=True)) == [
        "welheim",
        "altstadt",
        "nord-ost",
        "batenbrock-sued",
    ]
    assert first["Closure"] == 1
    assert first["ScheduleException"] >= 4


@pytest.mark.parametrize("slug", ["welheim", "altstadt", "nord-ost", "batenbrock-sued"])
def test_demo_district_has_places_offers_and_a_full_current_week(slug):
    call_command("seed_demo")
    district = District.objects.get(slug=slug)
    assert district.places.count() >= 6
    assert Offer.objects.filter(districts=district).count() >= 20
    monday = schedules.week_start(timezone.localdate())
    plan = selectors.week_plan(district, monday)
    timed = [e for day in plan.days for e in day.entries]
    assert len(timed) >= 15
    assert plan.untimed
    offers = Offer.objects.filter(districts=district)
    assert offers.filter(attendance="online").exclude(online_url="").exists()
    assert offers.filter(attendance="hybrid", place__isnull=False).exclude(online_url="").exists()
    assert offers.filter(childcare=True).exists()
    for offer in offers:
        offer.full_clean()  # the demo obeys the admin's rules (attendance needs place/link)


def test_demo_covers_ages_0_to_99_and_the_required_kinds():
    call_command("seed_demo")
    titles = " ".join(Offer.objects.values_list("title", flat=True))
    for word in ["Hausaufgaben", "Familiencafé", "Sprachcafé", "Ferienprogramm", "Beratung"]:
        assert word.lower() in titles.lower(), word
    assert Offer.objects.filter(online_url__gt="").exists()
    ages = Offer.objects.exclude(min_age=None).values_list("min_age", flat=True)
    assert min(ages) == 0
    assert max(Offer.objects.exclude(max_age=None).values_list("max_age", flat=True)) >= 99


def test_offers_per_district_scales_the_data():
    call_command("seed_demo", offers_per_district=60)
    for district in District.objects.all():
        assert Offer.objects.filter(districts=district).count() == 60
    call_command("seed_demo", offers_per_district=60)
    assert Offer.objects.count() == 240


def test_demo_clerk_can_log_in(client):
    call_command("seed_demo")
    response = client.post("/admin/login/", {"username": "sozialamt", "password": "demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_every_demo_district_has_two_digital_anchor_places_with_help_hours():
    from offers import digital_help, geo
    from offers.models import City

    call_command("seed_demo")
    city = City.objects.get()
    groups = digital_help.anchors_by_district(timezone.localdate())
    assert [group.district.slug for group in groups] == [
        "welheim",
        "altstadt",
        "nord-ost",
        "batenbrock-sued",
    ]
    for group in groups:
        assert len(group.places) == 2, group.district.slug
        for anchor in group.places:
            place = anchor.place
            assert place.equipment and place.help_languages, place.slug
            assert anchor.help_hours, place.slug
            assert geo.distance_km(place.point, city.centre) < city.radius_km, place.slug
    # The help offers are translated into every demo language.
    offer = Offer.objects.get(slug="digitalpaten-welheim")
    assert all(offer.is_translated(code) for code in ("ru", "ar", "fa", "tr", "uk"))
