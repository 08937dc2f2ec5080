"""Offers that stay fresh without chasing (issue 15): reminders with a one-click link.

Every day `manage.py send_reminders` mails each provider, once per unconfirmed stretch of an
offer, a reminder when the offer is unconfirmed for `QUARTIER["REMIND_AFTER_DAYS"]`, and a last
warning `WARNING_LEAD_DAYS` before `QUARTIER["HIDE_AFTER_DAYS"]`; from then on the offer is
hidden on every channel (`OfferQuerySet.not_hidden`, applied in `offers.public`) until someone
confirms it. The "noch aktuell" link carries a signed, expiring token for that one offer and
that one purpose, so confirming needs no login and the link can do nothing else.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core import signing
from django.db.models import Exists, OuterRef

from offers import approval, services
from offers.models import Membership, Offer, Organisation, ReminderMail
from offers.models.offer import WARNING_LEAD_DAYS

# Binds a token to its purpose: a token signed for anything else does not verify here.
TOKEN_SALT = "quartier.offers.confirm"  # noqa: S105 — a salt, not a secret
# A link outlives the last warning (14 days) with room to spare; afterwards the page says
# it expired and where to go instead.
TOKEN_MAX_AGE_DAYS = 60


class LinkInvalid(Exception):
    """The link was altered, cut short or made for something else."""


class LinkExpired(LinkInvalid):
    """The link was genuine but is older than `TOKEN_MAX_AGE_DAYS`."""


def confirm_token(offer) -> str:
    return signing.dumps({"offer": offer.pk, "do": "confirm"}, salt=TOKEN_SALT)


def offer_id_from_token(token: str) -> int:
    """The offer a confirm link is for; raises LinkExpired or LinkInvalid."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=timedelta(days=TOKEN_MAX_AGE_DAYS))
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except (signing.BadSignature, ValueError, UnicodeError) as error:
        raise LinkInvalid from error
    if not isinstance(data, dict) or data.get("do") != "confirm":
        raise LinkInvalid
    offer_id = data.get("offer")
    if not isinstance(offer_id, int) or isinstance(offer_id, bool):
        raise LinkInvalid
    return offer_id


def confirm(offer) -> None:
    """The same as the admin's "Als aktuell bestätigen" for one offer: only `last_confirmed`
    changes (a harmless bulk write, `approval.HARMLESS_BULK`)."""
    services.confirm_offers(Offer.objects.filter(pk=offer.pk))


def hide_date(offer, today: date) -> date:
    """When `offer` leaves the board unless confirmed: HIDE days after its confirmation, but
    never sooner than `WARNING_LEAD_DAYS` after a warning sent `today`."""
    by_age = offer.last_confirmed + timedelta(days=settings.QUARTIER["HIDE_AFTER_DAYS"])
    return max(by_age, today + timedelta(days=WARNING_LEAD_DAYS))


def _not_mailed(queryset, *kinds):
    """Without the offers mailed about (as one of `kinds`) since their last confirmation."""
    sent = ReminderMail.objects.filter(
        offer=OuterRef("pk"), kind__in=kinds, confirmed=OuterRef("last_confirmed")
    )
    return queryset.exclude(Exists(sent))


@dataclass
class Due:
    organisation: Organisation
    recipients: list[str]
    warnings: list[Offer] = field(default_factory=list)
    reminders: list[Offer] = field(default_factory=list)

    @property
    def offers(self) -> list[Offer]:
        return self.warnings + self.reminders


