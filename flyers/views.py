from functools import partial

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from flyers import previews, qr, shortlinks, social
from flyers.enums import Medium
from flyers.models import ShortLink
from flyers.renderers import PRODUCTS, InvalidOption, UnknownWeek
from offers import selectors
from offers.services import content_version
from quartier import limits
from quartier.versioned import etag_matches


def _product(request, district, product):
    district = get_object_or_404(selectors.active_districts(), slug=district)
    if product not in PRODUCTS:
        raise Http404
    try:
        return PRODUCTS[product](district, get_language(), requested=request.GET.dict())
    except UnknownWeek:
        raise Http404("week out of range") from None
    except InvalidOption as exc:
        raise BadRequest(f"invalid option {exc}") from None


@require_safe
def product_pdf(request, district, product):
    """A print product as PDF: from cache while the data is unchanged, 304 on revalidation."""
    product = _product(request, district, product)
    version = content_version()
    etag = product.etag(version)
    if etag_matches(request, etag):
        return HttpResponseNotModified(headers={"ETag": f'"{etag}"'})
    rendered = product.get(version, on_miss=partial(limits.enforce, request, "render"))
    response = HttpResponse(rendered.pdf, content_type="application/pdf")
    response["ETag"] = f'"{rendered.etag}"'
    response["Content-Disposition"] = f'inline; filename="{rendered.filename}"'
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def product_preview(request, district, product):
    """The first page as a small PNG, for the print page."""
    product = _product(request, district, product)
    on_miss = partial(limits.enforce, request, "render")
    image = previews.product_png(product, content_version(), on_miss=on_miss)
    response = HttpResponse(image, content_type="image/png")
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def link_preview(request, district):
    """The Open Graph image of a district's board in the URL's language."""
    district = get_object_or_404(selectors.active_districts(), slug=district)
    image = social.preview_png(
        district, get_language(), on_miss=partial(limits.enforce, request, "render")
    )
    response = HttpResponse(image, content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_safe
def qr_code(request, district, medium, kind):
    district = get_object_or_404(selectors.active_districts(), slug=district)
    if medium not in Medium.values:
        raise Http404
    url = shortlinks.absolute_url(shortlinks.link_for(district, get_language(), medium))
    if kind == "svg":
        return HttpResponse(qr.svg(url), content_type="image/svg+xml")
    response = HttpResponse(qr.png(url), content_type="image/png")
    response["Content-Disposition"] = (
        f'attachment; filename="qr-{district.slug}-{get_language()}-{medium}.png"'
    )
    return response


def print_page(request, district):
    district = get_object_or_404(selectors.active_districts(), slug=district)
    context = {
        "district": district,
        "products": previews.print_page_items(district),
        "embed_url": settings.SITE_URL
        + reverse("boards:embed", kwargs={"district": district.slug}),
        "atom_url": settings.SITE_URL + reverse("boards:atom", kwargs={"district": district.slug}),
    }
    return render(request, "flyers/print.html", context)


@require_safe
def follow_short_link(request, code):
    """`/q/<code>`: count the scan (no personal data) and send the reader to the board.

    Only a GET is a scan (link checkers send HEAD), and one address's repeats of one code
    count once per window: the limit's hashed, short-lived cache key is all that is kept.
    """
    link = get_object_or_404(ShortLink.objects.select_related("district"), code=code)
    if request.method == "GET" and not limits.exceeded(request, "scan", link.code):
        shortlinks.record_scan(link)
    return redirect(f"/{link.language}/{link.district.slug}/")
