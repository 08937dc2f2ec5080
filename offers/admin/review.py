"""A clerk's decision on what providers wrote, the same for offers, places and profiles."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse

from offers import approval, changes, permissions
from offers.enums import OfferStatus


class WaitingFilter(admin.SimpleListFilter):
    title = "Freigabe"
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [
            ("any", "wartet auf Freigabe (neu oder geändert)"),
            ("new", "neu – wartet"),
            ("change", "Änderung wartet"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "any":
            return approval.waiting(queryset)
        if self.value() == "new":
            return queryset.filter(status=OfferStatus.PENDING)
        if self.value() == "change":
            return queryset.filter(approved_snapshot__isnull=False)
        return queryset


class ReviewAdmin:
    """Approve or send back, from the list (bulk) or on the entry's page. Providers never
    change the approval state: their writes go through `offers.approval` whatever path."""

    review_fields = ["status", "review_note"]

    def get_list_filter(self, request):
        return [WaitingFilter, *super().get_list_filter(request)]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not permissions.is_clerk(request.user):
            fields += self.review_fields
        return fields

    def get_actions(self, request):
        actions = super().get_actions(request)
        if permissions.is_clerk(request.user):
            actions["approve"] = self.get_action("approve")
        return actions

    @admin.action(description="Freigeben (Bürger sehen den neuen Stand)")
    def approve(self, request, queryset):
        count = approval.approve(approval.waiting(queryset))
        self.message_user(request, f"{count} Eintrag/Einträge freigegeben.")

    def render_change_form(self, request, context, *args, **kwargs):
        context["is_clerk"] = permissions.is_clerk(request.user)
        opts = self.model._meta
        context["review_url_name"] = f"admin:{opts.app_label}_{opts.model_name}_review"
        if context.get("original") is not None:
            context["changes"] = changes.changes(context["original"])
        return super().render_change_form(request, context, *args, **kwargs)

    def review_view(self, request, object_id):
        """A clerk's decision on one entry: approve, or send back with a reason."""
        self._require_in_scope(request, object_id)
        if request.method != "POST" or not permissions.is_clerk(request.user):
            raise PermissionDenied
        obj = self.get_queryset(request).get(pk=object_id)
        reason = request.POST.get("reason", "").strip()[:500]
        if request.POST.get("decision") == "approve":
            approval.approve([obj])
            self.message_user(request, "Freigegeben: Bürger sehen jetzt diesen Stand.")
        elif reason:
            approval.send_back(obj, reason)
            self.message_user(request, "Zurückgegeben mit Begründung.")
        else:
            self.message_user(request, "Bitte eine Begründung angeben.", level=messages.ERROR)
        opts = self.model._meta
        return redirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))

    def get_urls(self):
        opts = self.model._meta
        review = path(
            "<path:object_id>/review/",
            self.admin_site.admin_view(self.review_view),
            name=f"{opts.app_label}_{opts.model_name}_review",
        )
        return [review, *super().get_urls()]
