"""Start-up in the window: the restore offer on damage, a new store only when asked, read-only places
reported before the clerk types, and a log file that cannot stop the start."""

from __future__ import annotations

import os
import sys

import pytest

from desktop.store import Store
from desktop.store.db import DB_NAME
from desktop.ui.dialogs.restore import RestoreDialog
from desktop.ui.logs import setup_logging
from desktop.ui.store_open import open_store
from tests.test_faults import read_only_folder
from tests.ui_helpers import shown_dialog


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("REPORT_DESK_DATA", str(folder))
    return folder


def with_work(folder) -> None:
    with Store.open(folder) as store:
        for year in (2023, 2024):
            rid = store.reports.create("青龙镇", year)
            store.reports.save_section(rid, "measures", f"{year}年全年开展法治宣传活动12次。")


class Answers:
    """Answers the dialogs open_store shows, and remembers them."""

    def __init__(self, answer) -> None:
        self.answer, self.shown = answer, []

    def __call__(self, dialog) -> int:
        self.shown.append(dialog)
        return self.answer(dialog)


def test_damaged_store_offers_the_backups_newest_first_and_restores_the_work(qtbot, data):
    with_work(data)
    (data / DB_NAME).write_bytes(b"")
    answers = Answers(lambda d: d.restore_selected())
    store = open_store(None, answers)
    dialog = answers.shown[0]
    assert isinstance(dialog, RestoreDialog) and "0 字节" in dialog.message.text()
    first = dialog.list.item(0).text()
    assert "2 份报告" in first and "字" in first
    assert store is not None and len(store.reports.summaries()) == 2
    store.close()
    assert [p for p in data.iterdir() if p.name.startswith(f"{DB_NAME}.damaged-")]  # kept aside


def test_no_backup_new_store_only_when_asked(qtbot, data):
    data.mkdir()
    (data / DB_NAME).write_bytes(b"\x00" * 4096)
    assert open_store(None, Answers(lambda d: d.reject())) is None  # Quit: nothing touched
    assert (data / DB_NAME).read_bytes() == b"\x00" * 4096
    answers = Answers(lambda d: d.start_fresh())
    store = open_store(None, answers)
    assert answers.shown[0].fresh_button.isVisibleTo(answers.shown[0])
    assert store is not None and store.reports.summaries() == []
    store.close()
    kept = [p for p in data.iterdir() if p.name.startswith(f"{DB_NAME}.damaged-")]
    assert kept and kept[0].read_bytes() == b"\x00" * 4096


def test_read_only_database_file_is_reported_at_start(qtbot, data):
    with_work(data)
    (data / DB_NAME).chmod(0o444)
    try:
        answers = Answers(lambda d: 0)  # the clerk closes the message
        assert open_store(None, answers) is None
        text = answers.shown[0].text()
        assert answers.shown[0].objectName() == "readOnlyMessage"
        assert "只读" in text and "设置" in text and "数据文件夹" in text
    finally:
        (data / DB_NAME).chmod(0o644)


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_read_only_data_folder_is_reported_and_logging_does_not_stop_the_start(qtbot, data):
    with_work(data)
    undo = read_only_folder(data)
    if undo is None:
        pytest.skip("cannot make a read-only folder here (root without mount)")
    try:
        log_file = setup_logging(data)  # must not raise
        assert log_file is None or not str(log_file).startswith(str(data))
        answers = Answers(lambda d: 0)
        assert open_store(None, answers) is None
        assert "设置" in answers.shown[0].text() and answers.shown[0].objectName() == "readOnlyMessage"
    finally:
        undo()


def test_damaged_section_opens_marked_with_its_revisions_offered(qtbot, tmp_path):
    from tests.store.test_store_recovery import damage_section_text
    from tests.ui_helpers import stored_window

    with Store.open(tmp_path / "data", backup_on_open=False) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "全年开展法治宣传活动12次，群众满意度提升。")
        store.reports.save_section(rid, "shortcomings", "一是执法人员不足，主要原因是编制有限。")
    damage_section_text(tmp_path / "data", rid, "measures")
    with stored_window(qtbot, tmp_path) as window:
        window.open_stored(rid)
        banner = window.damage_banner
        assert banner.isVisible() and "主要举措" in banner.label.text() and "\ufffd" in banner.label.text()
        assert window.editor_page.current_key == "measures"
        assert window.session.report.section("shortcomings").text.startswith("一是执法人员不足")
        banner.action.click()  # 历史版本…
        dialog = shown_dialog(window)
        assert dialog.objectName() == "revisionsDialog"
        dialog.list.setCurrentRow(0)
        dialog.restore_button.click()
        assert window.editor_page.editor.text.toPlainText() == "全年开展法治宣传活动12次，群众满意度提升。"


def test_log_records_written_while_the_disk_is_full_reach_the_log_later(tmp_path):
    import logging

    from desktop.ui import logs

    path = setup_logging(tmp_path)
    handler = logs._handler
    real_stream = handler._open

    def full(*_args):
        raise OSError(28, "No space left on device")

    handler.close()
    handler.stream, handler._open = None, full  # every write fails, as on a full disk
    log = logging.getLogger("desktop.ui.session")
    for n in range(3):
        log.error("autosave failed (attempt %d): disk full", n + 1)
    assert len(handler.pending) == 3
    handler._open = real_stream  # space is back
    log.info("autosave works again after 3 failed attempts")
    text = path.read_text(encoding="utf-8")
    assert [f"attempt {n}" in text for n in (1, 2, 3)] == [True] * 3 and "works again" in text
    assert text.index("attempt 3") < text.index("works again")
