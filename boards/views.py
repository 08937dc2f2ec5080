from django.conf import settings
from django.core.exceptions import BadRequest
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.utils import timezone
from django.utils.translation import get_language, get_language_from_request, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from boards import atom, ical, join, structured_data
from boards.caching import cached_page, join_state
from boards.forms import AccessibilityFeedbackForm, ActorFilterForm, BoardFilterForm, EmbedForm
from boards.models import LegalPage, SignVideo
from boards.weeks import board_week
from flyers import shortlinks
from flyers.enums import Medium
from offers import actors as actor_selectors
from offers import digital_help, selectors
from offers.models import Offer, Place
from quartier import limits
from quartier.middleware import framed_policy


def language_redirect(request):
    """`/` → `/<lang>/` by the browser's Accept-Language."""
    language = get_language_from_request(request)
    return redirect(f"/{language}/")


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def index(request):
    return cached_page(request, lambda: _index(request))


def _index(request):
    return render(request, "boards/index.html", {"districts": selectors.active_districts()})


def _district(slug):
    return get_object_or_404(selectors.active_districts(), slug=slug)


def board(request, district):
    # Filters and week are checked before the page cache sees them: only valid ones key it.
    form = BoardFilterForm.validated(request.GET)
    week = board_week(form.cleaned_data["week"] if form else None)
    params = form.page_params() if form else {}
    return cached_page(request, lambda: _board(request, district, form, week), params)


def _board(request, district, form, week):
    district = _district(district)
    filters = form.cleaned_data if form else {}
    plan = selectors.week_plan(
        district,
        week.monday,
        target_group=filters.get("group"),
        category=filters.get("category"),
        extra=filters.get("extra") or None,
    )
    form = form or BoardFilterForm()
    context = {"district": district, "form": form, "plan": plan, "week": week}
    return render(request, "boards/board.html", context)


def offer_detail(request, district, offer):
    # An online offer's join link shows only around its dates: the page varies by whether
    # the link shows (one instant for the key and the page).
    now = timezone.now()
    render = lambda: _offer_detail(request, district, offer, now)  # noqa: E731
    return cached_page(request, render, vary=lambda: join_state(offer, now))


def _offer_detail(request, district, offer, now):
    district = _district(district)
    try:
        offer = selectors.offer_for_board(district, offer)
    except Offer.DoesNotExist:
        raise Http404 from None
    occurrences = selectors.upcoming_occurrences(offer, timezone.localdate())
    url = settings.SITE_URL + request.path
    events = structured_data.offer_events(offer, occurrences[:10], url, get_language())
    context = {
        "district": district,
        "offer": offer,
        "occurrences": occurrences,
        "events": events,
        "join": join.join_context(offer, occurrences, district, now),
    }
    return render(request, "boards/offer.html", context)


def place_detail(request, district, place):
    # "jetzt geöffnet" changes with the clock: one cache entry per minute (the resolution
    # the page shows), so a cached page is never wrong about it.
    now = timezone.localtime().replace(second=0, microsecond=0)
    render = lambda: _place_detail(request, district, place, now)  # noqa: E731
    return cached_page(request, render, vary=now.isoformat())


def _place_detail(request, district, place, now):
    district = _district(district)
    try:
        place = selectors.place_for_board(district, place)
    except Place.DoesNotExist:
        raise Http404 from None
    context = {
        "district": district,
        "place": place,
        "offers": selectors.offers_at_place(place),
        "hours": selectors.place_hours(place, now),
        "help_hours": digital_help.help_hours_at(place, now.date()) if place.digital_anchor else [],
        "place_data": structured_data.place_data(place, settings.SITE_URL + request.path),
    }
    return render(request, "boards/place.html", context)


def actors(request, district):
    """Who is active in the district: providers with their places and offers."""
    return cached_page(request, lambda: _actors(request, district))


def _actors(request, district):
    district = _district(district)
    context = {"district": district, "actors": actor_selectors.district_actors(district)}
    return render(request, "boards/actors.html", context)


def city_actors(request):
    """Every provider active in the city, filtered by district and kind."""
    form = ActorFilterForm.validated(request.GET)
    params = form.page_params() if form else {}
    return cached_page(request, lambda: _city_actors(request, form), params)


def _city_actors(request, form):
    filters = form.cleaned_data if form else {}
    found = actor_selectors.city_actors(district=filters.get("district"), kind=filters.get("kind"))
    context = {"actors": found, "form": form or ActorFilterForm(), "filtered": bool(filters)}
    return render(request, "boards/actors.html", context)


