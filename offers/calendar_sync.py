"""The calendar import's writes: a provider's feed in, its events out as offers.

`import_feed(feed)` fetches the feed (`offers.remote`, the only door to other people's URLs),
maps it (`offers.calendar_import`, pure) and writes the result with `sync_feed`:

- every write counts as the provider's (`offers.approval`): inside `approval.acting(user)` with
  the feed's provider user, or `approval.importing()` when the organisation has none. So a new
  imported offer waits for a clerk, and a change to a published one keeps the approved state
  on the board until a clerk approves it;
- nothing is written when an event did not change, so a nightly run does not put unchanged
  offers on the clerk's list again. When the calendar entry itself is unchanged (its
  fingerprint) but its dates move on — single dates entering the 12-week horizon, dates gone
  by — the new dates are written as the operator's: the approved word of the calendar, not a
  change to approve. Texts, place and districts always go through approval;
- an offer a clerk detached (`calendar_detached`) is never touched again;
- an offer whose event left the feed (or ended) is archived, not deleted; hiding needs no
  approval, so that write is the operator's;
- cancellations and moves are the feed's own `ScheduleException`s (`from_calendar`); a
  clerk's own entries on an imported offer stay.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.text import slugify

from offers import approval, calendar_import, permissions, remote
from offers.enums import Attendance, OfferStatus
from offers.models import CalendarFeed, Offer, Place, ScheduleException, ScheduleRule

logger = logging.getLogger(__name__)

MAX_NOTES = 50  # lines of notes kept on a feed's page
GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe"})


@dataclass
class Result:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    archived: int = 0
    detached: int = 0
    error: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> str:
        if self.error:
            return f"Fehler: {self.error}"
        text = (
            f"{self.imported} Angebot(e) aus dem Kalender ({self.created} neu, {self.updated} "
            f"geändert), {self.archived} archiviert"
        )
        if self.detached:
            text += f", {self.detached} gelöst und nicht geändert"
        if self.notes:
            text += f", {len(self.notes)} Hinweis(e)"
        return text + "."


# A claim older than this is from an import that died (a killed process, a lost worker).
RUN_TIMEOUT = timedelta(minutes=10)
ALREADY_RUNNING = (
    "Dieser Kalender wird gerade schon abgerufen – bitte in ein paar Minuten noch einmal."
)


def _claim(feed: CalendarFeed) -> bool:
    """Whether this import may run: one at a time per feed, since the nightly timer and a
    clerk's "Jetzt abrufen" may meet. A conditional UPDATE is atomic in every database and
    across processes, with no lock held while the feed is fetched."""
    now = timezone.now()
    free = Q(running_since__isnull=True) | Q(running_since__lt=now - RUN_TIMEOUT)
    return bool(CalendarFeed.objects.filter(free, pk=feed.pk).update(running_since=now))


def import_feed(feed: CalendarFeed, today: date | None = None) -> Result:
    """Fetch `feed` and bring its offers up to date; errors end on the feed, not raised.
    While another import of the same feed runs, nothing is done and the answer says so."""
    if not _claim(feed):
        return Result(error=ALREADY_RUNNING)
    try:
        return _import(feed, today)
    finally:
        CalendarFeed.objects.filter(pk=feed.pk).update(running_since=None)


def _import(feed: CalendarFeed, today: date | None) -> Result:
    try:
        data = remote.fetch(feed.url)
        result = sync_feed(feed, data, today)
    except (remote.FetchError, calendar_import.CalendarError) as error:
        result = Result(error=str(error))
    except Exception:
        logger.exception("calendar import of feed %s failed", feed.pk)
        result = Result(error="Unerwarteter Fehler beim Import – bitte die Technik informieren.")
    _record(feed, result)
    return result


def import_all(today: date | None = None):
    """Every active feed, one after the other: (feed, result) pairs."""
    for feed in CalendarFeed.objects.filter(active=True).select_related("organisation"):
        yield feed, import_feed(feed, today)


def _record(feed: CalendarFeed, result: Result) -> None:
    feed.last_run = timezone.now()
    feed.last_error = result.error
    if not result.error:
        notes = result.notes[:MAX_NOTES]
        if len(result.notes) > MAX_NOTES:
            notes.append(f"… und {len(result.notes) - MAX_NOTES} weitere Hinweise.")
        feed.last_notes = "\n".join(notes)
        feed.last_imported = result.imported
    feed.save(update_fields=["last_run", "last_error", "last_notes", "last_imported"])


def writer(feed: CalendarFeed) -> User | None:
    """The provider user whose write the import is: the feed's author if a provider member
    of its organisation, else the organisation's first provider user; None if it has none."""
    members = User.objects.filter(
        memberships__organisation=feed.organisation, is_active=True
    ).order_by("pk")
    candidates = [feed.created_by, *members] if feed.created_by_id else list(members)
    member_ids = set(members.values_list("pk", flat=True))
    for user in candidates:
        if user.pk in member_ids and not permissions.is_clerk(user):
            return user
    return None


