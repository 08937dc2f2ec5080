from django.utils import translation
from django.utils.translation import get_language_from_path


class GermanOutsideLanguagePrefixMiddleware:
    """Pages without a language prefix (admin, /healthz, short links) are German.

    Django's LocaleMiddleware would otherwise pick the admin's language from the browser;
    SPEC §4 says the admin is German.
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
