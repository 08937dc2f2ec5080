"""Network data in the admin: dates and moderation for the Sozialamt; providers keep the
internal contact persons of their own organisations."""

from django.contrib import admin

from network.models import ContactPerson, NetworkDate, Post, PostStatus
from offers import permissions
from offers.admin.base import SafeInputAdmin


class ClerksOnly:
    def has_module_permission(self, request):
        return permissions.is_clerk(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.is_clerk(request.user)

    has_add_permission = has_change_permission = has_delete_permission = has_view_permission


@admin.register(ContactPerson)
class ContactPersonAdmin(SafeInputAdmin, admin.ModelAdmin):
    list_display = ["name", "organisation", "role", "phone", "email"]
    search_fields = ["name", "organisation__name"]
    autocomplete_fields = ["organisation"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if permissions.is_clerk(request.user):
            return queryset
        return queryset.filter(organisation_id__in=permissions.organisation_ids(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "organisation" and not permissions.is_clerk(request.user):
            field.queryset = field.queryset.filter(
                pk__in=permissions.organisation_ids(request.user)
            )
        return field


@admin.register(NetworkDate)
class NetworkDateAdmin(ClerksOnly, SafeInputAdmin, admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "organiser"]
    list_filter = ["kind", "districts"]
    search_fields = ["title"]
    autocomplete_fields = ["place", "organiser"]
    filter_horizontal = ["districts"]
    date_hierarchy = "starts_at"


@admin.action(description="Ausgewählte Einträge ausblenden")
def hide(modeladmin, request, queryset):
    queryset.update(status=PostStatus.HIDDEN)


@admin.action(description="Ausgewählte Einträge wieder zeigen")
def unhide(modeladmin, request, queryset):
    queryset.update(status=PostStatus.VISIBLE)


@admin.register(Post)
class PostAdmin(ClerksOnly, SafeInputAdmin, admin.ModelAdmin):
    """The Sozialamt's moderation list of the notice board."""

    list_display = ["title", "kind", "organisation", "created_at", "expires_on", "status"]
    list_filter = ["status", "kind", "districts"]
    search_fields = ["title", "text", "organisation__name"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["author", "created_at"]
    filter_horizontal = ["districts"]
    actions = [hide, unhide]
