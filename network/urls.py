from django.urls import path

from network import views

app_name = "network"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("anmelden/", views.login, name="login"),
    path("abmelden/", views.logout, name="logout"),
    path("verzeichnis/", views.directory, name="directory"),
    path("termine/", views.dates, name="dates"),
    path("termine/kalender/", views.calendar, name="calendar"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
    path("pinnwand/", views.board, name="board"),
    path("pinnwand/neu/", views.post_create, name="post-create"),
    path("pinnwand/<int:pk>/bearbeiten/", views.post_edit, name="post-edit"),
    path("pinnwand/<int:pk>/loeschen/", views.post_delete, name="post-delete"),
    path("pinnwand/<int:pk>/moderieren/", views.post_moderate, name="post-moderate"),
    path("benachrichtigung/", views.notify, name="notify"),
]
