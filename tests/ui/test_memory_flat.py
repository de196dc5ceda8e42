"""Memory stays flat when a clerk opens one report after another and checks them: no report, section
document or background task is kept once it is no longer shown (issue 19 bench: RSS after 10 reports)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QTextDocument

from desktop.core.model import Report
from desktop.core.parser import parse_text
from desktop.ui.workers import Task
from tests.ui_helpers import wait_until


def alive(kind: type) -> int:
    gc.collect()
    return sum(isinstance(o, kind) for o in gc.get_objects())


def test_reports_documents_and_tasks_are_freed_after_each_report(qtbot, window, seed_text):
    ids = [window.store.reports.add(parse_text(seed_text(n))) for n in ("000", "001", "002", "003") * 2]
    counts = []
    for report_id in ids:
        window.open_stored(report_id)
        page = window.editor_page
        for key in [s.key for s in window.session.report.sections[:3]]:  # each visited part gets a document
            page.show_section(key)
        wait_until(qtbot, lambda page=page: bool(page.checklist.findings) and not page.live.busy)
        wait_until(qtbot, lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
        qtbot.wait(20)  # the event loop runs deleteLater()
        counts.append((len(window.findChildren(QTextDocument)), alive(Task), alive(Report)))
    docs, tasks, reports = zip(*counts, strict=True)
    assert docs[-1] == docs[1], counts  # only the open report's documents (the first open builds the page)
    assert max(tasks[1:]) <= 1, counts  # at most the last check, deleted with the next task
    assert reports[-1] <= reports[1], counts  # the open report (other tests' reports may be alive too)
