"""The two doors of approval: every provider write is held for a clerk, every resident read
goes through `offers.public`; and places and providers' profiles follow the same rule."""

from datetime import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from offers import approval, public, selectors
from offers.models import Membership, Offer, Organisation, Place, ScheduleRule
from tests.admin_forms import form_data
from tests.factories import (
    make_accounts,
    make_district,
    make_offer,
    make_organisation,
    make_place,
    shows_time,
    unclocked_time,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a", name="Turnverein")
    place = make_place(district, organisation=organisation, slug="halle", name="Sporthalle")
    offer = make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        rules=[{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16)}],
    )
    make_accounts()
    return district, place, offer


def provider():
    return User.objects.get(username="verein-a")


def board_text(client, path="/de/welheim/"):
    client.logout()
    response = client.get(path)
    return response.status_code, BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.mark.parametrize("model", [Offer, Place, Organisation, ScheduleRule])
def test_resident_request_cannot_load_rows_outside_the_public_door(world, model):
    with public.resident_request(), pytest.raises(public.UnapprovedRead):
        list(model.objects.all())


def test_resident_request_cannot_follow_a_relation_outside_the_door(world):
    _, _, offer = world
    offer = Offer.objects.get(pk=offer.pk)  # place not joined
    with public.resident_request(), pytest.raises(public.UnapprovedRead):
        offer.place  # noqa: B018 - the lazy load is what must fail


def test_resident_reads_through_the_door_are_allowed(world):
    district, _, _ = world
    with public.resident_request():
        offers = public.offers(Offer.objects.select_related("place"), district=district)
    assert [offer.title for offer in offers] == ["Kinderturnen"]


def test_provider_bulk_update_of_content_is_refused_but_confirming_is_not(world):
    with approval.acting(provider()):
        with pytest.raises(PermissionDenied):
            Offer.objects.filter(slug="turnen").update(title_de="Ohne Freigabe")
        with pytest.raises(PermissionDenied):
            Place.objects.filter(slug="halle").update(name="Ohne Freigabe")
        with pytest.raises(PermissionDenied):
            Offer.objects.bulk_create([Offer(title="Neu", slug="neu", summary="x")])
        assert Offer.objects.filter(slug="turnen").update(last_confirmed="2026-11-01") == 1


def test_provider_bulk_created_rules_keep_the_approved_rules_for_residents(client, world):
    _, _, offer = world
    waiting_time = unclocked_time()
    with approval.acting(provider()):
        offer.rules.all().delete()
        ScheduleRule.objects.bulk_create(
            [ScheduleRule(offer=offer, weekdays=list(range(7)), start_time=waiting_time)]
        )
    offer.refresh_from_db()
    assert offer.has_pending_changes
    _, text = board_text(client)
    assert "15:00" in text and not shows_time(text, waiting_time)


def test_provider_moving_an_offer_to_another_district_waits(client, world):
    district, _, offer = world
    other = make_district(slug="altstadt")
    with approval.acting(provider()):
        offer.districts.set([other])
    assert board_text(client, "/de/altstadt/")[1].count("Kinderturnen") == 0
    assert "Kinderturnen" in board_text(client, "/de/welheim/")[1]
    assert board_text(client, "/de/welheim/offers/turnen/")[0] == 200


def test_provider_moving_an_offer_to_another_place_waits(client, world):
    district, place, offer = world
    other = make_place(district, organisation=place.organisation, slug="aula", name="Aula")
    with approval.acting(provider()):
        offer.place = other
        offer.save()
    assert "Sporthalle" in board_text(client, "/de/welheim/offers/turnen/")[1]
    assert "Kinderturnen" in board_text(client, "/de/welheim/places/halle/")[1]
    assert "Kinderturnen" not in board_text(client, "/de/welheim/places/aula/")[1]


def test_provider_moving_a_place_to_another_district_waits(client, world):
    _, place, _ = world
    make_district(slug="altstadt")
    with approval.acting(provider()):
        place.district = make_district(slug="nord-ost")
        place.save()
    assert board_text(client, "/de/welheim/places/halle/")[0] == 200
    assert board_text(client, "/de/nord-ost/places/halle/")[0] == 404


def test_returned_offer_corrected_by_provider_waits_again(world):
    _, _, offer = world
    offer.status = "returned"
    offer.save()
    with approval.acting(provider()):
        offer.title = "Korrigiert"
        offer.save()
    offer.refresh_from_db()
    assert offer.status == "pending"


def test_provider_cannot_set_approval_state_or_slug_by_any_save(world):
    _, _, offer = world
    with approval.acting(provider()):
        offer.title = "Neu"
        offer.save()
        offer.refresh_from_db()
        offer.approved_snapshot, offer.status, offer.slug = None, "published", "anders"
        offer.save()
    offer.refresh_from_db()
    assert (offer.slug, offer.has_pending_changes) == ("turnen", True)


def test_new_place_of_provider_waits_and_is_approved_with_its_offer(client, world):
    district, _, _ = world
    with approval.acting(provider()):
        place = make_place(district, organisation=Organisation.objects.get(slug="verein-a"))
        offer = make_offer(district, place=place, slug="neu", title="Neues Angebot")
    assert (place.status, offer.status) == ("pending", "pending")
    assert place.name not in board_text(client)[1]
    assert board_text(client, f"/de/welheim/places/{place.slug}/")[0] == 404

    approval.approve([offer])
    place.refresh_from_db()
    assert place.status == "published"
    assert "Neues Angebot" in board_text(client)[1]


