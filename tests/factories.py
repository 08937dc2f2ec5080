"""Small factories: each makes one valid object with sensible defaults, overridable by name.

Texts given without a language suffix are German: translated fields (django-modeltranslation)
write to the active language, so every factory runs with German active.
"""

import functools
import itertools
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.utils import translation

from offers import permissions
from offers.models import (
    Category,
    District,
    Membership,
    Offer,
    Organisation,
    Place,
    ScheduleRule,
    TargetGroup,
)

_counter = itertools.count(1)


def _n():
    return next(_counter)


def german(factory):
    @functools.wraps(factory)
    def wrapper(*args, **kwargs):
        with translation.override("de"):
            return factory(*args, **kwargs)

    return wrapper


@german
def make_district(**kwargs):
    n = _n()
    defaults = {"name": f"Bezirk {n}", "slug": f"bezirk-{n}", "code": f"b{n}"}
    return District.objects.create(**{**defaults, **kwargs})


@german
def make_organisation(**kwargs):
    n = _n()
    defaults = {"name": f"Träger {n}", "slug": f"traeger-{n}", "kind": "initiative"}
    return Organisation.objects.create(**{**defaults, **kwargs})


@german
def make_place(district, **kwargs):
    n = _n()
    defaults = {
        "name": f"Treffpunkt {n}",
        "slug": f"treffpunkt-{n}",
        "district": district,
        "street": f"Hauptstraße {n}",
        "postcode": "46236",
    }
    return Place.objects.create(**{**defaults, **kwargs})


@german
def make_group(**kwargs):
    n = _n()
    defaults = {"name": f"Gruppe {n}", "slug": f"gruppe-{n}"}
    return TargetGroup.objects.create(**{**defaults, **kwargs})


@german
def make_category(**kwargs):
    n = _n()
    defaults = {"name": f"Kategorie {n}", "slug": f"kategorie-{n}"}
    return Category.objects.create(**{**defaults, **kwargs})


@german
def make_offer(district, place=None, rules=None, groups=(), categories=(), **kwargs):
    """An offer shown on `district`; `rules` is a list of ScheduleRule field dicts
    (default: weekly Monday to Friday, 15:00–17:00)."""
    n = _n()
    place = place or make_place(district)
    organisation = kwargs.pop("organisation", None) or place.organisation or make_organisation()
    defaults = {
        "title": f"Angebot {n}",
        "slug": f"angebot-{n}",
        "summary": "Ein Angebot für alle.",
        "organisation": organisation,
        "place": place,
    }
    offer = Offer.objects.create(**{**defaults, **kwargs})
    offer.districts.add(district)
    offer.target_groups.set(groups)
    offer.categories.set(categories)
    if rules is None:
        rules = [{"weekdays": [0, 1, 2, 3, 4], "start_time": time(15), "end_time": time(17)}]
    for rule in rules:
        ScheduleRule.objects.create(offer=offer, **rule)
    return offer


def make_accounts():
    """The clerks' and providers' groups, the clerk "sozialamt" and an account for every
    organisation that has none (named by its slug, a member of it); every password is "demo",
    as in the demo, so a test can log in through the form."""
    clerks, providers = permissions.default_groups()
    for organisation in Organisation.objects.exclude(slug__in=User.objects.values("username")):
        user = _staff(organisation.slug, providers, first_name=organisation.name[:150])
        Membership.objects.create(user=user, organisation=organisation)
    if not User.objects.filter(username="sozialamt").exists():
        _staff("sozialamt", clerks, email="sozialamt@bottrop.example", first_name="Sozialamt")


def _staff(username, group, **fields):
    user = User.objects.create_user(username, password="demo", is_staff=True, **fields)
    user.groups.add(group)
    return user


def unclocked_time(minute=55):
    """A start time for a change residents must not see, whose hour no clock on a page shows now.

    Pages print the present hour and minute (the infoscreen's clock, Atom's `updated`, HSDS's
    `last_modified`) in UTC or Berlin time. A waiting 05:55 was once "seen" in a timestamp of a
    run at 05:55; the hour chosen here is two hours away from now in both zones.
    """
    now = datetime.now(UTC)
    busy = {
        (now + timedelta(hours=ahead)).astimezone(zone).hour
        for ahead in (-1, 0, 1, 2)
        for zone in (UTC, ZoneInfo("Europe/Berlin"))
    }
    return time(next(hour for hour in (5, 2, 11, 8) if hour not in busy), minute)


def shows_time(text, moment):
    """Whether `text` shows the clock time `moment` as hours and minutes, not as part of a
    longer timestamp's minutes and seconds (12:05:55 does not show 05:55)."""
    return re.search(rf"(?<![\d:]){moment:%H:%M}", text) is not None


def fresh(instance):
    """`instance` read again: a test gets its own copy of data made once for the module, so what
    one test changes in memory (and its savepoint undoes in the database) the next does not see."""
    return type(instance)._base_manager.get(pk=instance.pk)
