"""`/admin/cockpit/coverage/`: the coverage heatmap for clerks, as page and as XLSX.

The numbers come from `offers.coverage`; here they become SVG cells (single-hue blue scale,
the number written in every cell, so neither colour vision nor a colour printer is needed), an
accessible table beside each chart and a spreadsheet for the Jugendhilfeausschuss.
"""

import io
import math
from dataclasses import dataclass

from django.contrib import admin
from django.core.exceptions import BadRequest, PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

from offers import coverage as domain
from offers import permissions
from offers.calendars import city_calendar
from offers.enums import WEEKDAY_NAMES, WEEKDAY_SHORT_NAMES

# White for nothing, then ColorBrewer "Blues": one hue ordered by lightness, safe for every
# colour vision and in greyscale print (static/css/admin-coverage.css has the same for the key).
SCALE = ["#ffffff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
DARK_FROM = 4  # from this class on, white numbers
CELL_W, CELL_H, HEAD_H = 46, 30, 26
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    hours: str  # as written in the cell, German decimal comma
    fill: str
    ink: str
    title: str


def _number(hours: float) -> str:
    return f"{hours:.1f}".replace(".", ",").removesuffix(",0")


def _shade(hours: float, highest: float) -> tuple[str, str]:
    if not hours:
        return SCALE[0], "#1b1b1b"
    level = min(len(SCALE) - 1, max(1, math.ceil(hours / highest * (len(SCALE) - 1))))
    return SCALE[level], "#ffffff" if level >= DARK_FROM else "#1b1b1b"


def chart(grid, rows, highest):
    """The geometry of one district's heatmap."""
    label_w = 12 + 8 * max((len(row.label) for row in rows), default=4)
    cells = []
    for r, row in enumerate(rows):
        for day, hours in enumerate(grid.hours[row.key]):
            fill, ink = _shade(hours, highest)
            cells.append(
                Cell(
                    x=label_w + day * CELL_W,
                    y=HEAD_H + r * CELL_H,
                    hours=_number(hours),
                    fill=fill,
                    ink=ink,
                    title=f"{row.label}, {WEEKDAY_NAMES[day]}: {_number(hours)} Std.",
                )
            )
    return {
        "grid": grid,
        "label_w": label_w,
        "width": label_w + 7 * CELL_W + 1,
        "height": HEAD_H + len(rows) * CELL_H + 1,
        "cells": cells,
        "labels": [
            (HEAD_H + r * CELL_H + CELL_H // 2 + 5, row.label) for r, row in enumerate(rows)
        ],
        "days": [
            (label_w + d * CELL_W + CELL_W // 2, name) for d, name in enumerate(WEEKDAY_SHORT_NAMES)
        ],
        "rows": [(row.label, [_number(h) for h in grid.hours[row.key]]) for row in rows],
    }


def legend(highest: float):
    """The colour classes with their range of hours, as (class number, words)."""
    steps = len(SCALE) - 1
    items = [(0, "0 Std.")]
    for level in range(1, len(SCALE)):
        high = _number(highest * level / steps)
        items.append((level, f"über 0 bis {high} Std." if level == 1 else f"bis {high} Std."))
    return items


def _choice(request, name, allowed, default):
    value = request.GET.get(name, default)
    if value not in allowed:
        raise BadRequest(f"{name}: unbekannter Wert")
    return value


def load(request):
    if not permissions.is_clerk(request.user):
        raise PermissionDenied
    dimension = _choice(request, "dimension", domain.DIMENSIONS, domain.AGE)
    kind = _choice(request, "week", domain.WEEK_KINDS, domain.NORMAL)
    calendar = city_calendar()
    monday = domain.find_week(calendar, timezone.localdate(), kind)
    if monday is None:
        return dimension, kind, None
    return dimension, kind, domain.coverage(monday, dimension, kind, calendar)


def coverage_view(request):
    dimension, kind, result = load(request)
    as_file = _choice(request, "format", ("html", "xlsx"), "html") == "xlsx"
    if as_file and result is not None:
        return xlsx_response(result)
    context = {
        **admin.site.each_context(request),
        "title": "Abdeckung: wo fehlt etwas?",
        "dimension": dimension,
        "week_kind": kind,
        "dimensions": domain.DIMENSIONS,
        "week_kinds": domain.WEEK_KINDS,
        "coverage": result,
    }
    if result is not None:
        highest = result.highest or 1
        gaps = domain.gap_sentences(result)
        context.update(
            charts=[
                {**chart(grid, result.rows, highest), "gaps": gaps[grid.district.pk]}
                for grid in result.grids
            ],
            legend=legend(highest),
            week_label=domain.WEEK_KINDS[kind],
            holidays=sorted(result.holidays.items()),
            row_title=domain.DIMENSIONS[dimension],
        )
    return TemplateResponse(request, "admin/cockpit/coverage.html", context)


def workbook(result) -> Workbook:
    """The same numbers as the page: one sheet of hours, one of gaps in words."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Stunden"
    kind = domain.WEEK_KINDS[result.week_kind]
    sheet.append(
        [
            f"Angebotsstunden pro Woche, {kind} {result.iso_week} "
            f"({result.monday:%d.%m.%Y}–{result.sunday:%d.%m.%Y})"
        ]
    )
    sheet["A1"].font = Font(bold=True)
    head = ["Stadtteil", domain.DIMENSIONS[result.dimension], *WEEKDAY_NAMES, "Woche"]
    sheet.append(head)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for grid in result.grids:
        for row in result.rows:
            hours = grid.hours[row.key]
            sheet.append([grid.district.name, row.label, *hours, round(sum(hours), 2)])
    sheet.freeze_panes = "C3"
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 24
    gaps = book.create_sheet("Lücken")
    gaps.append(["Stadtteil", "Lücke"])
    sentences = domain.gap_sentences(result)
    for grid in result.grids:
        for sentence in sentences[grid.district.pk]:
            gaps.append([grid.district.name, sentence])
    gaps.column_dimensions["B"].width = 80
    return book


def xlsx_response(result) -> HttpResponse:
    buffer = io.BytesIO()
    workbook(result).save(buffer)
    name = f"abdeckung-{result.dimension}-{result.week_kind}-{result.iso_week}.xlsx"
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
