from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_from_path

from quartier import safe_cache


class GermanOutsideLanguagePrefixMiddleware:
    """Pages without a language prefix (admin, /healthz, short links) are German.

    Django's LocaleMiddleware would otherwise pick the admin's language from the browser;
    The admin is German (docs/admin.md).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not get_language_from_path(request.path_info):
            translation.activate("de")
            request.LANGUAGE_CODE = "de"
        return self.get_response(request)


class MethodNotAllowedPageMiddleware:
    """An empty 405 (e.g. from `require_safe`) becomes a page in the visitor's language; the
    admin keeps Django's own answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.content or request.path.startswith("/admin/"):
            return response
        from boards.views import method_not_allowed  # views import models: not at start-up

        page = method_not_allowed(request)
        page["Allow"] = response.get("Allow", "GET, HEAD")
        return page


class PlainPageMiddleware:
    """Answers a GET without a query string from the page cache before the rest of the stack
    runs, when the view has served that page through `boards.caching.cached_page` before.

    It sits inside the security headers and gzip (they still apply) and outside everything
    else: what sessions, locale, CSRF, clickjacking and the view added to the first answer is
    kept with it (`PlainPage`), so the later answers are the same, byte for byte and header
    for header. Pages that set a cookie or vary with the session are never kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method != "GET"
            or request.META.get("QUERY_STRING")
            or not settings.QUARTIER["PAGE_CACHE"]
        ):
            return self.get_response(request)
        from boards import caching  # reads the content version: models, not at start-up

        key = caching.plain_key(request.path)
        page = safe_cache.get(key)
        if page is not None:
            return page.response(request)
        response = self.get_response(request)
        if caching.keeps_plain_page(request, response):
            page = caching.PlainPage.of(response)
            safe_cache.set(key, page, caching.PAGE_SECONDS)
            return page.response(request)
        return response
