"""What a provider's write does (docs/architecture.md, "Approval"): one place, whatever path
the write takes.

A provider's new offer, place or profile waits (status "pending") until a clerk approves it.
A provider's change to something published is saved, but first the published state is kept
as a snapshot: residents go on seeing that snapshot (`offers.public`) until a clerk approves
the change (the snapshot is dropped) or returns it with a reason. Cancellations of single
dates and closures are separate records and take effect at once.

The rule is enforced by model signals and by the querysets' bulk methods, not by the admin:
a form, an inline, a bulk action, an import, a history revert and any later path all end in
`save()`, `delete()`, an m2m change or a bulk write, and each of those passes through here.
Who writes is known from `acting()`, which the request middleware sets for every request;
writes outside a request (management commands, the shell) are the operator's and trusted.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, time
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.db.models.signals import m2m_changed, pre_delete, pre_save
from modeltranslation.translator import NotRegistered, translator

from offers import permissions
from offers.enums import OfferStatus
from offers.models import Offer, Organisation, Place, ScheduleRule

APPROVABLE = (Offer, Place, Organisation)
# Fields a provider's write never changes: the approval state itself, and the slug that
# printed links and QR codes point to.
PROTECTED = ("status", "review_note", "approved_snapshot", "slug")
# Bookkeeping that is not part of what residents see and needs no approval.
NOT_SNAPSHOTTED = {
    *PROTECTED,
    "id",
    "last_confirmed",
    "visible_from",
    "visible_until",
    "created_at",
    "updated_at",
    "calendar_feed",
    "calendar_uid",
    "calendar_fingerprint",
    "calendar_detached",
}
# What a provider may change in bulk (`QuerySet.update`) without approval.
HARMLESS_BULK = {"last_confirmed", "updated_at"}
OFFER_RELATIONS = ("districts", "target_groups", "categories")
# Relations to other rows that residents see, kept in the snapshot like the fields.
RELATIONS = {Offer: OFFER_RELATIONS, Organisation: ("districts",)}

_actor: ContextVar = ContextVar("quartier_actor", default=None)
_importing: ContextVar = ContextVar("quartier_importing", default=False)


@contextmanager
def acting(user):
    """Writes inside this block are `user`'s (set per request by the middleware; the
    calendar import sets its provider's user)."""
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


@contextmanager
def importing():
    """Writes inside this block are a provider's even without a provider's user: the calendar
    import of an organisation that has no user account (offers/calendar_sync.py)."""
    token = _importing.set(True)
    try:
        yield
    finally:
        _importing.reset(token)


def provider_writing() -> bool:
    if _importing.get():
        return True
    user = _actor.get()
    return user is not None and not permissions.is_clerk(user)


# --- Snapshots --------------------------------------------------------------------------------


def _snapshot_fields(model) -> list[models.Field]:
    try:
        translated = set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        translated = set()
    return [
        field
        for field in model._meta.concrete_fields
        if field.name not in NOT_SNAPSHOTTED and field.name not in translated
    ]


def _encode(value):
    if isinstance(value, Decimal):  # coordinates: JSON has no decimals, a string is exact
        return str(value)
    return value.isoformat() if isinstance(value, date | time) else value


def _decode(field, value):
    if value is not None and isinstance(
        field, models.DateField | models.TimeField | models.DecimalField
    ):
        return field.to_python(value)
    return value


def snapshot(stored) -> dict:
    """`stored` (as in the database) as residents see it, to keep while a change waits."""
    data = {
        "fields": {
            field.attname: _encode(getattr(stored, field.attname))
            for field in _snapshot_fields(type(stored))
        }
    }
    if isinstance(stored, Offer):
        data["rules"] = [
            {name: _encode(getattr(rule, name)) for name in ScheduleRule.EDITABLE_FIELDS}
            for rule in stored.rules.all()
        ]
    for name in RELATIONS.get(type(stored), ()):
        data[name] = list(getattr(stored, name).values_list("pk", flat=True))
    return data


def apply_snapshot(obj) -> None:
    """`obj` in memory as last approved (its fields; for offers also its rules, which are
    set as if prefetched). Relations to other rows are the caller's (`offers.public`)."""
    data = obj.approved_snapshot
    fields = {field.attname: field for field in type(obj)._meta.concrete_fields}
    for attname, value in data["fields"].items():
        if attname in fields:
            setattr(obj, attname, _decode(fields[attname], value))
    if isinstance(obj, Offer):
        rules = []
        for values in data.get("rules", []):
            rule = ScheduleRule(offer=obj)
            for name, value in values.items():
                setattr(rule, name, _decode(ScheduleRule._meta.get_field(name), value))
            rules.append(rule)
        obj.__dict__.setdefault("_prefetched_objects_cache", {})["rules"] = rules


# --- The write guard --------------------------------------------------------------------------


