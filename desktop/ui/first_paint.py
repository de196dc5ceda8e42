"""REPORT_DESK_FIRST_PAINT=1 (make dist-startup): print the wall-clock time of the window's first paint.

A module of its own that imports only QEvent and QObject: the probe is installed before the window shows, so
whatever it imports is counted in the very figure it reports (desktop.ui.smoke's imports, the Qt namespace
among them, cost ~18 ms there).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject


class FirstPaint(QObject):
    """Prints the wall-clock time of the watched widget's first paint (for start-up timing from outside)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
        return False


def report_first_paint(window) -> None:
    window.paint_probe = FirstPaint(window)
    window.installEventFilter(window.paint_probe)
