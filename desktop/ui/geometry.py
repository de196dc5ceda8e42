"""Window geometry that fits the office screen: the first window from 1024×768 up, a remembered window
clamped to a smaller screen, and panels that keep readable widths (the checklist is never pushed off)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

PREFERRED = (1366, 740)  # the usual office laptop, less a taskbar
SMALLEST = (640, 480)  # a remembered window smaller than this is a mistake, not a choice
# Minimum widths of navigator | centre | checklist, in widths of the character 汉 of the current font.
PANEL_CHARS = (11, 22, 15)
# How a change of the window's width is shared: the text gets most, the checklist keeps its share.
PANEL_STRETCH = (1, 4, 2)


def first_geometry(available: QRect) -> QRect:
    """The first window: the preferred size or the whole available area when that is smaller, centred."""
    rect = QRect(0, 0, min(PREFERRED[0], available.width()), min(PREFERRED[1], available.height()))
    rect.moveCenter(available.center())
    return rect


def clamped(rect: QRect, available: QRect) -> QRect:
    """`rect` made to fit `available` (shrunk, then moved inside); a tiny one starts over as the first."""
    width, height = min(rect.width(), available.width()), min(rect.height(), available.height())
    if width < min(SMALLEST[0], available.width()) or height < min(SMALLEST[1], available.height()):
        return first_geometry(available)
    left = max(available.left(), min(rect.left(), available.right() + 1 - width))
    top = max(available.top(), min(rect.top(), available.bottom() + 1 - height))
    return QRect(left, top, width, height)


def panel_minimums(widget: QWidget | None = None) -> tuple[int, ...]:
    """Readable minimum widths (px) of the three panels at the current font size."""
    font = widget.font() if widget is not None else QApplication.font()
    char = QFontMetrics(font).horizontalAdvance("汉")
    return tuple(n * char for n in PANEL_CHARS)


def apply_panel_minimums(splitter: QSplitter) -> None:
    for index, width in enumerate(panel_minimums(splitter)):
        splitter.widget(index).setMinimumWidth(width)
        splitter.setStretchFactor(index, PANEL_STRETCH[index])


def restore_splitter(splitter: QSplitter, state) -> None:
    """Restore the remembered panel widths unless that would leave a panel below its minimum."""
    apply_panel_minimums(splitter)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    minimums = panel_minimums(splitter)
    if any(size < low for size, low in zip(splitter.sizes(), minimums, strict=False)):
        splitter.setSizes([250, 700, 380])


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def restore_window(window: QMainWindow, settings: QSettings, available: QRect | None = None) -> None:
    """The remembered geometry clamped to the screen, or the first geometry."""
    available = available or available_area(window)
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry):
        if window.isMaximized() or window.isFullScreen():
            return
        window.setGeometry(clamped(window.geometry(), available))
    else:
        window.setGeometry(first_geometry(available))
