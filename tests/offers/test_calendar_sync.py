"""The calendar import against the real database and the real approval code."""

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.utils import timezone

from offers import approval, calendar_sync, public
from offers.enums import OfferStatus
from offers.models import CalendarFeed, Membership, Offer, ScheduleException
from tests.factories import make_accounts, make_district, make_organisation, make_place

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files" / "calendars"
TODAY = date(2026, 10, 19)


def google(**replace):
    data = (FILES / "google.ics").read_bytes().decode()
    for old, new in replace.items():
        data = data.replace(old, new)
    return data.encode()


@pytest.fixture
def feed():
    district = make_district(name="Welheim")
    organisation = make_organisation(name="Jugendtreff e. V.")
    make_place(district, organisation=organisation, name="Jugendtreff Welheim")
    other_place = make_place(district, organisation=organisation, name="Gemeindehaus")
    make_accounts()
    provider = User.objects.create_user("jugendtreff", is_staff=True)
    provider.groups.add(Group.objects.get(name="Träger"))
    Membership.objects.create(user=provider, organisation=organisation)
    clerk = User.objects.get(username="sozialamt")
    feed = CalendarFeed.objects.create(
        organisation=organisation, url="webcal://kalender.example/jt.ics", place=other_place
    )
    feed.created_by = clerk
    feed.save()
    feed.districts.set([district])
    return feed


def offers_of(feed):
    return {offer.title: offer for offer in Offer.objects.filter(calendar_feed=feed)}


def test_webcal_is_stored_as_https(feed):
    assert feed.url == "https://kalender.example/jt.ics"


def test_first_run_creates_pending_offers_with_rules_and_exceptions(feed):
    result = calendar_sync.sync_feed(feed, google(), TODAY)
    assert (result.created, result.updated, result.archived) == (3, 0, 0)
    offers = offers_of(feed)
    assert set(offers) == {"Hausaufgabenhilfe", "Elterncafé", "Vortrag: Raus aus den Schulden"}
    homework = offers["Hausaufgabenhilfe"]
    assert homework.status == OfferStatus.PENDING
    assert homework.calendar_uid == "7kukuqrfedlm2f9t2bqb7s0pjs@google.com"
    assert homework.place.name == "Jugendtreff Welheim"  # named in LOCATION
    assert offers["Elterncafé"].place.name == "Gemeindehaus"  # the feed's place
    assert list(homework.districts.all()) == list(feed.districts.all())
    assert [(r.kind, r.weekdays, r.start_time) for r in homework.rules.all()] == [
        ("weekly", [1, 3], time(15))
    ]
    assert [
        (e.date, e.kind, e.new_date, e.from_calendar) for e in homework.exceptions.order_by("date")
    ] == [
        (date(2026, 10, 27), "cancelled", None, True),
        (date(2026, 11, 5), "moved", date(2026, 11, 6), True),
    ]
    # Pending: residents see nothing of it yet.
    assert public.offers(Offer.objects.filter(calendar_feed=feed)) == []


def test_second_run_without_changes_writes_nothing(feed):
    calendar_sync.sync_feed(feed, google(), TODAY)
    approval.approve(Offer.objects.filter(calendar_feed=feed))
    result = calendar_sync.sync_feed(feed, google(), TODAY)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert not approval.waiting(Offer.objects.all()).exists()


def test_a_passed_date_is_no_change_to_approve(feed):
    calendar_sync.sync_feed(feed, google(), TODAY)
    approval.approve(Offer.objects.filter(calendar_feed=feed))
    calendar_sync.sync_feed(feed, google(), date(2026, 10, 28))
    assert not approval.waiting(Offer.objects.all()).exists()


def test_change_to_a_published_offer_waits_with_the_approved_state_shown(feed):
    calendar_sync.sync_feed(feed, google(), TODAY)
    approval.approve(Offer.objects.filter(calendar_feed=feed))
    start = "DTSTART;TZID=Europe/Berlin:20260901T"
    changed = google(
        **{"SUMMARY:Hausaufgabenhilfe": "SUMMARY:Lernhilfe", f"{start}150000": f"{start}160000"}
    )
    result = calendar_sync.sync_feed(feed, changed, TODAY)
    assert result.updated == 1
    offer = Offer.objects.get(calendar_uid="7kukuqrfedlm2f9t2bqb7s0pjs@google.com")
    assert (offer.title, offer.status) == ("Lernhilfe", OfferStatus.PUBLISHED)
    assert offer.rules.get().start_time == time(16)
    [shown] = public.offers(Offer.objects.filter(pk=offer.pk))
    assert (shown.title, shown.rules.all()[0].start_time) == ("Hausaufgabenhilfe", time(15))
    approval.approve([offer])
    [shown] = public.offers(Offer.objects.filter(pk=offer.pk))
    assert (shown.title, shown.rules.all()[0].start_time) == ("Lernhilfe", time(16))


