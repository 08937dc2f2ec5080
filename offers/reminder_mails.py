"""The reminder mails as messages: German, a plain and an HTML part (offers/reminders.py
decides who gets what)."""

from datetime import date

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from offers import reminders
from offers.models import City


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _city() -> City | None:
    return City.objects.first()


def _message(subject, template, context, to) -> EmailMultiAlternatives:
    with translation.override("de"):
        text = render_to_string(f"offers/mail/{template}.txt", context)
        html = render_to_string(f"offers/mail/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, to)
    message.attach_alternative(html, "text/html")
    return message


def provider_mail(entry: reminders.Due, today: date) -> EmailMultiAlternatives:
    """One mail to one provider: its offers to confirm, each with "noch aktuell" (no login)
    and "ändern" (the admin)."""

    def item(offer):
        token = reminders.confirm_token(offer)
        return {
            "offer": offer,
            "confirm_url": _absolute(reverse("confirm-offer", args=[token])),
            "change_url": _absolute(reverse("admin:offers_offer_change", args=[offer.pk])),
            "hide_on": reminders.hide_date(offer, today),
        }

    context = {
        "organisation": entry.organisation,
        "warnings": [item(offer) for offer in entry.warnings],
        "reminders": [item(offer) for offer in entry.reminders],
        "city": _city(),
        "link_days": reminders.TOKEN_MAX_AGE_DAYS,
    }
    if entry.warnings:
        subject = "Letzte Erinnerung: Angebote verschwinden bald aus dem Wochenplan"
    else:
        subject = "Sind Ihre Angebote im Wochenplan noch aktuell?"
    return _message(subject, "reminder", context, entry.recipients)


def office_address() -> str:
    """The Sozialamt's address for the summary: the setting, else the city's e-mail."""
    city = _city()
    return settings.QUARTIER["OFFICE_EMAIL"] or (city.email if city else "")


def summary_mail(data: dict, to: str) -> EmailMultiAlternatives:
    context = {
        **data,
        "admin_url": _absolute(reverse("admin:offers_offer_changelist")),
        "city": _city(),
        "hidden": [
            {
                "offer": offer,
                "change_url": _absolute(reverse("admin:offers_offer_change", args=[offer.pk])),
            }
            for offer in data["hidden"]
        ],
    }
    subject = f"Quartier: Wochenübersicht der Erinnerungen bis {data['today']:%d.%m.%Y}"
    return _message(subject, "summary", context, [to])
