"""Public and school holidays of the city's state, from the `holidays` package.

The names are German (the package's `de` localisation); the boards translate them through
gettext where a catalogue has them.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays
from django.conf import settings


@lru_cache(maxsize=64)
def _holidays_for_year(country: str, subdiv: str, year: int, category: str) -> dict[date, str]:
    try:
        table = holidays.country_holidays(
            country, subdiv=subdiv or None, years=year, categories=(category,), language="de"
        )
    except (NotImplementedError, ValueError):
        # Not every state has school holidays in the package: then there are none to apply.
        return {}
    return dict(table.items())


class StateHolidayCalendar:
    """Holidays of one state; satisfies `offers.schedules.HolidayCalendar`."""

    def __init__(self, country: str, subdiv: str):
        self.country = country
        self.subdiv = subdiv

    def _name(self, day: date, category: str) -> str | None:
        return _holidays_for_year(self.country, self.subdiv, day.year, category).get(day)

    def public_holiday(self, day: date) -> str | None:
        return self._name(day, "public")

    def school_holiday(self, day: date) -> str | None:
        return self._name(day, "school")


def city_calendar() -> StateHolidayCalendar:
    """The calendar of the configured state (`QUARTIER_HOLIDAY_SUBDIV`: NRW for Bottrop)."""
    config = settings.QUARTIER
    return StateHolidayCalendar(config["HOLIDAY_COUNTRY"], config["HOLIDAY_SUBDIV"])
