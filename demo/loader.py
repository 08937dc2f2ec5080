"""Loads the Bottrop demo (`seed_demo`): idempotent, and scalable for benchmarks.

Everything is keyed by slug and created only when missing, so a second run changes nothing.
Dates are relative to the week the demo is loaded in, so the board always has a current week.
"""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta
from decimal import Decimal
from importlib import import_module

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone, translation

from demo import data, digital, easy
from offers import opening_hours, permissions, schedules
from offers.calendars import city_calendar
from offers.enums import OccurrenceStatus, RuleKind, SchoolHolidayMode
from offers.models import (
    Category,
    City,
    Closure,
    District,
    Membership,
    Offer,
    Organisation,
    Place,
    ScheduleException,
    ScheduleRule,
    TargetGroup,
)
from quartier import languages

# A few offers stay German-only in some languages, as in real life: the board shows them in
# German (marked as such) and the admin lists them under "fehlt in …".
LEFT_UNTRANSLATED = {
    "ru": {"stadtteilfest"},
    "ar": {"theater-ag"},
    "fa": {"theater-ag", "repair-cafe"},
    "tr": {"theater-ag", "stadtteilfest"},
    "uk": {"repair-cafe"},
}

# (reason chosen from the list, free-text note): mostly one click, sometimes a German note.
CANCELLATIONS = [
    ("ill", ""),
    ("event", "Ersatztermin am Freitag"),
    ("", "Fortbildung des Teams"),
]


def _time(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def load_demo(offers_per_district: int | None = None, today: date | None = None) -> dict:
    """Create whatever of the demo is missing; returns counts of what was created."""
    # German is the source language: model fields written here are the `_de` columns.
    with translation.override("de"), transaction.atomic():
        return _load(offers_per_district, today or timezone.localdate())


def _load(offers_per_district: int | None, today: date) -> dict:
    monday = schedules.week_start(today)
    created = {"offers": 0}

    if not City.objects.exists():
        City.objects.create(
            name=data.CITY["name"],
            contact_name=data.CITY["contact_name"],
            street=data.CITY["street"],
            postcode=data.CITY["postcode"],
            locality=data.CITY["city"],
            phone=data.CITY["phone"],
            email=data.CITY["email"],
            latitude=Decimal(digital.CITY_CENTRE[0]),
            longitude=Decimal(digital.CITY_CENTRE[1]),
        )
    groups = _by_slug(TargetGroup, data.TARGET_GROUPS, position=True)
    categories = _by_slug(Category, data.CATEGORIES, position=True)
    organisations = _by_slug(
        Organisation,
        [{k: v for k, v in spec.items() if k != "districts"} for spec in data.ORGANISATIONS],
    )
    districts = {}
    for position, spec in enumerate(data.DISTRICTS):
        office = spec["office"]
        districts[spec["slug"]], _ = District.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "code": spec["code"],
                "intro": spec["intro"],
                "office_name": office["name"],
                "office_street": office["street"],
                "office_postcode": office["postcode"],
                "office_hours": office["hours"],
                "office_phone": office["phone"],
                "office_email": office["email"],
                "position": position,
            },
        )
    places = _places(districts, organisations)
    _profiles(organisations, districts)
    _digital_anchors(places)

    offer_templates = {}
    for district_slug, keys in data.DISTRICT_OFFERS.items():
        district = districts[district_slug]
        for key, slug, round_ in _offer_slugs(district_slug, keys, offers_per_district):
            if round_ == 0:
                offer_templates[slug] = key
            template = data.OFFER_TEMPLATES[key]
            if Offer.objects.filter(slug=slug).exists():
                continue
            offer = _create_offer(slug, template, district, places, organisations, monday)
            if created["offers"] % 9 == 4:  # some providers have not confirmed for a while
                offer.last_confirmed = today - timedelta(days=200 + created["offers"])
                offer.save(update_fields=["last_confirmed"])
            offer.target_groups.set([groups[g] for g in template["target_groups"]])
            offer.categories.set([categories[c] for c in template["categories"]])
            created["offers"] += 1

    _translate(districts, places, groups, categories, offer_templates, organisations)
    _easy_summaries(offer_templates)
    _demo_changes(monday)
    _demo_users()
    return created


