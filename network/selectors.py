"""Reads for the members' area: each returns what one page shows, in a constant number of
queries. The area is staff's (quartier/middleware.py), so rows are read as they are now."""

from django.db.models import Prefetch, Q
from django.utils import timezone

from network.models import ContactPerson, FeedToken, NetworkDate, NoticeSetting, Post, PostStatus
from offers import permissions
from offers.enums import OfferStatus
from offers.models import District, Offer, Organisation, Place


def member_districts(user) -> list[int] | None:
    """Ids of the districts where `user`'s organisations have places or offers; None for the
    Sozialamt, whose district is the whole city."""
    if permissions.is_clerk(user):
        return None
    return organisation_districts(permissions.organisation_ids(user))


def organisation_districts(organisation_ids) -> list[int]:
    at_places = Place.objects.filter(organisation_id__in=organisation_ids).values("district_id")
    in_offers = Offer.districts.through.objects.filter(
        offer__organisation_id__in=organisation_ids
    ).values("district_id")
    return list(
        District.objects.filter(Q(pk__in=at_places) | Q(pk__in=in_offers)).values_list(
            "pk", flat=True
        )
    )


def _dates():
    return NetworkDate.objects.select_related("place", "organiser").prefetch_related(
        Prefetch("districts", queryset=District.objects.order_by("position", "name"))
    )


def upcoming_dates(district_ids=None, limit=None):
    """Network dates not yet over, soonest first; with `district_ids`, the city-wide ones and
    those of these districts."""
    dates = _dates().upcoming()
    if district_ids is not None:
        dates = dates.filter(Q(districts__isnull=True) | Q(districts__in=district_ids)).distinct()
    return list(dates[:limit] if limit else dates)


def feed_dates():
    """Everything a member's calendar lists: the dates of the last 30 days and all ahead."""
    since = timezone.now() - timezone.timedelta(days=30)
    return list(_dates().filter(starts_at__gte=since))


def feed_owner(token: str):
    """The active member whose calendar address `token` is, or None."""
    found = FeedToken.objects.matching(token).select_related("user").first()
    return found.user if found else None


def _posts():
    return Post.objects.select_related("organisation", "author").prefetch_related(
        Prefetch("districts", queryset=District.objects.order_by("position", "name"))
    )


def board_posts(user, *, district_ids=None, limit=None):
    """The notice board as `user` sees it: current posts; hidden ones only for the Sozialamt
    and for the author's organisation (with the Sozialamt's note)."""
    posts = _posts().current()
    if not permissions.is_clerk(user):
        own = permissions.organisation_ids(user)
        posts = posts.filter(Q(status=PostStatus.VISIBLE) | Q(organisation_id__in=own))
    if district_ids is not None:
        posts = posts.filter(districts__in=district_ids).distinct()
    return list(posts[:limit] if limit else posts)


def post_for(user, pk):
    """The post `pk` if `user` may see it at all (expired ones included, for their authors)."""
    if pk > 2**63 - 1:  # no such key; a database would fail on the number
        return None
    posts = Post.objects.select_related("organisation")
    if not permissions.is_clerk(user):
        own = permissions.organisation_ids(user)
        posts = posts.filter(Q(status=PostStatus.VISIBLE) | Q(organisation_id__in=own))
    return posts.filter(pk=pk).first()


def directory(query="", district=None, kind=""):
    """Published organisations with their internal contacts; filtered by a name (of the
    organisation or a contact), a district where they have places or offers, and a kind."""
    organisations = Organisation.objects.filter(status=OfferStatus.PUBLISHED).prefetch_related(
        Prefetch("contacts", queryset=ContactPerson.objects.order_by("name"))
    )
    if query:
        organisations = organisations.filter(
            Q(name__icontains=query) | Q(contacts__name__icontains=query)
        ).distinct()
    if district is not None:
        at_places = Place.objects.filter(district=district).values("organisation_id")
        in_offers = Offer.districts.through.objects.filter(district=district).values(
            "offer__organisation_id"
        )
        organisations = organisations.filter(Q(pk__in=at_places) | Q(pk__in=in_offers))
    if kind:
        organisations = organisations.filter(kind=kind)
    return list(organisations)


def districts():
    return list(District.objects.active())


def user_organisations(user):
    """The organisations `user` may post for: their own; the Sozialamt any published one."""
    if permissions.is_clerk(user):
        return Organisation.objects.filter(status=OfferStatus.PUBLISHED)
    return Organisation.objects.filter(pk__in=permissions.organisation_ids(user))


def notice_setting(user) -> NoticeSetting:
    return NoticeSetting.objects.filter(user=user).first() or NoticeSetting(user=user)


def has_feed(user) -> bool:
    return FeedToken.objects.filter(user=user).exists()
