"""Never lose a clerk's work: crash (SIGKILL mid-autosave), corrupt files, locks, rotating backups."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.store import Store, StoreCorruptError, StoreError, StoreLockedError
from desktop.store import backup as bk
from desktop.store.db import DB_NAME
from tests.conftest import Clock

ROOT = Path(__file__).resolve().parents[2]

AUTOSAVER = textwrap.dedent(
    """
    import sys
    from desktop.store import Store
    store = Store.open(sys.argv[1])
    rid = store.reports.create("青龙镇", 2024)
    body = "全年开展法治宣传活动。" * 200
    n = 0
    while True:
        n += 1
        store.reports.save_section(rid, "measures", f"{body}第{n}次保存")
        print(n, flush=True)  # printed only after the save's transaction committed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_autosave_loses_nothing_committed(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", AUTOSAVER, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    last = 0
    try:
        for line in proc.stdout:
            last = int(line)
            if last >= 150:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        printed = [int(n) for n in proc.stdout.read().split()]  # lines already buffered or in the pipe
        proc.stdout.close()
    last = max([last, *printed])
    assert proc.returncode == -signal.SIGKILL and last >= 150
    assert (tmp_path / f"{DB_NAME}-wal").exists()  # killed with the write-ahead log still open
    with Store.open(tmp_path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        text = store.reports.load(1).section("measures").text
        saved = int(text.rsplit("第", 1)[1].removesuffix("次保存"))
        assert saved in (last, last + 1)  # the last printed save, or one committed just before the kill
        assert store.search.find("宣传活动")


def stored_with_backup(directory: Path) -> Path:
    with Store.open(directory, backup_on_open=False) as store:
        rid = store.reports.create("青龙镇", 2024)
        for n in range(40):
            store.reports.save_section(rid, "measures", f"第{n}稿：" + "依法行政。" * 300)
        backup = store.backups.take()
        store.reports.save_section(rid, "measures", "备份之后的修改")
    return backup


@pytest.mark.parametrize("damage", ["truncate", "random", "garbage_pages", "empty_header"])
def test_corrupt_file_gives_clear_error_and_restores_from_backup(tmp_path, damage):
    backup = stored_with_backup(tmp_path)
    db = tmp_path / DB_NAME
    raw = db.read_bytes()
    if damage == "truncate":
        db.write_bytes(raw[: len(raw) // 3])
    elif damage == "random":
        db.write_bytes(os.urandom(len(raw)))
    elif damage == "garbage_pages":
        db.write_bytes(raw[:4096] + os.urandom(len(raw) - 4096))
    else:
        db.write_bytes(b"\0" * 100 + raw[100:])
    with pytest.raises(StoreCorruptError) as info:
        Store.open(tmp_path)
    error = info.value
    assert "已损坏" in error.message and "备份" in error.message
    assert [b.path for b in error.backups] == [backup]
    damaged = db.read_bytes()
    kept = bk.restore_backup(error.backups[0].path, error.path)
    assert kept is not None and kept.read_bytes() == damaged  # the damaged file is kept, not deleted
    with Store.open(tmp_path) as store:
        assert store.reports.load(1).section("measures").text.startswith("第39稿")
    # The lock was released on the failed open: nothing stays held.
    Store.open(tmp_path).close()


def test_corrupt_without_backups_says_so(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is a word document, not a database" * 100)
    with pytest.raises(StoreCorruptError, match="没有找到可用的备份") as info:
        Store.open(tmp_path)
    assert info.value.backups == []


def test_a_damaged_backup_is_never_restored(tmp_path):
    bad = tmp_path / "backups" / "reportdesk-20250101-000000.db"
    bad.parent.mkdir()
    bad.write_bytes(b"junk" * 1000)
    (tmp_path / DB_NAME).write_bytes(b"junk")
    with pytest.raises(StoreError, match="备份也已损坏"):
        bk.restore_backup(bad, tmp_path / DB_NAME)
    assert (tmp_path / DB_NAME).read_bytes() == b"junk"


def test_restore_refuses_while_the_store_is_open(tmp_path):
    backup = stored_with_backup(tmp_path)
    with Store.open(tmp_path) as store, pytest.raises(StoreLockedError):
        bk.restore_backup(backup, store.path)


def test_unwritable_data_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="REPORT_DESK_DATA"):
        Store.open(blocker / "sub")


def test_second_instance_is_told_at_once(tmp_path):
    with Store.open(tmp_path), pytest.raises(StoreLockedError, match="另一个"):
        Store.open(tmp_path)


def test_write_lock_held_elsewhere_fails_cleanly_and_store_recovers(tmp_path):
    with Store.open(tmp_path, timeout=0.2) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "锁之前")
        holder = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreLockedError, match="正被另一个程序使用"):
            store.reports.save_section(rid, "measures", "锁住时")
        with pytest.raises(StoreLockedError):
            store.reports.set_status(rid, "待审")
        holder.execute("ROLLBACK")
        holder.close()
        assert store.reports.load(rid).section("measures").text == "锁之前"
        assert not store.db.conn.in_transaction
        assert store.reports.save_section(rid, "measures", "锁之后").changed
    with Store.open(tmp_path) as store:
        assert store.reports.load(rid).section("measures").text == "锁之后"


def test_open_when_another_program_holds_the_lock(tmp_path):
    Store.open(tmp_path).close()
    holder = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLockedError):
            Store.open(tmp_path, timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Store.open(tmp_path).close()  # and the instance lock was released


def test_backups_are_daily_rotating_and_sound(tmp_path):
    clock = Clock()
    for day in range(5):
        with Store.open(tmp_path, clock=clock, keep_backups=3) as store:
            rid = store.reports.create("青龙镇", 2020 + day)
            store.reports.save_section(rid, "measures", f"第{day}天")
        clock.now += 1800  # a second session within the hour refreshes that hour's session backup
        with Store.open(tmp_path, clock=clock, keep_backups=3) as store:
            store.reports.save_section(rid, "measures", f"第{day}天下午")
        clock.now += bk.BACKUP_INTERVAL_SECONDS
    backups = bk.list_backups(tmp_path, counts=True)
    assert len(backups) == 3
    assert all(bk.check_backup(b.path) for b in backups)
    assert backups[0].path.stem.endswith("-session") and backups[0].reports == 5
    newest = sqlite3.connect(backups[0].path)
    assert newest.execute("SELECT text FROM sections WHERE text LIKE '第4天%'").fetchone() == ("第4天下午",)
    newest.close()
    assert backups[1].reports == 4  # the 5th day's daily backup, taken on open before that day's work
    assert not list((tmp_path / "backups").glob("*.tmp"))


def test_disk_full_is_a_clear_error_and_the_old_text_stays(tmp_path):
    with Store.open(tmp_path) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "已保存的内容")
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's real SQLITE_FULL path
        with pytest.raises(StoreError, match="磁盘空间不足"):
            store.reports.save_section(rid, "measures", "很长的新内容" * 20_000)
        assert store.reports.load(rid).section("measures").text == "已保存的内容"
        store.db.execute("PRAGMA max_page_count = 1073741823")
        assert store.reports.save_section(rid, "measures", "空间清理后再保存").changed
