"""The county summary workbook: 汇总 (one ranked row per township) and 扣分明细 (every deduction with its reason
and the quoted text), both printable on A4 landscape at 9 pt or more.

    build_summary_workbook(rows) -> Workbook
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop import APP_TITLE
from desktop.core.model import PART_KEYS
from desktop.core.template import load_template
from desktop.exchange import xlsx_style as xs
from desktop.exchange.summary import KEY_INDICATORS, PART_LABELS, SummaryRow

FONT_PT = 10
# Printable width of A4 landscape with 0.4" margins in column-width units, as LibreOffice lays them out
# (≈7.2 pt each with a 10 pt CJK font; Excel's are narrower, so what fits LibreOffice fits Excel).
A4_LANDSCAPE_UNITS = 108
MIN_PRINT_PT = 9
NO_WRAP = Alignment(vertical="top", wrap_text=False)


def _print_setup(sheet: Worksheet, printed_columns: int) -> None:
    """10 pt text, printed columns scaled to the page width but never below 9 pt, titles repeated."""
    body = Font(name=xs.FONT_NAME, size=FONT_PT)
    bold = Font(name=xs.FONT_NAME, size=FONT_PT, bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = bold if cell.row == 1 or (cell.font and cell.font.bold) else body
    used = sum(
        sheet.column_dimensions[get_column_letter(c)].width or 8 for c in range(1, printed_columns + 1)
    )
    scale = min(100, int(100 * A4_LANDSCAPE_UNITS / used))
    setup = sheet.page_setup
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    setup.scale = max(scale, int(100 * MIN_PRINT_PT / FONT_PT + 0.999))
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.print_area = f"A1:{get_column_letter(printed_columns)}{max(sheet.max_row, 1)}"


def _summary_sheet(book: Workbook, rows: list[SummaryRow]) -> None:
    template = load_template()
    labels = {spec.key: f"{spec.label}（{spec.unit}）" for spec in template.indicators}
    scored = any(r.score is not None for r in rows)
    titles = ["序号", "单位", "年度", *PART_LABELS.values(), "原因分析", "错误", "提示", "建议"]
    widths = [5, 16, 5, *[6] * len(PART_LABELS), 6, 4, 4, 4]
    if scored:
        titles += ["得分", "排名"]
        widths += [5, 4]
    titles.append("说明")
    widths.append(14)
    printed = len(titles)  # indicators, title and file name stay on screen, off the printout
    titles += [labels.get(key, key) for key in KEY_INDICATORS] + ["标题", "文件"]
    widths += [*[10] * len(KEY_INDICATORS), 40, 28]
    sheet = book.active
    sheet.title = "汇总"
    xs.header(sheet, titles, widths)
    first_part_col = 4
    for number, row in enumerate(sorted(rows, key=SummaryRow.sort_key), start=1):
        if row.problem:
            marks = [""] * (len(PART_LABELS) + 1)
            counts = [None, None, None]
        else:
            marks = ["✓" if row.parts.get(k) else "✗" for k in PART_KEYS] + ["✓" if row.causes else "✗"]
            counts = [row.errors, row.warnings, row.infos]
        scores = [row.score, row.rank] if scored else []
        figures = [row.indicators.get(k) for k in KEY_INDICATORS]
        sheet.append([number, row.unit or "（未识别）", row.year, *marks, *counts, *scores, row.problem,
                      *figures, row.title, row.path.name])  # fmt: skip
        excel_row = sheet.max_row
        for offset, mark in enumerate(marks):
            cell = sheet.cell(row=excel_row, column=first_part_col + offset)
            cell.alignment = xs.CENTER
            if mark:
                cell.fill = xs.OK_FILL if mark == "✓" else xs.BAD_FILL
        if row.errors:
            sheet.cell(row=excel_row, column=first_part_col + len(marks)).fill = xs.SEVERITY_FILLS["error"]
        if row.problem:
            sheet.cell(row=excel_row, column=printed).fill = xs.SEVERITY_FILLS["warning"]
    xs.finish(sheet, landscape=True)
    for column in sheet.iter_cols(min_col=printed + 1, min_row=2):  # off the printout: no tall wrapped rows
        for cell in column:
            cell.alignment = NO_WRAP
    _print_setup(sheet, printed)


def _deductions_sheet(book: Workbook, rows: list[SummaryRow]) -> None:
    sheet = book.create_sheet("扣分明细")
    xs.header(
        sheet, ["排名", "单位", "评分项", "扣分", "扣分理由", "原文", "文件"], [4, 14, 14, 4, 40, 30, 24]
    )
    for row in sorted(rows, key=SummaryRow.sort_key):
        for deduction in row.deductions:
            sheet.append([row.rank, row.label, deduction.item, deduction.points, deduction.reason,
                          deduction.quote[:120], row.path.name])  # fmt: skip
    if sheet.max_row == 1:
        sheet.append(["", "", "", None, "没有扣分。", "", ""])
    xs.finish(sheet, landscape=True)
    _print_setup(sheet, 6)


def build_summary_workbook(rows: list[SummaryRow]) -> Workbook:
    book = Workbook()
    _summary_sheet(book, rows)
    if any(r.score is not None for r in rows):
        _deductions_sheet(book, rows)
    book.properties.title = "法治政府建设年度报告汇总"
    book.properties.creator = APP_TITLE
    return book
