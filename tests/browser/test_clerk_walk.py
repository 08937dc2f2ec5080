"""The clerk's week (issue 18): a provider's flyer with five new offers, one cancellation, one
moved date and one provider change to approve, entered through the admin in Chromium at
1366×768 — counted (page loads, fields, clicks, keystrokes, sideways scrolls) and checked on
the board afterwards."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone

from offers import approval, selectors
from offers.models import District, Offer
from tests.browser.admin import signed_in
from tests.browser.walk import Walk

pytestmark = pytest.mark.django_db(transaction=True)

ORGANISATION = "Familienzentrum Sonnenblume"
PLACE = "Familienzentrum Sonnenblume"


def next_weekday(day, weekday):
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


@pytest.fixture
def provider_change():
    """The demo, and a provider's change that waits for the clerk."""
    call_command("seed_demo", verbosity=0)
    offer = Offer.objects.filter(organisation__slug="familienzentrum-sonnenblume").first()
    with approval.acting(User.objects.get(username="familienzentrum-sonnenblume")):
        offer.summary_de = "Neu: jetzt auch mit Kinderbetreuung."
        offer.save()
    return offer


@pytest.fixture
def clerk(browser, live_server, provider_change):
    page = signed_in(browser, live_server)
    yield page
    page.context.close()


def dmy(day):
    return day.strftime("%d.%m.%Y")


# --- the form as it is (rules and cost are where the form changed most) ----------------------

SHORTCUTS = {(0, 1, 2, 3, 4): "Mo–Fr", (0, 1, 2, 3): "Mo–Do", (0, 1, 2, 3, 4, 5, 6): "täglich"}


def add_rule(
    walk,
    index,
    *,
    kind=None,
    weekdays=(),
    ordinal=None,
    times,
    valid_from=None,
    valid_until=None,
    school_holidays=None,
):
    page = walk.page
    if index:  # an offer without rules shows one empty rule
        walk.click(page.locator("#rules-group .add-row a"))
    prefix = f"#id_rules-{index}-"
    if kind:
        walk.choose(page.locator(prefix + "kind"), kind)
    shortcut = SHORTCUTS.get(tuple(weekdays))
    if shortcut:
        walk.click(page.locator(f"#rules-{index} .weekday-shortcut", has_text=shortcut))
    else:
        for day in weekdays:
            walk.tick(page.locator(f"{prefix}weekdays_{day}"))
    if ordinal:
        walk.choose(page.locator(prefix + "ordinal"), ordinal)
    walk.type(page.locator(prefix + "start_time"), times)  # "9.30-11.30": from and to at once
    if valid_from:
        walk.type(page.locator(prefix + "valid_from"), valid_from)
    if valid_until:
        walk.type(page.locator(prefix + "valid_until"), valid_until)
    if school_holidays:
        walk.choose(page.locator(prefix + "school_holidays"), school_holidays)


def fill_offer(
    walk,
    *,
    title,
    summary,
    groups,
    categories,
    free=True,
    cost=None,
    languages=(),
    interpreter=False,
    registration=False,
    times_note=None,
    carried=True,
):
    page = walk.page
    walk.type(page.locator("#id_title_de"), title)
    walk.type(page.locator("#id_summary_de"), summary)
    if carried:  # "Sichern und neu hinzufügen" kept provider, place and board
        assert ORGANISATION in page.locator("#id_organisation + .select2").inner_text()
        assert PLACE in page.locator("#id_place + .select2").inner_text()
        assert page.get_by_label("Welheim", exact=True).is_checked()
    else:
        walk.autocomplete("id_organisation", "Sonnen", ORGANISATION)
        walk.autocomplete("id_place", "Sonnen", PLACE)
        walk.tick(page.get_by_label("Welheim", exact=True))
    for group in groups:
        walk.tick(page.locator("#id_target_groups").get_by_label(group, exact=True))
    for category in categories:
        walk.tick(page.locator("#id_categories").get_by_label(category, exact=True))
    # the cost is a choice now, never a default
    walk.tick(page.locator("#id_is_free").get_by_label("kostenlos" if free else "kostet etwas"))
    if not free:
        walk.type(page.locator("#id_cost_note_de"), cost)
    for language in languages:
        walk.tick(page.locator("#id_languages").get_by_label(language, exact=True))
    if interpreter:
        walk.tick(page.locator("#id_interpreter"))
    if registration:
        walk.tick(page.locator("#id_registration_required"))
    if times_note:
        walk.type(page.locator("#id_times_note_de"), times_note)


def save(walk, name="_save"):
    with walk.page.expect_navigation():
        walk.click(walk.page.locator(f"input[name={name}]").first)
    errors = walk.page.locator(".errornote, .errorlist")
    assert not errors.count(), errors.all_inner_texts()


