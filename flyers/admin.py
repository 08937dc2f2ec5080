"""Scans of printed QR codes, so the Sozialamt sees which languages and media reach people."""

from datetime import timedelta

from django.contrib import admin
from django.db.models import Q, Sum
from django.utils import timezone

from flyers.models import ScanDay, ShortLink


class ReadOnlyAdmin(admin.ModelAdmin):
    """Counts are written by scans only."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ShortLink)
class ShortLinkAdmin(ReadOnlyAdmin):
    list_display = ["code", "district", "language", "medium", "scans_total", "scans_30_days"]
    list_filter = ["district", "language", "medium"]
    list_select_related = ["district"]
    search_fields = ["code"]

    def get_queryset(self, request):
        since = timezone.localdate() - timedelta(days=30)
        return (
            super()
            .get_queryset(request)
            .annotate(
                total=Sum("scan_days__count"),
                recent=Sum("scan_days__count", filter=Q(scan_days__day__gte=since)),
            )
        )

    @admin.display(description="Aufrufe gesamt", ordering="total")
    def scans_total(self, link):
        return link.total or 0

    @admin.display(description="letzte 30 Tage", ordering="recent")
    def scans_30_days(self, link):
        return link.recent or 0


@admin.register(ScanDay)
class ScanDayAdmin(ReadOnlyAdmin):
    list_display = ["day", "district", "language", "medium", "count"]
    list_filter = ["link__district", "link__language", "link__medium"]
    list_select_related = ["link__district"]
    date_hierarchy = "day"

    @admin.display(description="Stadtteil", ordering="link__district")
    def district(self, scan):
        return scan.link.district

    @admin.display(description="Sprache", ordering="link__language")
    def language(self, scan):
        return scan.link.get_language_display()

    @admin.display(description="Medium", ordering="link__medium")
    def medium(self, scan):
        return scan.link.get_medium_display()
