"""The window's first paint: run the rest of the start after it, and (REPORT_DESK_FIRST_PAINT=1, make
dist-startup) print its wall-clock time.

A module of its own that imports only QEvent, QObject and QTimer: it is used before the window shows, so
whatever it imports is counted in the first paint (desktop.ui.smoke's imports, the Qt namespace among them,
cost ~18 ms there).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

# A window that is not painted soon (started minimised, another workspace) still gets the rest of its start.
FALLBACK_MS = 1000


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


class AfterFirstPaint(QObject):
    """Calls `then()` once, in the event-loop turn after `window`'s first paint (or after FALLBACK_MS).

    A zero timer started at show() is not enough: on X11 the first paint waits for the server's Expose
    event, and the timer fires before it, so the store was opened before the window was drawn."""

    def __init__(self, window, then) -> None:
        super().__init__(window)
        self.window, self.then, self.done = window, then, False
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.window.removeEventFilter(self)
            self.then()


def after_first_paint(window, then) -> None:
    AfterFirstPaint(window, then)  # a child of the window: kept as long as it