def sync_feed(feed: CalendarFeed, data: bytes, today: date | None = None) -> Result:
    """Offers of `feed` as `data` (an iCalendar file) says, from `today` on."""
    today = today or timezone.localdate()
    parsed = calendar_import.parse(
        data,
        today,
        ZoneInfo(settings.TIME_ZONE),
        max_rules=settings.QUARTIER["MAX_RULES_PER_OFFER"],
    )
    result = Result(notes=list(parsed.notes))
    user = writer(feed)
    existing = {offer.calendar_uid: offer for offer in Offer.objects.filter(calendar_feed=feed)}
    places = list(Place.objects.filter(organisation=feed.organisation))
    districts = set(feed.districts.values_list("pk", flat=True))
    seen = set()
    rolling = []  # offers whose calendar entry did not change: only days passed
    edited = []  # offers whose calendar entry changed
    with translation.override("de"), transaction.atomic():
        with approval.acting(user) if user else approval.importing():
            for event in parsed.events:
                offer = existing.get(event.uid)
                if offer is not None and offer.calendar_detached:
                    seen.add(event.uid)
                    result.detached += 1
                    continue
                place = _place(event, places, feed)
                if place is None and not event.url:
                    result.notes.append(
                        f"„{event.title}“: kein Ort – bitte beim Kalender einen Ort wählen oder "
                        "im Termin den Namen eines Ortes des Trägers angeben."
                    )
                    continue
                seen.add(event.uid)
                if offer is None:
                    _create(feed, event, place, districts)
                    result.created += 1
                    continue
                changed = _update_fields(offer, event, place, districts)
                if offer.calendar_fingerprint == event.fingerprint:
                    rolling.append((offer, event, changed))
                    continue
                changed = _update_dates(offer, event, today) or changed
                _count(result, changed)
                edited.append((offer, event))
        # The rest is the operator's, also when a provider pressed "Jetzt abrufen" (the request
        # would otherwise make it theirs): the provider wrote nothing new.
        with approval.acting(None):
            # Single dates of the rolling horizon and dates gone by of an unchanged calendar
            # entry are its approved word moving on, not a change to approve.
            for offer, event, changed in rolling:
                _count(result, _update_dates(offer, event, today) or changed)
            for offer, event in edited:  # bookkeeping
                Offer.objects.filter(pk=offer.pk).update(calendar_fingerprint=event.fingerprint)
            for uid, offer in existing.items():  # hiding what left the calendar
                gone = uid not in seen and not offer.calendar_detached
                if gone and offer.status != OfferStatus.ARCHIVED:
                    offer.status = OfferStatus.ARCHIVED
                    offer.save(update_fields=["status", "updated_at"])
                    result.archived += 1
    return result


def _count(result: Result, changed: bool) -> None:
    if changed:
        result.updated += 1
    else:
        result.unchanged += 1


def _place(event, places, feed) -> Place | None:
    """A place of the provider named in the event's location (the longest name that fits),
    else the feed's place."""
    location = event.location.casefold()
    named = [place for place in places if place.name and place.name.casefold() in location]
    if named:
        return max(named, key=lambda place: len(place.name))
    return feed.place


