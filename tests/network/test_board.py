"""The notice board: expiry, new posts, and bad input as form errors, never a 500."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from network.models import POST_TEXT_MAX, Post
from tests.network.conftest import make_post

pytestmark = pytest.mark.django_db


def _data(world, **changes):
    return {
        "organisation": world.org_a.pk,
        "kind": "request",
        "title": "Beamer gesucht",
        "text": "Donnerstag 10 Uhr, Elterngespräch.",
        "districts": [world.north.pk],
        "expires_on": (timezone.localdate() + timedelta(days=20)).isoformat(),
        **changes,
    }


def test_expired_posts_leave_the_board(world, login):
    today = timezone.localdate()
    make_post(world.org_a, world.north, title="Gestern abgelaufen", expires_on=today - timedelta(1))
    make_post(world.org_a, world.north, title="Heute letzter Tag", expires_on=today)

    response = login(world.provider_b).get("/network/pinnwand/")

    titles = {post.title for post in response.context["posts"]}
    assert "Heute letzter Tag" in titles
    assert "Gestern abgelaufen" not in titles


def test_overview_shows_posts_of_my_districts(world, login):
    response = login(world.provider_a).get("/network/")

    assert [post.title for post in response.context["posts"]] == ["Raum dienstags frei"]


def test_new_post_is_on_the_board_with_its_author(world, login):
    client = login(world.provider_a)

    response = client.post("/network/pinnwand/neu/", _data(world))

    assert response.status_code == 302
    post = Post.objects.get(title="Beamer gesucht")
    assert post.author == world.provider_a
    assert list(post.districts.all()) == [world.north]
    assert "Elterngespräch" in client.get("/network/pinnwand/").content.decode()


def test_new_post_expires_in_four_weeks_unless_told(world, login):
    response = login(world.provider_a).get("/network/pinnwand/neu/")

    expected = timezone.localdate() + timedelta(weeks=4)
    assert response.context["form"].initial["expires_on"] == expected


def test_post_text_is_plain_and_escaped(world, login):
    client = login(world.provider_a)
    client.post("/network/pinnwand/neu/", _data(world, text="<script>alert(1)</script>"))

    html = client.get("/network/pinnwand/").content.decode()

    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": "x" * (POST_TEXT_MAX + 1)}, "text"),
        ({"text": "x" * 1_000_000}, "text"),
        ({"title": "y" * 500}, "title"),
        ({"expires_on": "2026-02-31"}, "expires_on"),
        ({"expires_on": "morgen"}, "expires_on"),
        ({"expires_on": "99999-01-01"}, "expires_on"),
        ({"expires_on": "2001-01-01"}, "expires_on"),
        ({"expires_on": "2099-01-01"}, "expires_on"),
        ({"districts": []}, "districts"),
        ({"districts": ["abc"]}, "districts"),
        ({"districts": ["999999999999999999999"]}, "districts"),
        ({"organisation": "abc"}, "organisation"),
        ({"kind": "spam"}, "kind"),
        ({"title": "\x00\x01"}, "title"),
    ],
)
def test_bad_input_is_a_form_error(world, login, changes, field):
    response = login(world.provider_a).post("/network/pinnwand/neu/", _data(world, **changes))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Post.objects.filter(title="Beamer gesucht").exists()


def test_expiry_more_than_six_months_ahead_is_refused(world, login):
    too_late = timezone.localdate() + timedelta(days=190)

    response = login(world.provider_a).post(
        "/network/pinnwand/neu/", _data(world, expires_on=too_late.isoformat())
    )

    assert response.context["form"].errors["expires_on"] == [
        "Ein Eintrag bleibt höchstens 6 Monate sichtbar."
    ]


def test_moderation_note_too_long_is_a_form_error(world, login):
    response = login(world.clerk).post(
        f"/network/pinnwand/{world.post_a.pk}/moderieren/", {"hide": "1", "note": "n" * 600}
    )

    assert response.status_code == 200
    assert "note" in response.context["form"].errors


def test_directory_filter_with_junk_shows_everything_not_an_error(world, login):
    response = login(world.provider_a).get(
        "/network/verzeichnis/", {"district": "abc", "kind": "x" * 5000, "q": "z" * 5000}
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ({"q": "jugend"}, ["Jugendtreff Nord"]),
        ({"q": "Anna"}, ["Jugendtreff Nord"]),
        ({"kind": "initiative"}, ["Jugendtreff Nord", "Sportverein Süd"]),
        ({"kind": "school"}, []),
    ],
)
def test_directory_searches_names_contacts_and_kinds(world, login, query, names):
    response = login(world.provider_b).get("/network/verzeichnis/", query)

    assert [o.name for o in response.context["organisations"]] == names


def test_directory_filters_by_district_and_shows_internal_contacts(world, login):
    response = login(world.provider_b).get("/network/verzeichnis/", {"district": world.north.pk})

    assert [o.name for o in response.context["organisations"]] == ["Jugendtreff Nord"]
    assert "Anna Intern" in response.content.decode()


POSTS = [
    ("/network/pinnwand/neu/", "create"),
    ("/network/termine/kalender/", "calendar"),
    ("/network/benachrichtigung/", "notify"),
]


@pytest.mark.parametrize(("path", "name"), POSTS)
def test_posts_without_csrf_token_are_refused(world, path, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.provider_a)

    response = client.post(path, _data(world) | {"action": "renew", "notify": "on"})

    assert response.status_code == 403
    assert not Post.objects.filter(title="Beamer gesucht").exists()
    assert not world.provider_a.__class__.objects.filter(network_feed_token__isnull=False)


def test_delete_and_moderation_without_csrf_token_are_refused(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.clerk)

    client.post(f"/network/pinnwand/{world.post_a.pk}/loeschen/")
    client.post(f"/network/pinnwand/{world.post_b.pk}/moderieren/", {"hide": "1"})

    assert Post.objects.filter(pk=world.post_a.pk).exists()
    assert Post.objects.get(pk=world.post_b.pk).status == "visible"


def test_unknown_method_is_refused(world, login):
    assert login(world.provider_a).put("/network/pinnwand/").status_code == 405


@pytest.mark.parametrize("pk", ["0", "99999999999999999999999"])
def test_unknown_post_answers_404(world, login, pk):
    assert login(world.clerk).get(f"/network/pinnwand/{pk}/bearbeiten/").status_code == 404


def test_saving_says_so_on_the_next_page(world, login):
    response = login(world.provider_a).post("/network/pinnwand/neu/", _data(world), follow=True)

    assert "Der Eintrag ist gespeichert." in response.content.decode()
