"""Two people with the same form open: the second save never silently overwrites the first."""

from datetime import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from offers.models import Offer, Organisation, Place, ScheduleRule
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer():
    district = make_district(slug="welheim")
    organisation = make_organisation(slug="verein-a", name="Turnverein")
    place = make_place(district, organisation=organisation, slug="halle", name="Sporthalle")
    offer = make_offer(
        district,
        place=place,
        slug="turnen",
        title="Kinderturnen",
        summary="Turnen für Kinder.",
        rules=[{"weekdays": [0], "start_time": time(15), "end_time": time(16)}],
    )
    make_accounts()
    return offer


def logged_in(username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def opened(client, url):
    """What a browser would post from the change form as shown (inlines included)."""
    page = BeautifulSoup(client.get(url).content, "html.parser")
    form = page.select_one("form[id$=_form]")  # not the header's logout form
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name, kind = field["name"], field.get("type", "")
        if field.name == "select":
            values = [o.get("value", o.get_text()) for o in field.select("option[selected]")]
        elif field.name == "textarea":
            values = [field.get_text().removeprefix("\n")]
        elif kind in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        elif kind in ("submit", "button", "file"):
            continue
        else:
            values = [field.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data


def errors(response):
    page = BeautifulSoup(response.content, "html.parser")
    return " ".join(e.get_text(" ", strip=True) for e in page.select(".errornote, .errorlist"))


def shown(response, name):
    field = BeautifulSoup(response.content, "html.parser").select_one(f'[name="{name}"]')
    return field.get_text() if field.name == "textarea" else field.get("value")


def test_the_second_save_is_refused_and_keeps_what_was_typed(offer):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    clerk, provider = logged_in("sozialamt"), logged_in("verein-a")
    clerks_form, providers_form = opened(clerk, url), opened(provider, url)

    clerks_form["title_de"] = ["Kinderturnen am Montag"]
    assert clerk.post(url, clerks_form).status_code == 302
    providers_form["summary_de"] = ["Turnen und Toben für Kinder von 6 bis 10."]
    response = provider.post(url, providers_form)

    assert response.status_code == 200
    message = errors(response)
    assert "Während Sie bearbeitet haben, wurde dies geändert" in message
    assert "zuletzt gespeichert von sozialamt" in message
    assert "Titel" in message and "„Kinderturnen am Montag“" in message
    assert "Kurzbeschreibung" not in message  # only the other person's change is named
    offer.refresh_from_db()
    assert (offer.title_de, offer.summary_de) == ("Kinderturnen am Montag", "Turnen für Kinder.")
    assert shown(response, "summary_de") == "Turnen und Toben für Kinder von 6 bis 10."


def test_saving_again_after_the_message_is_deliberate_and_goes_through(offer):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    clerk, other_clerk = logged_in("sozialamt"), Client()
    other_clerk.force_login(User.objects.get(username="sozialamt"))
    first, second = opened(clerk, url), opened(other_clerk, url)
    first["title_de"] = ["Erster Titel"]
    assert clerk.post(url, first).status_code == 302
    second["title_de"] = ["Zweiter Titel"]
    refused = other_clerk.post(url, second)
    assert refused.status_code == 200

    second["edit_snapshot"] = [shown(refused, "edit_snapshot")]  # the form now holds today's state
    assert other_clerk.post(url, second).status_code == 302
    offer.refresh_from_db()
    assert offer.title_de == "Zweiter Titel"


def test_a_rule_changed_meanwhile_is_a_conflict(offer):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    clerk, provider = logged_in("sozialamt"), logged_in("verein-a")
    clerks_form, providers_form = opened(clerk, url), opened(provider, url)
    clerks_form["rules-0-start_time"] = ["14:30"]
    assert clerk.post(url, clerks_form).status_code == 302

    providers_form["title_de"] = ["Kinderturnen (neu)"]
    response = provider.post(url, providers_form)

    assert response.status_code == 200
    assert "Termine: jetzt" in errors(response) and "14:30" in errors(response)
    assert offer.rules.get().start_time == time(14, 30)


def test_a_rule_added_meanwhile_is_a_conflict(offer):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    provider = logged_in("verein-a")
    providers_form = opened(provider, url)
    ScheduleRule.objects.create(offer=offer, weekdays=[2], start_time=time(10))  # by a clerk

    providers_form["title_de"] = ["Kinderturnen (neu)"]
    response = provider.post(url, providers_form)

    assert response.status_code == 200
    assert "Termine" in errors(response)
    assert offer.rules.count() == 2


def test_a_clerks_approval_meanwhile_is_no_conflict(offer):
    """Approving writes the approved copy, no field of the provider's form."""
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    clerk, provider = logged_in("sozialamt"), logged_in("verein-a")
    waiting = opened(provider, url)
    waiting["title_de"] = ["Kinderturnen (neu)"]
    assert provider.post(url, waiting).status_code == 302
    providers_form = opened(provider, url)
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    assert clerk.post(review, {"decision": "approve"}).status_code == 302
    offer.refresh_from_db()
    assert not offer.has_pending_changes

    providers_form["summary_de"] = ["Neu geschrieben."]
    assert provider.post(url, providers_form).status_code == 302
    offer.refresh_from_db()
    assert (offer.title_de, offer.summary_de) == ("Kinderturnen (neu)", "Neu geschrieben.")


def test_a_confirmation_meanwhile_is_named(offer):
    """The clerk's "bestätigt" is a field of the form: the provider's save would undo it."""
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    provider = logged_in("verein-a")
    providers_form = opened(provider, url)
    Offer.objects.filter(pk=offer.pk).update(last_confirmed="2026-01-02")

    providers_form["summary_de"] = ["Neu geschrieben."]
    response = provider.post(url, providers_form)
    assert response.status_code == 200
    message = errors(response)
    assert "Zuletzt bestätigt: jetzt „02.01.2026“" in message
    assert "zuletzt gespeichert von" not in message  # a bulk update leaves no history


def test_a_place_changed_meanwhile_is_a_conflict(offer):
    place = Place.objects.get(slug="halle")
    url = reverse("admin:offers_place_change", args=[place.pk])
    clerk, provider = logged_in("sozialamt"), logged_in("verein-a")
    clerks_form, providers_form = opened(clerk, url), opened(provider, url)
    clerks_form["street"] = ["Gungstraße 46"]
    assert clerk.post(url, clerks_form).status_code == 302

    providers_form["name_de"] = ["Sporthalle Welheim"]
    response = provider.post(url, providers_form)

    assert response.status_code == 200
    assert "„Gungstraße 46“" in errors(response)
    place.refresh_from_db()
    assert place.street == "Gungstraße 46"


def test_a_provider_profile_changed_meanwhile_is_a_conflict(offer):
    organisation = Organisation.objects.get(slug="verein-a")
    url = reverse("admin:offers_organisation_change", args=[organisation.pk])
    clerk, provider = logged_in("sozialamt"), logged_in("verein-a")
    clerks_form, providers_form = opened(clerk, url), opened(provider, url)
    clerks_form["phone"] = ["02041 70-1234"]
    assert clerk.post(url, clerks_form).status_code == 302

    providers_form["name"] = ["Turnverein Welheim"]
    assert provider.post(url, providers_form).status_code == 200
    organisation.refresh_from_db()
    assert (organisation.name, organisation.phone) == ("Turnverein", "02041 70-1234")


def test_a_forged_snapshot_is_refused_not_trusted(offer):
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    clerk = logged_in("sozialamt")
    form = opened(clerk, url)
    form["title_de"] = ["Gefälscht"]
    form["edit_snapshot"] = ["eyJ0aXRsZV9kZSI6IngifQ:forged:signature"]

    response = clerk.post(url, form)

    assert response.status_code == 200
    assert "Während Sie bearbeitet haben" in errors(response)
    offer.refresh_from_db()
    assert offer.title_de == "Kinderturnen"


def test_a_new_offer_has_nothing_to_conflict_with(offer):
    clerk = logged_in("sozialamt")
    response = clerk.get(reverse("admin:offers_offer_add"))
    assert shown(response, "edit_snapshot") in (None, "")


def test_opening_hours_changed_meanwhile_are_a_conflict(offer):
    place = Place.objects.get(slug="halle")
    url = reverse("admin:offers_place_change", args=[place.pk])
    clerk, provider = logged_in("sozialamt"), logged_in("verein-a")
    clerks_form, providers_form = opened(clerk, url), opened(provider, url)
    clerks_form.update(hours_0_0_opens=["9"], hours_0_0_closes=["12"])
    clerks_form.update({f"hours_{day}_closed": ["1"] for day in range(1, 7)})
    assert clerk.post(url, clerks_form).status_code == 302

    providers_form.update(hours_0_0_opens=["10"], hours_0_0_closes=["11"])
    providers_form.update({f"hours_{day}_closed": ["1"] for day in range(1, 7)})
    response = provider.post(url, providers_form)

    assert response.status_code == 200
    assert "Öffnungszeiten: jetzt „Mo 9:00–12:00; Di–So geschlossen“" in errors(response)
    assert shown(response, "hours_0_0_opens") == "10"  # what the provider typed stays
    place.refresh_from_db()
    assert place.hours[0] == [["09:00", "12:00"]]
