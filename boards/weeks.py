"""Which weeks a board can show, and the links between them."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.http import Http404
from django.utils import timezone

from offers import schedules


@dataclass(frozen=True)
class BoardWeek:
    monday: date
    current: date
    first: date
    last: date

    @property
    def is_current(self) -> bool:
        return self.monday == self.current

    @property
    def previous(self) -> str | None:
        monday = self.monday - timedelta(weeks=1)
        return schedules.format_iso_week(monday) if monday >= self.first else None

    @property
    def next(self) -> str | None:
        monday = self.monday + timedelta(weeks=1)
        return schedules.format_iso_week(monday) if monday <= self.last else None


def week_range(today: date | None = None) -> tuple[date, date]:
    """The first and last Monday a board shows; print products and previews accept the same."""
    current = schedules.week_start(today or timezone.localdate())
    config = settings.QUARTIER
    return (
        current - timedelta(weeks=config["WEEKS_BACK"]),
        current + timedelta(weeks=config["WEEKS_AHEAD"]),
    )


def board_week(requested: date | None, today: date | None = None) -> BoardWeek:
    """The week to show: `requested` (a Monday) or the current one.

    Weeks far in the past or future are not part of the board: 404, not an empty plan.
    """
    current = schedules.week_start(today or timezone.localdate())
    first, last = week_range(current)
    monday = requested or current
    if not first <= monday <= last:
        raise Http404("week out of range")
    return BoardWeek(monday=monday, current=current, first=first, last=last)
