import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView

from boards import confirm
from boards import views as board_views
from flyers import cockpit
from flyers import views as flyer_views
from offers.admin import coverage as coverage_cockpit
from quartier.media import serve_media

urlpatterns = [
    path("", board_views.language_redirect, name="root"),
    path("healthz", board_views.healthz, name="healthz"),
    path("q/<slug:code>", flyer_views.follow_short_link, name="short-link"),
    # At the root so that it may serve every board (a worker's scope is its own folder).
    path(
        "sw.js",
        cache_control(no_cache=True)(
            TemplateView.as_view(template_name="sw.js", content_type="text/javascript")
        ),
        name="service-worker",
    ),
    # The Sozialamt's cockpit (clerks only, see the views), before the admin's catch-all.
    path(
        "admin/cockpit/coverage/",
        admin.site.admin_view(coverage_cockpit.coverage_view),
        name="cockpit-coverage",
    ),
    path(
        "admin/cockpit/reach/",
        admin.site.admin_view(cockpit.reach_page),
        name="cockpit-reach",
    ),
    path(
        "admin/cockpit/reach/xlsx/",
        admin.site.admin_view(cockpit.reach_export),
        name="cockpit-reach-xlsx",
    ),
    path("admin/", admin.site.urls),
    # Open data, outside the language prefix (docs/open-data.md).
    path("api/hsds/", include("opendata.api_urls")),
    path("data/", include("opendata.urls")),
    # Leichte Sprache: German only, so outside the language prefix (boards/easy.py).
    path("leichte-sprache/", include("boards.easy_urls")),
    # German Sign Language: one German/DGS page for every visitor (BITV NRW).
    path("gebaerdensprache/", include("boards.sign_urls")),
    # The "noch aktuell" link of the reminder mails: German, no login (boards/confirm.py).
    path("bestaetigen/<str:token>/", confirm.confirm_offer, name="confirm-offer"),
    # The members' area of providers and the Sozialamt: German, login required (network/).
    path("network/", include("network.urls")),
]
if settings.QUARTIER["SERVE_MEDIA"]:
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns.append(re_path(rf"^{prefix}(?P<path>.+)$", serve_media, name="media"))
urlpatterns += i18n_patterns(
    path("", include("flyers.urls")),
    path("", include("boards.urls")),
    prefix_default_language=True,
)

handler400 = "boards.views.bad_request"
handler403 = "boards.views.permission_denied"
handler404 = "boards.views.page_not_found"
handler500 = "boards.views.server_error"
