"""The start-up baseline: a bare PySide6 window (1366×740), bundled exactly like the program
(REPORT_DESK_BARE_WINDOW=1 build/linux/buildroot.sh → dist/BareWindow). Prints "first-paint <epoch seconds>"
to stderr at its first paint, like ReportDesk with REPORT_DESK_FIRST_PAINT=1."""

import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):  # desktop.ui.first_paint has the same: the baseline must not import the program
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
        return False


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1366, 740)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    sys.exit(app.exec())
