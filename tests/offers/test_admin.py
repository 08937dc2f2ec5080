"""The admin as a Sozialamt clerk uses it: every page opens, schedules are one short row."""

import re
from datetime import date, time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from demo.loader import load_demo
from offers.models import Closure, Offer, ScheduleException, ScheduleRule
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_client(client):
    load_demo(today=date(2026, 11, 23))
    client.force_login(User.objects.get(username="sozialamt"))
    return client


MODELS = [
    "offer",
    "scheduleexception",
    "closure",
    "place",
    "district",
    "organisation",
    "targetgroup",
    "category",
    "city",
]


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_clerk_opens_changelist_and_change_form(clerk_client, model):
    changelist = clerk_client.get(reverse(f"admin:offers_{model}_changelist"))
    assert changelist.status_code == 200
    assert '<html lang="de"' in changelist.content.decode()
    first = BeautifulSoup(changelist.content, "html.parser").select_one("#result_list tbody a")
    assert clerk_client.get(first["href"]).status_code == 200


@pytest.mark.slow
def test_admin_is_german_whatever_the_browser_says(clerk_client):
    response = clerk_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="ru")
    assert "Angebote" in response.content.decode()
    assert '<html lang="de"' in response.content.decode()


@pytest.mark.slow
def test_changelist_filters_and_search(clerk_client):
    url = reverse("admin:offers_offer_changelist")
    response = clerk_client.get(url, {"q": "Hausaufgaben"})
    titles = {o.title for o in response.context["cl"].result_list}
    assert titles and all("Hausaufgaben" in t for t in titles)
    response = clerk_client.get(url, {"districts__id__exact": 1, "status__exact": "published"})
    assert response.status_code == 200


TRANSLATED = {"title", "summary", "description"}


def _offer_form_data(offer_fields, rules=(), exceptions=()):
    # Translated fields are edited per language; German is the required one.
    offer_fields = {f"{k}_de" if k in TRANSLATED else k: v for k, v in offer_fields.items()}
    data = {
        "rules-TOTAL_FORMS": str(len(rules)),
        "rules-INITIAL_FORMS": "0",
        "exceptions-TOTAL_FORMS": str(len(exceptions)),
        "exceptions-INITIAL_FORMS": "0",
        **offer_fields,
    }
    for index, rule in enumerate(rules):
        for key, value in rule.items():
            data[f"rules-{index}-{key}"] = value
    return data


def test_tuesday_and_thursday_school_year_rule_is_one_row(admin_client):
    district = make_district()
    place = make_place(district)
    organisation = make_organisation()
    data = _offer_form_data(
        {
            "title": "Hausaufgabenhilfe",
            "slug": "hausaufgabenhilfe",
            "summary": "Hilfe bei den Hausaufgaben.",
            "status": "published",
            "organisation": organisation.pk,
            "place": place.pk,
            "districts": [district.pk],
            "is_free": "True",
            "last_confirmed": "21.11.2026",
        },
        rules=[
            {
                "kind": "weekly",
                "weekdays": ["1", "3"],
                "interval_weeks": "1",
                "start_time": "15:00",
                "end_time": "17:00",
                "valid_from": "01.09.2026",
                "valid_until": "31.07.2027",
                "school_holidays": "pause",
            }
        ],
    )
    response = admin_client.post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 302, response.context["errors"]
    rule = ScheduleRule.objects.get(offer__slug="hausaufgabenhilfe")
    assert (rule.weekdays, rule.start_time, rule.end_time, rule.school_holidays) == (
        [1, 3],
        time(15),
        time(17),
        "pause",
    )
    assert (rule.valid_from, rule.valid_until) == (date(2026, 9, 1), date(2027, 7, 31))


@pytest.mark.parametrize(
    ("rule", "field", "message"),
    [
        ({"start_time": "17:00", "end_time": "15:00"}, "end_time", "nach dem Beginn"),
        ({"valid_from": "01.09.2026", "valid_until": "01.08.2026"}, "valid_until", "vor"),
        ({"weekdays": []}, "weekdays", "Wochentag"),
        ({"interval_weeks": "2"}, "valid_from", "ersten Termin"),
        ({"start_time": "kaffee"}, "start_time", "ist keine Uhrzeit. Bitte z. B. 9:30 oder 10-13"),
    ],
)
def test_rule_mistakes_are_form_errors(admin_client, rule, field, message):
    district = make_district()
    offer = make_offer(district, rules=[])
    base = {"kind": "weekly", "weekdays": ["1"], "interval_weeks": "1", "start_time": "15:00"}
    base.update({"school_holidays": "always"})
    data = _offer_form_data(
        {
            "title": offer.title,
            "slug": offer.slug,
            "summary": offer.summary,
            "status": "published",
            "organisation": offer.organisation_id,
            "place": offer.place_id,
            "districts": [district.pk],
            "is_free": "True",
            "last_confirmed": "21.11.2026",
        },
        rules=[{**base, **rule}],
    )
    response = admin_client.post(reverse("admin:offers_offer_change", args=[offer.pk]), data)
    assert response.status_code == 200
    [formset] = [
        f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "rules"
    ]
    errors = formset.formset.errors[0]
    assert message in " ".join(errors[field])
    assert not ScheduleRule.objects.filter(offer=offer).exists()


