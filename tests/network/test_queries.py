"""The members' area's lists: their SQL queries do not grow with the number of rows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import ContactPerson, DateKind, NetworkDate
from tests.factories import make_organisation, make_place
from tests.network.conftest import make_post

pytestmark = pytest.mark.django_db


def _grow(world, count):
    """`count` more posts, dates, and organisations with contacts and a place each."""
    start = timezone.now() + timedelta(days=1)
    for n in range(count):
        make_post(world.org_a, world.north, title=f"Eintrag {n}").districts.add(world.south)
        date = NetworkDate.objects.create(
            title=f"Treffen {n}",
            kind=DateKind.MEETING,
            starts_at=start + timedelta(hours=n),
            place=make_place(world.north),
            organiser=world.org_b,
        )
        date.districts.set([world.north, world.south])
        organisation = make_organisation()
        make_place(world.south, organisation=organisation)
        ContactPerson.objects.create(organisation=organisation, name=f"Kontakt {n}")
        ContactPerson.objects.create(organisation=organisation, name=f"Vertretung {n}")


def _count(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx.captured_queries)


# Pinned: session, user, clerk check, memberships, city, then the page's own reads.
PINNED = {
    "/network/": 10,  # + my districts, dates, their districts, posts, their districts
    "/network/verzeichnis/": 8,  # + organisations, contacts, the district choices
    "/network/termine/": 7,  # + dates with place and organiser, their districts
    "/network/pinnwand/": 7,  # + posts with organisation and author, their districts
}


@pytest.mark.parametrize("path", list(PINNED))
def test_list_query_counts_do_not_grow(world, login, path):
    client = login(world.provider_a)
    _grow(world, 3)
    small = _count(client, path)

    _grow(world, 40)
    large = _count(client, path)

    assert (small, large) == (PINNED[path], PINNED[path])