def _by_slug(model, specs, position=False):
    objects = {}
    for index, spec in enumerate(specs):
        defaults = {k: v for k, v in spec.items() if k != "slug"}
        if position:
            defaults["position"] = index
        objects[spec["slug"]], _ = model.objects.get_or_create(slug=spec["slug"], defaults=defaults)
    return objects


def _profiles(organisations, districts):
    """Providers' profiles and the districts they name themselves, where a database seeded
    before they existed has none."""
    for spec in data.ORGANISATIONS:
        organisation = organisations[spec["slug"]]
        if not organisation.profile_de:
            organisation.profile_de = spec["profile"]
            organisation.save(update_fields=["profile_de"])
        if spec.get("districts") and not organisation.districts.exists():
            organisation.districts.set([districts[slug] for slug in spec["districts"]])


def _places(districts, organisations):
    places = {}
    for spec in data.PLACES:
        # The demo's hours were written as text; what reads as data becomes data, the
        # rest stays the note (as migration 0016 did for existing places).
        hours, rest = opening_hours.parse_text(spec["opening_hours"])
        place, _ = Place.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "district": districts[spec["district"]],
                "organisation": organisations.get(spec["organisation"]),
                "street": spec["street"],
                "postcode": spec["postcode"],
                "locality": data.CITY["city"],
                "hours": hours,
                "opening_hours": spec["opening_hours"] if rest else "",
                "phone": spec.get("phone", ""),
                "step_free": spec["step_free"],
                "accessibility": spec["accessibility"],
            },
        )
        places.setdefault((spec["district"], spec["kind"]), place)
        places[spec["slug"]] = place
    return places


def _digital_anchors(places):
    """The demo's digital anchor places (`demo/digital.py`), once."""
    for slug, spec in digital.ANCHORS.items():
        place = places[slug]
        if place.digital_anchor:
            continue
        values = {key: value for key, value in spec.items() if key != "at"}
        for name, value in values.items():
            setattr(place, name, value)
        place.digital_anchor = True
        place.latitude, place.longitude = (Decimal(value) for value in spec["at"])
        place.save(update_fields=[*values, "digital_anchor", "latitude", "longitude"])


def _offer_slugs(district_slug, keys, count):
    """(template key, slug) pairs: the district's own list, cycled with numbers past its end."""
    count = len(keys) if count is None else count
    for index, key in enumerate(itertools.islice(itertools.cycle(keys), count)):
        round_ = index // len(keys)
        suffix = f"-{round_ + 1}" if round_ else ""
        yield key, f"{key}-{district_slug}{suffix}"[:120], round_


def _create_offer(slug, template, district, places, organisations, monday):
    place = places.get((district.slug, template["place_kind"])) if template["place_kind"] else None
    organisation = (place.organisation if place and place.organisation else None) or next(
        iter(organisations.values())
    )
    offer = Offer.objects.create(
        slug=slug,
        title=template["title"],
        summary=template["summary"],
        description=template["description"],
        organisation=organisation,
        place=place,
        online_url=template["online_url"].format(district=district.slug),
        attendance=template.get("attendance", "on_site"),
        childcare=template.get("childcare", False),
        min_age=template["min_age"],
        max_age=template["max_age"],
        is_free=template["is_free"],
        cost_note=template["cost_note"],
        registration_required=template["registration_required"],
        registration_note=template["registration_note"],
        languages=template["languages"],
        times_note=template["times_note"],
        contact_name=template["contact_name"],
        contact_phone=template["contact_phone"],
        contact_email=template["contact_email"],
        digital_help=template.get("digital_help", False),
    )
    offer.districts.add(district)
    for rule in template["rules"]:
        _create_rules(offer, rule, monday)
    return offer


def _create_rules(offer, spec, monday):
    common = {
        "offer": offer,
        "start_time": _time(spec["start"]),
        "end_time": _time(spec["end"]) if spec.get("end") else None,
        "school_holidays": spec.get("school_holidays", SchoolHolidayMode.ALWAYS),
        "on_public_holidays": spec.get("on_public_holidays", False),
    }
    if spec["kind"] == "dates":
        for offset in spec["day_offsets"]:
            ScheduleRule.objects.create(
                kind=RuleKind.SINGLE, date=monday + timedelta(days=offset), **common
            )
        return
    interval = spec.get("interval", 1)
    ScheduleRule.objects.create(
        kind=spec["kind"],
        weekdays=list(spec["weekdays"]),
        interval_weeks=interval,
        ordinal=spec.get("ordinal"),
        # Every-n-weeks rules count from their first date; start this week so it runs now.
        valid_from=monday if interval > 1 else None,
        **common,
    )


