"""Helpers for driving real widgets in the UI tests (Chinese typing goes through the input method)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


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


WAIT_MS = 30_000  # generous: other suites may share the 2 cores, and jieba's first load is slow


def wait_until(qtbot, condition, timeout: int = WAIT_MS) -> None:
    """qtbot.waitUntil with a timeout fit for a loaded machine (never less than WAIT_MS)."""
    qtbot.waitUntil(condition, timeout=max(timeout, WAIT_MS))
