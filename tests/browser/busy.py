"""The busiest demo district and a busy day on it, for the layout tests."""

from datetime import time

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from offers import schedules, selectors
from offers.models import District, ScheduleException, ScheduleRule

LANGUAGES = [code for code, _ in settings.LANGUAGES]


def busiest_demo_district():
    """Load the Bottrop demo and return (district, busiest day of the current week)."""
    call_command("seed_demo", verbosity=0)
    monday = schedules.week_start(timezone.localdate())
    busiest = None
    for district in District.objects.all():
        for day in selectors.week_plan(district, monday).days:
            if busiest is None or len(day.entries) > len(busiest[1].entries):
                busiest = (district, day)
    return busiest


def busy_screen_district():
    """The busiest demo district whose today and tomorrow carry every offer of its busiest day,
    all day long (so the screen is full at any hour), one of them cancelled with a reason."""
    district, day = busiest_demo_district()
    offers = [entry.offer for entry in day.entries]
    for offer in offers:
        ScheduleRule.objects.create(
            offer=offer,
            weekdays=list(range(7)),
            start_time=time(0, 0),
            end_time=time(23, 59),
            on_public_holidays=True,
        )
    today = timezone.localdate()
    ScheduleException.objects.create(offer=offers[0], date=today, reason="ill", note="")
    return district, len(offers)
