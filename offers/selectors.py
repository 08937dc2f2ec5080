"""Reads for the boards: each returns what one page shows, in a constant number of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone

from offers import approval, online, opening_hours, public, schedules, translation_state
from offers.calendars import city_calendar
from offers.enums import Attendance, OfferStatus
from offers.models import (
    Category,
    City,
    Closure,
    District,
    Offer,
    Organisation,
    Place,
    ScheduleException,
    TargetGroup,
)
from quartier import languages


@dataclass(frozen=True)
class Entry:
    """One line of the plan: an offer at one occurrence."""

    offer: Offer
    occurrence: schedules.Occurrence


@dataclass
class WeekPlan:
    monday: date
    today: date
    days: list[schedules.Day]
    untimed: list[Offer]
    places: list[Place] = field(default_factory=list)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def occurrence_count(self) -> int:
        return sum(len(day.entries) for day in self.days)

    def highlights(self, count: int = 3) -> list[Offer]:
        """The first offers of the week that take place, each once (for link previews)."""
        seen = {}
        for day in self.days:
            for entry in day.entries:
                if not entry.occurrence.is_cancelled:
                    seen.setdefault(entry.offer.pk, entry.offer)
        return list(seen.values())[:count]


def get_city() -> City:
    """The city's settings row, or an unsaved default before any data exists."""
    return City.objects.first() or City(name="Quartier")


def active_districts():
    return District.objects.active()


def target_groups():
    return TargetGroup.objects.all()


def categories():
    return Category.objects.all()


def _published_offers():
    return Offer.objects.select_related("place", "organisation").prefetch_related(
        "rules", "target_groups", "categories"
    )


# Django's prefetch keeps each offer's related rows in a queryset made for that offer and
# relation; on a busy board building them was two fifths of the week plan. Rows fetched into
# plain lists (`to_attr`, the same queries) and then put where `offer.rules.all()` looks
# serve every reader of `.all()` alike, as `approval.apply_snapshot` already does for rules.
_LISTED = "_listed_"


def _listed(name: str, queryset=None) -> Prefetch:
    return Prefetch(name, queryset=queryset, to_attr=_LISTED + name)


def _as_prefetched(offers: list[Offer]) -> list[Offer]:
    """The `_listed` rows of each offer where `.all()` reads them; an approved snapshot's
    rules (set by `offers.public`) stay."""
    for offer in offers:
        cache = offer.__dict__.setdefault("_prefetched_objects_cache", {})
        for key in [key for key in offer.__dict__ if key.startswith(_LISTED)]:
            cache.setdefault(key.removeprefix(_LISTED), offer.__dict__.pop(key))
    return offers


def _exceptions_between(start: date, end: date):
    # Exceptions on a day of the range, and moves from elsewhere into it.
    return ScheduleException.objects.filter(
        Q(date__range=(start, end)) | Q(new_date__range=(start, end))
    )


def _closures_by_owner(start: date, end: date):
    by_place, by_organisation = defaultdict(list), defaultdict(list)
    for closure in Closure.objects.filter(start_date__lte=end, end_date__gte=start):
        if closure.place_id:
            by_place[closure.place_id].append(closure)
        else:
            by_organisation[closure.organisation_id].append(closure)
    return by_place, by_organisation


def _closures_for(offer: Offer, by_place, by_organisation):
    return by_place.get(offer.place_id, []) + by_organisation.get(offer.organisation_id, [])


def _occurrences(offers, start: date, end: date):
    """(offer, occurrence) pairs for offers whose exceptions were prefetched for the range."""
    calendar = city_calendar()
    by_place, by_organisation = _closures_by_owner(start, end)
    for offer in offers:
        closures = _closures_for(offer, by_place, by_organisation)
        for occurrence in schedules.expand(
            offer.rules.all(), offer.exceptions.all(), closures, calendar, start, end
        ):
            yield offer, occurrence


# The board's "Besonderes" filter: which offers each choice keeps (approved state, in Python
# after `offers.public` applied the snapshots, so a waiting change never decides).
EXTRA_FILTERS = {
    "online": lambda offer: offer.is_online,  # online or hybrid
    "childcare": lambda offer: offer.childcare,
    # Narrowed in SQL already (`public.offers(digital_help=…)`); kept here so that every
    # choice of the board's `extra` has its test in one place.
    "digital": lambda offer: offer.digital_help,
}


