"""The report workbook read back with openpyxl: 检查清单 with colours and filters, 指标, 篇章."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop.core.checker import check
from desktop.core.model import Indicator
from desktop.core.parser import parse_text
from desktop.exchange.export_xlsx import export_report_workbook


def test_workbook_has_checklist_indicators_and_sections(tmp_path, seed_text):
    report = parse_text(seed_text("004"))
    report.indicators["legality_review"] = Indicator("legality_review", value=12, last_year=9, note="含合同")
    findings = check(report)
    path = export_report_workbook(report, findings, tmp_path / "检查清单.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["检查清单", "指标", "篇章"]

    sheet = book["检查清单"]
    titles = ["序号", "级别", "检查项", "所属部分", "问题", "原文", "修改建议", "规则编号"]
    assert [c.value for c in sheet[1]] == titles
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:H")
    assert sheet.column_dimensions["H"].hidden and not sheet.column_dimensions["C"].hidden
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[7] for r in rows] == [f.id for f in findings]
    assert not any("." in r[2] for r in rows)  # the clerk reads Chinese rule names, never the ids
    causes = next(r for r in rows if r[7] == "part.causes")
    assert causes[1] == "错误" and causes[2] == "不足未分析原因" and causes[3] == "二、存在的不足和原因"
    phone = next(i for i, r in enumerate(rows, start=2) if r[7] == "privacy.phone")
    assert sheet.cell(row=phone, column=3).value == "电话号码（公开版须遮盖）"
    assert "15923252937" in sheet.cell(row=phone, column=6).value
    colours = {sheet.cell(row=i, column=2).value: sheet.cell(row=i, column=2).fill.fgColor.rgb
               for i in range(2, sheet.max_row + 1)}  # fmt: skip
    assert colours["错误"].endswith("F8CBAD") and len(set(colours.values())) == len(colours)
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9

    indicators = book["指标"]
    values = {r[1]: r for r in indicators.iter_rows(min_row=2, values_only=True)}
    assert values["合法性审查件数"][2:7] == ("件", 12, 9, 3, "含合同")
    assert values["负责人出庭应诉率"][3] is None

    sections = book["篇章"]
    section_rows = list(sections.iter_rows(min_row=2, values_only=True))
    assert section_rows[-1][1] == "合计"
    assert (
        section_rows[-1][3] == sum(s.chars for s in report.sections) == sum(r[3] for r in section_rows[:-1])
    )
    assert [r[2] for r in section_rows if r[2].startswith("四、")] == ["四、存在的问题"]


def test_empty_findings_still_make_a_valid_workbook(tmp_path, seed_text):
    report = parse_text(seed_text("003"))
    path = export_report_workbook(report, [], tmp_path / "ok.xlsx")
    sheet = load_workbook(path)["检查清单"]
    assert sheet.cell(row=2, column=5).value == "未发现问题。"


def test_a_heading_finding_is_filed_under_its_part(tmp_path, seed_text):
    """A finding about a heading line (in_heading) belongs to that section's part, as in
    the window's checklist — not to 标题与版头."""
    from desktop.core.model import Finding

    report = parse_text(seed_text("004"))
    section = report.sections_of("shortcomings")[0]
    heading = Finding(
        "lang.numbering", "warning", "标题序号不连续。", "heading:" + section.key, (0, 2), "四、"
    )
    path = export_report_workbook(report, [heading], tmp_path / "h.xlsx")
    row = next(load_workbook(path)["检查清单"].iter_rows(min_row=2, values_only=True))
    assert row[2:4] == ("标题序号", "二、存在的不足和原因")