def test_provider_place_needs_own_organisation(client, world):
    district, _, _ = world
    client.force_login(provider())
    url = reverse("admin:offers_place_add")
    data = form_data(client.get(url).context["adminform"].form)
    data.update(name="Ohne Träger", slug="ohne", street="Weg 1", postcode="46236")
    data.update(district=district.pk, locality="Bottrop", organisation="")
    data.update({"offers-TOTAL_FORMS": "0", "offers-INITIAL_FORMS": "0"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "organisation" in response.context["adminform"].form.errors
    other = make_organisation(slug="verein-b")
    response = client.post(url, {**data, "organisation": other.pk})
    assert "organisation" in response.context["adminform"].form.errors
    assert not Place.objects.filter(slug="ohne").exists()


def test_clerk_approves_place_change_from_its_page(client, world):
    _, place, _ = world
    with approval.acting(provider()):
        place.name = "Neue Halle"
        place.save()
    assert "Sporthalle" in board_text(client, "/de/welheim/offers/turnen/")[1]
    client.force_login(User.objects.get(username="sozialamt"))
    page = client.get(reverse("admin:offers_place_change", args=[place.pk])).content.decode()
    assert "Geändert – wartet auf Freigabe" in page
    waiting = client.get(reverse("admin:offers_place_changelist") + "?waiting=change")
    assert list(waiting.context["cl"].result_list) == [place]
    client.post(reverse("admin:offers_place_review", args=[place.pk]), {"decision": "approve"})
    assert "Neue Halle" in board_text(client, "/de/welheim/offers/turnen/")[1]


def test_worklist_link_lists_everything_waiting(client, world):
    _, _, offer = world
    with approval.acting(provider()):
        offer.title = "Geändert"
        offer.save()
        make_offer(offer.districts.get(), place=offer.place, slug="neu", title="Neu")
    client.force_login(User.objects.get(username="sozialamt"))
    index = BeautifulSoup(client.get(reverse("admin:index")).content, "html.parser")
    link = index.select_one("#worklist a[href*='waiting=any']")["href"]
    listed = client.get(link).context["cl"].result_list
    assert sorted(o.slug for o in listed) == ["neu", "turnen"]


def test_selectors_use_the_door(world):
    """Each public selector returns approved state, checked once here without HTTP."""
    district, _, offer = world
    with approval.acting(provider()):
        offer.title = "Geändert"
        offer.save()
    with public.resident_request():
        assert selectors.offer_for_board(district, "turnen").title == "Kinderturnen"
        assert [o.title for o in selectors.highlights(district, "de")] == ["Kinderturnen"]
        assert [o.title for o in selectors.offers_at_place(offer.place)] == ["Kinderturnen"]


def test_provider_saving_without_a_change_leaves_nothing_to_approve(client, world):
    _, _, offer = world
    client.force_login(provider())
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    data = form_data(client.get(url).context["adminform"].form)
    rule = offer.rules.get()
    data.update(
        {
            "rules-TOTAL_FORMS": "1",
            "rules-INITIAL_FORMS": "1",
            "rules-0-id": rule.pk,
            "rules-0-offer": offer.pk,
            "rules-0-kind": rule.kind,
            "rules-0-weekdays": [str(d) for d in rule.weekdays],
            "rules-0-interval_weeks": rule.interval_weeks,
            "rules-0-start_time": "15:00",
            "rules-0-end_time": "16:00",
            "rules-0-school_holidays": rule.school_holidays,
        }
    )
    assert client.post(url, data).status_code == 302
    offer.refresh_from_db()
    assert not offer.has_pending_changes
    data["rules-0-start_time"] = "15:30"
    assert client.post(url, data).status_code == 302
    offer.refresh_from_db()
    assert offer.has_pending_changes
    assert offer.approved_snapshot["rules"][0]["start_time"] == "15:00:00"


def test_clerk_sees_before_and_after_of_a_waiting_change(client, world):
    district, _, offer = world
    with approval.acting(provider()):
        offer.title_ru = "Гимнастика"
        offer.save()
        offer.rules.update(start_time=time(17, 30))
        offer.districts.add(make_district(name="Altstadt"))
    client.force_login(User.objects.get(username="sozialamt"))
    page = client.get(reverse("admin:offers_offer_change", args=[offer.pk]))
    rows = {
        row.th.get_text(): [cell.get_text() for cell in row.select("td")]
        for row in BeautifulSoup(page.content, "html.parser").select(".review-changes tbody tr")
    }
    assert rows["Titel [ru]"] == ["–", "Гимнастика"]
    assert rows["Termine"][0].endswith("15:00–16:00") and rows["Termine"][1].endswith("17:30–16:00")
    assert rows["Anzeigen in Stadtteilen"] == [district.name, f"Altstadt, {district.name}"]


def test_provider_moving_an_offer_to_its_other_organisation_waits(client, world):
    _, _, offer = world
    other = make_organisation(slug="verein-zwei", name="Zweiter Verein")
    Membership.objects.create(user=provider(), organisation=other)
    with approval.acting(provider()):
        offer.organisation = other
        offer.save()
    status, text = board_text(client, "/de/welheim/offers/turnen/")
    assert status == 200
    assert "Turnverein" in text and "Zweiter Verein" not in text
