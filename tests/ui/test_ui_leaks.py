"""No leaks of pages, panels or workers when a clerk opens one report after another (issue 9)."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.core.parser import parse_text
from tests.ui_helpers import wait_until


def settled_widget_count(qtbot) -> int:
    qtbot.wait(50)  # let deleteLater() run
    return len(QApplication.allWidgets())


def test_opening_ten_reports_in_turn_does_not_grow_widgets_or_threads(qtbot, window, seed_text):
    numbers = ("000", "001", "002", "003", "004") * 2
    ids = [window.store.reports.add(parse_text(seed_text(n))) for n in numbers]
    counts = []
    for report_id in ids:
        window.open_stored(report_id)
        page = window.editor_page
        wait_until(qtbot, lambda page=page: bool(page.checklist.findings) and not page.live.busy)
        window.show_start_page()
        counts.append(settled_widget_count(qtbot))
    assert counts[-1] - counts[1] <= 5, counts  # the first open builds the editor page once
    wait_until(qtbot, lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
