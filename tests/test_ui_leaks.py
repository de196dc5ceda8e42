"""No leaks of pages, panels or workers when a clerk opens one report after another (issue 9)."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.core.parser import parse_text
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import app_settings
from tests.ui_helpers import wait_until


def settled_widget_count(qtbot) -> int:
    qtbot.wait(50)  # let deleteLater() run
    return len(QApplication.allWidgets())


def test_opening_ten_reports_in_turn_does_not_grow_widgets_or_threads(qtbot, tmp_path, seed_text):
    store = Store.open(tmp_path / "data", backup_on_open=False)
    window = MainWindow(store, settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    try:
        wait_until(qtbot, lambda: window.setup_done)
        ids = [store.add_report(parse_text(seed_text(n))) for n in ("000", "001", "002", "003", "004") * 2]
        counts = []
        for report_id in ids:
            window.open_stored(report_id)
            page = window.editor_page
            wait_until(qtbot, lambda page=page: bool(page.checklist.findings) and not page.live.busy)
            window.show_start_page()
            counts.append(settled_widget_count(qtbot))
        assert counts[-1] - counts[1] <= 5, counts  # the first open builds the editor page once
        wait_until(qtbot, lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    finally:
        window.close()
        store.close()
