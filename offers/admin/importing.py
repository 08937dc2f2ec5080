"""The offer import and export pages: CSV as German Excel saves it, German pages and errors,
an import template, and the short names a file may use."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import SelectableFieldsExportForm

from offers import permissions
from offers.models import Category, District, Offer, Organisation, Place, TargetGroup
from offers.resources import OfferResource
from offers.spreadsheet_files import ExcelCSV, SpreadsheetCSV, UnreadableFile

IMPORT_EXAMPLE = {
    "kurzname": "hausaufgabenhilfe-welheim",
    "titel": "Hausaufgabenhilfe",
    "kurzbeschreibung": "Hilfe bei den Hausaufgaben für Grundschulkinder.",
    "traeger": "kurzname-des-traegers",
    "ort": "kurzname-des-ortes",
    "stadtteile": "welheim",
    "zielgruppen": "kinder",
    "kategorien": "lernen",
    "alter_von": "6",
    "alter_bis": "10",
    "kostenlos": "ja",
    "anmeldung_noetig": "nein",
    "kinderbetreuung": "nein",
    "dolmetscher": "nein",
    "sprachen": "de,ar",
    "termine": "Di, Do 14:30-16:00 (nicht in den Schulferien)",
    "ausfaelle": "",
}
UNREADABLE = (
    "Die Datei konnte nicht gelesen werden. Bitte prüfen Sie, ob das gewählte Format "
    "(CSV oder XLSX) zur Datei passt."
)

# Columns that are not a model field of their own.
COLUMN_MEANINGS = {"schedule": "Termine", "cancellations": "Ausfälle ab heute"}


class GermanExportForm(SelectableFieldsExportForm):
    """The export's column checkboxes labelled in German: the column and what it holds
    (django-import-export labels them with the English attribute names)."""

    def _get_field_label(self, resource, field_name):
        field = resource.fields.get(field_name)
        if field is None:
            return field_name
        meaning = COLUMN_MEANINGS.get(field_name)
        if meaning is None:
            attribute = (field.attribute or field_name).removesuffix("_de")
            meaning = str(Offer._meta.get_field(attribute).verbose_name)
        return f"{field.column_name} – {meaning}"


def short_name_lists(user) -> list[tuple[str, list]]:
    """(title, objects) for each kind of short name an import row may use, as the user may."""
    return [
        ("Stadtteile (Spalte „stadtteile“)", list(District.objects.order_by("name"))),
        (
            "Träger (Spalte „traeger“)",
            list(permissions.scope(Organisation.objects.all(), user).order_by("name")),
        ),
        (
            "Orte (Spalte „ort“)",
            list(
                permissions.scope(Place.objects.all(), user)
                .select_related("district")
                .order_by("name")
            ),
        ),
        ("Zielgruppen (Spalte „zielgruppen“)", list(TargetGroup.objects.order_by("name"))),
        ("Kategorien (Spalte „kategorien“)", list(Category.objects.order_by("name"))),
    ]


class OfferImportExportMixin(ImportExportMixin):
    resource_classes = [OfferResource]
    # CSV is read as bytes and decoded by what the file is (offers.spreadsheet_files).
    import_formats = [SpreadsheetCSV, XLSX]
    export_formats = [CSV, XLSX, ExcelCSV]
    import_template_name = "admin/offers/offer/import.html"
    export_template_name = "admin/offers/offer/export.html"
    export_form_class = GermanExportForm

    def add_data_read_fail_error_to_form(self, form, e):
        form.add_error("import_file", str(e) if isinstance(e, UnreadableFile) else UNREADABLE)

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {**super().get_resource_kwargs(request, *args, **kwargs), "user": request.user}

    def get_urls(self):
        template = path(
            "import-vorlage/",
            self.admin_site.admin_view(self.import_template_view),
            name="offers_offer_import_template",
        )
        short_names = path(
            "kurznamen/",
            self.admin_site.admin_view(self.short_names_view),
            name="offers_offer_short_names",
        )
        return [template, short_names, *super().get_urls()]

    def import_template_view(self, request):
        """An empty import file with its columns and one example row."""
        headers = [field.column_name for field in OfferResource().get_export_fields()]
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="angebote-vorlage.csv"'
        writer = csv.writer(response)
        writer.writerow(headers)
        writer.writerow([IMPORT_EXAMPLE.get(header, "") for header in headers])
        return response

    def short_names_view(self, request):
        """The short names (slugs) an import file may use, with what they stand for."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Kurznamen für den Import",
            "lists": short_name_lists(request.user),
        }
        return render(request, "admin/offers/offer/short_names.html", context)
