"""Status icons drawn from glyphs (✓ ▲ ● ○) in colour, so no image files are needed."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.ui.findings_map import COLOURS, MARKS


@cache
def status_icon(status: str, size: int = 16) -> QIcon:
    """A small coloured glyph icon for error / warning / info / done / optional / empty."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(COLOURS.get(status, "#000000")))
    font = QFont()
    font.setPixelSize(int(size * 0.8))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(0, 0, size, size, Qt.AlignmentFlag.AlignCenter, MARKS.get(status, "?"))
    painter.end()
    return QIcon(pixmap)
