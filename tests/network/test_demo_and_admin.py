"""The network in the demo, and its admin: dates and moderation for clerks, contacts scoped."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from network.models import ContactPerson, DateKind, NetworkDate, Post
from offers.models import District, Organisation

# Every test here reads the full demo (seed_demo), loaded once for the module (`demo`,
# tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

DISTRICTS = ["welheim", "altstadt", "nord-ost", "batenbrock-sued"]


def test_demo_is_idempotent(demo):
    counts = [ContactPerson.objects.count(), NetworkDate.objects.count(), Post.objects.count()]

    call_command("seed_demo")

    assert [ContactPerson.objects.count(), NetworkDate.objects.count(), Post.objects.count()] == (
        counts
    )


@pytest.mark.parametrize("slug", DISTRICTS)
def test_every_district_has_a_meeting_and_three_current_posts(demo, slug):
    district = District.objects.get(slug=slug)

    meetings = NetworkDate.objects.upcoming().filter(districts=district, kind=DateKind.MEETING)
    assert meetings.count() == 1
    assert Post.objects.current().visible().filter(districts=district).count() == 3


def test_every_organisation_has_internal_contacts(demo):
    assert not Organisation.objects.filter(contacts__isnull=True).exists()


def test_demo_provider_reaches_the_network_through_the_login(demo, client):
    response = client.post(
        "/network/anmelden/?next=/network/",
        {"username": "tus-welheim", "password": "demo", "next": "/network/"},
    )

    assert response["Location"] == "/network/"
    page = client.get("/network/").content.decode()
    assert "Stadtteilkonferenz Welheim" in page
    assert "Raum dienstags frei" in page


@pytest.mark.parametrize(
    ("path", "clerk", "provider"),
    [
        ("/admin/network/post/", 200, 403),
        ("/admin/network/networkdate/", 200, 403),
        ("/admin/network/networkdate/add/", 200, 403),
        ("/admin/network/contactperson/", 200, 200),
    ],
)
def test_admin_pages(demo, client, path, clerk, provider):
    client.force_login(User.objects.get(username="sozialamt"))
    assert client.get(path).status_code == clerk
    client.force_login(User.objects.get(username="tus-welheim"))
    assert client.get(path).status_code == provider


def test_provider_sees_only_its_own_contacts_in_the_admin(demo, client):
    client.force_login(User.objects.get(username="tus-welheim"))

    response = client.get("/admin/network/contactperson/")

    shown = {c.organisation.slug for c in response.context["cl"].result_list}
    assert shown == {"tus-welheim"}
    foreign = ContactPerson.objects.exclude(organisation__slug="tus-welheim").first()
    assert client.get(f"/admin/network/contactperson/{foreign.pk}/change/").status_code == 302


def test_clerk_hides_posts_from_the_moderation_list(demo, client):
    client.force_login(User.objects.get(username="sozialamt"))
    post = Post.objects.get(title="Raum dienstags frei")

    client.post(
        "/admin/network/post/",
        {"action": "hide", "_selected_action": [post.pk]},
    )

    post.refresh_from_db()
    assert post.is_hidden
