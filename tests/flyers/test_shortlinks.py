"""Short links: stable codes, counted scans without personal data."""

import pytest
from django.conf import settings
from django.utils import timezone

from flyers import shortlinks
from flyers.models import ScanDay, ShortLink
from tests.factories import make_district

pytestmark = pytest.mark.django_db


def test_code_stays_when_district_is_renamed(client):
    district = make_district(slug="welheim", code="wel")
    link = shortlinks.link_for(district, "fa", "flyer")
    assert link.code == "wel-fa-f"

    district.slug, district.code = "welheim-neu", "wlh"
    district.save()

    assert shortlinks.link_for(district, "fa", "flyer").code == "wel-fa-f"
    response = client.get("/q/wel-fa-f")
    assert (response.status_code, response["Location"]) == (302, "/fa/welheim-neu/")


def test_each_language_and_medium_gets_its_own_code():
    district = make_district(code="alt")
    codes = {
        shortlinks.link_for(district, language, medium).code
        for language, _ in settings.LANGUAGES
        for medium in ("flyer", "sticker", "plan")
    }
    assert len(codes) == 3 * len(settings.LANGUAGES)


def test_scans_counted_per_code_and_day_without_personal_data(client):
    district = make_district(code="nos")
    link = shortlinks.link_for(district, "ar", "sticker")
    for address in ("203.0.113.9", "203.0.113.10", "2001:db8::1"):
        client.get("/q/nos-ar-s", REMOTE_ADDR=address, HTTP_USER_AGENT="Phone")
    day = ScanDay.objects.get()
    assert (day.link, day.day, day.count) == (link, timezone.localdate(), 3)
    # Nothing but the link, the day and the count is stored.
    assert {f.name for f in ScanDay._meta.get_fields()} == {"id", "link", "day", "count"}
    response = client.get("/q/nos-ar-s")
    assert response.cookies == {}


def test_unknown_code_is_404(client):
    assert client.get("/q/gibt-es-nicht").status_code == 404
    assert client.get("/q/%00").status_code == 404


def test_admin_shows_scans_per_district_language_medium(admin_client):
    district = make_district(name="Welheim", code="wel")
    link = shortlinks.link_for(district, "fa", "flyer")
    ScanDay.objects.create(link=link, day=timezone.localdate(), count=7)
    response = admin_client.get("/admin/flyers/shortlink/")
    html = response.content.decode()
    assert "wel-fa-f" in html and ">7<" in html
    scans = admin_client.get(
        "/admin/flyers/scanday/", {"link__language": "fa", "link__medium": "flyer"}
    )
    assert [d.count for d in scans.context["cl"].result_list] == [7]
    assert ShortLink.objects.count() == 1


def test_head_requests_are_not_scans(client):
    district = make_district(code="hd")
    shortlinks.link_for(district, "de", "flyer")
    response = client.head("/q/hd-de-f")
    assert (response.status_code, response["Location"]) == (302, "/de/" + district.slug + "/")
    assert not ScanDay.objects.exists()


def test_repeated_scans_from_one_address_count_once_per_window(client):
    district = make_district(code="rp")
    sticker = shortlinks.link_for(district, "fa", "sticker")
    flyer = shortlinks.link_for(district, "fa", "flyer")
    for _ in range(5):
        response = client.get("/q/rp-fa-s", REMOTE_ADDR="198.51.100.7")
        assert response.status_code == 302  # the reader always gets to the board
    client.get("/q/rp-fa-f", REMOTE_ADDR="198.51.100.7")  # another code: its own count
    client.get("/q/rp-fa-s", REMOTE_ADDR="198.51.100.8")  # another address: counted
    counts = {day.link: day.count for day in ScanDay.objects.all()}
    assert counts == {sticker: 2, flyer: 1}
