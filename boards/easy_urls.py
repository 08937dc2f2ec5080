"""`/leichte-sprache/`: the pages in Leichte Sprache (boards/easy.py). German slugs; the
URL names are what other pages link to (`easy:index`)."""

from django.urls import path

from boards import easy

app_name = "easy"

urlpatterns = [
    path("", easy.index, name="index"),
    path("wochen-plan-lesen/", easy.page, {"page": "read-plan"}, name="read-plan"),
    path("stadtteil-finden/", easy.page, {"page": "districts"}, name="districts"),
    path("barrierefreiheit/", easy.page, {"page": "accessibility"}, name="accessibility"),
    path("rueckmeldung/", easy.page, {"page": "feedback"}, name="feedback"),
    path("stadtteil/<slug:district>/", easy.plan, name="plan"),
]
