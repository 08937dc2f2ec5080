"""Security headers, and a readable 503 when the database is away."""

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

from quartier.stylesheet import style_hash

# Everything from our own host; no inline scripts, and no inline styles but the board's copy of
# our stylesheet (quartier/stylesheet.py, allowed by its hash); nothing may frame the site
# except the embed, which partners' websites frame on purpose (`framed_policy`).
_POLICY = [
    "default-src 'self'",
    "img-src 'self' data:",
    "script-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
]


def content_security_policy() -> str:
    return framed_policy("'none'")


def framed_policy(ancestors: str) -> str:
    """The policy for a page other sites may frame: `ancestors` as CSP source list."""
    return "; ".join([*_POLICY, f"style-src 'self' {style_hash()}", f"frame-ancestors {ancestors}"])


class SecurityHeadersMiddleware:
    """The policy headers of every page. Static files (fonts, styles, scripts), which
    WhiteNoise answers before the views, do not get the ones that only documents read: on a
    board's first visit they were about 2 KB of its 60 KB budget. SVG keeps its policy, as a
    browser may open one as a document."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.static_prefix = settings.STATIC_URL

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.static_prefix) and not response.get(
            "Content-Type", ""
        ).startswith("image/svg"):
            return response
        response.setdefault("Content-Security-Policy", content_security_policy())
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class DatabaseUnavailableMiddleware:
    """When the database does not answer, or another fresh render holds this host's render
    slot, residents get a short page in their language with 503 and Retry-After instead of
    a 500 or a long wait; the next request reconnects or renders by itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from quartier.renders import RenderBusy

        if isinstance(exception, RenderBusy):  # another render runs: retry in a moment
            body = loader.get_template("503.html").render()
            return HttpResponse(body, status=503, headers={"Retry-After": "5"})
        if isinstance(exception, OperationalError | InterfaceError) or (
            type(exception) is DatabaseError
        ):
            body = loader.get_template("503.html").render()
            return HttpResponse(body, status=503, headers={"Retry-After": "30"})
        return None


class ApprovalContextMiddleware:
    """Tells the domain who is asking: whose writes go through approval (`offers.approval`),
    and that everything outside the admin and the members' area is read by residents, so only
    approved rows may be loaded there (`offers.public`)."""

    # Staff's areas: the admin, and the members' area (network/), which only logged-in
    # clerks and providers enter and which reads rows as they are, as the admin does.
    STAFF_PREFIXES = ("/admin/", "/network/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from offers import approval, public

        with approval.acting(request.user):
            if request.path_info.startswith(self.STAFF_PREFIXES):
                return self.get_response(request)
            with public.resident_request():
                return self.get_response(request)
