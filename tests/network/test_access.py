"""The members' area, role × page × post × action: who sees what, who changes what."""

import pytest
from django.contrib.auth.models import User

from network.models import Post, PostStatus
from offers.models import Membership

ROLES = ["anonymous", "outsider", "provider_a", "provider_b", "clerk"]
PAGES = [
    "/network/",
    "/network/verzeichnis/",
    "/network/termine/",
    "/network/termine/kalender/",
    "/network/pinnwand/",
    "/network/pinnwand/neu/",
    "/network/benachrichtigung/",
]


def _user(world, role):
    return None if role == "anonymous" else getattr(world, role)


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("role", ROLES)
def test_pages_admit_members_only(world, login, role, path):
    response = login(_user(world, role)).get(path)

    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"] == f"/network/anmelden/?next={path}"
    elif role == "outsider":
        assert response.status_code == 403
    else:
        assert response.status_code == 200


def test_provider_account_without_staff_status_is_refused(world, client):
    user = User.objects.create_user("ehemalig", is_staff=False)
    Membership.objects.create(user=user, organisation=world.org_a)
    client.force_login(user)

    assert client.get("/network/").status_code == 403


# (post, action) → expected status per role, for a GET of the action's page.
POST_MATRIX = {
    ("post_a", "bearbeiten"): {"outsider": 403, "provider_a": 200, "provider_b": 403, "clerk": 200},
    ("post_a", "loeschen"): {"outsider": 403, "provider_a": 200, "provider_b": 403, "clerk": 200},
    ("post_a", "moderieren"): {"outsider": 403, "provider_a": 403, "provider_b": 403, "clerk": 200},
    ("post_b", "bearbeiten"): {"outsider": 403, "provider_a": 403, "provider_b": 200, "clerk": 200},
    ("post_b", "loeschen"): {"outsider": 403, "provider_a": 403, "provider_b": 200, "clerk": 200},
    ("post_b", "moderieren"): {"outsider": 403, "provider_a": 403, "provider_b": 403, "clerk": 200},
    # A hidden post does not exist for other providers; its author still reaches it.
    ("hidden_b", "bearbeiten"): {
        "outsider": 403,
        "provider_a": 404,
        "provider_b": 200,
        "clerk": 200,
    },
    ("hidden_b", "loeschen"): {"outsider": 403, "provider_a": 404, "provider_b": 200, "clerk": 200},
    ("hidden_b", "moderieren"): {
        "outsider": 403,
        "provider_a": 404,
        "provider_b": 403,
        "clerk": 200,
    },
}