def _fill(obj, language, values):
    """Set the translations that are still empty; never overwrite what someone entered."""
    fields = []
    for field, value in values.items():
        name = f"{field}_{language}"
        if value and not getattr(obj, name):
            setattr(obj, name, value)
            fields.append(name)
    if fields:
        obj.save(update_fields=fields)


def _translate(districts, places, groups, categories, offer_templates, organisations):
    """The offered languages' texts from `demo/translations/<code>.py`."""
    city = City.objects.first()
    offers = Offer.objects.filter(slug__in=offer_templates)
    for language in languages.translated():
        try:
            texts = import_module(f"demo.translations.{language}")
        except ModuleNotFoundError:  # a language the demo has no texts for stays German
            continue
        _fill(city, language, texts.CITY)
        for slug, values in texts.DISTRICTS.items():
            _fill(districts[slug], language, values)
        for slug, values in texts.PLACES.items():
            if not places[slug].opening_hours:  # hours as data only: no note to translate
                values = {key: text for key, text in values.items() if key != "opening_hours"}
            _fill(places[slug], language, values)
        for slug, values in texts.TARGET_GROUPS.items():
            _fill(groups[slug], language, values)
        for slug, values in texts.CATEGORIES.items():
            _fill(categories[slug], language, values)
        for slug, values in texts.ORGANISATIONS.items():
            _fill(organisations[slug], language, values)
        for offer in offers:
            key = offer_templates[offer.slug]
            if key not in LEFT_UNTRANSLATED.get(language, ()):
                _fill(offer, language, texts.OFFERS[key])


def _easy_summaries(offer_templates):
    """Leichte Sprache for some offers of one district (`demo/easy.py`), where empty."""
    for offer in Offer.objects.filter(
        slug__in=offer_templates, districts__slug=easy.DISTRICT, summary_easy=""
    ):
        text = easy.SUMMARIES.get(offer_templates[offer.slug])
        if text:
            offer.summary_easy = text
            offer.save(update_fields=["summary_easy"])


def _demo_changes(monday):
    """A few cancellations this week and one closure next week, once."""
    if ScheduleException.objects.exists() or Closure.objects.exists():
        return
    calendar = city_calendar()
    sunday = monday + timedelta(days=6)
    for district in District.objects.all():
        offers = Offer.objects.filter(districts=district).prefetch_related("rules")
        changed = 0
        for offer in offers.order_by("slug")[::5]:
            scheduled = [
                o
                for o in schedules.expand(offer.rules.all(), [], [], calendar, monday, sunday)
                if o.status == OccurrenceStatus.SCHEDULED
            ]
            if len(scheduled) < 2:
                continue
            reason, note = CANCELLATIONS[changed % len(CANCELLATIONS)]
            ScheduleException.objects.create(
                offer=offer, date=scheduled[1].day, reason=reason, note=note
            )
            changed += 1
            if changed == 2:
                break
    youth_centre = Place.objects.filter(name__icontains="jugend").order_by("slug").first()
    if youth_centre:
        Closure.objects.create(
            place=youth_centre,
            start_date=monday + timedelta(days=7),
            end_date=monday + timedelta(days=11),
            reason="Renovierung der Räume",
        )


def _demo_users():
    """The two groups, one account per provider named by its slug and the clerk "sozialamt",
    all with the password "demo" (README.md)."""
    clerks, providers = permissions.default_groups()
    for organisation in Organisation.objects.all():
        if User.objects.filter(username=organisation.slug).exists():
            continue
        user = User.objects.create_user(
            organisation.slug,
            password="demo",  # noqa: S106 — the demo only (README.md)
            first_name=organisation.name[:150],
            is_staff=True,
        )
        user.groups.add(providers)
        Membership.objects.create(user=user, organisation=organisation)
    if not User.objects.filter(username="sozialamt").exists():
        user = User.objects.create_user(
            "sozialamt",
            email="sozialamt@bottrop.example",
            password="demo",  # noqa: S106 — the demo only (README.md)
            first_name="Sozialamt",
            last_name="Bottrop",
            is_staff=True,
        )
        user.groups.add(clerks)
