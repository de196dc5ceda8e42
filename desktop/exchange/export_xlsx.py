"""The report workbook: 检查清单 (every finding), 指标 (indicator values) and 篇章 (sections with character counts).

API: export_report_workbook(report, findings, path, template=None) -> Path
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop import APP_TITLE
from desktop.core.finding_place import finding_group, group_title
from desktop.core.model import CLOSING, INTRO, Finding, Report
from desktop.core.rule_names import rule_name
from desktop.core.template import Template, load_template
from desktop.exchange import xlsx_style as xs
from desktop.exchange.safe_write import write_atomically


def part_names(template: Template) -> dict[str | None, str]:
    """Short Chinese names of the parts, for the 所属部分 column of the 篇章 sheet."""
    names: dict[str | None, str] = {
        p.key: p.title.replace("{year}年度", "").replace("{next_year}年度", "下一年度")
        for p in template.parts
    }
    names.update({INTRO: "开头", CLOSING: "结尾", None: "其他段落", "meta": "标题与版头"})
    return names


def _checklist(book: Workbook, report: Report, findings: list[Finding]) -> None:
    """One row per finding: the Chinese rule name and the part the window lists it under; the rule id
    stays in a hidden last column for tools."""
    sheet = book.active
    sheet.title = "检查清单"
    xs.header(
        sheet,
        ["序号", "级别", "检查项", "所属部分", "问题", "原文", "修改建议", "规则编号"],
        [6, 8, 22, 22, 44, 40, 40, 20],
    )
    sheet.column_dimensions["H"].hidden = True
    for number, f in enumerate(findings, start=1):
        part = group_title(finding_group(report, f))
        sheet.append([number, xs.SEVERITY_LABELS.get(f.severity, f.severity), rule_name(f.id), part,
                      f.message, f.quote, f.suggestion, f.id])  # fmt: skip
        fill = xs.SEVERITY_FILLS.get(f.severity)
        if fill is not None:
            sheet.cell(row=number + 1, column=2).fill = fill
        sheet.cell(row=number + 1, column=1).alignment = xs.CENTER
        sheet.cell(row=number + 1, column=2).alignment = xs.CENTER
    if not findings:
        sheet.append(["", "", "", "", "未发现问题。", "", "", ""])
    xs.finish(sheet, landscape=True)


def _indicators(book: Workbook, report: Report, template: Template) -> None:
    sheet = book.create_sheet("指标")
    xs.header(
        sheet, ["分组", "指标", "单位", "本年度", "上年度", "增减", "说明"], [12, 30, 6, 10, 10, 10, 36]
    )
    for spec in template.indicators:
        value = report.indicators.get(spec.key)
        current = value.value if value else None
        last = value.last_year if value else None
        change = round(current - last, 2) if current is not None and last is not None else None
        sheet.append([spec.group, spec.label, spec.unit, current, last, change, value.note if value else ""])
    known = {spec.key for spec in template.indicators}
    for key, value in report.indicators.items():  # indicators the template no longer lists
        if key not in known:
            sheet.append(["其他", key, "", value.value, value.last_year, None, value.note])
    xs.finish(sheet)


def _sections(book: Workbook, report: Report, names: dict) -> None:
    sheet = book.create_sheet("篇章")
    xs.header(sheet, ["序号", "所属部分", "标题", "字数", "段落数"], [6, 24, 50, 10, 8])
    total = 0
    for number, section in enumerate((s for s in report.sections if s.heading or s.text), start=1):
        paragraphs = sum(1 for line in section.text.split("\n") if line.strip())
        sheet.append([number, names.get(section.part, "其他段落"), section.heading or "（无标题）", section.chars,
                      paragraphs])  # fmt: skip
        total += section.chars
    sheet.append(["", "合计", report.title, total, None])
    last = sheet.max_row
    for col in range(1, 6):
        sheet.cell(row=last, column=col).font = xs.Font(name=xs.FONT_NAME, bold=True)
    xs.finish(sheet)


def build_report_workbook(
    report: Report, findings: list[Finding], template: Template | None = None
) -> Workbook:
    """The three-sheet workbook in memory."""
    template = template or load_template()
    names = part_names(template)
    book = Workbook()
    _checklist(book, report, findings)
    _indicators(book, report, template)
    _sections(book, report, names)
    book.properties.title = report.title
    book.properties.creator = APP_TITLE
    return book


def export_report_workbook(
    report: Report, findings: list[Finding], path: str | Path, template: Template | None = None
) -> Path:
    """Write the report workbook to `path` atomically; ReportFileError when it cannot be written."""
    book = build_report_workbook(report, findings, template)
    return write_atomically(Path(path), lambda tmp: book.save(str(tmp)))
