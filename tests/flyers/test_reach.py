"""The reach page (/admin/cockpit/reach/): hand-counted numbers, period validation, the XLSX
export, clerks only, and a query count that does not grow with the data."""

import io
from datetime import date, timedelta

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from demo.scans import load_demo_scans
from flyers import reach, reach_chart
from flyers.enums import Medium
from flyers.models import ScanDay, ShortLink
from offers.permissions import CLERK_GROUP
from tests.factories import make_district

pytestmark = pytest.mark.django_db

UNTIL = "2026-11-18"  # a Wednesday: the last week shown starts Monday 16 November
PERIOD = {"weeks": "4", "until": UNTIL}
MONDAYS = [date(2026, 10, 26), date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]


@pytest.fixture
def scans():
    """Three links in two districts; 22 scans inside the four weeks, 150 just outside."""
    welheim = make_district(name="Welheim", position=0)
    eigen = make_district(name="Eigen", position=1)
    flyer = ShortLink.objects.create(code="w-de-f", district=welheim, language="de", medium="flyer")
    sticker = ShortLink.objects.create(
        code="w-ar-s", district=welheim, language="ar", medium="sticker"
    )
    plan = ShortLink.objects.create(code="e-de-p", district=eigen, language="de", medium="plan")
    for link, day, count in [
        (flyer, "2026-10-25", 50),  # Sunday before the first week: outside
        (flyer, "2026-11-09", 3),
        (flyer, "2026-11-15", 2),  # Sunday: still the week of 9 November
        (flyer, "2026-11-16", 5),
        (sticker, "2026-11-10", 4),
        (plan, "2026-11-16", 7),
        (plan, "2026-11-22", 1),  # Sunday: the last week shown
        (flyer, "2026-11-23", 100),  # the week after: outside
    ]:
        ScanDay.objects.create(link=link, day=date.fromisoformat(day), count=count)


def _user(username, clerk):
    user = User.objects.create_user(username, password="x", is_staff=True)  # noqa: S106
    if clerk:
        user.groups.add(Group.objects.get_or_create(name=CLERK_GROUP)[0])
    return user


@pytest.fixture
def clerk_client(client):
    client.force_login(_user("clerk", clerk=True))
    return client


def _column(breakdown, label):
    index = breakdown.labels.index(label)
    return [row[index] for row in breakdown.counts]


def test_weekly_reach_equals_hand_count(scans):
    data = reach.weekly_reach(date(2026, 11, 16), 4)
    district, language, medium = data.breakdowns
    assert data.weeks == MONDAYS
    assert district.labels == ["Welheim", "Eigen"]
    assert district.counts == [[0, 0], [0, 0], [9, 0], [5, 8]]
    assert _column(language, "Deutsch") == [0, 0, 5, 13]
    assert _column(language, "العربية") == [0, 0, 4, 0]
    assert sum(language.totals) == 22
    assert medium.labels == ["Flyer", "Aufkleber", "Wochenplan-Aushang", "Infoscreen"]
    assert medium.counts == [[0, 0, 0, 0], [0, 0, 0, 0], [5, 4, 0, 0], [5, 0, 8, 0]]
    assert data.total == 22


def test_one_district_alone(scans):
    welheim = ShortLink.objects.get(code="w-de-f").district
    data = reach.weekly_reach(date(2026, 11, 16), 4, district=welheim)
    district, language, medium = data.breakdowns
    assert district.labels == ["Welheim"]
    assert district.counts == [[0], [0], [9], [5]]
    assert medium.counts == [[0, 0, 0, 0], [0, 0, 0, 0], [5, 4, 0, 0], [5, 0, 0, 0]]
    assert data.total == 14


def test_page_table_shows_hand_counted_numbers(clerk_client, scans):
    response = clerk_client.get(reverse("cockpit-reach"), PERIOD)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    table = page.select_one("#reach-district-caption").find_parent("table")
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.select("tr")
    ]
    assert rows[0] == ["Woche", "Welheim", "Eigen", "Summe"]
    assert rows[3] == ["KW 46 (09.11.)", "9", "0", "9"]
    assert rows[4] == ["KW 47 (16.11.)", "5", "8", "13"]
    assert rows[-1] == ["Summe", "14", "8", "22"]
    assert len(page.select("svg[role=img]")) == 3


