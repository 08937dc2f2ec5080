"""Translators' tools in the offer admin (Sozialamt only): export the texts of one language as
XLIFF or CSV, import the translated file after a preview, and a side-by-side view per offer.

The rules (which texts, when a unit is refused, how it is saved) are
offers/translation_units.py's; the file formats offers/translation_files.py's.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse

from offers import permissions
from offers import translation_files as files
from offers import translation_units as units
from offers.models import Offer
from quartier import languages

FORMATS = [("xliff", "XLIFF 2.0 (für Übersetzungsprogramme)"), ("csv", "CSV (Excel, ; getrennt)")]
SIGNING_SALT = "offers.translation-import"
# The confirmed file is carried in the preview page, signed; an old preview is not applied.
PREVIEW_MAX_AGE = 60 * 60
SIDE_BY_SIDE_STALE = (
    "der deutsche Text wurde inzwischen geändert (links der neue) – bitte die Übersetzung "
    "prüfen und erneut speichern"
)


def _language_choices():
    return [(code, languages.admin_name(code)) for code in languages.translated()]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label="Sprache", choices=_language_choices)
    which = forms.ChoiceField(label="Welche Texte", widget=forms.RadioSelect)
    format = forms.ChoiceField(label="Format", choices=FORMATS, widget=forms.RadioSelect)
    ids = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, selected=0, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(name, label) for name, (label, _pick) in units.FILTERS.items()]
        if selected:
            choices += [
                (f"selected-{name}", f"{selected} ausgewählte Angebote: {label}")
                for name, (label, _pick) in units.FILTERS.items()
            ]
        self.fields["which"].choices = choices
        self.fields["which"].initial = choices[-len(units.FILTERS)][0]
        self.fields["format"].initial = "xliff"


class ImportForm(forms.Form):
    language = forms.ChoiceField(label="Sprache der Übersetzung", choices=_language_choices)
    file = forms.FileField(
        label="Übersetzte Datei",
        help_text="XLIFF 2.0 oder 1.2 (.xlf) oder CSV mit den Spalten id;source;target, "
        f"höchstens {files.MAX_BYTES // (1024 * 1024)} MB.",
    )

    def clean(self):
        data = super().clean()
        upload, language = data.get("file"), data.get("language")
        if upload is None or language is None:
            return data
        if upload.size > files.MAX_BYTES:
            raise forms.ValidationError(
                f"Die Datei ist größer als {files.MAX_BYTES // (1024 * 1024)} MB."
            )
        content = upload.read(files.MAX_BYTES + 1)
        try:
            file_language, entries, refused = files.read(content, upload.name)
        except files.FileError as error:
            raise forms.ValidationError(str(error)) from None
        if file_language and file_language != language:
            raise forms.ValidationError(
                f"Die Datei ist eine Übersetzung in „{file_language}“, gewählt ist "
                f"„{languages.admin_name(language)}“."
            )
        data.update(content=content, entries=entries, file_refused=refused)
        return data


def _parse_ids(value: str) -> list[int]:
    return [int(part) for part in value.split(",") if part.strip().isdigit()][:1000]


def _checked(language, entries, file_refused):
    result = units.check(language, entries)
    result.refused = [units.Refusal(i, r) for i, r in file_refused] + result.refused
    return result


def check_file(language, content, name):
    """The check of an uploaded file, as shown in the preview and repeated on confirm."""
    _file_language, entries, file_refused = files.read(content, name)
    return _checked(language, entries, file_refused)


class TranslatorToolsMixin:
    """Adds the pages to the offer admin and the action "Zum Übersetzen exportieren"."""

    def _require_clerk(self, request):
        if not permissions.is_clerk(request.user):
            raise PermissionDenied

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not permissions.is_clerk(request.user):
            actions.pop("export_for_translation", None)
        return actions

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "is_clerk": permissions.is_clerk(request.user)}
        return super().changelist_view(request, extra_context)

    def render_change_form(self, request, context, *args, **kwargs):
        original = context.get("original")
        if original is not None and languages.translated():
            # The link opens the first language this offer lacks, else the first one.
            missing = [code for code in languages.translated() if not original.is_translated(code)]
            context["translate_language"] = (missing or languages.translated())[0]
        return super().render_change_form(request, context, *args, **kwargs)

    @admin.action(description="Zum Übersetzen exportieren")
    def export_for_translation(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True)[:1000])
        return redirect(f"{reverse('admin:offers_offer_translation_export')}?ids={ids}")

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "uebersetzungen/export/",
                view(self.translation_export_view),
                name="offers_offer_translation_export",
            ),
            path(
                "uebersetzungen/import/",
                view(self.translation_import_view),
                name="offers_offer_translation_import",
            ),
            path(
                "<path:object_id>/uebersetzen/<str:language>/",
                view(self.side_by_side_view),
                name="offers_offer_side_by_side",
            ),
            *super().get_urls(),
        ]

    def _context(self, request, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            **extra,
        }

    def translation_export_view(self, request):
        self._require_clerk(request)
        source = request.POST if request.method == "POST" else None
        ids = _parse_ids((source or request.GET).get("ids", ""))
        offers = Offer.objects.filter(pk__in=ids)
        form = ExportForm(source, initial={"ids": ",".join(map(str, ids))}, selected=len(ids))
        if source is not None and form.is_valid():
            language, which = form.cleaned_data["language"], form.cleaned_data["which"]
            selected = which.startswith("selected-")
            picked = units.export_units(
                language, which.removeprefix("selected-"), offers if selected else None
            )
            if form.cleaned_data["format"] == "csv":
                body, kind, ending = files.write_csv(picked), "text/csv; charset=utf-8", "csv"
            else:
                body, kind, ending = (
                    files.write_xliff(picked, language),
                    "application/xliff+xml",
                    "xlf",
                )
            response = HttpResponse(body, content_type=kind)
            name = f"quartier-{language}-{which}.{ending}"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        context = self._context(request, "Texte zum Übersetzen exportieren", form=form)
        return render(request, "admin/offers/offer/translation_export.html", context)

    def translation_import_view(self, request):
        self._require_clerk(request)
        if request.method == "POST" and "confirm" in request.POST:
            return self._confirm_import(request)
        form = ImportForm(request.POST or None, request.FILES or None)
        context = {"form": form}
        if request.method == "POST" and form.is_valid():
            language = form.cleaned_data["language"]
            data = form.cleaned_data
            result = _checked(language, data["entries"], data["file_refused"])
            payload = {
                "language": language,
                "name": form.cleaned_data["file"].name,
                "content": form.cleaned_data["content"].decode("latin-1"),
            }
            context.update(
                result=result,
                payload=signing.dumps(payload, salt=SIGNING_SALT, compress=True),
                language_name=languages.admin_name(language),
            )
        context = self._context(request, "Übersetzungen importieren", **context)
        return render(request, "admin/offers/offer/translation_import.html", context)

    def _confirm_import(self, request):
        try:
            payload = signing.loads(
                request.POST.get("payload", ""), salt=SIGNING_SALT, max_age=PREVIEW_MAX_AGE
            )
            content = payload["content"].encode("latin-1")
            result = check_file(payload["language"], content, payload["name"])
        except (signing.BadSignature, KeyError, TypeError, ValueError, files.FileError):
            self.message_user(
                request,
                "Die Vorschau ist abgelaufen. Bitte die Datei neu hochladen.",
                messages.ERROR,
            )
            return redirect(reverse("admin:offers_offer_translation_import"))
        count = units.apply(result.changes, payload["language"], request.user)
        self.message_user(
            request,
            f"{len(result.changes)} Übersetzung(en) in {count} Objekt(en) übernommen"
            + (f", {len(result.refused)} abgelehnt." if result.refused else "."),
            messages.WARNING if result.refused else messages.SUCCESS,
        )
        return redirect(reverse("admin:offers_offer_translation_import"))

    def side_by_side_view(self, request, object_id, language):
        """German and one language field by field; missing translations first."""
        self._require_clerk(request)
        if language not in languages.translated():
            raise Http404
        self._require_in_scope(request, object_id)
        offer = Offer.objects.get(pk=object_id)
        rows = units.work_order(units.object_units(offer, language), language)
        typed, errors = {}, {}
        if request.method == "POST":
            entries = [
                (
                    unit.id,
                    request.POST.get(f"source-{unit.field}", ""),
                    request.POST.get(unit.field),
                )
                for unit in rows
                if unit.field in request.POST
            ]
            result = units.check(language, entries)
            units.apply(result.changes, language, request.user)
            if not result.refused:
                self.message_user(request, f"{len(result.changes)} Übersetzung(en) gespeichert.")
                return redirect(request.path)
            # Shown again with the German of now and what was typed, nothing lost.
            errors = {
                refusal.id: SIDE_BY_SIDE_STALE if refusal.reason == units.STALE else refusal.reason
                for refusal in result.refused
            }
            typed = {unit.id: request.POST.get(unit.field, "") for unit in rows}
            offer.refresh_from_db()
            rows = units.work_order(units.object_units(offer, language), language)
        fields = [
            {
                "unit": unit,
                "value": typed.get(unit.id, unit.target),
                "error": errors.get(unit.id),
                "label": units.field_label(Offer, unit.field),
                "multiline": Offer._meta.get_field(unit.field).get_internal_type() == "TextField",
            }
            for unit in rows
        ]
        context = self._context(
            request,
            f"{offer.title_de} – {languages.admin_name(language)}",
            original=offer,
            fields=fields,
            language=language,
            language_name=languages.admin_name(language),
            rtl=language in settings.LANGUAGES_BIDI,
            other_languages=_language_choices(),
        )
        return render(request, "admin/offers/offer/side_by_side.html", context)
