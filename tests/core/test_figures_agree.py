"""Figures that agree (issue 17 point 5): table vs text with both quotes, the same figure differing between
sections, rates above 100%, more 出庭应诉 than cases; Chinese numerals in the figures form; the change
from last year beside each figure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.checker import check
from desktop.core.model import Indicator
from desktop.core.numbers import parse_number
from desktop.core.parser import parse_text
from tests.ui_helpers import click_item, ime_type, wait_until

TEXT = (
    "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n全年合法性审查规范性文件138件，审查率100%。"
    "调解矛盾纠纷126件，调解成功率102%。发生行政诉讼案件2件，负责人出庭应诉3次。\n"
    "二、存在的不足和原因\n由于人手少，调解矛盾纠纷120件仍有积案。\n四、下一年度主要安排\n力争调解矛盾纠纷200件。"
)


def by_id(findings, fid):
    return [f for f in findings if f.id == fid]


def test_table_against_text_rates_and_appearances():
    report = parse_text(TEXT)
    report.indicators["legality_review"] = Indicator("legality_review", value=150)
    report.indicators["court_appearance_rate"] = Indicator("court_appearance_rate", value=120)
    findings = check(report)
    mismatch = by_id(findings, "figures.mismatch")
    assert (
        len(mismatch) == 1
        and "150件" in mismatch[0].message
        and "合法性审查规范性文件138件" in mismatch[0].message
    )
    assert mismatch[0].quote == "合法性审查规范性文件138件"
    rates = by_id(findings, "figures.rate")
    assert {f.section for f in rates} == {"indicators", report.sections_of("measures")[0].key}
    assert any(f.quote == "调解成功率102%" for f in rates) and all(f.severity == "error" for f in rates)
    (appearance,) = by_id(findings, "figures.appearance")
    assert appearance.quote == "出庭应诉3次" and "2件" in appearance.message
    (conflict,) = by_id(
        findings, "figures.conflict"
    )  # 126 vs 120 across parts; the 200 of next year's plan is a target
    assert "126件" in conflict.message and "120件" in conflict.message and "200" not in conflict.message


def test_agreeing_figures_raise_nothing():
    report = parse_text(TEXT.replace("102%", "98%").replace("3次", "2次").replace("120件", "126件"))
    report.indicators["legality_review"] = Indicator("legality_review", value=138)
    assert not [f for f in check(report) if f.id.startswith("figures.")]


def test_chinese_numerals():
    assert [
        parse_number(t) for t in ("一百", "一百二十六", "两千零五", "九十八点四", "1,260", "１２６件", "x")
    ] == [100, 126, 2005, 98.4, 1260, 126, None]


def test_figures_form_takes_chinese_numerals_and_shows_the_change(qtbot, window):
    window.open_stored(window.store.reports.add(parse_text(TEXT)))
    page = window.editor_page
    page.show_section("indicators")
    form = page.indicators
    assert form.value_edits["legality_review"].text() == "138"  # read from the text on import
    form.value_edits["legality_review"].selectAll()
    ime_type(form.value_edits["legality_review"], "一百五十")
    ime_type(form.last_edits["legality_review"], "一百二十")
    assert page.report.indicators["legality_review"].value == 150
    assert form.changes["legality_review"].text() == "+30（+25.0%）"
    form.last_edits["legality_review"].editingFinished.emit()
    assert form.last_edits["legality_review"].text() == "120"
    ime_type(form.value_edits["mediation_cases"], "很多")
    assert "background" in form.value_edits["mediation_cases"].styleSheet()
    wait_until(qtbot, lambda: not page.live.busy and page.checklist.item_for("figures.mismatch") is not None)
    item = page.checklist.item_for("figures.mismatch")
    click_item(qtbot, page.checklist.tree, item)
    assert page.editor.text.textCursor().selectedText() == "合法性审查规范性文件138件"
    page.report.indicators["court_appearance_rate"] = Indicator("court_appearance_rate", value=120)
    page.live.check_now()
    wait_until(
        qtbot, lambda: not page.live.busy and any(f.section == "indicators" for f in page.checklist.findings)
    )
    rate = next(
        i
        for i in page.checklist.items()
        if page.checklist.rows[i.data(0, Qt.ItemDataRole.UserRole + 1)].group == "indicators"
    )
    click_item(qtbot, page.checklist.tree, rate)
    assert page.centre.currentWidget() is form  # a finding about the table opens the figures page
