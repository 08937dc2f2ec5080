"""`/bestaetigen/<token>/`: a provider confirms one offer from the link in a reminder mail,
without logging in (offers/reminders.py). German only, like the mail. GET only shows the
offer and a button; the POST confirms. A link that is altered or made for anything else
gets 400, an expired one or one for an offer that is gone gets 410, each saying what to do."""

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from offers import public, reminders

TEMPLATE = "boards/confirm.html"


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_offer(request, token):
    with translation.override("de"):
        return _confirm(request, token)


def _confirm(request, token):
    try:
        offer_id = reminders.offer_id_from_token(token)
    except reminders.LinkExpired:
        return _render(request, {"problem": "expired"}, status=410)
    except reminders.LinkInvalid:
        return _render(request, {"problem": "invalid"}, status=400)
    offer = public.offer_to_confirm(offer_id)
    if offer is None:
        return _render(request, {"problem": "gone"}, status=410)
    if request.method == "POST":
        reminders.confirm(offer)
        return _render(request, {"offer": offer, "done": True})
    return _render(request, {"offer": offer})


def _render(request, context, status=200):
    # No hreflang alternates: there is this one German page.
    return render(request, TEMPLATE, {"alternates": [], **context}, status=status)
