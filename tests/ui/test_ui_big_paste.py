"""A 2 MB paste into a section: the window keeps working, the checklist refreshes off the UI thread,
and everything is saved (the guide's "bad input" list)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from desktop.core.parser import parse_text
from tests.ui_helpers import checklist_ids, wait_until

PASTE = ("全年开展学法活动，审查合同若干件。" * 40 + "\n") * 3000  # 2,043,000 characters


def test_two_megabyte_paste_is_checked_and_saved(qtbot, window, seed_text):
    report_id = window.store.reports.add(parse_text(seed_text("003")))
    window.open_stored(report_id)
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy)
    page.show_section("1")
    before = page.live.last_seconds
    mime = QMimeData()
    mime.setText(PASTE)
    page.editor.text.insertFromMimeData(mime)
    wait_until(qtbot, lambda: page.live.last_seconds != before and not page.live.busy, timeout=120_000)
    assert "part.measures" not in checklist_ids(page.checklist)
    window.save_now()
    stored = window.store.reports.load(report_id).section("1").text
    assert len(stored) > 2_000_000
    assert stored.count("审查合同若干件。") >= 120_000  # the whole paste
    assert stored.endswith("保护好人民群众的生命安全和财产安全。")  # and the section's own text after it
