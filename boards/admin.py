from django.conf import settings
from django.contrib import admin

from boards.models import AccessibilityFeedback, LegalPage, SignVideo
from offers import permissions
from offers.admin import TranslationAdmin
from offers.admin.base import SafeInputAdmin


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


@admin.register(SignVideo)
class SignVideoAdmin(SafeInputAdmin, admin.ModelAdmin):
    """The city's own videos: only the Sozialamt sees them; providers do not even see the
    entry (a URL typed by hand answers 403). Checked by role, not by model permissions, so a
    clerk group set up before this model existed needs no new permissions."""

    list_display = ["title", "topic", "position", "is_published", "updated_at"]
    list_editable = ["position", "is_published"]
    list_filter = ["topic", "is_published"]
    fields = ["topic", "title", "summary", "video", "poster", "captions", "position"]
    fields += ["is_published"]

    def has_module_permission(self, request):
        return permissions.is_clerk(request.user)

    def has_view_permission(self, request, obj=None):
        return permissions.is_clerk(request.user)

    has_add_permission = has_module_permission
    has_change_permission = has_delete_permission = has_view_permission

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        max_mb = settings.QUARTIER["SIGN_VIDEO_MAX_MB"]
        form.base_fields[
            "video"
        ].help_text = f"WebM (.webm) oder MP4 (.mp4, H.264), höchstens {max_mb} MB."
        return form
