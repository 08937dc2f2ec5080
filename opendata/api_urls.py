"""/api/hsds/: the Open Referral (HSDS 3.0) read API. Ids are matched by the views (a
malformed id gets the API's JSON 404, not the site's page)."""

from django.urls import path

from opendata import views

app_name = "hsds"
urlpatterns = [
    path("", views.api_root, name="root"),
    path("openapi.json", views.openapi_document, name="openapi"),
    path("services", views.services, name="services"),
    path("services/<str:service_id>", views.service, name="service"),
    path("organizations", views.organizations, name="organizations"),
    path("organizations/<str:organization_id>", views.organization, name="organization"),
    path("locations", views.locations, name="locations"),
    path("locations/<str:location_id>", views.location, name="location"),
]
