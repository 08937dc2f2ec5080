"""Confirming offers, stale offers flagged, offers leaving the board by themselves."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from offers.models import Offer, ScheduleException
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db
OLD = timezone.localdate() - timedelta(days=400)


@pytest.fixture
def offers():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    fresh = make_offer(district, place=place, title="Frisch")
    stale = make_offer(district, place=place, title="Alt", last_confirmed=OLD)
    make_accounts()
    return fresh, stale


def test_provider_confirms_offer_with_one_click(client, offers):
    _, stale = offers
    client.force_login(User.objects.get(username="verein-a"))
    page = BeautifulSoup(
        client.get(reverse("admin:offers_offer_change", args=[stale.pk])).content, "html.parser"
    )
    form = page.select_one("form.confirm-form")
    token = form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    response = client.post(form["action"], {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    stale.refresh_from_db()
    assert stale.last_confirmed == timezone.localdate()


def test_confirm_by_get_is_refused(client, offers):
    _, stale = offers
    client.force_login(User.objects.get(username="verein-a"))
    assert client.get(reverse("admin:offers_offer_confirm", args=[stale.pk])).status_code == 403


def test_bulk_confirm_action_says_what_it_did(client, offers):
    client.force_login(User.objects.get(username="sozialamt"))
    response = client.post(
        reverse("admin:offers_offer_changelist"),
        {"action": "confirm", "_selected_action": [o.pk for o in offers]},
        follow=True,
    )
    assert "2 Angebot(e) als aktuell bestätigt." in response.content.decode()
    assert not Offer.objects.filter(last_confirmed=OLD).exists()


def test_stale_offers_flagged_in_list_filter_and_start_page(client, offers):
    client.force_login(User.objects.get(username="sozialamt"))
    stale_list = client.get(reverse("admin:offers_offer_changelist"), {"fresh": "stale"})
    assert [o.title for o in stale_list.context["cl"].result_list] == ["Alt"]
    assert "veraltet" in stale_list.content.decode()
    index = BeautifulSoup(client.get(reverse("admin:index")).content, "html.parser")
    worklist = index.select_one("#worklist").get_text(" ")
    assert "Alt" in worklist and "Frisch" not in worklist


def test_start_page_lists_recent_cancellations(client, offers):
    fresh, _ = offers
    ScheduleException.objects.create(
        offer=fresh, date=timezone.localdate() + timedelta(days=2), note="krank"
    )
    client.force_login(User.objects.get(username="verein-a"))
    index = BeautifulSoup(client.get(reverse("admin:index")).content, "html.parser")
    assert "Frisch" in index.select_one("#worklist").get_text(" ")


def test_offer_past_visible_until_leaves_the_board(client, offers):
    fresh, _ = offers
    assert "Frisch" in client.get("/de/welheim/").content.decode()
    fresh.visible_until = timezone.localdate() - timedelta(days=1)
    fresh.save()
    assert "Frisch" not in client.get("/de/welheim/").content.decode()
    assert client.get(f"/de/welheim/offers/{fresh.slug}/").status_code == 404
