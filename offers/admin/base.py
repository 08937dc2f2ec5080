"""Shared admin building blocks: scoping to providers, translation tabs, forgiving date fields,
forms that turn every typing mistake into a form error rather than a server error."""

from django import forms
from django.conf import settings
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.http import Http404
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname

from offers import permissions, text, translation_state
from offers.forms import CleanTextMixin, LocalizedDateField, LocalizedTimeField
from offers.models import (
    Offer,
    Organisation,
    Place,
)

LOCALIZED_FIELDS = {
    models.DateField: {"form_class": LocalizedDateField},
    models.TimeField: {"form_class": LocalizedTimeField},
}


class AdminForm(CleanTextMixin, forms.ModelForm):
    """Typed texts cleaned (offers.text); a model error on a translated field (`cost_note`)
    is shown next to its German input (`cost_note_de`), any other unknown one above the form."""

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
            remapped = {}
            for name, messages in errors.error_dict.items():
                if name != NON_FIELD_ERRORS and name not in self.fields:
                    localized = build_localized_fieldname(name, language)
                    name = localized if localized in self.fields else NON_FIELD_ERRORS
                remapped.setdefault(name, []).extend(messages)
            errors = ValidationError(remapped)
        super()._update_errors(errors)


def _valid_key(field, value) -> bool:
    """Whether `value` can be looked up in `field` (a key) without a database error."""
    try:
        field.run_validators(field.to_python(value))
    except (ValidationError, ValueError, TypeError, OverflowError):
        return False
    return True


class SafeAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete widget looks up the submitted value to show it again; a value
    that cannot be a key ("abc") made that lookup a server error."""

    def optgroups(self, name, value, attr=None):
        key = self.field.remote_field.model._meta.get_field(self.field.remote_field.field_name)
        value = [v for v in value if v in ("", None) or _valid_key(key, v)]
        return super().optgroups(name, value, attr)


class SafeInputAdmin:
    """Every admin: the form above, autocompletes and actions that ignore impossible keys, and
    prefill values from the URL (`?place=-1`) kept only when the form would accept them."""

    form = AdminForm

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        valid = [pk for pk in selected if _valid_key(self.model._meta.pk, pk)]
        if valid != selected:
            request.POST = request.POST.copy()
            request.POST.setlist(helpers.ACTION_CHECKBOX_NAME, valid)
        return super().response_action(request, queryset)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        fields = self.get_form(request).base_fields
        valid = {}
        for name, value in initial.items():
            if name not in fields:
                continue
            try:
                fields[name].clean(value)
            except (ValidationError, ValueError, TypeError, OverflowError):
                continue
            valid[name] = value
        return valid

    def get_search_results(self, request, queryset, search_term):
        # A NUL byte or control character in the search box would upset PostgreSQL.
        return super().get_search_results(request, queryset, text.clean_line(search_term))


class ScopedAdmin(SafeInputAdmin):
    """Providers' users see and change only their organisations' objects: in lists, forms,
    choices, autocompletes (the related admin's queryset), actions and by direct URL (404)."""

    def get_queryset(self, request):
        return permissions.scope(super().get_queryset(request), request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and db_field.related_model in (Organisation, Place, Offer):
            field.queryset = permissions.scope(field.queryset, request.user)
        return field

    def _require_in_scope(self, request, object_id):
        try:
            found = self.get_queryset(request).filter(pk=object_id).exists()
        except (ValueError, ValidationError):
            found = False
        if not found:
            raise Http404

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._require_in_scope(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        self._require_in_scope(request, object_id)
        return super().delete_view(request, object_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self._require_in_scope(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A past version, to look at or to restore (django-simple-history)."""
        self._require_in_scope(request, object_id)
        if not str(version_id).isdigit():
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)


MINOR_CHANGE = "translations_stay_valid"


def _with_minor_change(form_class):
    """`form_class` with the clerk's "kleine Änderung" box: ticked, the object's translations
    count as made from its German as saved now (offers.translation_state)."""

    def clean(self):
        cleaned = super(form, self).clean()
        if cleaned.get(MINOR_CHANGE):
            translation_state.keep_translations_valid(self.instance)
        return cleaned

    box = forms.BooleanField(
        label="kleine Änderung, Übersetzungen bleiben gültig",
        required=False,
        help_text=(
            "Nur ankreuzen, wenn die deutschen Texte sich nicht im Sinn geändert haben "
            "(Tippfehler, Komma): dann gelten alle Übersetzungen dieses Eintrags als aktuell – "
            "auch nach einer schon freigegebenen Änderung eines Trägers. Sonst gelten die "
            "Übersetzungen geänderter Texte als veraltet: Bewohner/innen sehen sie mit dem "
            "Hinweis „Übersetzung möglicherweise veraltet“ und dem deutschen Text daneben."
        ),
    )
    form = type(form_class.__name__, (form_class,), {MINOR_CHANGE: box, "clean": clean})
    return form


class TranslationAdmin(SafeInputAdmin, TabbedTranslationAdmin):
    """Translation tabs whose Arabic and Farsi inputs are typed right-to-left; for clerks
    changing a saved object, the "kleine Änderung" box below the first fields."""

    def _offers_minor_change(self, request, obj) -> bool:
        return obj is not None and permissions.is_clerk(request.user)

    def get_form(self, request, obj=None, **kwargs):
        if self._offers_minor_change(request, obj):
            kwargs["form"] = _with_minor_change(kwargs.get("form", self.form))
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self._offers_minor_change(request, obj):
            return fieldsets
        result = []
        for index, (name, options) in enumerate(fieldsets):
            fields = [f for f in options.get("fields", ()) if f != MINOR_CHANGE]
            if index == 0:
                fields.append(MINOR_CHANGE)
            result.append((name, {**options, "fields": fields}))
        return result

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = db_field.name.rsplit("_", 1)[-1]
        if (
            field is not None
            and language in settings.MODELTRANSLATION_LANGUAGES
            and "_" in db_field.name
        ):
            field.widget.attrs["lang"] = language
            if language in settings.LANGUAGES_BIDI:
                field.widget.attrs["dir"] = "rtl"
        return field


class AdminMedia:
    css = {"all": ["css/admin.css"]}
    # After Django's URLify, which admin-slug.js wraps (German letters in slugs).
    js = ["admin/js/urlify.js", "js/admin-slug.js", "js/admin-place-district.js"]
