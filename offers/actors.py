"""Who is active in a district: the providers residents can turn to (issue 13).

A provider is active in a district when the approved state shows one of its places there, one
of its offers on the district's board, or the district among those it says it is active in
(`Organisation.districts`, e.g. for outreach work without a place of its own). Everything is
read through `offers.public`, so residents see providers, places and offers as approved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from offers import public
from offers.enums import kind_label
from offers.models import District, Offer, Organisation, Place


@dataclass
class Actor:
    """One provider with what residents find of it: its active districts (board order), its
    places and its current offers (within the district when the list is a district's)."""

    organisation: Organisation
    district_ids: set = field(default_factory=set)
    districts: list[District] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.organisation.slug

    @property
    def kind(self) -> str:
        return kind_label(self.organisation.kind)


def district_actors(district: District) -> list[Actor]:
    """The providers active in `district`, by name, each with its places in the district and
    its offers on the district's board. Six queries, however many providers and offers."""
    return _actors(district=district)


def city_actors(*, district: District | None = None, kind: str | None = None) -> list[Actor]:
    """The providers active in any public district, by name, optionally only those active in
    `district` or of `kind`; each with all its districts and places (its offers are listed on
    the districts' pages). Seven queries, however many."""
    actors = _actors(kind=kind)
    if district is not None:
        actors = [actor for actor in actors if district.pk in actor.district_ids]
    return actors


def _actors(*, district: District | None = None, kind: str | None = None) -> list[Actor]:
    boards = {row.pk: row for row in District.objects.active()}
    organisations = Organisation.objects.prefetch_related("districts")
    if kind:
        organisations = organisations.filter(kind=kind)
    found = {row.pk: Actor(row) for row in public.organisations(organisations)}
    for actor in found.values():
        actor.district_ids.update(public.approved_ids(actor.organisation, "districts"))
    for place in public.places(
        Place.objects.select_related("district").order_by("name"), district=district
    ):
        actor = found.get(place.organisation_id)
        if actor is not None:
            actor.places.append(place)
            actor.district_ids.add(place.district_id)
    for offer in _offers(district):
        actor = found.get(offer.organisation_id)
        if actor is not None:
            actor.offers.append(offer)
            ids = [district.pk] if district else public.approved_ids(offer, "districts")
            actor.district_ids.update(ids)
    wanted = {district.pk} if district else set(boards)
    actors = []
    for actor in found.values():
        actor.district_ids &= set(boards)  # only boards residents can open
        if not actor.district_ids & wanted:
            continue
        actor.districts = [row for pk, row in boards.items() if pk in actor.district_ids]
        actor.offers.sort(key=lambda offer: offer.title.casefold())
        actors.append(actor)
    return sorted(actors, key=lambda actor: actor.organisation.name.casefold())


def _offers(district: District | None) -> list[Offer]:
    # The provider joined: its approved state is what `public.offers` keeps it in.
    queryset = Offer.objects.select_related("organisation", "place")
    if district is None:  # which boards each offer is on
        queryset = queryset.prefetch_related("districts")
    return public.offers(queryset, district=district)