def week_plan(
    district: District,
    monday: date,
    *,
    target_group: TargetGroup | None = None,
    category: Category | None = None,
    organisation: Organisation | None = None,
    extra: str | None = None,
    today: date | None = None,
) -> WeekPlan:
    """The district's plan for the week starting `monday`, optionally filtered (the embed
    on a provider's website shows only its `organisation`'s offers; `extra` is one of
    `EXTRA_FILTERS`)."""
    sunday = monday + timedelta(days=6)
    queryset = Offer.objects.select_related("place", "organisation").prefetch_related(
        _listed("rules"),
        _listed("target_groups"),
        _listed("categories"),
        _listed("exceptions", _exceptions_between(monday, sunday)),
    )
    offers = _as_prefetched(
        public.offers(
            queryset,
            district=district,
            target_group=target_group,
            category=category,
            organisation=organisation,
            digital_help=extra == "digital",
        )
    )
    if extra:
        offers = [offer for offer in offers if EXTRA_FILTERS[extra](offer)]
    today = today or timezone.localdate()
    calendar = city_calendar()
    days = {
        day: schedules.Day(
            day=day,
            public_holiday=calendar.public_holiday(day),
            school_holiday=calendar.school_holiday(day),
            is_today=day == today,
        )
        for day in schedules.days_of_week(monday)
    }
    for offer, occurrence in _occurrences(offers, monday, sunday):
        days[occurrence.day].entries.append(Entry(offer, occurrence))
    for day in days.values():
        day.entries.sort(key=lambda e: (e.occurrence.start, e.offer.title))
    return WeekPlan(
        monday=monday,
        today=today,
        days=list(days.values()),
        untimed=[offer for offer in offers if not offer.rules.all()],
        places=public.places(Place.objects.all(), district=district),
    )


def offer_preview(offer_id) -> Offer:
    """Any offer as last saved, approved or not, for the admin's preview."""
    return (
        Offer.objects.select_related("place", "organisation", "place__district")
        .prefetch_related("rules", "target_groups", "categories", "districts")
        .get(pk=offer_id)
    )


def offer_for_board(district: District, slug: str) -> Offer:
    """A published offer shown on `district`'s board; DoesNotExist otherwise."""
    found = public.offers(_published_offers().filter(slug=slug), district=district)
    if not found:
        raise Offer.DoesNotExist
    return found[0]


def upcoming_occurrences(offer: Offer, start: date, weeks: int = 8, approved: bool = True):
    """The offer's occurrences from `start` for the next `weeks` weeks (offer page); with
    `approved=False` as its provider last saved it (the admin's preview)."""
    end = start + timedelta(weeks=weeks)
    queryset = Offer.objects.filter(pk=offer.pk).prefetch_related(
        "rules", Prefetch("exceptions", queryset=_exceptions_between(start, end))
    )
    offer_list = public.offers(queryset) if approved else list(queryset)
    return [occurrence for _, occurrence in _occurrences(offer_list, start, end)]


def join_windows(today: date) -> dict[str, list[tuple[datetime, datetime]]]:
    """{offer slug: [(opens, closes)]} of the join links of published online and hybrid
    offers for dates from yesterday (a date may run past midnight) to tomorrow, as UTC
    instants (offers.online). The page cache keys offer pages on them."""
    start, end = today - timedelta(days=1), today + timedelta(days=1)
    # A waiting change may have made an offer on site: its approved state decides.
    online_now = Q(attendance__in=(Attendance.ONLINE, Attendance.HYBRID))
    queryset = Offer.objects.filter(
        online_now | Q(approved_snapshot__isnull=False)
    ).prefetch_related(_listed("rules"), _listed("exceptions", _exceptions_between(start, end)))
    offers = [offer for offer in _as_prefetched(public.offers(queryset)) if offer.is_online]
    windows = {offer.slug: [] for offer in offers}  # no dates near today: always closed
    for offer, occurrence in _occurrences(offers, start, end):
        if (window := online.join_window(occurrence)) is not None:
            windows[offer.slug].append(window)
    return dict(windows)


@dataclass(frozen=True)
class NextDates:
    """An offer's next dates for the admin: from `start` (today, or the offer's first date if
    that is later) the `dates` that take place, and the `dropped` ones the rules give but a
    holiday, closure or cancellation takes away, up to the last date (or `until`, the last day
    looked at)."""

    start: date
    dates: list[schedules.Occurrence]
    dropped: list[schedules.Occurrence]
    until: date
    has_rules: bool = True


# How far ahead `next_dates` looks, in steps: most offers fill their dates in the first.
NEXT_DATES_WEEKS = (8, 26, 104)


