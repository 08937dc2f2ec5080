"""The one door for what residents read: published rows, as a clerk last approved them.

Every selector that feeds a public page, feed, PDF or image reads offers, places and
providers through `offers()`, `places()` or `organisations()` here. Outside this door, a
resident's request cannot load such a row at all: `GuardedRead.from_db` raises
`UnapprovedRead` (the request middleware marks residents' requests), so a new selector that
forgets the door fails on its first test instead of showing a provider's unapproved change.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q

from offers import approval
from offers.enums import OfferStatus
from offers.models import Offer, Organisation, Place

_resident = ContextVar("quartier_resident_request", default=False)
_inside_door = ContextVar("quartier_public_read", default=False)


class UnapprovedRead(RuntimeError):
    """A resident's request loaded an approvable row without `offers.public`."""


def check_read(model) -> None:
    if _resident.get() and not _inside_door.get():
        raise UnapprovedRead(
            f"{model.__name__} read for residents outside offers.public: use its selectors."
        )


@contextmanager
def resident_request():
    """Marks what runs inside as a resident's request (set by the middleware)."""
    token = _resident.set(True)
    try:
        yield
    finally:
        _resident.reset(token)


@contextmanager
def _door():
    token = _inside_door.set(True)
    try:
        yield
    finally:
        _inside_door.reset(token)


def _pending_or(condition) -> Q:
    # A waiting change may have moved a row in or out of `condition`; its approved state
    # decides, in Python, after the snapshot is applied.
    return condition | Q(approved_snapshot__isnull=False)


def _through_ids(relation, **lookup):
    return relation.through.objects.filter(**lookup).values("offer_id")


def offers(
    queryset,
    *,
    district=None,
    target_group=None,
    category=None,
    place=None,
    organisation=None,
    digital_help=False,
):
    """Published offers of `queryset` that are not hidden for want of confirmation
    (`OfferQuerySet.not_hidden`), in their approved state, with their approved rules,
    place and provider; optionally only those the approved state shows on `district`, for
    `target_group`, in `category`, at `place`, run by `organisation` or, with
    `digital_help`, marked as help with phone and internet."""
    queryset = queryset.published().not_hidden()
    if digital_help:
        queryset = queryset.filter(_pending_or(Q(digital_help=True)))
    wanted = {}
    if district is not None:
        queryset = queryset.filter(
            _pending_or(Q(pk__in=_through_ids(Offer.districts, district=district)))
        )
        wanted["districts"] = district.pk
    if target_group is not None:
        queryset = queryset.filter(
            _pending_or(Q(pk__in=_through_ids(Offer.target_groups, targetgroup=target_group)))
        )
        wanted["target_groups"] = target_group.pk
    if category is not None:
        queryset = queryset.filter(
            _pending_or(Q(pk__in=_through_ids(Offer.categories, category=category)))
        )
        wanted["categories"] = category.pk
    if place is not None:
        queryset = queryset.filter(_pending_or(Q(place=place)))
    if organisation is not None:
        queryset = queryset.filter(_pending_or(Q(organisation=organisation)))
    with _door():
        rows = list(queryset)
        for offer in rows:
            if offer.approved_snapshot:
                approval.apply_snapshot(offer)
        _approve_places_of(rows)
    return [
        offer
        for offer in rows
        if _shown(offer, wanted, place, organisation) and (offer.digital_help or not digital_help)
    ]


def _shown(offer, wanted, place, organisation) -> bool:
    """Whether the approved state of `offer` matches the filters (the query matched either
    its approved or its waiting state)."""
    if place is not None and offer.place_id != place.pk:
        return False
    if organisation is not None and offer.organisation_id != organisation.pk:
        return False
    snapshot = offer.approved_snapshot
    return not snapshot or all(pk in snapshot[name] for name, pk in wanted.items())


def _approve_places_of(rows) -> None:
    """Each offer's joined place and provider as approved. A waiting change that pointed an
    offer to another place or provider cleared the joined one: the approved one is loaded."""
    moved = {
        offer.place_id
        for offer in rows
        if offer.approved_snapshot and offer.place_id and not Offer.place.is_cached(offer)
    }
    loaded = Place.objects.select_related("organisation").in_bulk(moved) if moved else {}
    providers = {
        offer.organisation_id
        for offer in rows
        if offer.approved_snapshot and not Offer.organisation.is_cached(offer)
    }
    providers = Organisation.objects.in_bulk(providers) if providers else {}
    for offer in rows:
        if offer.place_id in loaded:
            offer.place = loaded[offer.place_id]
        if offer.organisation_id in providers:
            offer.organisation = providers[offer.organisation_id]
        if Offer.organisation.is_cached(offer):
            _as_approved(offer.organisation)
        if offer.place_id and Offer.place.is_cached(offer):
            _approve_place(offer)


def _approve_place(offer) -> None:
    place = offer.place
    _as_approved(place)
    if place.status != OfferStatus.PUBLISHED:
        offer.place = None  # never approved: residents see no address of it
    elif place.organisation_id and Place.organisation.is_cached(place):
        _as_approved(place.organisation)


def _as_approved(obj) -> None:
    if obj is not None and obj.approved_snapshot and not getattr(obj, "_approved_view", False):
        approval.apply_snapshot(obj)
        obj._approved_view = True


def offer_to_confirm(pk) -> Offer | None:
    """The published offer `pk` as approved, hidden or not, for the page that confirms it
    (offers/reminders.py): the provider confirms what residents see."""
    with _door():
        offer = Offer.objects.select_related("organisation").filter(pk=pk).published().first()
        if offer is None:
            return None
        if offer.approved_snapshot:
            approval.apply_snapshot(offer)
        _as_approved(offer.organisation)  # loads the approved provider if the change moved it
    return offer


def places(queryset, *, district=None, digital_anchor=False) -> list[Place]:
    """Published places of `queryset` as approved, optionally those the approved state puts
    in `district` or (`digital_anchor`) makes a digital anchor place; their provider (if
    joined) as approved too."""
    queryset = queryset.filter(status=OfferStatus.PUBLISHED)
    if district is not None:
        queryset = queryset.filter(_pending_or(Q(district=district)))
    if digital_anchor:
        queryset = queryset.filter(_pending_or(Q(digital_anchor=True)))
    with _door():
        rows = list(queryset)
    for place in rows:
        _as_approved(place)
        if place.organisation_id and Place.organisation.is_cached(place):
            _as_approved(place.organisation)
    return [
        p
        for p in rows
        if (district is None or p.district_id == district.pk)
        and (p.digital_anchor or not digital_anchor)
    ]


def organisations(queryset) -> list:
    """Published providers of `queryset`, their profiles as approved."""
    with _door():
        rows = list(queryset.filter(status=OfferStatus.PUBLISHED))
    for organisation in rows:
        _as_approved(organisation)
    return rows


def approved_ids(obj, relation) -> list:
    """The primary keys of `obj`'s `relation` as approved (its snapshot's while a change
    waits, else the rows prefetched or loaded now); for offers and providers."""
    snapshot = obj.approved_snapshot
    if snapshot and relation in snapshot:
        return snapshot[relation]
    return [row.pk for row in getattr(obj, relation).all()]
