"""/data/: the open-data page and its downloads."""

from django.urls import path

from opendata import views

app_name = "opendata"
urlpatterns = [
    path("", views.data_index, name="index"),
    path("offers.csv", views.offers_csv, name="offers-csv"),
    path("offers.json", views.offers_json, name="offers-json"),
    path("dcat.jsonld", views.dcat, name="dcat"),
]