def _fields(event, place) -> dict:
    return {
        "title_de": event.title,
        "summary_de": event.summary,
        "description_de": event.description,
        "place_id": place.pk if place else None,
        "online_url": "" if place else event.url,
        # An event without a place but with a link is held online.
        "attendance": Attendance.ONLINE if not place and event.url else Attendance.ON_SITE,
    }


def _unique_slug(title: str) -> str:
    base = slugify(title.translate(GERMAN_LETTERS))[:100].strip("-") or "termin"
    slug, number = base, 1
    while Offer.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _create(feed, event, place, districts) -> Offer:
    offer = Offer(
        slug=_unique_slug(event.title),
        organisation=feed.organisation,
        calendar_feed=feed,
        calendar_uid=event.uid,
        calendar_fingerprint=event.fingerprint,
        **_fields(event, place),
    )
    offer.save()
    offer.districts.set(districts)
    _write_rules(offer, event)
    _sync_exceptions(offer, event, date.min)
    return offer


def _update_fields(offer: Offer, event, place, districts) -> bool:
    """Texts, place and districts as the calendar and the feed say; whether any differed."""
    changed = False
    wanted = _fields(event, place)
    if any((getattr(offer, name) or "") != (value or "") for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(offer, name, value)
        offer.save()
        changed = True
    if set(offer.districts.values_list("pk", flat=True)) != districts:
        offer.districts.set(districts)
        changed = True
    return changed


def _update_dates(offer: Offer, event, today) -> bool:
    """Rules and the feed's exceptions as the calendar says; whether any differed."""
    changed = False
    # Dates that passed are no change: the feed no longer lists them, the offer still has them.
    ahead = [rule for rule in offer.rules.all() if calendar_import.still_ahead(rule, today)]
    if _rule_key(ahead) != Counter(_spec_key(rule) for rule in event.rules):
        offer.rules.all().delete()
        _write_rules(offer, event)
        changed = True
    return _sync_exceptions(offer, event, today) or changed


def _spec_key(spec) -> tuple:
    values = spec.values()
    return tuple(tuple(values[name]) if name == "weekdays" else values[name] for name in values)


def _rule_key(rules) -> Counter:
    keys = []
    for rule in rules:
        values = {name: getattr(rule, name) for name in ScheduleRule.EDITABLE_FIELDS}
        values["weekdays"] = tuple(sorted(values["weekdays"] or []))
        keys.append(tuple(values[name] for name in ScheduleRule.EDITABLE_FIELDS))
    return Counter(keys)


def _write_rules(offer, event) -> None:
    for spec in event.rules:
        ScheduleRule.objects.create(offer=offer, **spec.values())


EXCEPTION_FIELDS = ("kind", "new_date", "new_start_time", "new_end_time")


def _sync_exceptions(offer, event, today) -> bool:
    """The feed's cancellations and moves from `today` on; a clerk's own entries win on their
    dates."""
    changed = False
    wanted = {spec.date: spec for spec in event.exceptions}
    for exception in list(offer.exceptions.filter(date__gte=today)):
        if not exception.from_calendar:
            wanted.pop(exception.date, None)
            continue
        spec = wanted.pop(exception.date, None)
        if spec is None:
            exception.delete()
            changed = True
        elif any(getattr(exception, name) != getattr(spec, name) for name in EXCEPTION_FIELDS):
            for name in EXCEPTION_FIELDS:
                setattr(exception, name, getattr(spec, name))
            exception.save()
            changed = True
    for spec in wanted.values():
        ScheduleException.objects.create(
            offer=offer,
            from_calendar=True,
            date=spec.date,
            **{name: getattr(spec, name) for name in EXCEPTION_FIELDS},
        )
        changed = True
    return changed


def detach(offers) -> int:
    """Offers a clerk now edits here: later imports leave them alone. Returns how many."""
    count = 0
    for offer in offers.filter(calendar_feed__isnull=False, calendar_detached=False):
        offer.calendar_detached = True
        offer.save(update_fields=["calendar_detached", "updated_at"])
        count += 1
    return count
