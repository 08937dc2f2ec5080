from django.urls import path

from boards import views

app_name = "boards"

urlpatterns = [
    path("", views.index, name="index"),
    path("info/<slug:page>/", views.legal_page, name="legal"),
    # Before the boards: "actors" and "digital" are no districts (offers.models.district).
    path("actors/", views.city_actors, name="city-actors"),
    path("digital/", views.digital, name="digital"),
    path("<slug:district>/", views.board, name="board"),
    path("<slug:district>/actors/", views.actors, name="actors"),
    path("<slug:district>/calendar.ics", views.calendar_feed, name="calendar"),
    path("<slug:district>/screen/", views.screen, name="screen"),
    path("<slug:district>/embed/", views.embed, name="embed"),
    path("<slug:district>/feed.atom", views.atom_feed, name="atom"),
    path("<slug:district>/offers/<slug:offer>/", views.offer_detail, name="offer"),
    path(
        "<slug:district>/offers/<slug:offer>/calendar.ics",
        views.calendar_feed,
        name="offer-calendar",
    ),
    path("<slug:district>/places/<slug:place>/", views.place_detail, name="place"),
]