def due(today: date) -> list[Due]:
    """Per provider, the offers to warn and to remind about today (each offer once per
    unconfirmed stretch; a warning replaces a reminder due the same day)."""
    quartier = settings.QUARTIER
    published = Offer.objects.published().select_related("organisation").order_by("title")
    remind_before = today - timedelta(days=quartier["REMIND_AFTER_DAYS"])
    warn_before = today - timedelta(days=quartier["HIDE_AFTER_DAYS"] - WARNING_LEAD_DAYS)
    warnings = list(
        _not_mailed(published.filter(last_confirmed__lte=warn_before), ReminderMail.Kind.WARNING)
    )
    warned = {offer.pk for offer in warnings}
    # No plain reminder after a warning: the warning said more.
    reminders = [
        offer
        for offer in _not_mailed(
            published.filter(last_confirmed__lte=remind_before),
            ReminderMail.Kind.REMINDER,
            ReminderMail.Kind.WARNING,
        )
        if offer.pk not in warned
    ]
    by_provider: dict[int, Due] = {}
    for kind, offers in (("warnings", warnings), ("reminders", reminders)):
        for offer in offers:
            if offer.approved_snapshot:  # the provider is asked about what residents see
                approval.apply_snapshot(offer)
            entry = by_provider.get(offer.organisation_id)
            if entry is None:
                organisation = offer.organisation
                entry = by_provider[offer.organisation_id] = Due(organisation, [])
            getattr(entry, kind).append(offer)
    addresses = _addresses(list(by_provider))
    for organisation_id, entry in by_provider.items():
        entry.recipients = addresses.get(organisation_id, [])
    return sorted(by_provider.values(), key=lambda entry: entry.organisation.name)


def _addresses(organisation_ids) -> dict[int, list[str]]:
    """Each provider's e-mail address and those of its active user accounts."""
    found: dict[int, set[str]] = {}
    for organisation in Organisation.objects.filter(pk__in=organisation_ids):
        if organisation.email:
            found.setdefault(organisation.pk, set()).add(organisation.email.strip().lower())
    members = Membership.objects.filter(
        organisation_id__in=organisation_ids, user__is_active=True
    ).exclude(user__email="")
    for organisation_id, email in members.values_list("organisation_id", "user__email"):
        found.setdefault(organisation_id, set()).add(email.strip().lower())
    return {pk: sorted(emails) for pk, emails in found.items()}


def record(entry: Due, today: date) -> None:
    """What `entry`'s mail said, so that no later run says it again."""
    ReminderMail.objects.bulk_create(
        [
            ReminderMail(kind=kind, offer=offer, confirmed=offer.last_confirmed, sent_on=today)
            for kind, offers in (
                (ReminderMail.Kind.WARNING, entry.warnings),
                (ReminderMail.Kind.REMINDER, entry.reminders),
            )
            for offer in offers
        ]
    )


def hidden_offers(today: date | None = None):
    """Published offers off the board for want of confirmation."""
    visible = Offer.objects.not_hidden(today).values("pk")
    return Offer.objects.published().exclude(pk__in=visible).select_related("organisation")


def mark_newly_hidden(today: date) -> int:
    """Offers are hidden by the calendar, not by a write: the print products, cached by the
    content version alone, would go on showing them. Bumps the version on the day (the
    timer runs daily) that offers went off the board; returns how many did."""
    before = set(hidden_offers(today - timedelta(days=1)).values_list("pk", flat=True))
    newly = [pk for pk in hidden_offers(today).values_list("pk", flat=True) if pk not in before]
    if newly:
        services.bump_content_version()
    return len(newly)


def summary_due(today: date) -> bool:
    """The office's summary goes out once a week (on the first run 7 days after the last)."""
    week_ago = today - timedelta(days=7)
    return not ReminderMail.objects.filter(
        kind=ReminderMail.Kind.SUMMARY, sent_on__gt=week_ago
    ).exists()


def summary(today: date, unreachable: list[Due]) -> dict:
    """The week in numbers for the Sozialamt, and what needs its hand."""
    week_ago = today - timedelta(days=7)
    sent = ReminderMail.objects.filter(sent_on__gt=week_ago, offer__isnull=False)
    stale_days = settings.QUARTIER["STALE_AFTER_DAYS"]
    return {
        "today": today,
        "since": week_ago + timedelta(days=1),
        "reminded": sent.filter(kind=ReminderMail.Kind.REMINDER).count(),
        "warned": sent.filter(kind=ReminderMail.Kind.WARNING).count(),
        "hidden": list(hidden_offers(today).order_by("organisation__name", "title")),
        "stale": Offer.objects.published().stale(stale_days).count(),
        "stale_days": stale_days,
        "unreachable": unreachable,
    }


def record_summary(today: date) -> None:
    ReminderMail.objects.create(kind=ReminderMail.Kind.SUMMARY, sent_on=today)