def test_organisation_without_provider_user_still_goes_through_approval(feed):
    Membership.objects.all().delete()
    assert calendar_sync.writer(feed) is None
    calendar_sync.sync_feed(feed, google(), TODAY)
    assert set(Offer.objects.filter(calendar_feed=feed).values_list("status", flat=True)) == {
        OfferStatus.PENDING
    }


def test_writer_is_a_provider_member_not_the_clerk_who_registered_it(feed):
    # Registered by the clerk: the organisation's first provider user writes.
    writer = calendar_sync.writer(feed)
    assert writer.username != "sozialamt"
    assert writer.memberships.filter(organisation=feed.organisation).exists()
    feed.created_by = User.objects.get(username="jugendtreff")
    assert calendar_sync.writer(feed).username == "jugendtreff"


def test_event_gone_from_the_feed_is_archived_not_deleted(feed):
    calendar_sync.sync_feed(feed, google(), TODAY)
    approval.approve(Offer.objects.filter(calendar_feed=feed))
    data = google().decode()
    talk_starts = data.index("BEGIN:VEVENT\r\nDTSTART:20261029T170000Z")
    talk_ends = data.index("END:VEVENT\r\n", talk_starts) + len("END:VEVENT\r\n")
    without = (data[:talk_starts] + data[talk_ends:]).encode()
    result = calendar_sync.sync_feed(feed, without, TODAY)
    assert result.archived == 1
    talk = Offer.objects.get(calendar_uid="vortrag-schulden@google.com")
    assert talk.status == OfferStatus.ARCHIVED
    assert public.offers(Offer.objects.filter(pk=talk.pk)) == []


