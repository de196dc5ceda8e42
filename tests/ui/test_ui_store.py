"""The app on a real SQLite store in tmp: first start, new report, autosave, revisions, recycle bin,
search, import."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cli import main as cli_main
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import app_settings
from tests.ui_helpers import checklist_ids, ime_type, shown_dialog, wait_until, window_ready


def make_window(qtbot, tmp_path, store):
    window = MainWindow(store, settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    wait_until(qtbot, lambda: window_ready(window))  # shortcuts are bound right after the first paint
    return window


def checked(qtbot, window):
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy)
    return page


def checked_or_clean(qtbot, window):
    page = window.editor_page
    wait_until(qtbot, lambda: page.live.last_seconds > 0 and not page.live.busy)
    return page


def test_first_start_stores_demo_and_asks_for_profile(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    window.first_start()
    assert len(store.reports.summaries()) == 1
    page = checked_or_clean(qtbot, window)
    assert page.checklist.tree.topLevelItemCount() >= 1  # the clean demo says so instead of an empty panel
    assert window.session is not None and window.session.report_id is not None
    dialog = shown_dialog(window)
    assert dialog.objectName() == "profileDialog" and dialog.isVisible()
    ime_type(dialog.edits["name"], "青龙镇")
    ime_type(dialog.edits["county"], "华宁县")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert store.units.get("青龙镇").county == "华宁县"
    window.show_start_page()
    assert window.start_page.table.topLevelItemCount() == 1


def test_new_report_autosave_survives_close(qtbot, tmp_path, store, open_store):
    window = make_window(qtbot, tmp_path, store)
    report_id = window.create_report("青龙镇", 2024)
    page = checked(qtbot, window)
    assert "part.first_responsible" in checklist_ids(page.checklist)
    page.show_section("first_responsible")
    ime_type(page.editor.text, "党委书记履行第一责任人职责，亲自部署、亲自督办法治建设。")
    assert window.session.is_dirty and "●" in window.status_line.save_label.text()
    wait_until(qtbot, lambda: not window.session.is_dirty, timeout=8000)  # the autosave timer
    assert "✓" in window.status_line.save_label.text()
    ime_type(page.editor.text, "专题研究法治建设4次。")
    window.close()  # saves on close
    assert store.reports.summary(report_id).checked_at is not None  # findings snapshot for the start page
    store.close()
    with open_store() as reopened:  # a fresh connection, from disk
        text = reopened.reports.load(report_id).section("first_responsible").text
    assert text.endswith("专题研究法治建设4次。")


def test_ctrl_s_and_revision_restore(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    report_id = window.create_report("青龙镇", 2024)
    page = checked(qtbot, window)
    page.show_section("shortcomings")
    first = "一是执法人员不足，主要原因是编制有限。" * 3
    ime_type(page.editor.text, first)
    qtbot.keyClick(page.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_dirty
    page.editor.text.selectAll()
    ime_type(page.editor.text, "二是学法流于形式。" * 30)  # a large change starts a new revision
    window.save_now()
    assert len(store.revisions.of_section(report_id, "shortcomings")) >= 2
    window.show_revisions()
    dialog = shown_dialog(window)
    assert dialog.objectName() == "revisionsDialog"
    dialog.list.setCurrentRow(dialog.list.count() - 1)  # the oldest
    assert "编制有限" in dialog.view.toPlainText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert page.editor.text.toPlainText() == first
    assert store.reports.load(report_id).section("shortcomings").text == first


def test_import_seed_gives_cli_findings(qtbot, tmp_path, store, seed_path, capsys):
    cli_main(["check", str(seed_path("001")), "--format", "json"])
    expected = [
        (f["id"], f["section"], tuple(f["span"])) for f in json.loads(capsys.readouterr().out)["findings"]
    ]
    window = make_window(qtbot, tmp_path, store)
    window.import_path(seed_path("001"))
    wait_until(qtbot, lambda: window.session is not None)
    page = checked(qtbot, window)
    assert [(f.id, f.section, f.span) for f in page.checklist.findings] == expected
    assert "part.first_responsible" in checklist_ids(page.checklist)


def test_recycle_bin_and_search(qtbot, tmp_path, store, seed_text):
    from desktop.core.parser import parse_text

    kept = store.reports.add(parse_text(seed_text("003")))
    gone = store.reports.add(parse_text(seed_text("004")))
    window = make_window(qtbot, tmp_path, store)
    window.show_start_page()
    start = window.start_page
    start.table.setCurrentItem(start.row_for(gone))
    start.table.setFocus()
    qtbot.keyClick(start.table, Qt.Key.Key_Delete)  # the Delete key asks, then moves it to the recycle bin
    assert start.row_for(gone) is not None
    qtbot.mouseClick(shown_dialog(window).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert start.row_for(gone) is None
    window.show_recycle_bin()
    dialog = shown_dialog(window)
    assert dialog.list.count() == 1
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert start.row_for(gone) is not None
    window.show_search()
    search = shown_dialog(window)
    ime_type(search.query, "亲自部署")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert search.results.count() >= 1
    hit = search.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert hit.report_id == kept
    search.results.setFocus()
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert window.session.report_id == kept
    assert window.editor_page.editor.text.textCursor().selectedText() == "亲自部署"


def test_from_last_year_and_open_from_start_page(qtbot, tmp_path, store, seed_text):
    from desktop.core.parser import parse_text

    last = store.reports.add(parse_text(seed_text("003")))
    window = make_window(qtbot, tmp_path, store)
    window.show_start_page()
    start = window.start_page
    start.table.setCurrentItem(start.row_for(last))
    qtbot.mouseClick(start.buttons["from_last_year"], Qt.MouseButton.LeftButton)
    assert window.session.report.year == 2025
    assert window.session.report_id != last
    page = window.editor_page
    page.show_section(next(s.key for s in window.session.report.sections if s.part == "measures"))
    prompt = page.editor.guidance.prompt
    assert prompt.isVisible() and "2024年报告安排了以下工作" in prompt.toPlainText()
    window.show_start_page()
    assert start.table.topLevelItemCount() == 2
    assert QApplication.focusWidget() is start.table  # back on the list, the keys work at once
    start.table.setCurrentItem(start.row_for(last))
    qtbot.mouseClick(start.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert start.table.topLevelItemCount() == 3
    assert start.table.currentItem().text(2) == start.row_for(last).text(2)  # 复制 keeps the title
    assert start.table.currentItem() is not start.row_for(last)
    item = start.row_for(last)
    start.table.setCurrentItem(item)
    qtbot.keyClick(start.table, Qt.Key.Key_Return)
    assert window.session.report_id == last


def test_new_report_dialog_from_start_page(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    window.show_start_page()
    qtbot.mouseClick(window.start_page.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = shown_dialog(window)
    assert dialog.objectName() == "newReportDialog"
    dialog.unit.setEditText("")
    ime_type(dialog.unit.lineEdit(), "双泉乡")
    dialog.year.setValue(2025)
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)
    assert window.session is not None and window.session.report.year == 2025
    assert window.session.report.title == "双泉乡人民政府关于2025年度法治政府建设情况的报告"
    assert "2025" in window.status_line.report_label.text()


def test_copied_paragraph_flagged_in_a_report_started_from_last_year(qtbot, tmp_path, store, seed_text):
    from desktop.core.parser import parse_text

    last_id = store.reports.add(parse_text(seed_text("003")))
    new_id = store.carryover.start_from_last_year(last_id)
    copied = store.reports.load(last_id).sections_of("measures")[0].text.split("\n")[0]
    store.reports.save_section(new_id, store.reports.load(new_id).sections_of("measures")[0].key, copied)
    window = make_window(qtbot, tmp_path, store)
    window.open_stored(new_id)
    page = checked(qtbot, window)
    assert page.live.previous is not None
    assert "carryover.copied" in checklist_ids(page.checklist)


def test_saved_indicator_shows_after_a_start_with_a_file(qtbot, tmp_path, store, seed_path):
    """A file opened at start says 导入… before the status bar is set up; the saved and checked labels
    must still appear once that message is gone (QStatusBar hid them for good)."""
    window = MainWindow(store, settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.import_path(seed_path("004"))  # what app.open_given_files does right after the window shows
    window.show()
    wait_until(qtbot, lambda: window_ready(window) and window.session is not None)
    wait_until(qtbot, lambda: bool(window.status_line.check_label.text()))
    window.statusBar().clearMessage()  # what the message's 5 s timeout does
    line = window.status_line
    assert line.save_label.isVisible() and line.check_label.isVisible()
    assert "✓" in line.save_label.text() or "●" in line.save_label.text()
