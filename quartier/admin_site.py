"""The admin site: Django's, with "view on site" scoped like the rest of the admin."""

from django.contrib.admin import AdminSite
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import path


class LabelledAutocompleteJsonView(AutocompleteJsonView):
    """Options labelled by the model admin's `autocomplete_label(obj)` where it has one (a
    place shows its street and district), else by `str(obj)` as in Django; plus what its
    `autocomplete_data(obj)` adds for the form's scripts (a place's district)."""

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        label = getattr(self.model_admin, "autocomplete_label", None)
        data = getattr(self.model_admin, "autocomplete_data", None)
        if label:
            result["text"] = label(obj)
        return {**(data(obj) if data else {}), **result}


class QuartierAdminSite(AdminSite):
    site_header = "Quartier – Verwaltung"
    site_title = "Quartier"
    index_title = "Angebote und Stadtteile pflegen"

    def get_urls(self):
        scoped = path(
            "r/<int:content_type_id>/<path:object_id>/",
            self.admin_view(self.scoped_shortcut),
            name="view_on_site",
        )
        urls = [url for url in super().get_urls() if getattr(url, "name", "") != "view_on_site"]
        return [scoped, *urls]

    def autocomplete_view(self, request):
        return LabelledAutocompleteJsonView.as_view(admin_site=self)(request)

    def scoped_shortcut(self, request, content_type_id, object_id):
        """`/admin/r/<content type>/<id>/` for objects the user may see in the admin only:
        Django's own view redirects to any object's public address, revealing it."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            model_admin = self.get_model_admin(model)
        except (ContentType.DoesNotExist, NotRegistered):
            raise Http404 from None
        if not model_admin.has_view_permission(request):
            raise Http404
        try:
            visible = model_admin.get_queryset(request).filter(pk=object_id).exists()
        except (ValueError, ValidationError):
            visible = False
        if not visible:
            raise Http404
        return shortcut(request, content_type_id, object_id)
