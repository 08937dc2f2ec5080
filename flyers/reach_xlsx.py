"""The reach page's numbers as an XLSX workbook: one sheet per breakdown, the same counts."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

SHEET_NAMES = {"district": "Stadtteil", "language": "Sprache", "medium": "Medium"}


def workbook(reach) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for breakdown in reach.breakdowns:
        sheet = book.create_sheet(SHEET_NAMES[breakdown.slug])
        sheet.append(["Woche", "Montag", *breakdown.labels, "Summe"])
        for monday, counts, total in breakdown.rows:
            year, week, _ = monday.isocalendar()
            sheet.append([f"{year}-W{week:02d}", monday, *counts, total])
        sheet.append(["Summe", None, *breakdown.totals, breakdown.total])
        for cell in sheet[1] + sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
            row[0].number_format = "DD.MM.YYYY"
        sheet.column_dimensions["B"].width = 12
        sheet.freeze_panes = "C2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
