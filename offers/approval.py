"""Approval of providers' offers (SPEC §8).

A provider's new offer waits (status "pending") until a clerk approves it. A provider's change
to a published offer is saved, but first the published state is kept as a snapshot: residents
go on seeing that snapshot until a clerk approves the change (the snapshot is dropped) or
returns it with a reason (the snapshot stays, the provider corrects). Cancellations of single
dates are separate records and take effect at once.
"""

from datetime import date, time

from django.conf import settings

from offers.enums import OfferStatus
from offers.models import Category, Offer, ScheduleRule, TargetGroup

TRANSLATED = (
    "title",
    "summary",
    "description",
    "cost_note",
    "registration_note",
    "times_note",
    "accessibility_note",
    "contact_name",
)
PLAIN = (
    "place_id",
    "online_url",
    "min_age",
    "max_age",
    "is_free",
    "registration_required",
    "languages",
    "contact_phone",
    "contact_email",
)
RULE_FIELDS = ScheduleRule.EDITABLE_FIELDS
DATES = {"date", "valid_from", "valid_until"}
TIMES = {"start_time", "end_time"}


def _field_names():
    languages = [code for code, _ in settings.LANGUAGES]
    return [f"{field}_{lang}" for field in TRANSLATED for lang in languages] + list(PLAIN)


def _encode(value):
    return value.isoformat() if isinstance(value, date | time) else value


def snapshot(offer: Offer) -> dict:
    """The offer as residents see it now, from the database."""
    stored = Offer.objects.get(pk=offer.pk)
    return {
        "fields": {name: _encode(getattr(stored, name)) for name in _field_names()},
        "rules": [
            {name: _encode(getattr(rule, name)) for name in RULE_FIELDS}
            for rule in stored.rules.all()
        ],
        "districts": list(stored.districts.values_list("pk", flat=True)),
        "target_groups": list(stored.target_groups.values_list("pk", flat=True)),
        "categories": list(stored.categories.values_list("pk", flat=True)),
    }


def _decode_rule(data):
    values = dict(data)
    for name in DATES:
        values[name] = date.fromisoformat(values[name]) if values[name] else None
    for name in TIMES:
        values[name] = time.fromisoformat(values[name]) if values[name] else None
    return values


def as_approved(offers, groups=None, categories=None):
    """Offers with pending changes shown in their approved state, in memory only.

    `groups` and `categories` map pks to objects; they are loaded once if needed.
    """
    pending = [offer for offer in offers if offer.approved_snapshot]
    if not pending:
        return offers
    groups = groups or TargetGroup.objects.in_bulk()
    categories = categories or Category.objects.in_bulk()
    for offer in pending:
        data = offer.approved_snapshot
        for name, value in data["fields"].items():
            setattr(offer, name, value)
        cache = offer.__dict__.setdefault("_prefetched_objects_cache", {})
        cache["rules"] = [ScheduleRule(offer=offer, **_decode_rule(rule)) for rule in data["rules"]]
        cache["target_groups"] = [groups[pk] for pk in data["target_groups"] if pk in groups]
        cache["categories"] = [categories[pk] for pk in data["categories"] if pk in categories]
        offer.approved_districts = set(data["districts"])
    return offers


def shown_in(offer, district) -> bool:
    """Whether the approved state of `offer` is shown on `district`'s board."""
    approved = getattr(offer, "approved_districts", None)
    return approved is None or district.pk in approved


def provider_saves(offer: Offer, is_new: bool) -> None:
    """Before a provider's save: new offers wait; the first change to a published offer keeps
    the published state for residents."""
    if is_new:
        offer.status = OfferStatus.PENDING
        return
    stored_status = Offer.objects.filter(pk=offer.pk).values_list("status", flat=True).first()
    offer.status = stored_status
    if stored_status == OfferStatus.PUBLISHED and offer.approved_snapshot is None:
        offer.approved_snapshot = snapshot(offer)


def approve(offers) -> int:
    count = 0
    for offer in offers:
        offer.status = OfferStatus.PUBLISHED
        offer.approved_snapshot = None
        offer.review_note = ""
        offer.save(update_fields=["status", "approved_snapshot", "review_note", "updated_at"])
        count += 1
    return count


def send_back(offer: Offer, reason: str) -> None:
    offer.review_note = reason
    if offer.status != OfferStatus.PUBLISHED:
        offer.status = OfferStatus.RETURNED
    offer.save(update_fields=["status", "review_note", "updated_at"])


def waiting(queryset):
    """Offers a clerk has to look at: new ones, and published ones with changes."""
    from django.db.models import Q

    return queryset.filter(Q(status=OfferStatus.PENDING) | Q(approved_snapshot__isnull=False))
