"""Help in the app (issue 17 point 9): the offline Chinese guide with screenshots of 新建 → 写作 → 检查 → 导出 →
上报, opened from 帮助 and by F1 at the part about the current panel."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.help import guide_path
from tests.ui_helpers import click_item, guide_anchor, shown_dialog, wait_until


def test_the_guide_is_offline_chinese_and_its_pictures_exist():
    html = guide_path().read_text(encoding="utf-8")
    assert "http" not in html.lower()  # nothing to fetch
    for word in ("新建", "写作", "检查", "导出", "上报"):
        assert word in html
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) >= 5
    for image in images:
        path = guide_path().parent / image
        assert path.is_file() and path.stat().st_size > 5000, image
    anchors = set(re.findall(r'<a name="(\w+)"', html))
    assert {"new", "write", "header", "figures", "check", "export", "submit"} <= anchors


def test_f1_opens_the_guide_at_the_current_panel(qtbot, window, seed_text):
    window.show_start_page()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = shown_dialog(window, "helpDialog")
    assert guide is not None and guide_anchor(guide) == "new"
    assert "用户指南" in guide.browser.toPlainText()
    guide.close()
    from desktop.core.parser import parse_text

    window.open_stored(window.store.reports.add(parse_text(seed_text("004"))))
    page = window.editor_page
    wait_until(qtbot, lambda: page.checklist.item_for("privacy.phone") is not None)
    window.activateWindow()  # back from the guide's own window
    qtbot.waitUntil(window.isActiveWindow)
    page.editor.text.setFocus()
    qtbot.keyClick(page.editor.text, Qt.Key.Key_F1)
    assert guide_anchor(shown_dialog(window, "helpDialog")) == "write"
    page.checklist.tree.setFocus()
    qtbot.keyClick(page.checklist.tree, Qt.Key.Key_F1)
    assert guide_anchor(shown_dialog(window, "helpDialog")) == "check"
    click_item(
        qtbot, page.checklist.tree, page.checklist.items()[0]
    )  # the click selects the quote in the text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert guide_anchor(shown_dialog(window, "helpDialog")) in ("check", "header")
    page.show_section("indicators")
    page.navigator.setFocus()  # as after a click on 指标 in the navigator
    window.actions["help"].trigger()  # 帮助 ▸ 用户指南
    assert guide_anchor(shown_dialog(window, "helpDialog")) == "figures"
    assert shown_dialog(window, "helpDialog").browser.verticalScrollBar().value() > 0  # scrolled to that part
    assert len(window.findChildren(QDialog, "helpDialog")) == 1  # one guide window, brought forward again
    assert window.actions["help"] in window.actions.menus[-1].actions()