def test_persian_digits_accepted_in_time_and_date_fields(admin_client):
    district = make_district()
    offer = make_offer(district, rules=[{"weekdays": [1], "start_time": time(15)}])
    response = admin_client.post(
        reverse("admin:offers_scheduleexception_add"),
        {
            "offer": offer.pk,
            "date": "۲۴.۱۱.۲۰۲۶",
            "kind": "moved",
            "new_start_time": "۱۶:۳۰",
            "note_de": "später",
        },
    )
    assert response.status_code == 302
    exception = ScheduleException.objects.get(offer=offer)
    assert (exception.date, exception.new_start_time) == (date(2026, 11, 24), time(16, 30))


def test_cancellation_outside_schedule_is_form_error(admin_client):
    district = make_district()
    offer = make_offer(district, rules=[{"weekdays": [1], "start_time": time(15)}])
    response = admin_client.post(
        reverse("admin:offers_scheduleexception_add"),
        {"offer": offer.pk, "date": "25.11.2026", "kind": "cancelled", "note_de": "x"},
    )
    assert response.status_code == 200
    assert "findet das Angebot laut Terminregeln nicht statt" in response.content.decode()
    assert not ScheduleException.objects.exists()


def test_cancellation_in_two_clicks_from_offer_form(admin_client):
    district = make_district()
    offer = make_offer(district, rules=[{"weekdays": [0, 1, 2, 3, 4], "start_time": time(15)}])
    page = BeautifulSoup(
        admin_client.get(reverse("admin:offers_offer_change", args=[offer.pk])).content,
        "html.parser",
    )
    # Click 1: "Ausfall eintragen" beside an upcoming date opens a filled-in form.
    link = page.select_one(".upcoming a")["href"]
    form_page = admin_client.get(link)
    form = BeautifulSoup(form_page.content, "html.parser")
    offer_value = form.select_one("select[name=offer] option[selected]")["value"]
    date_value = form.select_one("input[name=date]")["value"]
    # Click 2: save.
    response = admin_client.post(
        link, {"offer": offer_value, "date": date_value, "kind": "cancelled", "note_de": ""}
    )
    assert response.status_code == 302
    assert ScheduleException.objects.get(offer=offer).kind == "cancelled"


def test_upcoming_dates_name_weekdays_in_german(admin_client):
    district = make_district()
    offer = make_offer(district, rules=[{"weekdays": [0], "start_time": time(15)}])
    page = BeautifulSoup(
        admin_client.get(reverse("admin:offers_offer_change", args=[offer.pk])).content,
        "html.parser",
    )
    dates = [item.get_text(" ", strip=True).split(" ")[:2] for item in page.select(".upcoming li")]
    assert len(dates) >= 4
    assert {weekday for weekday, _ in dates} == {"Mo"}
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", day) for _, day in dates)


def test_view_on_board_link_opens_offer_page(admin_client):
    district = make_district()
    offer = make_offer(district)
    page = BeautifulSoup(
        admin_client.get(reverse("admin:offers_offer_change", args=[offer.pk])).content,
        "html.parser",
    )
    link = page.select_one("a.viewsitelink")["href"]
    response = admin_client.get(link, follow=True)
    assert response.redirect_chain[-1][0].endswith(f"/de/{district.slug}/offers/{offer.slug}/")
    assert response.status_code == 200


def test_offer_without_place_or_link_is_form_error(admin_client):
    organisation = make_organisation()
    district = make_district()
    data = _offer_form_data(
        {
            "title": "Irgendwo",
            "slug": "irgendwo",
            "summary": "x",
            "status": "published",
            "organisation": organisation.pk,
            "districts": [district.pk],
            "is_free": "True",
            "last_confirmed": "21.11.2026",
        }
    )
    response = admin_client.post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["place"] == ["Bitte einen Ort angeben (oder „online“ wählen)."]
    assert not Offer.objects.filter(slug="irgendwo").exists()


def test_100_kb_description_is_a_form_error(admin_client):
    district = make_district()
    place = make_place(district)
    data = _offer_form_data(
        {
            "title": "Lang",
            "slug": "lang",
            "summary": "x",
            "description": "Wort " * 20_000,
            "status": "published",
            "organisation": make_organisation().pk,
            "place": place.pk,
            "districts": [district.pk],
            "is_free": "True",
            "last_confirmed": "21.11.2026",
        }
    )
    response = admin_client.post(reverse("admin:offers_offer_add"), data)
    assert response.status_code == 200
    assert "höchstens 10000 Zeichen" in response.content.decode()
    assert not Offer.objects.filter(slug="lang").exists()


def _rows(count):
    """`count` places, each with an offer, a cancellation and a closure."""
    district = make_district()
    organisation = make_organisation()
    for _ in range(count):
        place = make_place(district, organisation=organisation)
        offer = make_offer(district, place=place, rules=[{"weekdays": [0], "start_time": time(9)}])
        ScheduleException.objects.create(offer=offer, date=date(2026, 11, 23))
        Closure.objects.create(
            place=place, start_date=date(2026, 12, 1), end_date=date(2026, 12, 2), reason="x"
        )


CHANGELIST_QUERIES = {"offer": 12, "place": 9, "scheduleexception": 11, "closure": 9}


@pytest.mark.parametrize("model", sorted(CHANGELIST_QUERIES))
def test_changelist_query_count_pinned_at_two_sizes(admin_client, model):
    url = reverse(f"admin:offers_{model}_changelist")
    admin_client.get(url)  # warm per-process caches (content types, permissions)
    counts = []
    for size in (3, 27):  # 3 rows, then 30
        _rows(size)
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(url).status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts == [CHANGELIST_QUERIES[model]] * 2
