"""The workspace without a store: navigator, editor, live checklist, jumps, paste, indicators."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from desktop.core.checker import Checker
from desktop.core.parser import parse_text
from desktop.core.template import load_template
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import app_settings
from tests.ui_helpers import checklist_ids, click_item, ime_type, shown_status, wait_until, window_ready


def make_window(qtbot, tmp_path, report):
    window = MainWindow(settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.open_report(report)
    window.show()
    page = window.editor_page
    wait_until(qtbot, lambda: window_ready(window) and bool(page.checklist.findings) and not page.live.busy)
    return window, page


def test_first_responsible_error_clears_when_typed(qtbot, tmp_path):
    report = load_template().new_report("青龙镇", 2024)
    window, page = make_window(qtbot, tmp_path, report)
    assert "part.first_responsible" in checklist_ids(page.checklist)
    item = page.checklist.item_for("part.first_responsible")
    assert item.parent().text(0).startswith("三、")
    click_item(qtbot, page.checklist.tree, item)
    assert page.current_key == "first_responsible"
    assert shown_status(page.navigator, "first_responsible") == "error"
    text = page.editor.text
    ime_type(text, "党委书记、镇长切实履行推进法治建设第一责任人职责，亲自部署、亲自督办。")
    wait_until(
        qtbot, lambda: "part.first_responsible" not in checklist_ids(page.checklist) and not page.live.busy
    )
    assert report.section("first_responsible").text.startswith("党委书记")
    assert shown_status(page.navigator, "first_responsible") == "warning"  # depth items still missing
    assert page.editor.count.text().endswith(str(report.section("first_responsible").chars))


def test_click_finding_selects_span_and_underlines(qtbot, tmp_path, seed_text):
    window, page = make_window(qtbot, tmp_path, parse_text(seed_text("004")))
    item = page.checklist.item_for("privacy.phone")
    click_item(qtbot, page.checklist.tree, item)
    assert page.editor.text.textCursor().selectedText() == "15923252937"
    start = page.editor.text.textCursor().selectionStart()
    assert page.editor.text.finding_at(start).id == "privacy.phone"  # what the tooltip shows
    assert page.editor.text.extraSelections()


def test_click_heading_finding_selects_in_the_heading_line(qtbot, tmp_path):
    text = "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n全年学法4次。\n二、存在的不足和原因\n由于人手少。\n四、下一步工作打算\n继续学法。"
    window, page = make_window(qtbot, tmp_path, parse_text(text))
    item = page.checklist.item_for("lang.numbering")
    assert item.parent().text(0).startswith("四、")  # grouped under the part of the heading's section
    click_item(qtbot, page.checklist.tree, item)
    assert page.editor.heading.text().startswith("四、")
    assert page.editor.heading.selectedText() == "四、"


def test_checklist_matches_checker(qtbot, tmp_path, seed_text):
    report = parse_text(seed_text("001"))
    expected = [f.id for f in Checker().check(parse_text(seed_text("001")))]
    window, page = make_window(qtbot, tmp_path, report)
    assert sorted(checklist_ids(page.checklist)) == sorted(expected)
    rows = [page.checklist.rows[i.data(0, Qt.ItemDataRole.UserRole + 1)] for i in page.checklist.items()]
    assert sorted(f.id for row in rows for f in row.findings) == sorted(expected)  # every finding in a row


def test_paste_keeps_plain_text(qtbot, tmp_path):
    report = load_template().new_report("青龙镇", 2024)
    window, page = make_window(qtbot, tmp_path, report)
    mime = QMimeData()
    mime.setHtml("<p><b>一是</b>加强学习</p>")
    mime.setText("\u3000\u3000一是加强学习\u200b。\r\n\r\n— 2 —\r\n二是严格执法。")
    page.editor.text.insertFromMimeData(mime)
    assert page.editor.text.toPlainText() == "一是加强学习。\n二是严格执法。"


def test_navigator_lists_sub_headings_and_jumps(qtbot, tmp_path, seed_text):
    window, page = make_window(qtbot, tmp_path, parse_text(seed_text("003")))
    top = page.navigator.topLevelItem(2)  # header, intro, then the first part
    assert top.childCount() >= 2
    child = top.child(1)
    click_item(qtbot, page.navigator, child)
    cursor = page.editor.text.textCursor()
    line = cursor.block().text()
    assert line.startswith(child.text(0)[:10])


def test_indicators_form_writes_report(qtbot, tmp_path):
    report = load_template().new_report("青龙镇", 2024)
    window, page = make_window(qtbot, tmp_path, report)
    page.show_section("indicators")
    edit = page.indicators.value_edits["legality_review"]
    qtbot.keyClicks(edit, "12")
    assert report.indicators["legality_review"].value == 12.0
    assert window.session.is_dirty


def test_layout_is_remembered(qtbot, tmp_path):
    report = load_template().new_report("青龙镇", 2024)
    window, page = make_window(qtbot, tmp_path, report)
    window.resize(780, 560)  # fits the offscreen test screen, so the geometry is restored as is
    page.splitter.setSizes([220, 300, 260])
    wait_until(qtbot, lambda: window.width() == 780)
    sizes = page.splitter.sizes()
    window.close()
    again = MainWindow(settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    again.show()
    assert again.width() == 780
    assert again.editor_page.splitter.sizes() == sizes
