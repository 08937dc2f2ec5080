"""Writes of the domain that are not plain admin saves."""

from django.db import connection, transaction
from django.db.models import F

from offers.models import ContentVersion


def bump_content_version() -> None:
    """Mark everything residents see as changed (called by signals on every content save)."""
    updated = ContentVersion.objects.filter(pk=1).update(value=F("value") + 1)
    if not updated:
        with transaction.atomic():
            ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def content_version() -> int:
    """The current content version (0 before the first save).

    Read on every public request, as part of the page cache's key. One plain SELECT: building
    the equivalent queryset cost about as much as all the rest of serving a cached page
    (cProfile of a cached board, 30 November 2026)."""
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {table} WHERE id = %s", [1])  # noqa: S608 — our table
        row = cursor.fetchone()
    return row[0] if row else 0


def confirm_offers(offers) -> int:
    """Providers confirm that offers are still current; returns how many.

    A bulk write passes no signals, and a confirmation may bring back an offer that was
    hidden for want of one (offers/reminders.py): the content version goes up here."""
    from django.utils import timezone

    count = offers.update(last_confirmed=timezone.localdate())
    if count:
        bump_content_version()
    return count
