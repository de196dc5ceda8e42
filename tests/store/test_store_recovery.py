"""Damage is never a first start; backups hold the clerk's work; `backups` / `restore` on the command line."""

from __future__ import annotations

import json
import os

import pytest

from desktop.cli import main as cli_main
from desktop.store import Store, StoreCorruptError
from desktop.store import backup as bk
from desktop.store.db import DB_NAME
from tests.conftest import Clock


def worked(directory, clock=None, text="今天写的内容：全年开展法治宣传活动12次。") -> int:
    """One session that wrote a report, ended by close (as the app and a CLI command end)."""
    with Store.open(directory, clock=clock or Clock()) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", text)
    return rid


def test_the_backup_holds_the_latest_sessions_work(tmp_path):
    clock = Clock()
    worked(tmp_path, clock, "上午的内容")
    clock.now += 600  # a second session ten minutes later
    with Store.open(tmp_path, clock=clock) as store:
        store.reports.save_section(1, "measures", "下午的内容：专题研究法治建设4次。")
    backups = bk.list_backups(tmp_path, counts=True)
    assert len(backups) == 1  # at most one new backup an hour: the session backup was refreshed
    (tmp_path / DB_NAME).write_bytes(b"")  # the PC crashed; the file is empty
    with pytest.raises(StoreCorruptError) as info:
        Store.open(tmp_path)
    assert info.value.backups[0].reports == 1
    bk.restore_backup(info.value.backups[0].path, tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert store.reports.load(1).section("measures").text == "下午的内容：专题研究法治建设4次。"


def test_no_backup_of_an_empty_store_and_none_of_a_session_that_wrote_nothing(tmp_path):
    Store.open(tmp_path).close()
    assert bk.list_backups(tmp_path) == []  # creating the database is not worth a backup
    clock = Clock()
    worked(tmp_path, clock)
    clock.now += 7200
    Store.open(tmp_path, clock=clock, backup_on_open=False).close()  # looked, changed nothing
    assert len(bk.list_backups(tmp_path)) == 1


def test_rotation_never_drops_the_newest_backup_with_reports(tmp_path):
    clock = Clock()
    worked(tmp_path, clock)
    folder = bk.backup_dir(tmp_path)
    good = bk.list_backups(tmp_path)[0].path
    empty = tmp_path / "empty"
    Store.open(empty).close()
    for n in range(5):  # five newer backups without reports (e.g. after everything was deleted)
        clock.now += 3600
        (folder / f"{bk.PREFIX}2030010{n}-000000.db").write_bytes((empty / DB_NAME).read_bytes())
        os.utime(folder / f"{bk.PREFIX}2030010{n}-000000.db", (clock.now, clock.now))
    bk.prune(tmp_path, keep=3)
    kept = bk.list_backups(tmp_path, counts=True)
    assert good in [b.path for b in kept] and len(kept) == 4
    assert [b.reports for b in kept][:3] == [0, 0, 0]


@pytest.mark.parametrize("damage", ["empty", "truncated", "bit_flips", "missing"])
def test_damage_is_never_taken_for_a_first_start(tmp_path, damage):
    worked(tmp_path)
    db = tmp_path / DB_NAME
    raw = db.read_bytes()
    if damage == "empty":
        db.write_bytes(b"")
    elif damage == "truncated":
        db.write_bytes(raw[: len(raw) // 2])
    elif damage == "bit_flips":  # flip bytes in the b-tree pages after the header page
        flipped = bytearray(raw)
        for pos in range(4096 + 8, min(len(raw), 4 * 4096), 97):
            flipped[pos] ^= 0xFF
        db.write_bytes(bytes(flipped))
    else:
        db.unlink()
    with pytest.raises(StoreCorruptError) as info:
        Store.open(tmp_path)
    assert "备份" in info.value.message and info.value.backups[0].reports == 1
    assert not (db.exists() and db.stat().st_size > len(raw))  # nothing was created over the damage


def test_backups_and_restore_on_the_command_line(tmp_path, capsys):
    data = str(tmp_path)
    worked(tmp_path)
    assert cli_main(["backups", "--data", data, "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["reports"] == 1 and listed[0]["chars"] > 10
    assert {"file", "taken", "reports", "chars"} <= set(listed[0])
    (tmp_path / DB_NAME).write_bytes(b"PK\x03\x04 not a database" * 50)
    damaged = (tmp_path / DB_NAME).read_bytes()
    assert cli_main(["list", "--data", data]) == 2
    err = capsys.readouterr().err
    assert "备份" in err and "restore --latest" in err and "Traceback" not in err
    assert cli_main(["backups", "--data", data]) == 0
    assert "1 份报告" in capsys.readouterr().out
    assert cli_main(["restore", "--latest", "--data", data]) == 0
    out = capsys.readouterr().out
    kept = [p for p in tmp_path.iterdir() if p.name.startswith(f"{DB_NAME}.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged and "已保留" in out
    assert cli_main(["list", "--data", data, "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    name = listed[0]["file"].rsplit("/", 1)[-1]
    assert cli_main(["restore", name, "--data", data]) == 0  # by name, as `backups` shows it
    assert cli_main(["restore", "nonexistent.db", "--data", data]) == 2
    assert "找不到备份" in capsys.readouterr().err


def test_import_into_a_damaged_store_exits_2_naming_the_backup(tmp_path, seed_path, capsys):
    worked(tmp_path)
    (tmp_path / DB_NAME).write_bytes(b"")
    assert cli_main(["import", str(seed_path("001")), "--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "备份" in err and "python -m desktop restore" in err
    assert (tmp_path / DB_NAME).read_bytes() == b""


def damage_section_text(directory, report_id: int, key: str) -> None:
    """Bytes flipped inside one stored section text (invalid UTF-8), the rest of the file sound."""
    import sqlite3

    conn = sqlite3.connect(directory / DB_NAME)
    conn.execute(
        "UPDATE sections SET text = CAST(substr(CAST(text AS BLOB), 1, 9) || X'FFFE80' || "
        "substr(CAST(text AS BLOB), 13) AS TEXT) WHERE report_id = ? AND key = ?",
        [report_id, key],
    )
    conn.commit()
    conn.close()


def test_a_damaged_section_does_not_lock_out_its_report(tmp_path):
    with Store.open(tmp_path) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "全年开展法治宣传活动12次，群众满意度提升。")
        store.reports.save_section(rid, "shortcomings", "一是执法人员不足，主要原因是编制有限。")
    damage_section_text(tmp_path, rid, "measures")
    with Store.open(tmp_path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # SQLite sees no damage
        report = store.reports.load(rid)  # opens; no mojibake error
        assert report.section("shortcomings").text == "一是执法人员不足，主要原因是编制有限。"
        assert "\ufffd" in report.section("measures").text and report.section("measures").text.startswith(
            "全年开"
        )
        assert store.reports.damaged_sections(rid) == ["measures"]
        revisions = store.revisions.of_section(rid, "measures")
        assert store.revisions.get(revisions[0].id).text == "全年开展法治宣传活动12次，群众满意度提升。"
        assert any(r.id == rid for r in store.reports.summaries())


def test_a_backup_is_taken_before_a_schema_migration(tmp_path):
    import sqlite3

    from tests.store.test_store_schema import write_v1_file

    write_v1_file(tmp_path / DB_NAME)
    Store.open(tmp_path).close()
    versions = []
    for info in bk.list_backups(tmp_path, counts=True):
        conn = sqlite3.connect(info.path)
        versions.append((conn.execute("PRAGMA user_version").fetchone()[0], info.reports))
        conn.close()
    assert (1, 1) in versions  # the file as it was before the upgrade, with its report


def test_close_and_checkpoint_leave_everything_in_the_database_file(tmp_path):
    wal = tmp_path / f"{DB_NAME}-wal"
    with Store.open(tmp_path) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "依法行政。" * 5000)
        assert wal.stat().st_size > 0  # committed, living in the WAL for now
        store.checkpoint()  # what the window does when the clerk pauses
        assert wal.stat().st_size == 0
        store.reports.save_section(rid, "measures", "再改一次。")
    assert not wal.exists() or wal.stat().st_size == 0
    import sqlite3

    conn = sqlite3.connect(f"file:{tmp_path / DB_NAME}?mode=ro&immutable=1", uri=True)  # the main file alone
    assert conn.execute("SELECT text FROM sections WHERE key = 'measures'").fetchone() == ("再改一次。",)
    conn.close()


def test_a_long_session_gets_an_hourly_backup_of_its_work(tmp_path):
    clock = Clock()
    with Store.open(tmp_path, clock=clock) as store:
        rid = store.reports.create("青龙镇", 2024)
        for hour in range(3):
            store.reports.save_section(rid, "measures", f"第{hour}小时的内容")
            clock.now += 3600
            assert store.backups.after_session() is not None  # what the window's hourly timer calls
        assert store.backups.after_session() is None  # nothing written since
    backups = bk.list_backups(tmp_path)
    assert len(backups) == 3 and all(b.path.stem.endswith("-session") for b in backups)