def test_clerk_enters_a_flyer(live_server, clerk, provider_change):
    today = timezone.localdate()
    monday = next_weekday(today, 0)
    walk = Walk(clerk)

    # five offers, one after another with "Sichern und neu hinzufügen"
    walk.click(clerk.locator('a.addlink[href$="/admin/offers/offer/add/"]').first)
    fill_offer(
        walk,
        title="Elterncafé mit Dolmetscherinnen",
        summary="Frühstück und Fragen rund um Kita und Schule.",
        groups=["Familien"],
        categories=["Familie und Erziehung"],
        languages=["Arabisch", "Farsi (Persisch)", "Russisch"],
        interpreter=True,
        carried=False,
    )
    add_rule(walk, 0, weekdays=[3], times="9.30-11.30")
    save(walk, "_addanother")

    fill_offer(
        walk,
        title="Hausaufgabenhilfe Klasse 1 bis 4",
        summary="Hilfe bei den Hausaufgaben, Klasse 1 bis 4.",
        groups=["Kinder"],
        categories=["Lernen und Hausaufgaben"],
    )
    add_rule(
        walk,
        0,
        weekdays=[0, 1, 2, 3],
        times="14-16",
        school_holidays="nicht in den Schulferien",
    )
    save(walk, "_addanother")

    fill_offer(
        walk,
        title="Vater-Kind-Samstag",
        summary="Basteln, Spielen und Frühstück für Väter und Kinder.",
        groups=["Familien", "Kinder"],
        categories=["Familie und Erziehung"],
    )
    add_rule(
        walk,
        0,
        kind="Monatlich (n-ter Wochentag)",
        weekdays=[5],
        ordinal="ersten",
        times="10-12",
    )
    save(walk, "_addanother")

    first = monday + timedelta(days=14)
    second = monday + timedelta(days=21)
    fill_offer(
        walk,
        title="Ferienprogramm Ostern",
        summary="Ausflüge, Spiele und Basteln in den Ferien.",
        groups=["Kinder"],
        categories=["Freizeit und Ferien"],
        free=False,
        cost="2 € pro Tag",
        registration=True,
    )
    for index, start in enumerate([first, second]):
        add_rule(
            walk,
            index,
            weekdays=[0, 1, 2, 3, 4],
            times="10-13",
            valid_from=dmy(start),
            valid_until=dmy(start + timedelta(days=4)),
        )
    save(walk, "_addanother")

    fill_offer(
        walk,
        title="Erziehungsberatung nach Vereinbarung",
        summary="Beratung für Eltern, vertraulich und kostenlos.",
        groups=["Familien"],
        categories=["Beratung und Hilfe"],
        registration=True,
        times_note="Termine nach Vereinbarung",
    )
    save(walk)

    # one cancellation, one moved date
    thursday = next_weekday(today, 3)
    open_in_list(walk, "Elterncafé mit Dolmetscherinnen")
    add_exception(walk, date=dmy(thursday), kind="Fällt aus", reason="Leitung erkrankt")
    save(walk)
    open_in_list(walk, "Hausaufgabenhilfe Klasse 1 bis 4")
    add_exception(walk, date=dmy(monday), kind="Verlegt", new_date=dmy(monday + timedelta(days=4)))
    save(walk)

    # the provider's change: from the start page, approved on the offer's page
    walk.click(clerk.locator("#site-name a"))
    walk.click(
        clerk.locator("tr", has_text="Warten auf Freigabe").get_by_role(
            "link", name=str(provider_change)
        )
    )
    walk.click(clerk.get_by_role("button", name="Freigeben", exact=True))
    clerk.wait_for_selector("text=Freigegeben: Bürger sehen jetzt diesen Stand.")

    print("\nclerk walk:", walk.counts(), "beyond the edge:", walk.beyond_edge)
    assert walk.sideways_scrolls == 0, walk.beyond_edge

    # what residents see afterwards
    district = District.objects.get(slug="welheim")
    seen = {}
    for week in range(0, 5):
        plan = selectors.week_plan(district, monday + timedelta(days=7 * (week - 1)))
        for day in plan.days:
            for entry in day.entries:
                seen.setdefault(str(entry.offer), []).append(entry.occurrence)
        untimed = [str(offer) for offer in plan.untimed]
    assert "Erziehungsberatung nach Vereinbarung" in untimed
    cafe = {o.day: o for o in seen["Elterncafé mit Dolmetscherinnen"]}
    assert cafe[thursday].status == "cancelled" and cafe[thursday].reason == "ill"
    homework = {o.day: o for o in seen["Hausaufgabenhilfe Klasse 1 bis 4"]}
    assert homework[monday].status == "moved_away"
    assert homework[monday + timedelta(days=4)].status == "moved_here"
    holiday = sorted(o.day for o in seen["Ferienprogramm Ostern"])
    assert holiday[0] == first and len(holiday) == 10
    saturdays = [o.day for o in seen["Vater-Kind-Samstag"]]
    assert saturdays and all(d.weekday() == 5 and d.day <= 7 for d in saturdays)
    provider_change.refresh_from_db()
    assert not provider_change.has_pending_changes


def open_in_list(walk, title):
    page = walk.page
    walk.click(
        page.locator(
            '#nav-sidebar a[href$="/admin/offers/offer/"], a[href$="/admin/offers/offer/"]'
        ).first
    )
    walk.type(page.locator("#searchbar"), title, enter=True)
    page.wait_for_load_state()
    walk.click(page.locator("#result_list").get_by_role("link", name=title, exact=True))


def add_exception(walk, *, date, kind, reason=None, new_date=None):
    """From the offer's "Nächste Termine": the date's "Ausfall eintragen" link opens the form
    with offer and date filled in."""
    page = walk.page
    date_line = page.locator(".next-dates .upcoming li", has_text=date)
    walk.click(date_line.get_by_role("link", name="Ausfall eintragen"))
    page.wait_for_selector("#scheduleexception_form")
    if kind != "Fällt aus":
        walk.choose(page.locator("#id_kind"), kind)
    if reason:
        walk.tick(page.get_by_label(reason, exact=True))
    if new_date:
        walk.type(page.locator("#id_new_date"), new_date)
