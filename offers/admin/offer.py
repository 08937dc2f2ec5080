"""The offer admin: schedules inline, approval, freshness, import and export."""

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from boards import join
from offers import calendar_sync, permissions, selectors, services, translation_state
from offers.admin.base import (
    LOCALIZED_FIELDS,
    AdminForm,
    AdminMedia,
    ScopedAdmin,
    TranslationAdmin,
)
from offers.admin.importing import OfferImportExportMixin
from offers.admin.offer_form import OfferForm
from offers.admin.review import ReviewAdmin
from offers.admin.rules import COMPACT_FIELDS, ScheduleRuleInline, next_dates_html
from offers.admin.translating import TranslatorToolsMixin
from offers.models import (
    Offer,
    ScheduleException,
)
from quartier import languages


class ScheduleExceptionInline(admin.StackedInline):
    model = ScheduleException
    form = AdminForm
    extra = 0
    formfield_overrides = COMPACT_FIELDS
    # Two short lines per date, as the rules above: a table of them was wider than the window.
    fieldsets = [
        (
            None,
            {
                "classes": ["compact-fields"],
                "fields": [
                    ("date", "kind", "reason"),
                    ("new_date", "new_start_time", "new_end_time", "note"),
                ],
            },
        )
    ]
    verbose_name_plural = "Ausfälle und Verlegungen einzelner Termine"

    class Media:
        css = {"all": ["css/admin-rules.css"]}

    def get_queryset(self, request):
        # Only what still matters: the past would make the form long and slow.
        since = timezone.localdate() - timedelta(days=14)
        return super().get_queryset(request).filter(date__gte=since)


def resident_languages() -> list[tuple[str, str]]:
    """(code, German name) of the languages offers are translated into (settings)."""
    return [(code, languages.admin_name(code)) for code in languages.translated()]


TRANSLATION_NOTE = (
    "Deutsch ist Pflicht. Texte mit Sprach-Reitern können übersetzt werden; "
    "fehlt eine Übersetzung, sehen Bewohner/innen dort den deutschen Text – Übersetzungen "
    "können später folgen. Ohne Übersetzung erscheinen immer: Online-Link, Telefon, E-Mail."
)


class MissingTranslationFilter(admin.SimpleListFilter):
    title = "Übersetzung fehlt in"
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return resident_languages()

    def queryset(self, request, queryset):
        if self.value() in languages.translated():
            return queryset.missing_translation(self.value())
        return queryset


class OutdatedTranslationFilter(admin.SimpleListFilter):
    title = "Übersetzung veraltet in"
    parameter_name = "outdated"

    def lookups(self, request, model_admin):
        return resident_languages()

    def queryset(self, request, queryset):
        if self.value() in languages.translated():
            return queryset.outdated_translation(self.value())
        return queryset


class FreshnessFilter(admin.SimpleListFilter):
    title = "Aktualität"
    parameter_name = "fresh"

    def lookups(self, request, model_admin):
        days = settings.QUARTIER["STALE_AFTER_DAYS"]
        return [("stale", f"seit über {days} Tagen nicht bestätigt")]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.stale(settings.QUARTIER["STALE_AFTER_DAYS"])
        return queryset