def _hold(model, pk) -> None:
    """Before a provider changes anything of a published row: keep what residents see."""
    row = (
        model._base_manager.filter(pk=pk, status=OfferStatus.PUBLISHED)
        .filter(approved_snapshot__isnull=True)
        .first()
    )
    if row is not None:
        model._base_manager.filter(pk=pk).update(approved_snapshot=snapshot(row))


def _before_save(sender, instance, raw=False, **kwargs):
    if raw or not provider_writing():
        return
    stored = sender._base_manager.filter(pk=instance.pk).first() if instance.pk else None
    if stored is None:  # new: waits for a clerk
        instance.status = OfferStatus.PENDING
        instance.approved_snapshot = None
        instance.review_note = ""
        return
    for name in PROTECTED:  # whatever the form, import or old version said
        setattr(instance, name, getattr(stored, name))
    if stored.status == OfferStatus.PUBLISHED:
        if instance.approved_snapshot is None and _fields_differ(instance, stored):
            instance.approved_snapshot = snapshot(stored)
    elif stored.status in (OfferStatus.RETURNED, OfferStatus.DRAFT):
        instance.status = OfferStatus.PENDING  # corrected: back on the clerk's list


def _fields_differ(instance, stored) -> bool:
    # Saving without a change (e.g. to look at the dates) is no change to approve; rules
    # and relations that do change are held by their own signals.
    empty = (None, "")
    return any(
        new != old and not (new in empty and old in empty)
        for new, old in (
            (getattr(instance, field.attname), getattr(stored, field.attname))
            for field in _snapshot_fields(type(stored))
        )
    )


def _before_rule_change(sender, instance, raw=False, **kwargs):
    if not raw and provider_writing() and instance.offer_id:
        _hold(Offer, instance.offer_id)


def _relation_guard(model, related_name):
    """An m2m_changed receiver that keeps `model`'s published state before a provider
    changes one of its relations."""

    def guard(sender, instance, action, reverse, pk_set, **kwargs):
        if action not in ("pre_add", "pre_remove", "pre_clear") or not provider_writing():
            return
        # Reverse: e.g. district.offers.add(offer).
        if reverse:
            ids = pk_set or getattr(instance, related_name).values_list("pk", flat=True)
        else:
            ids = [instance.pk]
        for pk in ids:
            _hold(model, pk)

    return guard


_before_offer_relation_change = _relation_guard(Offer, "offers")
_before_organisation_relation_change = _relation_guard(Organisation, "organisations")


def check_bulk_write(model, field_names=None, objs=()) -> None:
    """Bulk writes skip `save()`: a provider's may only touch bookkeeping, or rules after
    their offers' published state was kept."""
    if not provider_writing():
        return
    if model is ScheduleRule:
        for offer_id in {obj.offer_id for obj in objs}:
            _hold(Offer, offer_id)
        return
    if field_names is None or not set(field_names) <= HARMLESS_BULK:
        raise PermissionDenied("Änderungen von Trägern gehen über die Freigabe.")


def connect() -> None:
    for model in APPROVABLE:
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"approval-{model.__name__}")
    pre_save.connect(_before_rule_change, sender=ScheduleRule, dispatch_uid="approval-rule")
    pre_delete.connect(_before_rule_change, sender=ScheduleRule, dispatch_uid="approval-rule-del")
    for name in OFFER_RELATIONS:
        m2m_changed.connect(
            _before_offer_relation_change,
            sender=getattr(Offer, name).through,
            dispatch_uid=f"approval-{name}",
        )
    m2m_changed.connect(
        _before_organisation_relation_change,
        sender=Organisation.districts.through,
        dispatch_uid="approval-organisation-districts",
    )


# --- A clerk's decisions ----------------------------------------------------------------------


def _decide(obj, **values) -> None:
    for name, value in values.items():
        setattr(obj, name, value)
    names = [*values, *(["updated_at"] if hasattr(obj, "updated_at") else [])]
    obj.save(update_fields=names)


def approve(objects) -> int:
    """Publish `objects` as they are saved now. An offer's new place is approved with it,
    so residents never see an offer at a place nobody approved."""
    count = 0
    for obj in objects:
        _decide(obj, status=OfferStatus.PUBLISHED, approved_snapshot=None, review_note="")
        if isinstance(obj, Offer) and obj.place_id:
            approve(Place.objects.filter(pk=obj.place_id, status=OfferStatus.PENDING))
        count += 1
    return count


def send_back(obj, reason: str) -> None:
    values = {"review_note": reason}
    if obj.status != OfferStatus.PUBLISHED:
        values["status"] = OfferStatus.RETURNED
    _decide(obj, **values)


def waiting(queryset):
    """What a clerk has to look at: new entries, and published ones with changes."""
    return queryset.filter(Q(status=OfferStatus.PENDING) | Q(approved_snapshot__isnull=False))
