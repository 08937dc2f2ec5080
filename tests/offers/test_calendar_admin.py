"""Calendars in the admin per role: a clerk, a provider with its own feed, the other provider."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from offers.enums import OfferStatus
from offers.models import CalendarFeed, Offer
from tests.offers import test_permissions as permissions_tests
from tests.offers.calendar_server import FILES, Handler
from tests.offers.test_permissions import login

pytestmark = pytest.mark.django_db
# The fixtures: two providers, verein-a and verein-b, and their users, made once for this module.
made_world, world = permissions_tests.made_world, permissions_tests.world


@pytest.fixture
def feeds(world):
    made = {}
    for slug in ("verein-a", "verein-b"):
        feed = CalendarFeed.objects.create(
            organisation=world[slug]["organisation"],
            url=f"https://kalender.example/{slug}.ics",
            place=world[slug]["place"],
            last_error="Adresse zeigt auf ein internes Netz – nicht erlaubt.",
        )
        feed.districts.set([world[slug]["place"].district])
        made[slug] = feed
    return made


def test_provider_lists_only_own_feeds_and_clerk_all(client, feeds):
    login(client, "verein-a")
    response = client.get(reverse("admin:offers_calendarfeed_changelist"))
    assert list(response.context["cl"].result_list) == [feeds["verein-a"]]
    assert (
        '<span class="feed-error">Adresse zeigt auf ein internes Netz – nicht erlaubt.</span>'
        in response.text
    )
    client.logout()
    login(client, "sozialamt")
    response = client.get(reverse("admin:offers_calendarfeed_changelist"))
    assert set(response.context["cl"].result_list) == set(feeds.values())


def test_provider_gets_404_for_other_providers_feed(client, feeds):
    login(client, "verein-a")
    other = reverse("admin:offers_calendarfeed_change", args=[feeds["verein-b"].pk])
    own = reverse("admin:offers_calendarfeed_change", args=[feeds["verein-a"].pk])
    assert client.get(other).status_code == 404
    assert client.get(own).status_code == 200


def feed_post(world, slug, url="webcal://kalender.example/neu.ics"):
    return {
        "organisation": world[slug]["organisation"].pk,
        "url": url,
        "districts": [world[slug]["place"].district_id],
        "place": "",
        "active": "on",
    }


def test_provider_registers_a_feed_for_own_organisation(client, world):
    login(client, "verein-a")
    form = client.get(reverse("admin:offers_calendarfeed_add")).context["adminform"].form
    assert list(form.fields["organisation"].queryset) == [world["verein-a"]["organisation"]]
    response = client.post(reverse("admin:offers_calendarfeed_add"), feed_post(world, "verein-a"))
    assert response.status_code == 302
    feed = CalendarFeed.objects.get()
    assert feed.url == "https://kalender.example/neu.ics"
    assert feed.created_by == User.objects.get(username="verein-a")


@pytest.mark.parametrize(
    ("slug", "url", "field"),
    [
        ("verein-b", "https://kalender.example/fremd.ics", "organisation"),
        ("verein-a", "ftp://kalender.example/x.ics", "url"),
    ],
)
def test_provider_cannot_register_for_others_or_odd_schemes(client, world, slug, url, field):
    login(client, "verein-a")
    response = client.post(
        reverse("admin:offers_calendarfeed_add"), feed_post(world, slug, url=url)
    )
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not CalendarFeed.objects.exists()


def test_fetch_now_imports_own_feed_as_pending_offers(
    client, world, feeds, calendar_server, local_calendars
):
    own, other = feeds["verein-a"], feeds["verein-b"]
    CalendarFeed.objects.filter(pk__in=[own.pk, other.pk]).update(
        url=calendar_server.url("/files/outlook.ics")
    )
    login(client, "verein-a")
    response = client.post(
        reverse("admin:offers_calendarfeed_changelist"),
        {"action": "fetch_now", "_selected_action": [own.pk, other.pk]},
        follow=True,
    )
    assert response.status_code == 200
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.last_error == ""
    imported = Offer.objects.filter(calendar_feed=own)
    assert imported.exists()
    assert set(imported.values_list("status", flat=True)) == {OfferStatus.PENDING}
    assert other.last_run is None  # out of scope: untouched
    assert not Offer.objects.filter(calendar_feed=other).exists()


@pytest.fixture
def imported(world, feeds):
    offer = world["verein-a"]["offer"]
    Offer.objects.filter(pk=offer.pk).update(calendar_feed=feeds["verein-a"], calendar_uid="x")
    return offer


def test_offer_page_says_where_it_came_from(client, imported):
    login(client, "sozialamt")
    response = client.get(reverse("admin:offers_offer_change", args=[imported.pk]))
    assert "aus Kalender: Verein-A: https://kalender.example/verein-a.ics" in response.text
    assert reverse("admin:offers_offer_detach", args=[imported.pk]) in response.text


def test_clerk_detaches_an_offer_and_provider_cannot(client, imported):
    url = reverse("admin:offers_offer_detach", args=[imported.pk])
    login(client, "verein-a")
    assert (
        "Vom Kalender lösen"
        not in client.get(reverse("admin:offers_offer_change", args=[imported.pk])).text
    )
    assert client.post(url).status_code == 403
    client.post(
        reverse("admin:offers_offer_changelist"),
        {"action": "detach_from_calendar", "_selected_action": [imported.pk]},
    )
    imported.refresh_from_db()
    assert imported.calendar_detached is False
    client.logout()
    login(client, "sozialamt")
    assert client.post(url).status_code == 302
    imported.refresh_from_db()
    assert imported.calendar_detached is True
    response = client.get(reverse("admin:offers_offer_change", args=[imported.pk]))
    assert "vom Kalender gelöst, wird hier gepflegt" in response.text


def test_clerk_detaches_from_the_list(client, imported):
    login(client, "sozialamt")
    client.post(
        reverse("admin:offers_offer_changelist"),
        {"action": "detach_from_calendar", "_selected_action": [imported.pk]},
    )
    imported.refresh_from_db()
    assert imported.calendar_detached is True


def test_fetch_now_by_a_provider_archives_what_left_the_calendar(
    client, world, feeds, calendar_server, local_calendars
):
    """The provider's request makes the import's writes the provider's; archiving is still
    the import's own (it was silently undone by the approval guard before)."""
    own = feeds["verein-a"]
    CalendarFeed.objects.filter(pk=own.pk).update(url=calendar_server.url("/feed.ics"))
    Handler.overrides["/feed.ics"] = (FILES / "outlook.ics").read_bytes()
    login(client, "verein-a")
    fetch = {"action": "fetch_now", "_selected_action": [own.pk]}
    client.post(reverse("admin:offers_calendarfeed_changelist"), fetch)
    assert Offer.objects.filter(calendar_feed=own).exclude(status=OfferStatus.ARCHIVED).exists()
    Handler.overrides["/feed.ics"] = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    client.post(reverse("admin:offers_calendarfeed_changelist"), fetch)
    own.refresh_from_db()
    assert own.last_error == ""
    assert set(Offer.objects.filter(calendar_feed=own).values_list("status", flat=True)) == {
        OfferStatus.ARCHIVED
    }


def test_fetch_now_takes_at_most_two_calendars_per_click(client, world, feeds):
    """Fetched while the clerk waits: three calendars could outlast gunicorn's 30 s."""
    third = CalendarFeed.objects.create(
        organisation=world["verein-a"]["organisation"], url="https://kalender.example/c.ics"
    )
    login(client, "sozialamt")
    response = client.post(
        reverse("admin:offers_calendarfeed_changelist"),
        {"action": "fetch_now", "_selected_action": [*(f.pk for f in feeds.values()), third.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "Bitte höchstens 2 Kalender auf einmal abrufen" in response.text
    assert not CalendarFeed.objects.filter(last_run__isnull=False).exists()  # none fetched