def next_dates(offer: Offer, today: date, count: int = 8) -> NextDates:
    """The next `count` dates of `offer` as last saved (approved or not), counted from today or
    from its first date if that is later (an offer starting in January shows January), with
    the dates between that holidays, closures or cancellations remove. Three queries."""
    rules = list(offer.rules.all())
    start = max(today, schedules.first_day(rules) or today)
    last = start + timedelta(weeks=NEXT_DATES_WEEKS[-1])
    exceptions = list(_exceptions_between(start, last).filter(offer=offer)) if rules else []
    closures = _closures_for(offer, *_closures_by_owner(start, last)) if rules else []
    calendar = city_calendar()
    for weeks in NEXT_DATES_WEEKS:
        until = start + timedelta(weeks=weeks)
        occurrences = schedules.expand(rules, exceptions, closures, calendar, start, until)
        taking_place = [o for o in occurrences if not o.is_cancelled]
        if len(taking_place) >= count or not rules:
            break
    dates = taking_place[:count]
    if len(dates) == count:
        until = dates[-1].day
    dropped = [o for o in occurrences if o.is_cancelled and o.day <= until]
    return NextDates(start, dates, dropped, until, has_rules=bool(rules))


def place_for_board(district: District, slug: str) -> Place:
    """A published place in `district`'s approved state; DoesNotExist otherwise."""
    found = public.places(
        Place.objects.select_related("organisation", "district").filter(slug=slug),
        district=district,
    )
    if not found:
        raise Place.DoesNotExist
    return found[0]


def place_closures(place: Place, start: date):
    """(first, last) days of the place's and its provider's closures from `start` on."""
    owner = Q(place=place)
    if place.organisation_id:
        owner |= Q(organisation_id=place.organisation_id)
    found = Closure.objects.filter(owner, end_date__gte=start).values_list("start_date", "end_date")
    return list(found)


def place_hours(place: Place, now: datetime) -> dict | None:
    """What the place page shows of the hours: the grouped week and "jetzt geöffnet/
    geschlossen" at `now`, closures included; None when the place has no hours as data."""
    if not place.hours:
        return None
    closures = place_closures(place, now.date())
    found = opening_hours.state(place.hours, now, closures)
    return {
        "lines": opening_hours.summary(place.hours),
        "is_open": found.is_open,
        "state": opening_hours.format_state(found, now),
        "closure": found.closure,
    }


def offers_at_place(place: Place):
    return public.offers(_published_offers(), place=place)


def highlights(district: District, language: str, count: int = 4) -> list[Offer]:
    """A few offers that show the range of the board (for flyers): one per category,
    preferring offers translated into `language` and offers with fixed times."""
    chosen, seen = [], set()
    offers = public.offers(_published_offers().order_by("slug"), district=district)
    ranked = sorted(
        offers, key=lambda offer: (not offer.is_translated(language), not offer.rules.all())
    )
    for offer in ranked:
        categories = {category.pk for category in offer.categories.all()}
        if categories and categories <= seen:
            continue
        chosen.append(offer)
        seen |= categories
        if len(chosen) == count:
            break
    return chosen


def organisation_for_board(slug: str) -> Organisation:
    """A published provider by its slug, as approved; DoesNotExist otherwise."""
    found = public.organisations(Organisation.objects.filter(slug=slug))
    if not found:
        raise Organisation.DoesNotExist
    return found[0]


def recently_changed(district: District, count: int = 30) -> list[Offer]:
    """The district's published offers, most recently created or changed first (Atom feed).

    `updated_at` is the last save; a provider's change that still waits for approval moves
    the offer up although residents still read the approved text, a small price for not
    keeping a second timestamp."""
    offers = public.offers(_published_offers(), district=district)
    offers.sort(key=lambda offer: (offer.updated_at, offer.pk), reverse=True)
    return offers[:count]


def feed_offers(district: District, start: date, end: date, offer_slug: str | None = None):
    """Published offers of a district (or one of them) for a calendar feed, each with its
    rules, its exceptions between `start` and `end` and, as `.closures`, the closures of its
    place and provider in that range."""
    offers = _published_offers().prefetch_related(
        Prefetch("exceptions", queryset=_exceptions_between(start, end))
    )
    if offer_slug is not None:
        offers = offers.filter(slug=offer_slug)
    offers = public.offers(offers, district=district)
    by_place, by_organisation = _closures_by_owner(start, end)
    for offer in offers:
        offer.closures = _closures_for(offer, by_place, by_organisation)
    return offers


def screen_plan(district: District, now) -> dict:
    """For the infoscreen: what is still on today (not yet ended), and tomorrow's first
    dates. `now` is a local datetime."""
    today = now.date()
    monday = schedules.week_start(today)
    plan = week_plan(district, monday, today=today)
    days = {day.day: day for day in plan.days}
    if today + timedelta(days=1) not in days:
        following = week_plan(district, monday + timedelta(weeks=1), today=today)
        days.update({day.day: day for day in following.days})
    current_time = now.time()
    still_on = [
        entry
        for entry in days[today].entries
        if (entry.occurrence.end or entry.occurrence.start) >= current_time
    ]
    return {
        "today": days[today],
        "still_on": still_on,
        "tomorrow": days[today + timedelta(days=1)],
        "open_now": places_open_now([entry.offer.place for entry in still_on], now),
    }


