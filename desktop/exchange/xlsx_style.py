"""Shared openpyxl styling for our workbooks: header row, severity colours, column widths, A4 printing."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "宋体"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
SEVERITY_FILLS = {
    "error": PatternFill("solid", fgColor="F8CBAD"),
    "warning": PatternFill("solid", fgColor="FFE699"),
    "info": PatternFill("solid", fgColor="DDEBF7"),
}
SEVERITY_LABELS = {"error": "错误", "warning": "提示", "info": "建议"}
OK_FILL = PatternFill("solid", fgColor="C6EFCE")
BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def header(sheet: Worksheet, titles: list[str], widths: list[float]) -> None:
    """Bold shaded header row, frozen, with an autofilter over the used columns."""
    sheet.append(titles)
    for col, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=col)
        cell.font = Font(name=FONT_NAME, bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"


def finish(sheet: Worksheet, landscape: bool = False) -> None:
    """Borders and fonts on the data cells, an autofilter, and A4 print set-up (fit to page width)."""
    body_font = Font(name=FONT_NAME)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border = BORDER
            if cell.font is None or not cell.font.bold:
                cell.font = body_font
            if cell.alignment is None or cell.alignment.horizontal is None:
                cell.alignment = WRAP
    if sheet.max_row >= 1 and sheet.max_column >= 1:
        sheet.auto_filter.ref = f"A1:{get_column_letter(sheet.max_column)}{max(sheet.max_row, 1)}"
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
