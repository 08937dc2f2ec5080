"""Admin requests and form posts as a careless or curious clerk and provider send them:
never a 5xx, and never another provider's data."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile

from offers.models import Offer
from tests.offers import test_permissions as permissions_tests
from tests.offers.test_permissions import login

pytestmark = pytest.mark.django_db
# The fixtures: two providers with an object of each kind, made once for this module too.
made_world, world = permissions_tests.made_world, permissions_tests.world

CLERK, PROVIDER = "sozialamt", "verein-a"
BOTH = [CLERK, PROVIDER]


def offer_post(at, **changes):
    """A new offer's form data by `verein-a`, with `changes` applied."""
    data = {
        "title_de": "Neu",
        "slug": "neu",
        "summary_de": "x",
        "status": "published",
        "organisation": at.organisation_id,
        "place": at.pk,
        "districts": [at.district_id],
        "is_free": "True",
        "last_confirmed": "21.11.2026",
        "rules-TOTAL_FORMS": "1",
        "rules-INITIAL_FORMS": "0",
        "rules-0-kind": "weekly",
        "rules-0-weekdays": ["1"],
        "rules-0-interval_weeks": "1",
        "rules-0-start_time": "15:00",
        "rules-0-school_holidays": "always",
        "exceptions-TOTAL_FORMS": "0",
        "exceptions-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


# (id, method, path with {own} and {other} offer ids, POST data maker or None, expected)
# `expected` is one status, or {user: status}.
GETS = [
    ("index", "/admin/", 200),
    ("search markup", "/admin/offers/offer/?q=%3Cscript%3Ealert(1)%3C/script%3E", 200),
    ("search NUL", "/admin/offers/offer/?q=a%00b", 200),
    ("search huge", "/admin/offers/offer/?q=" + "x" * 5000, 200),
    ("bad ordering", "/admin/offers/offer/?o=abc.-9.99", 200),
    ("bad filter value", "/admin/offers/offer/?status=foo", 200),
    ("bad filter id", "/admin/offers/offer/?districts__id__exact=abc", 302),
    ("unknown filter", "/admin/offers/offer/?nonsense=1", 302),
    ("bad page", "/admin/offers/offer/?p=abc", 200),
    ("custom filters junk", "/admin/offers/offer/?fresh=x&missing=%FF", 200),
    ("change non-id", "/admin/offers/offer/abc/change/", 404),
    ("change missing", "/admin/offers/offer/999999/change/", 404),
    ("change other", "/admin/offers/offer/{other}/change/", {CLERK: 200, PROVIDER: 404}),
    ("history version text", "/admin/offers/offer/{own}/history/abc/", 404),
    ("history version missing", "/admin/offers/offer/{own}/history/999999/", 404),
    ("prefill offer", "/admin/offers/offer/add/?organisation=abc&place=-1", 200),
    ("prefill exception", "/admin/offers/scheduleexception/add/?offer=abc&date=99.99.9999", 200),
    ("prefill closure", "/admin/offers/closure/add/?place=%00&start_date=1.1.0", 200),
    ("preview bad language", "/admin/offers/offer/{own}/vorschau/?lang=..%2F..", 200),
    ("preview non-id", "/admin/offers/offer/abc/vorschau/", 404),
    ("preview other", "/admin/offers/offer/{other}/vorschau/", {CLERK: 200, PROVIDER: 404}),
    ("confirm by GET", "/admin/offers/offer/{own}/confirm/", 403),
    ("review by GET", "/admin/offers/offer/{own}/review/", 403),
    ("detach by GET", "/admin/offers/offer/{own}/detach/", 403),
    ("detach non-id", "/admin/offers/offer/abc/detach/", 404),
    ("detach other", "/admin/offers/offer/{other}/detach/", {CLERK: 403, PROVIDER: 404}),
    ("calendar list junk", "/admin/offers/calendarfeed/?q=%00&o=9", 200),
    ("calendar non-id", "/admin/offers/calendarfeed/abc/change/", 404),
    ("calendar prefill", "/admin/offers/calendarfeed/add/?organisation=abc&place=-1", 200),
    ("autocomplete junk", "/admin/autocomplete/?app_label=offers&model_name=x&field_name=y", 403),
    (
        "autocomplete place",
        "/admin/autocomplete/?app_label=offers&model_name=offer&field_name=place&term=%00",
        200,
    ),
    ("view on site own", "/admin/r/{ct}/{own}/", 302),
    ("view on site other", "/admin/r/{ct}/{other}/", {CLERK: 302, PROVIDER: 404}),
    ("view on site non-id", "/admin/r/{ct}/abc/", 404),
    ("view on site bad type", "/admin/r/999999/{own}/", 404),
    ("view on site user", "/admin/r/{user_ct}/1/", 404),
    ("import page", "/admin/offers/offer/import/", 200),
    ("export page", "/admin/offers/offer/export/", 200),
    ("import template", "/admin/offers/offer/import-vorlage/", 200),
    ("user admin", "/admin/auth/user/", {CLERK: 403, PROVIDER: 403}),
    ("district non-id", "/admin/offers/district/abc/change/", {CLERK: 302, PROVIDER: 403}),
    ("category missing", "/admin/offers/category/999999/change/", {CLERK: 302, PROVIDER: 403}),
    ("legal page non-id", "/admin/boards/legalpage/%00/change/", {CLERK: 302, PROVIDER: 403}),
    ("short link junk", "/admin/flyers/shortlink/?q=%00&o=9", {CLERK: 200, PROVIDER: 403}),
    # 404 in the admin, then LocaleMiddleware tries /de/admin/offers/nothing/ (a board URL).
    ("unknown admin", "/admin/offers/nothing/", 302),
]

POSTS = [
    ("title too long", "offer/add/", {"title_de": "x" * 300}, 200),
    ("title markup", "offer/add/", {"title_de": "<b>Neu</b>{{ 1 }}"}, 302),
    ("persian digits", "offer/add/", {"rules-0-start_time": "۱۵:۳۰"}, 302),
    ("impossible time", "offer/add/", {"rules-0-start_time": "25:99"}, 200),
    ("negative age", "offer/add/", {"min_age": "-1"}, 200),
    ("age text", "offer/add/", {"min_age": "abc", "max_age": "9" * 30}, 200),
    ("district text", "offer/add/", {"districts": ["abc"]}, 200),
    ("weekday junk", "offer/add/", {"rules-0-weekdays": ["9", "x"]}, 200),
    ("management form junk", "offer/add/", {"rules-TOTAL_FORMS": "abc"}, 200),
    ("management form huge", "offer/add/", {"rules-TOTAL_FORMS": "100000"}, 200),
    ("not free no cost", "offer/add/", {"is_free": "False"}, 200),
    ("no cost choice", "offer/add/", {"is_free": None}, 200),
    ("cost choice junk", "offer/add/", {"is_free": "on"}, 200),
    ("online link junk", "offer/add/", {"place": None, "online_url": "javascript:alert(1)"}, 200),
    ("slug junk", "offer/add/", {"slug": "ä ö/../"}, 200),
    ("e-mail junk", "offer/add/", {"contact_email": "a@" + "b" * 300}, 200),
    ("NUL in title", "offer/add/", {"title_de": "a\x00b"}, 200),
    ("organisation text", "offer/add/", {"organisation": "abc", "place": "-1"}, 200),
    ("organisation huge", "offer/add/", {"organisation": "9" * 30, "place": "9" * 30}, 200),
]


def _url(path, world):
    return path.format(
        own=world["verein-a"]["offer"].pk,
        other=world["verein-b"]["offer"].pk,
        ct=ContentType.objects.get_for_model(Offer).pk,
        user_ct=ContentType.objects.get(app_label="auth", model="user").pk,
    )


@pytest.mark.parametrize("username", BOTH)
@pytest.mark.parametrize(("name", "path", "expected"), GETS, ids=[g[0] for g in GETS])
def test_admin_get(client, world, username, name, path, expected):
    response = login(client, username).get(_url(path, world))
    want = expected[username] if isinstance(expected, dict) else expected
    assert response.status_code == want, response.content[:300]


@pytest.mark.slow
@pytest.mark.parametrize("username", BOTH)
@pytest.mark.parametrize(("name", "path", "changes", "expected"), POSTS, ids=[p[0] for p in POSTS])
def test_admin_post(client, world, username, name, path, changes, expected):
    place = world["verein-a"]["place"]
    response = login(client, username).post("/admin/offers/" + path, offer_post(place, **changes))
    assert response.status_code == expected, response.content[:300]


@pytest.mark.parametrize("username", BOTH)
def test_admin_writes_to_other_providers_objects(client, world, username):
    other = world["verein-b"]["offer"]
    login(client, username)
    expected = 302 if username == CLERK else 404
    assert client.post(f"/admin/offers/offer/{other.pk}/confirm/").status_code == expected
    review = client.post(f"/admin/offers/offer/{other.pk}/review/", {"decision": "approve"})
    assert review.status_code == (302 if username == CLERK else 404)
    delete = client.post(f"/admin/offers/offer/{other.pk}/delete/", {"post": "yes"})
    assert delete.status_code == (302 if username == CLERK else 404)


def test_provider_cannot_approve_own_offer_by_review_post(client, world):
    own = world["verein-a"]["offer"]
    response = login(client, PROVIDER).post(
        f"/admin/offers/offer/{own.pk}/review/", {"decision": "approve"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("username", BOTH)
def test_changelist_action_with_junk_selection(client, world, username):
    response = login(client, username).post(
        "/admin/offers/offer/",
        {"action": "approve", "_selected_action": ["abc", "-1"], "index": "0"},
    )
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("username", BOTH)
def test_broken_import_file(client, world, username):
    response = login(client, username).post(
        "/admin/offers/offer/import/",
        {
            "resource": "0",
            "format": "0",
            "import_file": SimpleUploadedFile("a.csv", b"\xff\xfe\x00" * 100),
        },
    )
    assert response.status_code == 200


@pytest.mark.parametrize("username", BOTH)
def test_exception_and_closure_posts(client, world, username):
    login(client, username)
    own = world["verein-a"]["offer"]
    for data, expected in [
        ({"offer": own.pk, "date": "99.99.9999", "kind": "cancelled"}, 200),
        ({"offer": "abc", "date": "24.11.2026", "kind": "cancelled"}, 200),
        ({"offer": own.pk, "date": "۲۴.۱۱.۲۰۲۶", "kind": "cancelled", "note_de": "x" * 5000}, 200),
        ({"offer": own.pk, "date": "24.11.2026", "kind": "nonsense"}, 200),
    ]:
        response = client.post("/admin/offers/scheduleexception/add/", data)
        assert response.status_code == expected, data
    place = world["verein-a"]["place"]
    closure = client.post(
        "/admin/offers/closure/add/",
        {"place": place.pk, "start_date": "02.12.2026", "end_date": "01.12.2026", "reason": "x"},
    )
    assert closure.status_code == 200
