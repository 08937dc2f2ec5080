"""Writes of the domain that are not plain admin saves."""

from django.db import transaction
from django.db.models import F

from offers.models import ContentVersion


def bump_content_version() -> None:
    """Mark everything residents see as changed (called by signals on every content save)."""
    updated = ContentVersion.objects.filter(pk=1).update(value=F("value") + 1)
    if not updated:
        with transaction.atomic():
            ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def content_version() -> int:
    version = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first()
    return version or 0


def confirm_offers(offers) -> int:
    """Providers confirm that offers are still current; returns how many."""
    from django.utils import timezone

    return offers.update(last_confirmed=timezone.localdate())
