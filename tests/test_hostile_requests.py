"""What the internet sends: odd methods, headers, encodings, weeks and parameters on every
public URL (docs/architecture.md lists them). Never a 5xx, always the status a
careful server gives."""

from datetime import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from boards.models import LegalPage
from flyers import shortlinks
from tests.factories import make_district, make_offer, make_organisation, make_place

pytestmark = [pytest.mark.pdf, pytest.mark.slow]

CODE = "w-de-f"  # the flyer's short link of `welheim` in German

PAGES = [
    "/de/",
    "/de/welheim/",
    "/de/welheim/offers/turnen/",
    "/de/welheim/places/haus/",
    "/de/welheim/print/",
    "/de/welheim/screen/",
    "/de/info/impressum/",
    "/fa/welheim/embed/",
]
FEEDS = [
    "/de/welheim/calendar.ics",
    "/de/welheim/offers/turnen/calendar.ics",
    "/ar/welheim/feed.atom",
]
PRODUCTS = [
    "/de/welheim/flyer.pdf",
    "/de/welheim/sticker.pdf",
    "/de/welheim/plan.pdf",
    "/de/welheim/plan.png",
    "/de/welheim/qr-flyer.svg",
    "/de/welheim/qr-plan.png",
    "/de/welheim/preview.png",
]
OPEN_DATA = [
    "/api/hsds/services",
    "/data/offers.csv",
    "/api/hsds/",
    "/api/hsds/openapi.json",
    "/api/hsds/organizations",
    "/api/hsds/locations",
    "/data/",
    "/data/offers.json",
    "/data/dcat.jsonld",
]
EVERY_URL = ["/", *PAGES, *FEEDS, *PRODUCTS, f"/q/{CODE}", "/healthz"]
# Views that only read (require_safe) answer other methods with 405 …
READ_ONLY = [*PRODUCTS[:-3], *PRODUCTS[-3:], f"/q/{CODE}"]


def case(method, path, expected, **extra):
    return pytest.param(method, path, extra, expected, id=f"{method} {path[:60]} {extra}"[:120])


