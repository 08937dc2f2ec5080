"""Providers' calendars (iCal feeds) and the offers imported from them."""

from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html

from offers import calendar_sync
from offers.admin.base import ScopedAdmin
from offers.models import CalendarFeed, normalise_url


class CalendarFeedForm(ScopedAdmin.form):
    class Meta:
        widgets = {"url": forms.URLInput(attrs={"size": 80})}

    def clean_url(self):
        url = normalise_url(self.cleaned_data.get("url", ""))
        if not url.lower().startswith(("https://", "http://")):
            raise forms.ValidationError("Bitte eine Adresse mit https:// oder webcal:// angeben.")
        return url


# Calendars one click of "Jetzt abrufen" fetches (see `fetch_now`).
FETCH_NOW_MAX = 2


@admin.register(CalendarFeed)
class CalendarFeedAdmin(ScopedAdmin, admin.ModelAdmin):
    form = CalendarFeedForm
    list_display = ["organisation", "url", "active", "last_run", "error", "last_imported"]
    list_filter = ["active", "organisation"]
    list_select_related = ["organisation"]
    search_fields = ["url", "organisation__name"]
    autocomplete_fields = ["organisation", "place"]
    fields = [
        "organisation",
        "url",
        "districts",
        "place",
        "active",
        "created_by",
        "last_run",
        "last_imported",
        "error",
        "last_notes",
    ]
    readonly_fields = ["created_by", "last_run", "last_imported", "error", "last_notes"]
    actions = ["fetch_now"]

    class Media:
        css = {"all": ["css/admin.css"]}

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="Fehler beim letzten Abruf")
    def error(self, feed):
        if not feed.last_error:
            return "–"
        return format_html('<span class="feed-error">{}</span>', feed.last_error)

    @admin.action(description="Jetzt abrufen")
    def fetch_now(self, request, queryset):
        # Fetched while the clerk waits: each calendar may take up to CALENDAR_TIMEOUT
        # (10 s), and gunicorn ends a request after 30 s.
        if queryset.count() > FETCH_NOW_MAX:
            self.message_user(
                request,
                f"Bitte höchstens {FETCH_NOW_MAX} Kalender auf einmal abrufen – jeder Abruf kann "
                "einige Sekunden dauern. Alle aktiven Kalender werden außerdem jede Nacht "
                "abgerufen.",
                messages.WARNING,
            )
            return
        for feed in queryset.select_related("organisation"):
            result = calendar_sync.import_feed(feed)
            level = messages.ERROR if result.error else messages.SUCCESS
            self.message_user(request, f"{feed}: {result.summary()}", level)
