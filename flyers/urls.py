from django.urls import path, re_path

from flyers import views

app_name = "flyers"

urlpatterns = [
    path("<slug:district>/print/", views.print_page, name="print"),
    path("<slug:district>/preview.png", views.link_preview, name="link-preview"),
    re_path(
        r"^(?P<district>[-\w]+)/(?P<product>flyer|sticker|plan)\.pdf$",
        views.product_pdf,
        name="pdf",
    ),
    re_path(
        r"^(?P<district>[-\w]+)/(?P<product>flyer|sticker|plan)\.png$",
        views.product_preview,
        name="preview",
    ),
    re_path(
        r"^(?P<district>[-\w]+)/qr-(?P<medium>flyer|sticker|plan)\.(?P<kind>svg|png)$",
        views.qr_code,
        name="qr",
    ),
]
