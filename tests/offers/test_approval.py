"""Providers' offers and changes wait for the Sozialamt; residents see the approved version."""

from datetime import time, timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from offers.models import Offer, ScheduleException
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    offer = make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        rules=[{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16)}],
    )
    make_accounts()
    return district, place, offer


def as_user(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def board_text(client):
    client.logout()
    return BeautifulSoup(client.get("/de/welheim/").content, "html.parser").get_text(" ")


def rule_form(offer, **changes):
    rule = offer.rules.get()
    data = {
        "rules-TOTAL_FORMS": "1",
        "rules-INITIAL_FORMS": "1",
        "rules-0-id": rule.pk,
        "rules-0-offer": offer.pk,
        "rules-0-kind": rule.kind,
        "rules-0-weekdays": [str(d) for d in rule.weekdays],
        "rules-0-interval_weeks": rule.interval_weeks,
        "rules-0-start_time": rule.start_time.strftime("%H:%M"),
        "rules-0-end_time": rule.end_time.strftime("%H:%M"),
        "rules-0-school_holidays": rule.school_holidays,
    }
    data.update({f"rules-0-{k}": v for k, v in changes.items()})
    return data


def provider_edits(client, offer, title, start, end="23:00"):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = as_user(client, "verein-a").get(url).context["adminform"].form
    response = client.post(
        url, {**form_data(form, title_de=title), **rule_form(offer, start_time=start, end_time=end)}
    )
    assert response.status_code == 302


def test_provider_change_waits_and_residents_keep_approved_version(client, setup):
    district, _, offer = setup
    provider_edits(client, offer, "Turnen für alle", "17:30")

    offer.refresh_from_db()
    assert (offer.title_de, offer.status) == ("Turnen für alle", "published")
    assert offer.has_pending_changes
    text = board_text(client)
    assert "Kinderturnen" in text and "Turnen für alle" not in text
    assert "15:00" in text and "17:30" not in text
    page = client.get("/de/welheim/offers/turnen/").content.decode()
    assert "Kinderturnen" in page and "17:30" not in page
    feed = Calendar.from_ical(client.get("/de/welheim/calendar.ics").content)
    # Holidays are overridden instances titled "Kinderturnen – Fällt aus: …": the title counts.
    assert {str(e["summary"]).split(" – ")[0] for e in feed.walk("VEVENT")} == {"Kinderturnen"}

    # The clerk sees it waiting, and approves it.
    clerk = as_user(client, "sozialamt")
    index = BeautifulSoup(clerk.get(reverse("admin:index")).content, "html.parser")
    assert "Turnen für alle" in index.select_one("#worklist").get_text(" ")
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    assert clerk.post(review, {"decision": "approve"}).status_code == 302

    text = board_text(client)
    assert "Turnen für alle" in text and "17:30" in text and "Kinderturnen" not in text


def test_clerk_sends_back_with_reason(client, setup):
    _, _, offer = setup
    provider_edits(client, offer, "Tippfehlr", "15:00")
    clerk = as_user(client, "sozialamt")
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    clerk.post(review, {"decision": "return", "reason": "Bitte den Titel prüfen."})

    offer.refresh_from_db()
    assert offer.review_note == "Bitte den Titel prüfen."
    assert offer.has_pending_changes
    page = as_user(client, "verein-a").get(reverse("admin:offers_offer_change", args=[offer.pk]))
    assert "Bitte den Titel prüfen." in page.content.decode()
    assert "Tippfehlr" not in board_text(client)


def test_return_without_reason_is_refused(client, setup):
    _, _, offer = setup
    provider_edits(client, offer, "Neu", "15:00")
    clerk = as_user(client, "sozialamt")
    response = clerk.post(
        reverse("admin:offers_offer_review", args=[offer.pk]), {"decision": "return"}, follow=True
    )
    assert "Bitte eine Begründung angeben." in response.content.decode()
    offer.refresh_from_db()
    assert offer.review_note == ""


def test_new_offer_by_provider_waits_for_approval(client, setup):
    district, place, _ = setup
    provider = as_user(client, "verein-a")
    response = provider.post(
        reverse("admin:offers_offer_add"),
        {
            "title_de": "Neues Angebot",
            "slug": "neu",
            "summary_de": "x",
            "status": "published",  # ignored: providers cannot publish
            "organisation": place.organisation_id,
            "place": place.pk,
            "districts": [district.pk],
            "is_free": "True",
            "last_confirmed": "21.11.2026",
            "rules-TOTAL_FORMS": "1",
            "rules-INITIAL_FORMS": "0",
            "rules-0-kind": "weekly",
            "rules-0-weekdays": [str(d) for d in range(7)],
            "rules-0-interval_weeks": "1",
            "rules-0-start_time": "10:00",
            "rules-0-school_holidays": "always",
            "exceptions-TOTAL_FORMS": "0",
            "exceptions-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    offer = Offer.objects.get(slug="neu")
    assert offer.status == "pending"
    assert "Neues Angebot" not in board_text(client)
    as_user(client, "sozialamt").post(
        reverse("admin:offers_offer_review", args=[offer.pk]), {"decision": "approve"}
    )
    assert "Neues Angebot" in board_text(client)


def test_cancellation_by_provider_takes_effect_at_once(client, setup):
    _, _, offer = setup
    provider_edits(client, offer, "Geändert", "15:00")  # a change waits meanwhile
    tomorrow = timezone.localdate() + timedelta(days=1)
    as_user(client, "verein-a").post(
        reverse("admin:offers_scheduleexception_add"),
        {
            "offer": offer.pk,
            "date": tomorrow.strftime("%d.%m.%Y"),
            "kind": "cancelled",
            "note_de": "Halle gesperrt",
        },
    )
    assert ScheduleException.objects.filter(offer=offer, date=tomorrow).exists()
    client.logout()
    page = client.get(f"/de/welheim/?week={tomorrow:%G-W%V}").content.decode()
    assert "Halle gesperrt" in page


def test_provider_cannot_approve(client, setup):
    _, _, offer = setup
    provider_edits(client, offer, "Selbst freigegeben?", "15:00")
    provider = as_user(client, "verein-a")
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    assert provider.post(review, {"decision": "approve"}).status_code == 403
    changelist = provider.get(reverse("admin:offers_offer_changelist"))
    assert "approve" not in changelist.context["action_form"].fields["action"].choices.__repr__()
    offer.refresh_from_db()
    assert offer.has_pending_changes


def test_preview_shows_the_waiting_change_residents_do_not_see_yet(client, setup):
    _, _, offer = setup
    provider_edits(client, offer, "Turnen neu", "17:00")
    preview = as_user(client, "verein-a").get(
        reverse("admin:offers_offer_preview", args=[offer.pk])
    )
    page = BeautifulSoup(preview.content, "html.parser")
    assert page.h1.get_text(strip=True) == "Turnen neu"
    assert "17:00" in page.select_one(".date-list").get_text()
    assert "Turnen neu" not in board_text(client)


def test_preview_of_other_organisations_offer_is_404(client, setup):
    district, _, _ = setup
    other = make_offer(district, title="Fremd", rules=[])
    provider = as_user(client, "verein-a")
    assert provider.get(reverse("admin:offers_offer_preview", args=[other.pk])).status_code == 404
