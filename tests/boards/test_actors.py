"""Who is active in a district (issue 13): the district's list of providers and the city's."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from demo.loader import load_demo
from offers import actors, translation_units
from offers.enums import OfferStatus
from offers.models import District, Organisation
from tests.admin_forms import form_data
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def city():
    """Two districts; providers active through a place, an offer, an explicit choice, and
    ones that must not show (elsewhere only, waiting for approval, a draft)."""
    welheim = make_district(slug="welheim", name="Welheim", position=0)
    altstadt = make_district(slug="altstadt", name="Altstadt", position=1)
    club = make_organisation(
        slug="tus",
        name="TuS Welheim",
        kind="sports_club",
        phone="02041 262911",
        profile="Fußball und Turnen für alle.",
        profile_fa="فوتبال و ژیمناستیک برای همه.",
    )
    hall = make_place(welheim, slug="halle", name="Sporthalle", organisation=club)
    make_offer(welheim, place=hall, slug="fussball", title="Fußball")
    vhs = make_organisation(slug="vhs", name="Volkshochschule", kind="public")
    school = make_place(altstadt, slug="vhs-haus", name="VHS-Haus", organisation=vhs)
    make_offer(welheim, place=school, slug="deutschkurs", title="Deutschkurs")  # on Welheim
    outreach = make_organisation(slug="streetwork", name="Streetwork", kind="welfare")
    outreach.districts.set([welheim])
    make_organisation(slug="nur-altstadt", name="Nur Altstadt").districts.set([altstadt])
    make_organisation(slug="neu", name="Wartet", status=OfferStatus.PENDING).districts.set(
        [welheim]
    )
    draft = make_organisation(slug="entwurf", name="Entwurf", status=OfferStatus.DRAFT)
    make_place(welheim, slug="entwurf-ort", organisation=draft)
    return welheim, altstadt


def entries(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [item["id"] for item in page.select(".actor-list > li")]


def test_district_lists_providers_by_place_offer_and_explicit_choice(client, city):
    response = client.get("/de/welheim/actors/")
    assert response.status_code == 200
    assert entries(response) == ["streetwork", "tus", "vhs"]


def test_district_entry_shows_profile_contact_places_and_offers(client, city):
    page = BeautifulSoup(client.get("/de/welheim/actors/").content, "html.parser")
    club = page.select_one("#tus")
    assert club.h2.get_text() == "TuS Welheim"
    assert "Sportverein" in club.get_text()
    assert "Fußball und Turnen für alle." in club.get_text()
    assert club.select_one('a[href^="tel:"]')["href"] == "tel:02041262911"
    links = [a["href"] for a in club.select("dd a")]
    assert "/de/welheim/places/halle/" in links and "/de/welheim/offers/fussball/" in links
    # The adult school's house is in another district: here only its offer on this board.
    vhs = [a["href"] for a in page.select_one("#vhs").select("dd a")]
    assert vhs == ["/de/welheim/offers/deutschkurs/"]


def test_district_scoping(client, city):
    assert entries(client.get("/de/altstadt/actors/")) == ["nur-altstadt", "vhs"]


def test_profile_in_the_readers_language_german_marked_where_missing(client, city):
    page = BeautifulSoup(client.get("/fa/welheim/actors/").content, "html.parser")
    assert "فوتبال و ژیمناستیک برای همه." in page.select_one("#tus").get_text()
    assert "ورزشی" in page.select_one("#tus .actor-kind").get_text()  # باشگاه ورزشی
    names = page.select_one("#tus h2 [lang=de]")
    assert names.get_text(strip=True).strip("\u2066\u2069") == "TuS Welheim"


def test_unknown_or_inactive_district_is_404(client, city):
    District.objects.filter(slug="altstadt").update(is_active=False)
    assert client.get("/de/altstadt/actors/").status_code == 404
    assert client.get("/de/nirgendwo/actors/").status_code == 404


def test_city_list_with_districts_of_each_provider(client, city):
    response = client.get("/de/actors/")
    assert entries(response) == ["nur-altstadt", "streetwork", "tus", "vhs"]
    page = BeautifulSoup(response.content, "html.parser")
    active_in = [a["href"] for a in page.select_one("#vhs").select("dd .inline-list a")]
    assert active_in == ["/de/welheim/actors/#vhs", "/de/altstadt/actors/#vhs"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?district=altstadt", ["nur-altstadt", "vhs"]),
        ("?kind=sports_club", ["tus"]),
        ("?district=welheim&kind=public", ["vhs"]),
        ("?district=altstadt&kind=sports_club", []),
    ],
)
def test_city_list_filters(client, city, query, expected):
    response = client.get("/de/actors/" + query)
    assert response.status_code == 200
    assert entries(response) == expected


@pytest.mark.parametrize(
    "query", ["?district=nirgendwo", "?kind=verein", "?district=%00", "?district=welheim&kind=x"]
)
def test_bad_filter_is_400_in_the_readers_language(client, city, query):
    response = client.get("/ru/actors/" + query)
    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "ru"


def test_provider_changes_show_only_after_approval(client, city):
    club = Organisation.objects.get(slug="tus")
    club.approved_snapshot = {"fields": {"profile_de": "Alt und freigegeben."}, "districts": []}
    club.save()
    # The waiting state names Altstadt; the approved one named no district.
    club.districts.set([District.objects.get(slug="altstadt")])
    text = client.get("/de/welheim/actors/").content.decode()
    assert "Alt und freigegeben." in text and "Fußball und Turnen" not in text
    assert "tus" not in entries(client.get("/de/altstadt/actors/"))


def test_providers_profile_change_is_not_public_before_approval(client, city):
    make_accounts()  # the provider's account "tus" and the clerk "sozialamt"
    club = Organisation.objects.get(slug="tus")
    url = reverse("admin:offers_organisation_change", args=[club.pk])
    client.force_login(User.objects.get(username="tus"))
    data = form_data(client.get(url).context["adminform"].form, profile_de="Jetzt auch Boxen.")
    data["districts"] = [str(District.objects.get(slug="altstadt").pk)]
    data.update({"memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0"})
    assert client.post(url, data).status_code == 302
    club.refresh_from_db()
    assert club.has_pending_changes and club.profile_de == "Jetzt auch Boxen."
    client.logout()

    welheim = client.get("/de/welheim/actors/").content.decode()
    assert "Fußball und Turnen für alle." in welheim and "Boxen" not in welheim
    assert "tus" not in entries(client.get("/de/altstadt/actors/"))

    client.force_login(User.objects.get(username="sozialamt"))
    review = reverse("admin:offers_organisation_review", args=[club.pk])
    assert client.post(review, {"decision": "approve"}).status_code == 302
    client.logout()
    assert "Jetzt auch Boxen." in client.get("/de/welheim/actors/").content.decode()
    assert "tus" in entries(client.get("/de/altstadt/actors/"))


def test_board_offer_and_place_link_to_the_entry(client, city):
    board = BeautifulSoup(client.get("/fa/welheim/").content, "html.parser")
    assert board.select_one('a[href="/fa/welheim/actors/"]') is not None
    offer = client.get("/de/welheim/offers/fussball/").content.decode()
    assert 'href="/de/welheim/actors/#tus"' in offer
    place = client.get("/de/welheim/places/halle/").content.decode()
    assert 'href="/de/welheim/actors/#tus"' in place
    start = BeautifulSoup(client.get("/uk/").content, "html.parser")
    assert start.select_one('a[href="/uk/actors/"]') is not None


def test_page_cache_sees_a_new_explicit_choice(client, city, settings):
    settings.QUARTIER = {**settings.QUARTIER, "PAGE_CACHE": True}
    assert "nur-altstadt" not in entries(client.get("/de/welheim/actors/"))
    Organisation.objects.get(slug="nur-altstadt").districts.add(
        District.objects.get(slug="welheim")
    )
    assert "nur-altstadt" in entries(client.get("/de/welheim/actors/"))


@pytest.mark.parametrize("slug", ["actors", "digital"])
def test_districts_cannot_take_the_slugs_of_other_pages(slug):
    district = District(name="X", slug=slug, code="x")
    with pytest.raises(ValidationError) as error:
        district.full_clean()
    assert "slug" in error.value.message_dict


def _city_of(size):
    district = make_district()
    for _ in range(size):
        organisation = make_organisation(profile="Was wir tun.")
        place = make_place(district, organisation=organisation)
        make_offer(district, place=place)
        make_offer(district, place=place)
        organisation.districts.set([district])
    return district


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


@pytest.mark.parametrize("page", ["district", "city"])
def test_query_count_same_for_5_and_60_providers(client, page):
    small, large = _city_of(5), _city_of(60)

    def url(district):
        return f"/de/{district.slug}/actors/" if page == "district" else "/de/actors/"

    small_count, _ = _queries(client, url(small))
    large_count, response = _queries(client, url(large))
    assert small_count == large_count
    # Pinned: city (context), district / the filter's districts, the boards, providers,
    # their chosen districts, places, offers (+ each offer's districts city-wide).
    assert small_count == (7 if page == "district" else 8)
    assert len(entries(response)) == (60 if page == "district" else 65)


def test_profiles_go_to_translators_and_age_like_other_texts(client, city):
    club = Organisation.objects.get(slug="tus")
    todo = {unit.id for unit in translation_units.export_units("ru", "todo")}
    assert f"organisation/{club.pk}/profile" in todo
    assert f"organisation/{club.pk}/profile" not in {
        unit.id for unit in translation_units.export_units("fa", "todo")
    }
    club.profile_de = "Fußball, Turnen und Boxen für alle."
    club.save()
    page = BeautifulSoup(client.get("/fa/welheim/actors/").content, "html.parser")
    assert page.select_one("#tus .outdated-note") is not None


def test_demo_has_six_actors_with_profiles_in_every_language_in_every_district():
    load_demo(offers_per_district=3)
    for district in District.objects.active():
        found = actors.district_actors(district)
        assert len(found) >= 6, district.slug
        for actor in found:
            for code, _ in settings.LANGUAGES:
                assert getattr(actor.organisation, f"profile_{code}"), (actor.slug, code)
