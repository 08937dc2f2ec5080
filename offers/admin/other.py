"""Admins of cancellations, closures, places, districts, providers and the taxonomy."""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from offers import permissions
from offers.admin.base import LOCALIZED_FIELDS, ScopedAdmin, TranslationAdmin
from offers.admin.conflicts import ConflictCheckedAdminForm
from offers.admin.hours import WeekHoursField
from offers.admin.offer_form import place_label
from offers.admin.place_form import PlaceAdminForm
from offers.admin.review import ReviewAdmin
from offers.models import (
    Category,
    City,
    Closure,
    District,
    Membership,
    Offer,
    Organisation,
    Place,
    ScheduleException,
    TargetGroup,
)
from quartier.pictograms import icon


@admin.register(ScheduleException)
class ScheduleExceptionAdmin(ScopedAdmin, SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["date", "offer", "kind", "reason", "new_date", "note"]
    list_filter = ["kind", "reason", "offer__districts", "offer__organisation"]
    list_select_related = ["offer"]
    search_fields = ["offer__title", "note"]
    autocomplete_fields = ["offer"]
    date_hierarchy = "date"
    formfield_overrides = LOCALIZED_FIELDS
    form = ConflictCheckedAdminForm
    fields = [
        "offer",
        "date",
        "kind",
        "reason",
        "note",
        "new_date",
        "new_start_time",
        "new_end_time",
        "edit_snapshot",  # hidden: what the editor saw (offers/admin/conflicts.py)
    ]
    # One click: the common reasons as radio buttons, read by residents in their language.
    radio_fields = {"reason": admin.VERTICAL}


@admin.register(Closure)
class ClosureAdmin(ScopedAdmin, SimpleHistoryAdmin):
    list_display = ["__str__", "place", "organisation", "start_date", "end_date", "reason"]
    list_filter = ["place__district", "organisation"]
    list_select_related = ["place", "organisation"]
    search_fields = ["reason", "place__name", "organisation__name"]
    autocomplete_fields = ["place", "organisation"]
    formfield_overrides = LOCALIZED_FIELDS


class PlaceOfferInline(admin.TabularInline):
    model = Offer

    def get_queryset(self, request):
        return permissions.scope(super().get_queryset(request), request.user)

    fields = ["title", "status"]
    readonly_fields = ["title", "status"]
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "Angebote an diesem Ort"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Place)
class PlaceAdmin(ReviewAdmin, ScopedAdmin, SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "district", "organisation", "street", "step_free", "status"]
    list_filter = ["district", "step_free", "digital_anchor", "organisation"]
    list_select_related = ["district", "organisation"]
    search_fields = ["name", "street", "district__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation"]
    inlines = [PlaceOfferInline]
    form = PlaceAdminForm
    exclude = ["latitude", "longitude"]  # filled from the form's "coordinates"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "hours":  # the grid of seven days (offers/admin/hours.py)
            return WeekHoursField(
                label=db_field.verbose_name,
                required=False,
                help_text="Leer lassen, wenn der Ort keine festen Öffnungszeiten hat. "
                "Schließzeiten (Ferien, Renovierung) unter „Schließzeiten“ eintragen.",
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_queryset(self, request):
        # For the place search's labels too; a select_related here replaces the list's own.
        return super().get_queryset(request).select_related(*self.list_select_related)

    def autocomplete_label(self, place):
        """Name, street and district in the offer form's place search."""
        return place_label(place)

    def autocomplete_data(self, place):
        """The district, for the offer form's warning when it is not among the offer's."""
        return {"district": place.district_id, "district_name": place.district.name}

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if not permissions.is_clerk(request.user) and "organisation" in form.base_fields:
            # A provider's place belongs to the provider: never to nobody, never to another.
            form.base_fields["organisation"].required = True
        return form


@admin.register(District)
class DistrictAdmin(TranslationAdmin):
    list_display = ["name", "slug", "code", "office_name", "position", "is_active"]
    list_editable = ["position", "is_active"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    verbose_name_plural = "Benutzerkonten dieses Trägers"

    def has_add_permission(self, request, obj=None):
        return permissions.is_clerk(request.user)

    has_change_permission = has_delete_permission = has_add_permission


@admin.register(Organisation)
class OrganisationAdmin(ReviewAdmin, ScopedAdmin, SimpleHistoryAdmin, TranslationAdmin):
    """Providers edit their own profile (ScopedAdmin); what they change waits for approval
    (offers.approval), the districts they name included."""

    inlines = [MembershipInline]
    form = ConflictCheckedAdminForm
    list_display = ["name", "kind", "phone", "email", "status"]
    list_filter = ["kind", "districts"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}


@admin.register(TargetGroup)
class TargetGroupAdmin(TranslationAdmin):
    list_display = ["name", "min_age", "max_age", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}


class PictogramRadioSelect(forms.RadioSelect):
    """The pictograms as radio buttons, each drawn beside its label: the clerk sees what
    residents will see before choosing."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["label"] = format_html("{}{}", mark_safe(icon(value)), label)  # noqa: S308
        return option


@admin.register(Category)
class CategoryAdmin(TranslationAdmin):
    list_display = ["name", "pictogram_shown", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        css = {"all": ["css/admin.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "pictogram":
            kwargs["widget"] = PictogramRadioSelect(attrs={"class": "pictogram-choices"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="Piktogramm", ordering="pictogram")
    def pictogram_shown(self, category):
        return format_html(
            '<span class="pictogram-shown">{}{}</span>',
            mark_safe(icon(category.pictogram)),  # noqa: S308 — a choice, escaped inside
            category.get_pictogram_display(),
        )


@admin.register(City)
class CityAdmin(TranslationAdmin):
    list_display = ["name", "contact_name", "phone", "email"]

    def has_add_permission(self, request):
        # One city per installation.
        return not City.objects.exists()
