"""The Sozialamt's reach page in the admin (`/admin/cockpit/reach/`): clerks only."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render

from flyers import reach, reach_chart, reach_xlsx
from offers.permissions import is_clerk

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _reach(request):
    if not is_clerk(request.user):
        raise PermissionDenied
    form = reach.PeriodForm.from_query(request.GET)
    return form, (reach.weekly_reach(**form.selection()) if form.is_valid() else None)


def reach_page(request):
    form, data = _reach(request)
    charts = [(b, reach_chart.chart(b)) for b in data.breakdowns] if data else []
    context = {
        **admin.site.each_context(request),
        "title": "Reichweite der QR-Codes",
        "form": form,
        "reach": data,
        "charts": charts,
    }
    return render(request, "admin/cockpit/reach.html", context, status=200 if data else 400)


def reach_export(request):
    form, data = _reach(request)
    if data is None:
        return reach_page(request)
    response = HttpResponse(reach_xlsx.workbook(data), content_type=XLSX)
    first, last = data.weeks[0], data.weeks[-1]
    name = f"reichweite-{first:%Y-%m-%d}-bis-{last:%Y-%m-%d}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
