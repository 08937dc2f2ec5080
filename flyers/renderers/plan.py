from boards.plan_html import any_outdated
from boards.weeks import week_range
from flyers.enums import Medium
from flyers.renderers.base import InvalidOption, PrintProduct, UnknownWeek
from offers import schedules, selectors


class PlanProduct(PrintProduct):
    """The week's plan for notice boards: A4 landscape (`?size=a3` for A3), one page."""

    name = "plan"
    medium = Medium.PLAN
    template = "flyers/pdf/plan.html"
    options = {"size": ("a4", "a3")}

    def __post_init__(self):
        super().__post_init__()
        week = self.requested.get("week")
        try:
            self.monday = schedules.parse_iso_week(week) if week else None
        except ValueError:
            raise InvalidOption("week") from None
        self.monday = self.monday or schedules.week_start(self.today)
        # Only the weeks the board shows: each other week would be one more render to keep.
        first, last = week_range(self.today)
        if not first <= self.monday <= last:
            raise UnknownWeek("week")

    def cache_variant(self):
        # The plan shows "today" and a week, so it is cached per day and week.
        return f"{schedules.format_iso_week(self.monday)}|{self.today.isoformat()}"

    def context(self):
        plan = selectors.week_plan(self.district, self.monday, today=self.today)
        offers = [entry.offer for day in plan.days for entry in day.entries] + list(plan.untimed)
        notes = any(entry.occurrence.note_german for day in plan.days for entry in day.entries)
        return {
            "plan": plan,
            "density": self.density,
            "city": selectors.get_city(),
            # One footnote explains the asterisks of outdated texts (never a silent mix).
            "outdated": notes or any_outdated(offers, ("title",)),
        }

    def layout(self):
        # 9 pt on A4 (12 pt on A3) in four columns holds the busiest demo week with the places
        # shown. Only a week busier than that is laid out once more, denser, to keep one page:
        # a second page on a notice board is a page nobody sees.
        self.density = "normal"
        document = super().layout()
        if len(document.pages) > 1:
            self.density = "dense"
            document = super().layout()
        return document
