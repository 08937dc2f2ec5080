from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from boards import views as board_views
from flyers import views as flyer_views
from quartier.admin_views import scoped_shortcut

admin.site.site_header = "Quartier – Verwaltung"
admin.site.site_title = "Quartier"
admin.site.index_title = "Angebote und Stadtteile pflegen"

urlpatterns = [
    path("", board_views.language_redirect, name="root"),
    path("healthz", board_views.healthz, name="healthz"),
    path("q/<slug:code>", flyer_views.follow_short_link, name="short-link"),
    # Before the admin's own URLs, so it replaces Django's unscoped "view on site" redirect.
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(scoped_shortcut),
        name="scoped-view-on-site",
    ),
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("flyers.urls")),
    path("", include("boards.urls")),
    prefix_default_language=True,
)

handler400 = "boards.views.bad_request"
handler403 = "boards.views.permission_denied"
handler404 = "boards.views.page_not_found"
handler500 = "boards.views.server_error"
