"""Demo scans for the reach page (`seed_demo`): twelve weeks of plausible daily counts.

Deterministic (a seeded generator), so screenshots and talks show the same picture. Built in
gaps a planner should spot: Ukrainian stickers were never put up, and the last district has no
infoscreen.
"""

import random
from datetime import date, timedelta

from django.conf import settings

from flyers import shortlinks
from flyers.enums import Medium
from flyers.models import ScanDay
from offers.models import District

WEEKS = 12
MEDIUM_WEIGHT = {Medium.FLYER: 1.0, Medium.STICKER: 0.5, Medium.PLAN: 0.7, Medium.SCREEN: 0.35}
LANGUAGE_WEIGHT = {"de": 1.0, "ar": 0.7, "fa": 0.5, "tr": 0.35, "ru": 0.3, "uk": 0.6}
WEEKDAY_WEIGHT = [1.0, 1.0, 0.9, 1.0, 1.1, 0.6, 0.3]  # shop windows and offices, quieter weekends


def load_demo_scans(today: date) -> int:
    """Create demo short links and scan counts unless any scans exist; returns days created."""
    if ScanDay.objects.exists():
        return 0
    generator = random.Random(15)  # noqa: S311 — demo numbers, not security
    districts = list(District.objects.active())
    first = today - timedelta(days=7 * WEEKS - 1)
    days = []
    for position, district in enumerate(districts):
        size = generator.uniform(0.6, 1.4)
        for language, _ in settings.LANGUAGES:
            for medium in Medium:
                if (language, medium) == ("uk", Medium.STICKER):
                    continue
                if medium == Medium.SCREEN and position == len(districts) - 1:
                    continue
                link = shortlinks.link_for(district, language, medium)
                rate = 6 * size * LANGUAGE_WEIGHT.get(language, 0.3) * MEDIUM_WEIGHT[medium]
                for offset in range(7 * WEEKS):
                    day = first + timedelta(days=offset)
                    # Flyers arrive slowly: scans grow over the first weeks.
                    ramp = min(1.0, 0.4 + offset / 40)
                    count = round(generator.gauss(rate * ramp * WEEKDAY_WEIGHT[day.weekday()], 1))
                    if count > 0:
                        days.append(ScanDay(link=link, day=day, count=count))
    ScanDay.objects.bulk_create(days)
    return len(days)