def digital(request):
    """ "Hilfe mit Handy und Internet": the city's digital anchor places by district."""
    return cached_page(request, lambda: _digital(request))


def _digital(request):
    districts = digital_help.anchors_by_district(timezone.localdate())
    return render(request, "boards/digital.html", {"districts": districts})


def screen(request, district):
    """The infoscreen for a window or a district centre's monitor (no interaction)."""
    district = _district(district)
    rotate = request.GET.get("rotate", "")
    languages = [code for code, _ in settings.LANGUAGES]
    rotation = [code for code in rotate.split(",") if code] if rotate else []
    if len(set(rotation)) < len(rotation) or not set(rotation) <= set(languages):
        raise BadRequest("rotate")  # each offered language once at most
    link = shortlinks.link_for(district, get_language(), Medium.SCREEN)
    now = timezone.localtime()  # one instant for the clock and the list
    context = {
        "district": district,
        "now": now,
        "rotation": ",".join(rotation),
        "board_url": shortlinks.absolute_url(link),
        **selectors.screen_plan(district, now.replace(tzinfo=None)),
    }
    return render(request, "boards/screen.html", context)


@xframe_options_exempt  # partners' websites frame it; the CSP says which may
def embed(request, district):
    """A compact week plan for an iframe on a school's or club's website: no script, no
    cookies, links open the board in a new tab."""
    organisation = EmbedForm.validated(request.GET)
    params = {"organisation": organisation and organisation.slug}
    response = cached_page(request, lambda: _embed(request, district, organisation), params)
    response["Content-Security-Policy"] = framed_policy(settings.QUARTIER["EMBED_FRAME_ANCESTORS"])
    return response


def _embed(request, district, organisation):
    district = _district(district)
    plan = selectors.week_plan(district, board_week(None).monday, organisation=organisation)
    context = {"district": district, "plan": plan, "organisation": organisation}
    return render(request, "boards/embed.html", context)


def atom_feed(request, district):
    return cached_page(request, lambda: _atom_feed(request, district))


def _atom_feed(request, district):
    district = _district(district)
    body = atom.build(district, selectors.recently_changed(district), request.path)
    return HttpResponse(body, content_type="application/atom+xml; charset=utf-8")


def calendar_feed(request, district, offer=None):
    return cached_page(request, lambda: _calendar_feed(district, offer))


def _calendar_feed(district, offer_slug):
    district = _district(district)
    start, end = ical.horizon(timezone.localdate())
    offers = selectors.feed_offers(district, start, end, offer_slug)
    if offer_slug is not None and not offers:
        raise Http404
    name = (
        offers[0].title
        if offer_slug
        else gettext("Wochenplan %(district)s") % {"district": district.name}
    )
    response = HttpResponse(
        ical.build(district, offers, start, end, name), content_type="text/calendar; charset=utf-8"
    )
    filename = f"quartier-{district.slug}{'-' + offer_slug if offer_slug else ''}.ics"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@csrf_exempt  # the anonymous feedback form sets no cookie; it changes nothing but its own row
def legal_page(request, page):
    page = get_object_or_404(LegalPage, slug=page)
    form = None
    if page.slug == LegalPage.Kind.ACCESSIBILITY:
        if request.method == "POST":
            limits.enforce(request, "feedback")  # every post counts, stored or not
        form = AccessibilityFeedbackForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            if not form.is_spam():
                form.instance.language = get_language()
                form.save()
            return redirect(f"{request.path}?sent=1#feedback")
    context = {"page": page, "form": form, "sent": request.GET.get("sent") == "1"}
    return render(request, "boards/legal.html", context)


@require_safe
def sign_language(request):
    """The videos in German Sign Language, or a plain word that they are still to come."""
    context = {"videos": SignVideo.objects.published(), "alternates": []}  # one page, no others
    return render(request, "boards/signs.html", context)


def _error(template, status):
    def view(request, exception=None):
        return render(request, template, {"status": status}, status=status)

    return view


bad_request = _error("400.html", 400)
permission_denied = _error("403.html", 403)
page_not_found = _error("404.html", 404)
method_not_allowed = _error("405.html", 405)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a refused POST/PUT/DELETE gets our page in the visitor's language."""
    return render(request, "403_csrf.html", {"status": 403}, status=403)


def too_many_requests(request, exception=None):
    """django-ratelimit's answer (RATELIMIT_VIEW): our page, in the URL's language."""
    response = render(request, "429.html", {"status": 429}, status=429)
    response["Retry-After"] = "60"
    return response


def server_error(request):
    # No request context: the context processors need the database, which may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
