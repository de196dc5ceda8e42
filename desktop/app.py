"""QApplication set-up: Chinese font, the first window, and the --smoke-test flag for packaged builds."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, APP_TITLE
from desktop.core.parser import parse_text
from desktop.core.resources import resources_dir
from desktop.ui.fonts import apply_app_font


def demo_report():
    """The bundled demo report shown on first start."""
    text = (resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8")
    return parse_text(text)


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    apply_app_font(app)
    return app


def run_app(argv: list[str]) -> int:
    """Show the main window; with --smoke-test, close it again once the event loop has run."""
    app = create_app([a for a in argv if not a.startswith("--smoke")])
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.open_report(demo_report())
    window.show()
    if "--smoke-test" in argv:
        QTimer.singleShot(200, app.quit)
    return app.exec()
