from .calendar_feed import CalendarFeed, normalise_url
from .city import City
from .district import District
from .offer import Offer
from .organisation import Membership, Organisation
from .place import Place
from .reminder import ReminderMail
from .schedule import Closure, ScheduleException, ScheduleRule
from .taxonomy import Category, TargetGroup
from .version import ContentVersion

__all__ = [
    "CalendarFeed",
    "Category",
    "City",
    "Closure",
    "ContentVersion",
    "District",
    "Membership",
    "Offer",
    "Organisation",
    "Place",
    "ReminderMail",
    "ScheduleException",
    "ScheduleRule",
    "TargetGroup",
    "normalise_url",
]