@pytest.mark.parametrize(("post_name", "action"), list(POST_MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_post_pages_per_role(world, login, role, post_name, action):
    post = getattr(world, post_name)
    path = f"/network/pinnwand/{post.pk}/{action}/"

    response = login(_user(world, role)).get(path)

    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/network/anmelden/?next=")
    else:
        assert response.status_code == POST_MATRIX[(post_name, action)][role]


def _edit_data(post, **changes):
    return {
        "organisation": post.organisation_id,
        "kind": post.kind,
        "title": post.title,
        "text": post.text,
        "districts": [d.pk for d in post.districts.all()],
        "expires_on": post.expires_on.isoformat(),
        **changes,
    }


@pytest.mark.parametrize("role", ["anonymous", "outsider", "provider_b"])
def test_foreign_post_cannot_be_changed_deleted_or_hidden(world, login, role):
    client = login(_user(world, role))
    base = f"/network/pinnwand/{world.post_a.pk}"

    client.post(f"{base}/bearbeiten/", _edit_data(world.post_a, title="Gekapert"))
    client.post(f"{base}/loeschen/")
    client.post(f"{base}/moderieren/", {"hide": "1", "note": "weg"})

    post = Post.objects.get(pk=world.post_a.pk)
    assert (post.title, post.status) == ("Raum dienstags frei", PostStatus.VISIBLE)


def test_provider_cannot_hide_even_its_own_post(world, login):
    response = login(world.provider_a).post(
        f"/network/pinnwand/{world.post_a.pk}/moderieren/", {"hide": "1", "note": ""}
    )

    assert response.status_code == 403
    assert Post.objects.get(pk=world.post_a.pk).status == PostStatus.VISIBLE


def test_provider_edits_and_deletes_its_own_post(world, login):
    client = login(world.provider_a)
    base = f"/network/pinnwand/{world.post_a.pk}"

    edited = client.post(f"{base}/bearbeiten/", _edit_data(world.post_a, title="Raum frei"))
    assert edited.status_code == 302
    assert Post.objects.get(pk=world.post_a.pk).title == "Raum frei"

    deleted = client.post(f"{base}/loeschen/")
    assert deleted.status_code == 302
    assert not Post.objects.filter(pk=world.post_a.pk).exists()


def test_provider_cannot_move_its_post_to_another_organisation(world, login):
    response = login(world.provider_a).post(
        f"/network/pinnwand/{world.post_a.pk}/bearbeiten/",
        _edit_data(world.post_a, organisation=world.org_b.pk),
    )

    assert response.status_code == 200  # the form again, with the error
    assert "organisation" in response.context["form"].errors
    assert Post.objects.get(pk=world.post_a.pk).organisation == world.org_a


def test_clerk_edits_deletes_and_moderates_any_post(world, login):
    client = login(world.clerk)

    client.post(
        f"/network/pinnwand/{world.post_b.pk}/bearbeiten/",
        _edit_data(world.post_b, title="Dolmetscherin gesucht"),
    )
    client.post(f"/network/pinnwand/{world.post_a.pk}/moderieren/", {"hide": "1", "note": "Ort?"})
    client.post(f"/network/pinnwand/{world.hidden_b.pk}/loeschen/")

    assert Post.objects.get(pk=world.post_b.pk).title == "Dolmetscherin gesucht"
    hidden = Post.objects.get(pk=world.post_a.pk)
    assert (hidden.status, hidden.moderation_note) == (PostStatus.HIDDEN, "Ort?")
    assert not Post.objects.filter(pk=world.hidden_b.pk).exists()


def test_clerk_shows_a_hidden_post_again(world, login):
    login(world.clerk).post(
        f"/network/pinnwand/{world.hidden_b.pk}/moderieren/", {"hide": "0", "note": ""}
    )

    assert Post.objects.get(pk=world.hidden_b.pk).status == PostStatus.VISIBLE


BOARD_SEES = {
    "provider_a": {"Raum dienstags frei", "Suchen Dolmetscherin für Farsi"},
    "provider_b": {
        "Raum dienstags frei",
        "Suchen Dolmetscherin für Farsi",
        "Werbung für Kaffeefahrt",
    },
    "clerk": {"Raum dienstags frei", "Suchen Dolmetscherin für Farsi", "Werbung für Kaffeefahrt"},
}


@pytest.mark.parametrize("role", list(BOARD_SEES))
def test_board_shows_hidden_posts_only_to_their_authors_and_the_clerks(world, login, role):
    response = login(getattr(world, role)).get("/network/pinnwand/")

    assert {post.title for post in response.context["posts"]} == BOARD_SEES[role]
    html = response.content.decode()
    assert ("Keine Werbung bitte." in html) == (role != "provider_a")


@pytest.mark.parametrize(
    ("role", "links"),
    [
        ("provider_a", {"bearbeiten": 1, "moderieren": 0}),
        ("provider_b", {"bearbeiten": 2, "moderieren": 0}),
        ("clerk", {"bearbeiten": 3, "moderieren": 3}),
    ],
)
def test_board_links_only_the_actions_allowed(world, login, role, links):
    html = login(getattr(world, role)).get("/network/pinnwand/").content.decode()

    for action, count in links.items():
        assert html.count(f"/{action}/") == count
