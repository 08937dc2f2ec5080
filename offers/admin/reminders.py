"""What `send_reminders` mailed (offers/reminders.py): for the Sozialamt, read-only. Providers
do not see it: it names other providers' offers."""

from django.contrib import admin

from offers import permissions
from offers.models import ReminderMail


@admin.register(ReminderMail)
class ReminderMailAdmin(admin.ModelAdmin):
    list_display = ["sent_on", "kind", "offer", "confirmed"]
    list_filter = ["kind", "offer__organisation"]
    list_select_related = ["offer"]
    search_fields = ["offer__title"]
    date_hierarchy = "sent_on"

    def has_module_permission(self, request):
        return permissions.is_clerk(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.is_clerk(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