CASES = [
    # Every URL as it should be, and as a HEAD request.
    *[case("get", url, 302 if url in ("/", f"/q/{CODE}") else 200) for url in EVERY_URL],
    *[case("head", url, 302 if url in ("/", f"/q/{CODE}") else 200) for url in EVERY_URL[:12]],
    # Writing methods without a CSRF token: our 403 page.
    *[
        case(method, url, 403)
        for method in ("post", "put", "delete", "patch")
        for url in ["/de/welheim/", "/de/welheim/plan.pdf", f"/q/{CODE}", "/de/welheim/print/"]
    ],
    *[case("post", url, 403) for url in [*PAGES[:3], *FEEDS, "/"]],
    # … and OPTIONS, which needs no token: 405 where only reading makes sense.
    *[case("options", url, 405) for url in READ_ONLY],
    case("options", "/de/welheim/", 200),
    # Weeks.
    *[
        case("get", f"/de/welheim/?week={week}", expected)
        for week, expected in [
            ("abc", 400),
            ("2026-W99", 400),
            ("2026-W00", 400),
            ("0000-W01", 400),
            ("0001-W01", 404),
            ("9999-W52", 404),
            ("2026-W48", 200),
            ("2026-W4%EF%BC%98", 400),  # a full-width digit
            ("%DB%B2%DB%B0%DB%B2%DB%B6-W%DB%B4%DB%B8", 400),  # Persian digits
            ("%00", 400),
            ("2026-W48%00", 400),
            ("2026-W48&week=2026-W49", 200),
            ("-1", 400),
            ("2026-W48" + "9" * 5000, 400),
            ("2026%2DW48", 200),
            ("%E0%A4%A", 400),  # a broken percent-encoding
        ]
    ],
    *[
        case("get", f"/de/welheim/plan.pdf?{query}", expected)
        for query, expected in [
            ("week=abc", 400),
            ("week=9999-W52", 404),  # only the weeks the board shows
            ("week=0001-W01", 404),
            ("week=2026-W99", 400),
            ("week=%00", 400),
            ("size=a9", 400),
            ("size=" + "x" * 5000, 400),
            ("size=%3Cscript%3E", 400),
        ]
    ],
    case("get", "/de/welheim/plan.png?week=9999-W52", 404),
    case("get", "/de/welheim/flyer.pdf?layout=poster", 400),
    case("get", "/de/welheim/flyer.pdf?layout=%FF", 400),
    # Filters.
    *[
        case("get", f"/de/welheim/?{query}", expected)
        for query, expected in [
            ("group=nobody", 400),
            ("group=../../etc/passwd", 400),
            ("category=%3Cscript%3Ealert(1)%3C/script%3E", 400),
            ("group=%FF%FE", 400),
            ("group=kinder", 200),
            ("group=", 200),
            ("category=" + "a" * 10_000, 400),
            ("group[]=kinder", 200),
            ("utm_source=x&fbclid=y", 200),
            ("=&&&=%", 200),
            ("%", 200),
            ("a=%ZZ", 200),
            ("week=2026-W48&group=kinder&category=nothing", 400),
        ]
    ],
    *[
        case("get", f"/de/welheim/screen/?rotate={rotate}", expected)
        for rotate, expected in [
            ("de,fa", 200),
            ("de,de,de,de,de", 400),
            ("de,ru,ar,fa,tr,uk,de", 400),
            ("de,ru,de", 400),
            ("xx", 400),
            ("de,,fa", 200),
            ("%00", 400),
            ("," * 3000, 200),
        ]
    ],
    *[
        case("get", f"/de/welheim/embed/?{query}", expected)
        for query, expected in [
            ("organisation=turnverein", 200),
            ("organisation=niemand", 404),
            ("organisation=%3Cscript%3E", 400),
            ("organisation=" + "a" * 5000, 400),
            ("organisation=%00", 400),
            ("organisation=%DB%B2", 400),  # a Persian digit is no slug
            ("organisation[]=x&week=abc", 200),  # the embed has no other parameter
        ]
    ],
    # Paths that name nothing.
    *[
        case("get", path, expected)
        for path, expected in [
            ("/de/nirgendwo/", 404),
            ("/xx/welheim/", 404),
            ("/de/welheim/offers/nichts/", 404),
            ("/de/welheim/places/nichts/", 404),
            ("/de/welheim/offers/nichts/calendar.ics", 404),
            ("/de/nirgendwo/calendar.ics", 404),
            ("/de/nirgendwo/plan.pdf", 404),
            ("/de/nirgendwo/qr-flyer.svg", 404),
            ("/de/nirgendwo/preview.png", 404),
            ("/de/nirgendwo/screen/", 404),
            ("/de/nirgendwo/embed/", 404),
            ("/de/nirgendwo/feed.atom", 404),
            ("/de/nirgendwo/print/", 404),
            ("/de/welheim/poster.pdf", 404),
            ("/de/welheim/qr-screen.svg", 404),
            ("/de/welheim/qr-flyer.gif", 404),
            ("/de/info/geheim/", 404),
            ("/q/nichts", 404),
            ("/q/" + "a" * 2000, 404),
            ("/q/%00", 404),
            ("/q/%FF", 404),
            ("/de/%ZZ/", 404),
            ("/de/welheim/offers/%00/", 404),
            ("/de/welheim/offers/a%2Fb/", 404),
            ("/de/welheim/offers/" + "x" * 5000 + "/", 404),
            ("/de/%D9%88%D9%84%D9%87%D8%A7%DB%8C%D9%85/", 404),
            ("/de/welheim/offers/turnen/%3Cscript%3E/", 404),
            ("/de/welheim/../../etc/passwd", 404),
            ("/de//welheim/", 404),
            ("/DE/welheim/", 404),
            ("/de/welheim", 301),
            ("/fa/welheim/offers/turnen", 301),
            ("/static/../quartier/settings.py", 404),
            ("/favicon.ico", 404),
            ("/.env", 404),
            ("/wp-login.php", 404),
            ("/de/welheim/offers/turnen/calendar.ics/", 404),
        ]
    ],
    # Open data (docs/open-data.md): read-only, JSON errors from the API.
    *[case("get", url, 200) for url in OPEN_DATA],
    *[case("head", url, 200) for url in OPEN_DATA],
    *[
        case(method, url, 405)
        for method in ("post", "put", "delete", "patch", "options")
        for url in OPEN_DATA
    ],
    *[
        case("get", f"/api/hsds/{path}", expected)
        for path, expected in [
            ("services?page=abc", 400),
            ("services?page=0", 400),
            ("services?per_page=100000", 400),
            ("services?per_page=%00", 400),
            ("services?page=" + "9" * 400, 404),
            ("services?full=%3Cscript%3E", 400),
            ("services?search=x", 400),
            ("services?utm_source=x&%FF=%FE", 200),
            ("services/abc", 404),
            ("services/%00", 404),
            ("services/00000000-0000-0000-0000-000000000000", 404),
            ("services/" + "f" * 5000, 404),
            ("organizations/%D9%88", 404),
            ("locations/a%2Fb", 404),
            ("taxonomies", 404),
        ]
    ],
    case("get", "/api/hsds", 301),
    case("get", "/data", 301),
    case("get", "/data/offers.xlsx", 404),
    case("get", "/data/offers.csv?x=%00", 200),
    *[case("get", url, 400, HTTP_HOST="evil.example") for url in OPEN_DATA[:2]],
    # Every resident language, with junk parameters.
    *[
        case("get", f"/{lang}/welheim/{path}?utm_source=%00&x=%3Cb%3E", 200)
        for lang, _ in settings.LANGUAGES
        for path in ("", "offers/turnen/", "places/haus/", "calendar.ics")
    ],
    case("get", f"/q/{CODE}?utm_source=flyer", 302),
    case("get", "/healthz?x=1", 200),
    # Headers.
    *[
        case("get", "/", 302, HTTP_ACCEPT_LANGUAGE=value)
        for value in [
            "fa",
            "ar-SY,ar;q=0.9",
            "zz-ZZ",
            "*",
            "de;q=abc",
            ";;;,,,=",
            "x" * 10_000,
            "ru;q=0.5," * 500,
            "\x00",
            "tr",
        ]
    ],
    *[
        case("get", url, 200, **headers)
        for url in ("/de/welheim/", "/de/welheim/offers/turnen/", "/de/welheim/flyer.pdf")
        for headers in [
            {"HTTP_IF_NONE_MATCH": '"' + "x" * 8000 + '"'},
            {"HTTP_IF_MODIFIED_SINCE": "gestern"},
            {"HTTP_RANGE": "bytes=99999999-0"},
            {"HTTP_USER_AGENT": "A" * 20_000},
            {"HTTP_COOKIE": "sessionid=%00; csrftoken=" + "x" * 4000},
            {"HTTP_X_FORWARDED_FOR": "not-an-ip, 999.1.1.1"},
            {"HTTP_ACCEPT": "application/json"},
            {"HTTP_ACCEPT_ENCODING": "gzip;q=abc, br, zstd, *"},
        ]
    ],
    *[
        case("get", url, 400, HTTP_HOST=host)
        for url in ("/de/welheim/", "/q/" + CODE)
        for host in ["evil.example", "127.0.0.1.evil.example", "a" * 300, "[::1"]
    ],
    # The accessibility feedback form (no CSRF token: it sets no cookie).
    *[
        case("post", "/de/info/barrierefreiheit/", expected, data=data)
        for data, expected in [
            ({"message": "Der Kontrast ist zu schwach."}, 302),
            ({"message": ""}, 200),
            ({"message": "x" * 100_000}, 200),
            ({"message": "a\x00b"}, 200),
            ({"message": "Text \u202emit\u2066 Steuerzeichen"}, 302),
            ({"message": "<script>alert(1)</script>", "email": "kein-mail"}, 200),
            ({"message": "ok", "website": "spam"}, 302),
            ({"message": ["a", "b"]}, 302),
            ({}, 200),
        ]
    ],
    case("put", "/de/info/barrierefreiheit/", 200),
    case("delete", "/de/info/impressum/", 200),
    # A reminder mail's confirm link (boards/confirm.py), altered: 400, never a 500.
    *[
        case("get", f"/bestaetigen/{token}/", 400)
        for token in [
            "x",
            "a" * 5000,
            "%00",
            "%C3%28",
            "ä:ö:ü",
            "eyJvZmZlciI6MSwiZG8iOiJjb25maXJtIn0:1xXvyT:falsch",
            "eyJvZmZlciI6IngifQ:1xXvyT:falsch",
            "..:..:..",
            "%2e%2e",
        ]
    ],
    case("post", "/bestaetigen/kaputt/", 403),  # no CSRF token
    case("put", "/bestaetigen/kaputt/", 403),
    case("options", "/bestaetigen/kaputt/", 405),
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """One district with a place, an offer with hostile texts, legal pages and a short link;
    made once for the module and removed afterwards."""
    with django_db_blocker.unblock():
        district = make_district(slug="welheim", code="w", name="Welheim")
        club = make_organisation(slug="turnverein", name="Turnverein")
        place = make_place(district, slug="haus", name="Haus " + "Lang" * 15, organisation=club)
        make_offer(
            district,
            place=place,
            slug="turnen",
            title="<script>alert(1)</script> " + "Donaudampfschifffahrt" * 3,
            description="<b>fett</b> {{ settings.SECRET_KEY }} {% debug %}",
            rules=[{"weekdays": [0, 2], "start_time": time(15), "end_time": time(17)}],
        )
        for kind in LegalPage.Kind.values:
            LegalPage.objects.create(slug=kind, title=kind, body="Text")
        shortlinks.link_for(district, "de", "flyer")
        from offers.models import TargetGroup

        TargetGroup.objects.create(name="Kinder", slug="kinder")
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def client():
    """A client that checks CSRF tokens, as a real server does."""
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize(("method", "path", "extra", "expected"), CASES)
def test_hostile_public_request(client, world, db, method, path, extra, expected):
    extra = dict(extra)
    data = extra.pop("data", None)
    response = getattr(client, method)(path, data, **extra) if data else None
    if response is None:
        response = getattr(client, method)(path, **extra)
    assert response.status_code == expected, response.content[:300]


def test_there_are_at_least_150_cases():
    assert len(CASES) >= 150
