"""`/gebaerdensprache/`: German Sign Language, outside the language prefix (the page is DGS
with German text, whatever language the visitor came from)."""

from django.urls import path

from boards import views

app_name = "signs"

urlpatterns = [path("", views.sign_language, name="index")]
