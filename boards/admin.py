from django.contrib import admin

from boards.models import AccessibilityFeedback, LegalPage
from offers.admin import TranslationAdmin


@admin.register(LegalPage)
class LegalPageAdmin(TranslationAdmin):
    list_display = ["__str__", "title", "updated_at"]

    def has_delete_permission(self, request, obj=None):
        return False  # the law requires these pages


@admin.register(AccessibilityFeedback)
class AccessibilityFeedbackAdmin(admin.ModelAdmin):
    list_display = ["created_at", "message_start", "page", "language", "handled"]
    list_filter = ["handled", "language"]
    list_editable = ["handled"]
    search_fields = ["message", "page"]
    readonly_fields = ["message", "name", "email", "page", "language", "created_at"]

    @admin.display(description="Nachricht")
    def message_start(self, feedback):
        return feedback.message[:80]

    def has_add_permission(self, request):
        return False