def places_open_now(places, now) -> dict[int, bool]:
    """{place id: open at `now`} for the places with hours as data, closures included (one
    query for all of them); places without hours are left out."""
    with_hours = {place.pk: place for place in places if place is not None and place.hours}
    if not with_hours:
        return {}
    organisations = {place.organisation_id for place in with_hours.values()} - {None}
    closures = Closure.objects.filter(
        Q(place_id__in=with_hours) | Q(organisation_id__in=organisations),
        start_date__lte=now.date(),
        end_date__gte=now.date(),
    ).values_list("place_id", "organisation_id", "start_date", "end_date")
    by_owner = defaultdict(list)
    for place_id, organisation_id, first, last in closures:
        by_owner[("place", place_id) if place_id else ("org", organisation_id)].append(
            (first, last)
        )
    return {
        pk: opening_hours.state(
            place.hours,
            now,
            by_owner[("place", pk)] + by_owner[("org", place.organisation_id)],
        ).is_open
        for pk, place in with_hours.items()
    }


def worklist(user, stale_days: int, limit: int = 8) -> dict:
    """The admin start page: what needs a clerk's or provider's attention, within what the
    user may see."""
    from offers import permissions

    offers = permissions.scope(Offer.objects.select_related("organisation"), user)
    since = timezone.now() - timedelta(days=7)
    cancellations = permissions.scope(
        ScheduleException.objects.select_related("offer").filter(
            created_at__gte=since, date__gte=timezone.localdate()
        ),
        user,
    )
    return {
        "pending": list(approval.waiting(offers)[:limit]),
        "pending_places": list(approval.waiting(permissions.scope(Place.objects, user))[:limit]),
        "pending_organisations": list(
            approval.waiting(permissions.scope(Organisation.objects, user))[:limit]
        ),
        "stale": list(offers.published().stale(stale_days).order_by("last_confirmed")[:limit]),
        "stale_days": stale_days,
        "missing": {
            language: offers.published().missing_translation(language).count()
            for language in languages.translated()
        },
        "translation_work": _translation_work(offers.published()),
        "cancelled": list(cancellations.order_by("date")[:limit]),
    }


def _translation_work(offers) -> list[dict]:
    """Per offered language: published offers with an outdated text, outdated and missing
    texts, and the German words of those texts (what a translator will charge for)."""
    codes = languages.translated()
    work = translation_state.workload(offers, codes)
    return [{"code": code, "name": languages.admin_name(code), **work[code]} for code in codes]


# --- Open data (opendata/: the HSDS API and the downloads) ------------------------------------

_OPEN_DATA_RELATIONS = {"districts": District, "target_groups": TargetGroup, "categories": Category}


def open_data_offers() -> list[Offer]:
    """Every published offer as approved, oldest first, for the open-data API and downloads:
    with its rules, provider, place (and `.place_district`), and as approved its districts,
    groups and categories (plain lists in `.open_districts`, `.open_groups`,
    `.open_categories`). A constant number of queries, however many offers."""
    queryset = (
        Offer.objects.select_related("place", "organisation")
        .prefetch_related(_listed("rules"), *(_listed(name) for name in _OPEN_DATA_RELATIONS))
        .order_by("pk")
    )
    offers = _as_prefetched(public.offers(queryset))
    every = {name: model.objects.in_bulk() for name, model in _OPEN_DATA_RELATIONS.items()}
    for offer in offers:
        for name, rows in every.items():
            snapshot = offer.approved_snapshot
            chosen = (
                [rows[pk] for pk in snapshot.get(name, []) if pk in rows]
                if snapshot
                else list(getattr(offer, name).all())
            )
            setattr(offer, f"open_{name}", sorted(chosen, key=lambda row: (row.position, row.pk)))
        place = offer.place
        offer.place_district = every["districts"].get(place.district_id) if place else None
    return offers


def open_data_organisations() -> list[Organisation]:
    """Published providers as approved, oldest first."""
    return public.organisations(Organisation.objects.order_by("pk"))


def open_data_places() -> list[Place]:
    """Published places as approved, oldest first, each with `.open_district` and, when it is
    published, `.open_organisation` (else None)."""
    places = public.places(Place.objects.select_related("organisation").order_by("pk"))
    districts = District.objects.in_bulk()
    for place in places:
        place.open_district = districts.get(place.district_id)
        organisation = place.organisation if place.organisation_id else None
        published = organisation is not None and organisation.status == OfferStatus.PUBLISHED
        place.open_organisation = organisation if published else None
    return places
