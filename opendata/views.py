"""Open data: the HSDS API (/api/hsds/) and the downloads (/data/). Read-only, anonymous."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from boards.caching import cached_page
from offers import selectors
from opendata import downloads, hsds, openapi
from opendata.api import endpoint, error, flag, open_to_all, page_of, paging, parse_id

# --- /api/hsds/ -------------------------------------------------------------------------------


@endpoint
def api_root(request, params):
    return {
        "version": hsds.HSDS_VERSION,
        "openapi_url": settings.SITE_URL + "/api/hsds/openapi.json",
    }


@endpoint
def openapi_document(request, params):
    return openapi.document()


def _list(items, params, mapping):
    paging_fields, chosen = page_of(items, params["page"], params["per_page"])
    return {**paging_fields, "contents": [mapping(item) for item in chosen]}


def _found(rows, kind, raw_id):
    wanted = parse_id(raw_id)
    return next((row for row in rows if hsds.stable_id(kind, row.pk) == wanted), None)


def _services_params(query):
    return {**paging(query), "full": flag(query, "full")}


@endpoint(params=_services_params)
def services(request, params):
    full = params["full"]
    return _list(selectors.open_data_offers(), params, lambda o: hsds.service(o, full=full))


@endpoint
def service(request, params, service_id):
    offer = _found(selectors.open_data_offers(), "service", service_id)
    return hsds.service(offer) if offer else error(404, "no published service with this id")


@endpoint(params=paging)
def organizations(request, params):
    return _list(selectors.open_data_organisations(), params, hsds.organization)


@endpoint(params=lambda query: {"full_service": flag(query, "full_service")})
def organization(request, params, organization_id):
    organisation = _found(selectors.open_data_organisations(), "organization", organization_id)
    if organisation is None:
        return error(404, "no published organization with this id")
    offers = [o for o in selectors.open_data_offers() if o.organisation_id == organisation.pk]
    return hsds.organization_detail(organisation, offers, full_service=params["full_service"])


def _location(place):
    return hsds.location(place, place.open_district, place.open_organisation)


@endpoint(params=paging)
def locations(request, params):
    return _list(selectors.open_data_places(), params, _location)


@endpoint
def location(request, params, location_id):
    place = _found(selectors.open_data_places(), "location", location_id)
    return _location(place) if place else error(404, "no published location with this id")


# --- /data/ -----------------------------------------------------------------------------------


@csrf_exempt
@require_safe
def data_index(request):
    context = {"licence": settings.QUARTIER["DATA_LICENCE"], "site_url": settings.SITE_URL}
    return cached_page(request, lambda: render(request, "opendata/index.html", context))


def _download(request, build):
    return open_to_all(cached_page(request, lambda: build(selectors.open_data_offers())))


@csrf_exempt  # read-only: a POST gets 405, not the CSRF page
@require_safe
def offers_csv(request):
    return _download(request, downloads.csv_response)


@csrf_exempt
@require_safe
def offers_json(request):
    return _download(request, downloads.json_response)


@csrf_exempt
@require_safe
def dcat(request):
    return open_to_all(cached_page(request, lambda: downloads.dcat_response(selectors.get_city())))
