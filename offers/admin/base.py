"""Shared admin building blocks: scoping to providers, translation tabs, forgiving date fields."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from modeltranslation.admin import TabbedTranslationAdmin

from offers import permissions
from offers.forms import LocalizedDateField, LocalizedTimeField
from offers.models import (
    Offer,
    Organisation,
    Place,
)

LOCALIZED_FIELDS = {
    models.DateField: {"form_class": LocalizedDateField},
    models.TimeField: {"form_class": LocalizedTimeField},
}


class ScopedAdmin:
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
        return super().history_form_view(request, object_id, version_id, extra_context)


class TranslationAdmin(TabbedTranslationAdmin):
    """Translation tabs whose Arabic and Farsi inputs are typed right-to-left."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = db_field.name.rsplit("_", 1)[-1]
        if field is not None and language in ("de", "ru", "ar", "fa") and "_" in db_field.name:
            field.widget.attrs["lang"] = language
            if language in settings.LANGUAGES_BIDI:
                field.widget.attrs["dir"] = "rtl"
        return field


class AdminMedia:
    css = {"all": ["css/admin.css"]}
