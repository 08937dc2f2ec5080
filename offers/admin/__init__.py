"""The admin for Sozialamt clerks and providers: German, few clicks, little typing."""

from offers.admin import calendars, offer, other, reminders  # noqa: F401 — registers the admins
from offers.admin.base import ScopedAdmin, TranslationAdmin

__all__ = ["ScopedAdmin", "TranslationAdmin"]
