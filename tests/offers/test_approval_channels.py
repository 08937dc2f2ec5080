"""No public channel shows a provider's unapproved change, whatever path wrote it.

Every public URL the project serves (found in the URL configuration, not listed by hand) is
fetched in every language before and after a provider's change through each write path: the
change form, the rules inline, bulk actions, the import, a history revert, a place's and the
provider's own profile. Text (HTML, iCalendar, PDF text) must not contain the waiting change
and must still contain what was approved; images must be byte-identical to before.
"""

import re
from datetime import time

import pypdfium2
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from boards.models import LegalPage
from flyers.enums import Medium
from flyers.renderers import PRODUCTS
from offers import calendar_sync, reminders
from offers.admin.hours import grid_data
from offers.enums import OfferStatus
from offers.models import CalendarFeed, Offer, Organisation, Place
from opendata import hsds
from tests.admin_forms import form_data
from tests.factories import (
    make_accounts,
    make_category,
    make_district,
    make_group,
    make_offer,
    make_organisation,
    make_place,
    shows_time,
    unclocked_time,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

WAITING = "WARTET"  # in every field a provider changes; residents must never read it
WAITING_MOMENT = unclocked_time()  # no clock on a page shows it while the tests run
WAITING_TIME = f"{WAITING_MOMENT:%H:%M}"
WAITING_SHORT = f"{WAITING_MOMENT.hour}:{WAITING_MOMENT.minute:02d}"
APPROVED_TITLES = {
    "de": "Kinderturnen",
    "ru": "Гимнастика для детей",
    "ar": "جمباز للأطفال",
    "fa": "ژیمناستیک کودکان",
}


@pytest.fixture
def world(settings):
    # The walk renders every product several times; the per-address limit on fresh renders
    # is tested elsewhere (tests/flyers/test_views.py).
    settings.QUARTIER = {
        **settings.QUARTIER,
        "RATES": {**settings.QUARTIER["RATES"], "render": "10000/m"},
    }
    district = make_district(slug="welheim", name="Welheim")
    group, category = make_group(slug="kinder"), make_category(slug="sport")
    organisation = make_organisation(
        name="Turnverein", slug="verein-a", profile="Turnen", profile_fa="ژیمناستیک"
    )
    organisation.districts.set([district])
    place = make_place(district, organisation=organisation, slug="halle", name="Sporthalle")
    make_offer(
        district,
        place=place,
        slug="turnen",
        groups=[group],
        categories=[category],
        rules=[{"weekdays": list(range(7)), "start_time": time(15), "end_time": time(16)}],
        **{f"title_{code}": title for code, title in APPROVED_TITLES.items()},
    )
    for kind in LegalPage.Kind.values:
        LegalPage.objects.get_or_create(slug=kind, defaults={"title": kind, "body": kind})
    make_accounts()
    return district


# What each URL parameter of the public URL configuration is filled with. A new public URL
# with a parameter not named here makes `public_urls` fail: add its values, and the new
# channel is checked like all others.
def parameter_values():
    return {
        "district": ["welheim"],
        "offer": ["turnen"],
        "place": ["halle"],
        "page": list(LegalPage.Kind.values),
        "product": list(PRODUCTS),
        "medium": list(Medium.values),
        "kind": ["svg", "png"],
        "code": [],  # short links redirect to the board, which is fetched anyway
        # The page behind a reminder mail's "noch aktuell" link (boards/confirm.py), for each
        # published offer; made once per offer, so the walk before and after has one URL.
        "token": [_confirm_token(pk) for pk in _published(Offer)],
        "path": [],  # uploaded files (sign-language videos, QUARTIER_SERVE_MEDIA): no offer data
        # The HSDS API's ids (opendata/hsds.py) of the offer, its provider and its place.
        "service_id": [hsds.stable_id("service", pk) for pk in _published(Offer)],
        "organization_id": [hsds.stable_id("organization", pk) for pk in _published(Organisation)],
        "location_id": [hsds.stable_id("location", pk) for pk in _published(Place)],
    }


_TOKENS = {}


def _confirm_token(pk):
    if pk not in _TOKENS:
        _TOKENS[pk] = reminders.confirm_token(Offer(pk=pk))
    return _TOKENS[pk]


def _published(model):
    return model.objects.filter(status=OfferStatus.PUBLISHED).values_list("pk", flat=True)


QUERY_VARIANTS = {
    "boards:board": ["", "?group=kinder&category=sport"],
    "boards:screen": ["", "?rotate=de,ar"],
    "hsds:services": ["", "?full=true"],
    "hsds:organization": ["", "?full_service=true"],
    "boards:city-actors": ["", "?district=welheim&kind=initiative"],
}


def _patterns(resolver, namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            # Staff's areas, not residents': the admin and the members' area (network/),
            # which reads rows as they are and is walked by tests/network/.
            if entry.app_name in ("admin", "network"):
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", list(entry.pattern.regex.groupindex)


def _combinations(names, values):
    if not names:
        yield {}
        return
    first, rest = names[0], names[1:]
    assert first in values, f"public URL parameter {first!r}: add its values to the walk"
    for value in values[first]:
        for combination in _combinations(rest, values):
            yield {first: value, **combination}


def public_urls(language):
    values = parameter_values()
    urls = []
    with translation.override(language):
        for name, parameters in _patterns(get_resolver()):
            for kwargs in _combinations(parameters, values):
                try:
                    path = reverse(name, kwargs=kwargs)
                except Exception:  # noqa: BLE001, S112 - e.g. flyer|sticker|plan alternatives
                    continue
                urls += [path + query for query in QUERY_VARIANTS.get(name, [""])]
    return sorted(set(urls))


def fetch_all(client):
    """Every public URL in every language: text for text, bytes for images."""
    client.logout()
    seen = {}
    for language, _ in settings.LANGUAGES:
        for url in public_urls(language):
            response = client.get(url)
            assert response.status_code in (200, 302), (url, response.status_code)
            seen[url] = _content(response)
    return seen


def _content(response):
    kind = response.get("Content-Type", "")
    if kind.startswith("application/pdf"):
        document = pypdfium2.PdfDocument(response.content)
        return " ".join(page.get_textpage().get_text_range() for page in document)
    if kind.startswith("image/"):
        return response.content
    return response.content.decode()


def assert_residents_see_only_approved(before, after, path):
    assert set(before) == set(after), path
    assert len(before) >= 4 * 20, "the walk should cover every public URL"
    for url, content in after.items():
        if isinstance(content, bytes):
            assert content == before[url], f"{path}: {url}: image changed before approval"
            continue
        assert WAITING not in content, f"{path}: {url} shows the waiting change"
        assert not shows_time(content, WAITING_MOMENT), f"{path}: {url} shows the waiting time"
        # opening hours write times without a leading zero ("5:55")
        assert not re.search(rf"(?<![\d:]){WAITING_SHORT}", content), f"{path}: {url}"
        for title in APPROVED_TITLES.values():
            if title in before[url]:
                assert title in content, f"{path}: {url} lost the approved title"


def as_provider(client):
    client.force_login(User.objects.get(username="verein-a"))
    return client


def change_form(client, url):
    return client.get(url).context["adminform"].form


def rule_data(offer, start):
    rule = offer.rules.get()
    return {
        "rules-TOTAL_FORMS": "1",
        "rules-INITIAL_FORMS": "1",
        "rules-0-id": rule.pk,
        "rules-0-offer": offer.pk,
        "rules-0-kind": rule.kind,
        "rules-0-weekdays": [str(d) for d in rule.weekdays],
        "rules-0-interval_weeks": rule.interval_weeks,
        "rules-0-start_time": start,
        "rules-0-end_time": "16:00",
        "rules-0-school_holidays": rule.school_holidays,
    }


def waiting_titles():
    return {f"title_{code}": WAITING for code, _ in settings.LANGUAGES}


def write_by_form(client):
    offer = Offer.objects.get(slug="turnen")
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    data = form_data(change_form(as_provider(client), url), **waiting_titles())
    data.update(summary_de=WAITING, summary_easy=WAITING, **rule_data(offer, WAITING_TIME))
    assert client.post(url, data).status_code == 302


def write_by_inline(client):
    offer = Offer.objects.get(slug="turnen")
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    data = form_data(change_form(as_provider(client), url))
    assert client.post(url, {**data, **rule_data(offer, WAITING_TIME)}).status_code == 302


def write_by_bulk_actions(client):
    """A change, then every bulk action a provider can send, including the clerk's."""
    write_by_form(client)
    offer = Offer.objects.get(slug="turnen")
    changelist = reverse("admin:offers_offer_changelist")
    for action in ("confirm", "approve"):
        client.post(changelist, {"action": action, "_selected_action": [offer.pk]})


def write_by_import(client):
    header = "kurzname,titel,kurzbeschreibung,traeger,ort,stadtteile,kostenlos,termine"
    row = f"turnen,{WAITING},{WAITING},verein-a,halle,welheim,1,Mo-So {WAITING_TIME}-16:00"
    row = row.replace("Mo-So", '"Mo, Di, Mi, Do, Fr, Sa, So')
    row = row.replace("-16:00", '-16:00"')
    upload = SimpleUploadedFile("angebote.csv", f"{header}\n{row}\n".encode())
    preview = as_provider(client).post(
        reverse("admin:offers_offer_import"),
        {"resource": "0", "format": "0", "import_file": upload},
    )
    form = BeautifulSoup(preview.content, "html.parser").select_one("form[action*=process]")
    assert form is not None, preview.content.decode()[:2000]
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    assert client.post(form["action"], data).status_code == 302
    assert Offer.objects.get(slug="turnen").title_de == WAITING


def write_by_history_revert(client):
    """The bypass found in the audit: a change waits, then an old version is restored."""
    write_by_form(client)
    offer = Offer.objects.get(slug="turnen")
    original = offer.history.order_by("history_date").first()
    url = reverse("admin:offers_offer_simple_history", args=[offer.pk, original.history_id])
    assert client.post(url, form_data(change_form(client, url))).status_code == 302
    offer.refresh_from_db()
    assert offer.rules.get().start_time == WAITING_MOMENT  # rules are not part of a revert


def write_place(client):
    place = Place.objects.get(slug="halle")
    url = reverse("admin:offers_place_change", args=[place.pk])
    data = form_data(change_form(as_provider(client), url), name=WAITING, street=WAITING)
    data.update({"offers-TOTAL_FORMS": "0", "offers-INITIAL_FORMS": "0"})
    data.update(grid_data("hours", [[[WAITING_TIME, "23:00"]]] * 7))  # opening hours
    assert client.post(url, data).status_code == 302


def write_new_place(client):
    url = reverse("admin:offers_place_add")
    data = form_data(change_form(as_provider(client), url))
    data.update(
        name=WAITING,
        slug="neu",
        street=WAITING,
        postcode="46236",
        locality="Bottrop",
        district=Place.objects.get(slug="halle").district_id,
        organisation=Organisation.objects.get(slug="verein-a").pk,
    )
    data.update({"offers-TOTAL_FORMS": "0", "offers-INITIAL_FORMS": "0"})
    assert client.post(url, data).status_code == 302
    assert Place.objects.get(slug="neu").status == "pending"


def write_organisation(client):
    organisation = Organisation.objects.get(slug="verein-a")
    url = reverse("admin:offers_organisation_change", args=[organisation.pk])
    data = form_data(
        change_form(as_provider(client), url), name=WAITING, profile_de=WAITING, profile_fa=WAITING
    )
    data["districts"] = []  # was active in Welheim by its own choice too
    data.update({"memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0"})
    assert client.post(url, data).status_code == 302


def write_by_calendar_import(client):
    """The nightly import (a command, no request) of the provider's calendar: the approved
    offer comes from it and changes there; a new event appears."""
    organisation = Organisation.objects.get(slug="verein-a")
    feed = CalendarFeed.objects.create(organisation=organisation, url="https://kalender.example/")
    feed.districts.set([Place.objects.get(slug="halle").district])
    Offer.objects.filter(slug="turnen").update(calendar_feed=feed, calendar_uid="turnen")
    start = timezone.localdate().strftime("%Y%m%d")
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{WAITING}\r\nLOCATION:Sporthalle\r\n"
        f"DTSTART;TZID=Europe/Berlin:{start}T055500\r\nDTEND;TZID=Europe/Berlin:{start}T160000"
        "\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
        for uid in ("turnen", "neu")
    )
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n".encode()
    result = calendar_sync.sync_feed(feed, data)
    assert (result.created, result.updated) == (1, 1)
    assert Offer.objects.get(slug="turnen").title_de == WAITING


WRITE_PATHS = [
    write_by_form,
    write_by_inline,
    write_by_bulk_actions,
    write_by_import,
    write_by_history_revert,
    write_place,
    write_new_place,
    write_organisation,
    write_by_calendar_import,
]


def test_no_public_channel_shows_a_waiting_change_from_any_write_path(client, world):
    # The paths share one baseline (a full walk costs seconds of PDF rendering); each starts
    # from the approved state again, as the savepoint is rolled back after it.
    before = fetch_all(client)
    for write in WRITE_PATHS:
        with transaction.atomic():
            write(client)
            assert_residents_see_only_approved(before, fetch_all(client), write.__name__)
            transaction.set_rollback(True)
        cache.clear()
        assert Offer.objects.get(slug="turnen").approved_snapshot is None


def test_the_change_shows_everywhere_once_approved(client, world):
    before = fetch_all(client)
    write_by_form(client)
    client.force_login(User.objects.get(username="sozialamt"))
    offer = Offer.objects.get(slug="turnen")
    review = reverse("admin:offers_offer_review", args=[offer.pk])
    assert client.post(review, {"decision": "approve"}).status_code == 302
    after = fetch_all(client)
    board = after["/fa/welheim/"]
    assert WAITING in board and WAITING_TIME in board
    easy_plan = after["/leichte-sprache/stadtteil/welheim/"]  # Leichte Sprache, approved
    assert WAITING in easy_plan and before["/leichte-sprache/stadtteil/welheim/"] != easy_plan
    assert APPROVED_TITLES["fa"] not in board
    assert after["/ru/welheim/flyer.png"] != before["/ru/welheim/flyer.png"]
