"""A finished report is protected (issue 17 point 6): 已定稿 is read-only with 解除定稿 and asks first when
errors remain; a second import of the same file says so; 复制 keeps the title (see test_ui_store)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.parser import parse_text
from desktop.ui.final_guard import FinalBanner
from tests.ui_helpers import ime_type, shown_dialog, wait_until


def open_seed(qtbot, window, seed_text, number="004"):
    report_id = window.store.reports.add(parse_text(seed_text(number)))
    window.open_stored(report_id)
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.live.findings) and not page.live.busy)
    return report_id, page


def test_final_asks_when_errors_remain_then_is_read_only_until_unlocked(qtbot, window, seed_text):
    report_id, page = open_seed(qtbot, window, seed_text)
    assert any(f.severity == "error" for f in page.live.findings)
    window.actions["status_final"].trigger()
    box = shown_dialog(window)
    assert isinstance(box, QMessageBox) and "errors remain" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert window.session.status == "草稿" and not page.editor.text.isReadOnly()

    window.actions["status_final"].trigger()
    qtbot.mouseClick(shown_dialog(window).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.store.reports.summary(report_id).status == "已定稿"
    before = page.editor.text.toPlainText()
    qtbot.keyClicks(page.editor.text, "abc")
    assert page.editor.text.toPlainText() == before and page.editor.text.isReadOnly()
    assert not page.editor.text.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # no IME input either
    assert page.header_form.edits["title"].isReadOnly() and not page.checklist.fix_all_button.isEnabled()
    assert (
        not page.editor.find_bar.buttons["replace_all"].isEnabled()
        and not window.actions["revisions"].isEnabled()
    )
    banner = page.findChild(FinalBanner)
    assert banner.isVisible() and "已定稿" in banner.label.text()

    window.open_stored(report_id)  # opened again later: still protected
    assert page.editor.text.isReadOnly() and banner.isVisible()
    qtbot.mouseClick(banner.unlock, Qt.MouseButton.LeftButton)
    assert window.store.reports.summary(report_id).status == "草稿" and not banner.isVisible()
    assert page.navigator.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    page.navigator.setFocus()
    qtbot.keyClick(page.navigator, Qt.Key.Key_Delete)  # unlocked: the key works again (it asks)
    box = shown_dialog(window, "confirmDeleteSection")
    assert box is not None
    box.reject()
    ime_type(page.editor.text, "补一句。")
    assert page.editor.text.toPlainText() != before


def test_importing_the_same_file_twice_says_so(qtbot, window, seed_path):
    window.import_path(seed_path("003"))
    wait_until(qtbot, lambda: window.session is not None)
    first = window.session.report_id
    window.show_start_page()
    window.import_path(seed_path("003"))
    wait_until(qtbot, lambda: isinstance(shown_dialog(window), QMessageBox))
    box = shown_dialog(window)
    assert box.objectName() == "alreadyImported" and "imported before" in box.text()
    assert len(window.store.reports.summaries()) == 1
    open_button = next(b for b in box.buttons() if b.text() == "Open that report")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert window.session.report_id == first and len(window.store.reports.summaries()) == 1