@pytest.mark.parametrize(
    "query",
    [
        {"weeks": "5"},
        {"weeks": "zwölf"},
        {"weeks": "-4"},
        {"until": "2099-01-01"},
        {"until": "1999-12-31"},
        {"until": "gestern"},
        {"until": "2026-02-30"},
        {"district": "99999"},
        {"district": "welheim"},
    ],
)
def test_bad_period_is_a_form_error_with_400(clerk_client, query):
    for name in ("cockpit-reach", "cockpit-reach-xlsx"):
        response = clerk_client.get(reverse(name), query)
        assert response.status_code == 400
        assert "Bitte den Zeitraum korrigieren" in response.content.decode()


def test_default_period_is_twelve_weeks_up_to_this_week(clerk_client):
    response = clerk_client.get(reverse("cockpit-reach"))
    data = response.context["reach"]
    assert len(data.weeks) == 12
    assert data.weeks[-1] <= date.today() < data.weeks[-1] + timedelta(days=7)


def test_xlsx_has_the_same_numbers(clerk_client, scans):
    response = clerk_client.get(reverse("cockpit-reach-xlsx"), PERIOD)
    assert response.status_code == 200
    assert "reichweite-2026-10-26-bis-2026-11-16.xlsx" in response["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Stadtteil", "Sprache", "Medium"]
    rows = [list(row) for row in book["Stadtteil"].iter_rows(values_only=True)]
    assert rows[0] == ["Woche", "Montag", "Welheim", "Eigen", "Summe"]
    assert rows[3][0] == "2026-W46"
    assert rows[3][1].date() == date(2026, 11, 9)
    assert rows[3][2:] == [9, 0, 9]
    assert rows[4][2:] == [5, 8, 13]
    assert rows[-1] == ["Summe", None, 14, 8, 22]
    medium = [list(row) for row in book["Medium"].iter_rows(values_only=True)]
    assert medium[-1] == ["Summe", None, 10, 4, 8, 0, 22]


def test_provider_gets_403_and_anonymous_the_login(client, scans):
    client.force_login(_user("traeger", clerk=False))
    for name in ("cockpit-reach", "cockpit-reach-xlsx"):
        assert client.get(reverse(name), PERIOD).status_code == 403
    client.logout()
    response = client.get(reverse("cockpit-reach"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def _more_scans(districts):
    for _ in range(districts):
        district = make_district()
        for medium in Medium:
            link = ShortLink.objects.create(
                code=f"{district.code}-{medium}", district=district, language="fa", medium=medium
            )
            ScanDay.objects.bulk_create(
                ScanDay(link=link, day=date(2026, 10, 26) + timedelta(days=d), count=d + 1)
                for d in range(28)
            )


# The page's own: scans, district names, the district choice; the rest is the admin's.
REACH_QUERIES = 9


def test_query_count_pinned_at_two_sizes(clerk_client):
    url = reverse("cockpit-reach")
    clerk_client.get(url, PERIOD)  # warm per-process caches (content types, permissions)
    counts = []
    for districts in (1, 10):
        _more_scans(districts)
        with CaptureQueriesContext(connection) as queries:
            assert clerk_client.get(url, PERIOD).status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts == [REACH_QUERIES] * 2, [q["sql"] for q in queries.captured_queries]


def test_demo_scans_leave_ukrainian_stickers_out(scans):
    make_district(name="Batenbrock", position=2)
    assert load_demo_scans(date(2026, 11, 30)) == 0  # scans exist: nothing added
    ScanDay.objects.all().delete()
    assert load_demo_scans(date(2026, 11, 30)) > 0
    assert ScanDay.objects.filter(link__medium="flyer", link__language="de").exists()
    assert not ScanDay.objects.filter(link__medium="sticker", link__language="uk").exists()


@pytest.mark.parametrize(("top", "step"), [(0, 1), (5, 1), (6, 2), (22, 5), (1286, 500)])
def test_gridline_step_is_round(top, step):
    assert reach_chart.nice_step(top) == step


def test_chart_bars_stack_to_the_week_total(scans):
    data = reach.weekly_reach(date(2026, 11, 16), 4)
    chart = reach_chart.chart(data.breakdowns[2])
    last = chart["bars"][-1]
    assert [s["count"] for s in last["segments"]] == [5, 8]  # flyer below, plan above
    assert last["total"] == 13
    assert sum(s["h"] for s in last["segments"]) == pytest.approx(
        chart["axis_y"] - last["segments"][-1]["y"]
    )
    assert len({style.id for style in chart["styles"]}) == 4
    assert [bar["show_label"] for bar in chart["bars"]] == [True] * 4
