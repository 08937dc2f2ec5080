"""Two providers in two districts, a clerk, a staff account that is no member, their posts."""

from dataclasses import dataclass, fields
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from network.models import ContactPerson, Post, PostStatus
from offers import permissions
from offers.models import Membership
from tests.factories import fresh, make_district, make_organisation, make_place


@dataclass
class World:
    north: object
    south: object
    org_a: object
    org_b: object
    clerk: User
    provider_a: User
    provider_b: User
    outsider: User
    post_a: Post
    post_b: Post
    hidden_b: Post


def make_user(username, organisation=None, clerk=False, **kwargs):
    user = User.objects.create_user(
        username, password="demo", is_staff=True, email=f"{username}@example.org", **kwargs
    )
    if clerk:
        user.groups.add(Group.objects.get_or_create(name=permissions.CLERK_GROUP)[0])
    if organisation:
        Membership.objects.create(user=user, organisation=organisation)
    return user


def make_post(organisation, district, **kwargs):
    defaults = {
        "kind": "request",
        "title": f"Eintrag von {organisation.name}",
        "text": "Wer hilft?",
        "expires_on": timezone.localdate() + timedelta(days=10),
    }
    post = Post.objects.create(organisation=organisation, **{**defaults, **kwargs})
    post.districts.set([district])
    return post


@pytest.fixture(scope="module")
def made_world(module_transaction):
    """The world, made once for a module whose tests all use it (tests/conftest.py)."""
    with module_transaction.unblock():
        return make_world()


@pytest.fixture
def world(made_world, db):
    return World(**{field.name: fresh(getattr(made_world, field.name)) for field in fields(World)})


def make_world():
    north, south = make_district(name="Nord"), make_district(name="Süd")
    org_a = make_organisation(name="Jugendtreff Nord")
    org_b = make_organisation(name="Sportverein Süd")
    make_place(north, organisation=org_a)
    make_place(south, organisation=org_b)
    ContactPerson.objects.create(organisation=org_a, name="Anna Intern", phone="02041 1")
    return World(
        north=north,
        south=south,
        org_a=org_a,
        org_b=org_b,
        clerk=make_user("amt", clerk=True),
        provider_a=make_user("treff", org_a),
        provider_b=make_user("verein", org_b),
        outsider=make_user("gast"),
        post_a=make_post(org_a, north, title="Raum dienstags frei", kind="offer"),
        post_b=make_post(org_b, south, title="Suchen Dolmetscherin für Farsi"),
        hidden_b=make_post(
            org_b,
            south,
            title="Werbung für Kaffeefahrt",
            status=PostStatus.HIDDEN,
            moderation_note="Keine Werbung bitte.",
        ),
    )


@pytest.fixture
def login(client):
    def as_user(user):
        if user is not None:
            client.force_login(user)
        return client

    return as_user