@admin.register(Offer)
class OfferAdmin(
    TranslatorToolsMixin,
    ReviewAdmin,
    ScopedAdmin,
    OfferImportExportMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    actions = ["confirm", "detach_from_calendar", "export_for_translation"]
    change_form_template = "admin/offers/offer/change_form.html"
    change_list_template = "admin/offers/offer/change_list.html"
    form = OfferForm

    list_display = [
        "title",
        "organisation",
        "place",
        "shown_in",
        "translations",
        "status",
        "confirmed",
    ]
    list_filter = [
        "status",
        FreshnessFilter,
        MissingTranslationFilter,
        OutdatedTranslationFilter,
        "districts",
        "categories",
        "target_groups",
        "organisation",
    ]
    list_select_related = ["organisation", "place"]
    search_fields = ["title", "summary", "organisation__name", "place__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organisation", "place"]
    formfield_overrides = {
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
        **LOCALIZED_FIELDS,
    }
    readonly_fields = ["upcoming_dates", "calendar_source"]
    inlines = [ScheduleRuleInline, ScheduleExceptionInline]
    date_hierarchy = None
    save_on_top = True
    Media = AdminMedia
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "summary",
                    "summary_easy",
                    "description",
                    "status",
                    "review_note",
                    "calendar_source",
                    "edit_snapshot",  # hidden: what the editor saw (offers/admin/conflicts.py)
                ],
                "description": TRANSLATION_NOTE,
            },
        ),
        (
            "Wo und für wen",
            {
                "fields": [
                    "organisation",
                    "attendance",
                    "place",
                    "online_url",
                    "districts",
                    "target_groups",
                    "categories",
                    ("min_age", "max_age"),
                ]
            },
        ),
        (
            "Gut zu wissen",
            {
                "fields": [
                    ("is_free", "cost_note"),
                    ("registration_required", "registration_note"),
                    ("childcare", "interpreter"),
                    "digital_help",
                    "languages",
                    "accessibility_note",
                    "times_note",
                ]
            },
        ),
        ("Kontakt", {"fields": ["contact_name", "contact_phone", "contact_email"]}),
        (
            "Nächste Termine",
            {"fields": ["upcoming_dates", "last_confirmed", ("visible_from", "visible_until")]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("districts")

    def response_add(self, request, obj, post_url_continue=None):
        # "Sichern und neu hinzufügen" keeps what a provider's next offer most likely shares with
        # this one: a clerk entering a flyer need not pick provider, place and boards each time.
        response = super().response_add(request, obj, post_url_continue)
        if "_addanother" in request.POST and response.status_code == 302:
            carried = {
                "organisation": obj.organisation_id,
                "place": obj.place_id,
                "districts": ",".join(str(pk) for pk in obj.districts.values_list("pk", flat=True)),
            }
            query = urlencode({name: value for name, value in carried.items() if value})
            location = response["Location"]
            response["Location"] = f"{location}{'&' if '?' in location else '?'}{query}"
        return response

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        warning = form.place_warning()
        if warning:
            self.message_user(request, warning, messages.WARNING)

    @admin.display(description="Stadtteile")
    def shown_in(self, offer):
        return ", ".join(district.name for district in offer.districts.all())

    @admin.display(description="zuletzt bestätigt", ordering="last_confirmed")
    def confirmed(self, offer):
        days = settings.QUARTIER["STALE_AFTER_DAYS"]
        if (timezone.localdate() - offer.last_confirmed).days > days:
            return format_html(
                '<span class="stale">{} – veraltet</span>',
                offer.last_confirmed.strftime("%d.%m.%Y"),
            )
        return offer.last_confirmed.strftime("%d.%m.%Y")

    @admin.action(description="Als aktuell bestätigen")
    def confirm(self, request, queryset):
        count = services.confirm_offers(queryset)
        self.message_user(request, f"{count} Angebot(e) als aktuell bestätigt.")

    @admin.display(description="Herkunft")
    def calendar_source(self, offer):
        if not offer.calendar_feed_id:
            return "im Admin angelegt"
        if offer.calendar_detached:
            return f"aus Kalender: {offer.calendar_feed} – vom Kalender gelöst, wird hier gepflegt"
        return (
            f"aus Kalender: {offer.calendar_feed} – der nächste Abruf überschreibt Änderungen "
            "hier: bitte im Kalender ändern, oder das Sozialamt löst das Angebot vom Kalender."
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not permissions.is_clerk(request.user):
            actions.pop("detach_from_calendar", None)
        return actions

    @admin.action(description="Vom Kalender lösen (hier weiter bearbeiten)")
    def detach_from_calendar(self, request, queryset):
        count = calendar_sync.detach(queryset)
        self.message_user(request, f"{count} Angebot(e) vom Kalender gelöst.")

    def detach_view(self, request, object_id):
        """One click on an imported offer's page: the nightly import leaves it alone."""
        self._require_in_scope(request, object_id)
        if request.method != "POST" or not permissions.is_clerk(request.user):
            raise PermissionDenied
        calendar_sync.detach(self.get_queryset(request).filter(pk=object_id))
        self.message_user(request, "Vom Kalender gelöst: Änderungen hier bleiben jetzt erhalten.")
        return redirect(reverse("admin:offers_offer_change", args=[object_id]))

    def get_urls(self):
        urls = super().get_urls()
        detach = path(
            "<path:object_id>/detach/",
            self.admin_site.admin_view(self.detach_view),
            name="offers_offer_detach",
        )
        confirm = path(
            "<path:object_id>/confirm/",
            self.admin_site.admin_view(self.confirm_view),
            name="offers_offer_confirm",
        )
        preview = path(
            "<path:object_id>/vorschau/",
            self.admin_site.admin_view(self.preview_view),
            name="offers_offer_preview",
        )
        return [confirm, preview, detach, *urls]

    def preview_view(self, request, object_id):
        """The offer page as residents will see it once approved (the saved state)."""
        self._require_in_scope(request, object_id)
        offer = selectors.offer_preview(object_id)
        district = offer.place.district if offer.place else offer.districts.first()
        if district is None:
            raise Http404
        occurrences = selectors.upcoming_occurrences(offer, timezone.localdate(), approved=False)
        context = {
            "district": district,
            "offer": offer,
            "occurrences": occurrences,
            "preview": True,
        }
        with translation.override(request.GET.get("lang", "de")):
            context["join"] = join.join_context(offer, occurrences, district, timezone.now())
            return render(request, "boards/offer.html", context)

    def confirm_view(self, request, object_id):
        """One click on an offer's page: still current."""
        self._require_in_scope(request, object_id)
        if request.method != "POST" or not self.has_change_permission(request):
            raise PermissionDenied
        services.confirm_offers(self.get_queryset(request).filter(pk=object_id))
        self.message_user(request, "Danke! Das Angebot ist als aktuell bestätigt.")
        return redirect(reverse("admin:offers_offer_change", args=[object_id]))

    @admin.display(description="Übersetzt")
    def translations(self, offer):
        return format_html_join(
            " ",
            '<span class="translation-state {}" title="{}: {}">{} {}</span>',
            _translation_states(offer),
        )

    @admin.display(description="Nächste Termine")
    def upcoming_dates(self, offer):
        return next_dates_html(offer)


def _translation_states(offer):
    """(CSS class, language, state, code, sign) per language for the offer list."""
    for code, name in resident_languages():
        if not offer.is_translated(code):
            yield "is-missing", name, "fehlt", code.upper(), "–"
        elif translation_state.outdated_fields(offer, code):
            yield "is-outdated", name, "veraltet", code.upper(), "!"
        else:
            yield "is-done", name, "übersetzt", code.upper(), "✓"
