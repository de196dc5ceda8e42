"""Helpers for driving real widgets in the UI tests (Chinese typing goes through the input method)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QStatusBar, QToolBar


def ime_type(widget, text: str) -> None:
    """Type Chinese text as an input method commits it (QTest.keyClicks only handles Latin-1)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_item(qtbot, tree, item) -> None:
    """Click a tree item where it is shown."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_status(navigator, key: str) -> str | None:
    """The status whose icon the navigator shows beside the section `key` (✓ ▲ ● ○), None without one."""
    from desktop.ui.findings_map import MARKS
    from desktop.ui.icons import status_icon

    item = navigator.item_for_key(key)
    shown = item.icon(0).cacheKey() if item is not None else None
    return next((status for status in MARKS if status_icon(status).cacheKey() == shown), None)


def checklist_ids(checklist) -> list[str]:
    """The ids of the findings in the checklist's rows (hidden 建议 rows too), row by row."""
    from desktop.ui.checklist_panel import ROW_ROLE

    rows = [checklist.rows[item.data(0, ROW_ROLE)] for item in checklist.items(visible_only=False)]
    return [finding.id for row in rows for finding in row.findings]


def shown_dialog(parent, name: str = ""):
    """The newest visible dialog (a message box is one too) under `parent`, named `name` if given, else None."""
    found = parent.findChildren(QDialog, name) if name else parent.findChildren(QDialog)
    shown = [dialog for dialog in found if dialog.isVisible()]
    return shown[-1] if shown else None


def window_ready(window) -> bool:
    """The toolbar, the shortcuts and the status bar are in place (set up right after the first paint)."""
    return (
        window.findChild(QToolBar, "mainToolbar") is not None
        and not window.actions["save"].shortcut().isEmpty()
        and isinstance(window.status_line.save_label.parentWidget(), QStatusBar)
    )


def guide_anchor(dialog) -> str | None:
    """The anchor of the user guide at the top of the help window (where F1 scrolled it), else None."""
    browser = dialog.browser
    document, top = browser.document(), browser.verticalScrollBar().value()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if abs(document.documentLayout().blockBoundingRect(block).top() - top) < 2:
                    return name
            fragments += 1
        block = block.next()
    return None


WAIT_MS = 30_000  # generous: other suites may share the 2 cores, and jieba's first load is slow


def wait_until(qtbot, condition, timeout: int = WAIT_MS) -> None:
    """qtbot.waitUntil with a timeout fit for a loaded machine (never less than WAIT_MS)."""
    qtbot.waitUntil(condition, timeout=max(timeout, WAIT_MS))


@contextlib.contextmanager
def stored_window(qtbot, tmp_path):
    """The main window on a real store in tmp_path (own settings file), shown and set up; closed afterwards."""
    from desktop.store import Store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import app_settings

    store = Store.open(tmp_path / "data", backup_on_open=False)
    window = MainWindow(store, settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    try:
        wait_until(qtbot, lambda: window_ready(window))
        yield window
    finally:
        window.close()
        store.close()