def test_detached_offer_is_neither_overwritten_nor_archived(feed):
    calendar_sync.sync_feed(feed, google(), TODAY)
    offer = Offer.objects.get(calendar_uid="7kukuqrfedlm2f9t2bqb7s0pjs@google.com")
    assert calendar_sync.detach(Offer.objects.filter(pk=offer.pk)) == 1
    offer.refresh_from_db()
    offer.title = "Hausaufgabenhilfe (hier gepflegt)"
    offer.save()
    result = calendar_sync.sync_feed(
        feed, google(**{"SUMMARY:Hausaufgabenhilfe": "SUMMARY:X"}), TODAY
    )
    assert result.detached == 1
    offer.refresh_from_db()
    assert offer.title == "Hausaufgabenhilfe (hier gepflegt)"
    calendar_sync.sync_feed(feed, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", TODAY)
    offer.refresh_from_db()
    assert offer.status == OfferStatus.PENDING  # detached: not archived
    assert Offer.objects.get(title_de="Elterncafé").status == OfferStatus.ARCHIVED


def test_feed_exceptions_follow_the_feed_and_a_clerks_own_stay(feed):
    calendar_sync.sync_feed(feed, google(), TODAY)
    offer = Offer.objects.get(calendar_uid="7kukuqrfedlm2f9t2bqb7s0pjs@google.com")
    ScheduleException.objects.create(offer=offer, date=date(2026, 10, 22), note="krank")
    no_exdate = google(**{"EXDATE;TZID=Europe/Berlin:20261027T150000\r\n": ""})
    calendar_sync.sync_feed(feed, no_exdate, TODAY)
    assert sorted(offer.exceptions.values_list("date", "from_calendar")) == [
        (date(2026, 10, 22), False),
        (date(2026, 11, 5), True),
    ]


def test_command_imports_every_active_feed_and_keeps_errors_per_feed(
    feed, calendar_server, local_calendars, capsys
):
    feed.url = calendar_server.url("/files/google.ics")
    feed.save()
    broken = CalendarFeed.objects.create(
        organisation=feed.organisation, url="https://169.254.169.254/latest/meta-data/"
    )
    CalendarFeed.objects.create(
        organisation=feed.organisation, url="https://10.0.0.1/aus.ics", active=False
    )
    call_command("import_calendars")
    out = capsys.readouterr().out
    feed.refresh_from_db()
    broken.refresh_from_db()
    assert feed.last_error == ""
    assert feed.last_run is not None
    assert feed.last_imported == Offer.objects.filter(calendar_feed=feed).count()
    assert feed.last_imported >= 2  # the weekly and the monthly series never end
    assert broken.last_error == "Adresse zeigt auf ein internes Netz – nicht erlaubt."
    assert "Fehler: Adresse zeigt auf ein internes Netz – nicht erlaubt." in out
    assert out.strip().endswith("2 Kalender abgerufen, 1 mit Fehler.")


def test_rolling_single_dates_move_on_without_approval_but_a_calendar_edit_waits(feed):
    """ "Every 15th" is not a rule: single dates of the next 12 weeks. A new date entering that
    window is the approved calendar moving on; an edit in the calendar waits for a clerk."""
    data = (FILES / "nextcloud.ics").read_bytes()
    calendar_sync.sync_feed(feed, data, TODAY)
    approval.approve(Offer.objects.filter(calendar_feed=feed))
    yoga = Offer.objects.get(calendar_uid="8d4e1f20-2b3c-4d5e-8f90-a1b2c3d4e5f6")

    calendar_sync.sync_feed(feed, data, date(2026, 10, 23))  # 15 January now within 12 weeks
    [shown] = public.offers(Offer.objects.filter(pk=yoga.pk))
    assert [rule.date for rule in shown.rules.all()] == [
        date(2026, 11, 15),
        date(2026, 12, 15),
        date(2027, 1, 15),
    ]
    assert not approval.waiting(Offer.objects.all()).exists()

    edited = data.replace(b"20261015T180000", b"20261015T190000")  # the provider moves it
    calendar_sync.sync_feed(feed, edited, date(2026, 10, 23))
    yoga.refresh_from_db()
    assert yoga.has_pending_changes
    [shown] = public.offers(Offer.objects.filter(pk=yoga.pk))
    assert {rule.start_time for rule in shown.rules.all()} == {time(18)}


def test_notes_on_a_feed_stay_readable(feed, calendar_server, local_calendars):
    from tests.offers.calendar_server import Handler

    events = "".join(
        f"BEGIN:VEVENT\r\nUID:tag-{n}\r\nSUMMARY:Tag {n}\r\n"
        f"DTSTART;VALUE=DATE:{date(2030, 1, 1) + timedelta(days=n):%Y%m%d}\r\nEND:VEVENT\r\n"
        for n in range(101, 161)
    )
    Handler.overrides["/viele.ics"] = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n".encode()
    )
    feed.url = calendar_server.url("/viele.ics")
    calendar_sync.import_feed(feed)
    feed.refresh_from_db()
    lines = feed.last_notes.splitlines()
    assert len(lines) == 51
    assert lines[0].startswith("„Tag 101“: ganztägiger Termin")
    assert lines[-1] == "… und 10 weitere Hinweise."


def test_one_import_of_a_feed_at_a_time(feed):
    """The nightly run and a clerk's "Jetzt abrufen" may meet: the second does nothing."""
    running = timezone.now() - timedelta(minutes=2)
    CalendarFeed.objects.filter(pk=feed.pk).update(running_since=running)
    result = calendar_sync.import_feed(feed)
    assert result.error == calendar_sync.ALREADY_RUNNING
    feed.refresh_from_db()
    assert feed.last_run is None  # the running import records its own result
    assert feed.running_since == running  # and still holds its claim


def test_a_claim_left_by_a_dead_import_is_taken_over_and_released(feed, settings):
    CalendarFeed.objects.filter(pk=feed.pk).update(
        running_since=timezone.now() - timedelta(minutes=11),
        url="http://127.0.0.1:9/jt.ics",  # refused before any connection: not an allowed host
    )
    feed.refresh_from_db()
    result = calendar_sync.import_feed(feed)
    assert "http" in result.error and "freigegeben" in result.error  # it ran
    feed.refresh_from_db()
    assert feed.last_error == result.error
    assert feed.running_since is None
