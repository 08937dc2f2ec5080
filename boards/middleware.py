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
