"""Migration 0016 turns the free-text opening hours into data where it can; seed_demo
writes structured hours for the demo's places."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from offers import opening_hours
from offers.models import Place

pytestmark = [pytest.mark.slow]

BEFORE = [("offers", "0015_category_pictogram")]
AFTER = [("offers", "0016_place_hours")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_reads_common_patterns_and_keeps_the_rest_as_a_note():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    district = old.get_model("offers", "District").objects.create(name="W", slug="w", code="W")
    Old = old.get_model("offers", "Place")

    def place(slug, text, **translations):
        return Old.objects.create(
            name=slug,
            slug=slug,
            district=district,
            street="A 1",
            postcode="46236",
            opening_hours=text,
            opening_hours_de=text,
            **translations,
        )

    place("voll", "Mo–Fr 9–12 und 14–17 Uhr, Sa 10–13 Uhr", opening_hours_ru="Пн–Пт …")
    place("teils", "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr", opening_hours_ru="Пн–Пт …")
    place("frei", "nach Veranstaltung", opening_hours_ru="по мероприятиям")
    place("leer", "")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("offers", "Place")
    voll, teils, frei, leer = (new.objects.get(slug=s) for s in ("voll", "teils", "frei", "leer"))

    assert opening_hours.format_week(voll.hours) == (
        "Mo–Fr 9:00–12:00, 14:00–17:00; Sa 10:00–13:00; So geschlossen"
    )
    assert (voll.opening_hours_de, voll.opening_hours_ru) == ("", "")  # said by the data
    assert opening_hours.format_week(teils.hours) == "Mo–Fr 13:00–20:00; Sa, So geschlossen"
    assert teils.opening_hours_de == "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr"
    assert teils.opening_hours_ru == "Пн–Пт …"  # the note and its translation stay
    assert frei.hours is None
    assert (frei.opening_hours_de, frei.opening_hours_ru) == (
        "nach Veranstaltung",
        "по мероприятиям",
    )
    assert leer.hours is None
    call_command("migrate", verbosity=0)  # back to the latest for the other tests


@pytest.mark.django_db
def test_seed_demo_writes_structured_hours():
    call_command("seed_demo")
    places = list(Place.objects.all())
    with_hours = [place for place in places if place.hours]
    assert len(with_hours) >= len(places) - len(places) // 10  # "nach Veranstaltung" stays text
    for place in with_hours:
        opening_hours.validate(place.hours)
    fully_read = next(p for p in with_hours if not p.opening_hours_de)
    assert not fully_read.opening_hours_ru  # no stale translated note beside the data
    note_only = next(p for p in places if not p.hours)
    assert note_only.opening_hours_de == "nach Veranstaltung"
    assert note_only.opening_hours_ar
