"""Keyboard operation and the small windows: F6/F8, find and replace, undo per section, settings, about,
error counts on the start page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.parser import parse_text
from desktop.ui.dialogs.settings import apply_settings
from tests.ui_helpers import ime_type, shown_dialog, wait_until


def open_seed(qtbot, window, seed_text, number="004"):
    report_id = window.store.reports.add(parse_text(seed_text(number)))
    window.open_stored(report_id)
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy, timeout=15000)
    return page


def test_f6_cycles_panels_and_f8_selects_problems(qtbot, window, seed_text):
    page = open_seed(qtbot, window, seed_text)
    page.navigator.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.editor.text
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.checklist.tree
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.navigator
    spans = []
    for _ in range(len(page.checklist.items())):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        finding = page.checklist.tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
        focus = QApplication.focusWidget()
        selected = focus.selectedText() if focus is page.header_form.edits["title"] else None
        spans.append((finding.quote, selected or page.editor.text.textCursor().selectedText()))
    quoted = [(q, s) for q, s in spans if q]
    assert quoted and all(q == s for q, s in quoted)


def test_find_replace_and_undo_per_section(qtbot, window, seed_text):
    page = open_seed(qtbot, window, seed_text)
    key = next(s.key for s in page.report.sections if "依法行政、依法行政" in s.text)
    page.show_section(key)
    qtbot.keyClick(page.editor.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = page.editor.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    ime_type(bar.find_edit, "依法行政、依法行政")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert page.editor.text.textCursor().selectedText() == "依法行政、依法行政"
    ime_type(bar.replace_edit, "依法行政")
    qtbot.mouseClick(bar.buttons["replace_all"], Qt.MouseButton.LeftButton)
    assert "依法行政、依法行政" not in page.report.section(key).text
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    other = next(s.key for s in page.report.sections if s.key != key and s.part == "next_year")
    page.show_section(other)
    page.show_section(key)
    qtbot.keyClick(page.editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "依法行政、依法行政" in page.report.section(key).text  # undo kept across the switch


def test_settings_font_size_and_backup(qtbot, window, tmp_path, seed_text):
    page = open_seed(qtbot, window, seed_text, "003")
    window.show_settings()
    dialog = shown_dialog(window)
    assert dialog.objectName() == "settingsDialog"
    dialog.font_size.setValue(13)
    qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
    assert list((tmp_path / "data" / "backups").glob("*"))
    dialog.accept()
    assert QApplication.font().pointSize() == 13
    assert page.editor.text.document().defaultFont().pointSize() == 13  # the open text follows at once
    assert int(window.settings.value("ui/font_size")) == 13
    apply_settings(window, {"ui/font_size": 10})


def test_about_and_start_page_counts(qtbot, window, seed_text):
    window.store.reports.add(parse_text(seed_text("001")))
    window.show_start_page()
    start = window.start_page
    wait_until(qtbot, lambda: not start.busy)
    row = start.table.topLevelItem(0)
    assert int(row.text(4)) >= 1  # errors counted in the background for a report never opened
    window.show_about()
    about = shown_dialog(window)
    assert str(window.store.data_dir) in about.text.text()
    about.reject()


def test_language_switch_retranslates_live(qtbot, window):
    from desktop.ui.translations import install_language

    save = window.actions["save"]
    save.setText("stale")
    apply_settings(window, {"ui/language": "zh_CN"})  # translators change → LanguageChange → translate_ui
    wait_until(qtbot, lambda: save.text() != "stale")
    install_language("en")
    wait_until(qtbot, lambda: save.text() == "&Save")
