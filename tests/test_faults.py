"""Fault injection (issue 9): repeated SIGKILL mid-autosave on one store, and a power-cut style truncated WAL."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.db import DB_NAME

ROOT = Path(__file__).resolve().parents[1]
KILLS = 20

# Re-opens the same store each time (after a crash), then saves in a loop, printing each committed count.
AUTOSAVER = textwrap.dedent(
    """
    import sys
    from desktop.store import Store
    store = Store.open(sys.argv[1], backup_on_open=False)
    reports = store.list_reports()
    rid = reports[0].id if reports else store.create_report("青龙镇", 2024)
    text = store.load_report(rid).section("measures").text
    n = int(text.rsplit("第", 1)[1].removesuffix("次保存")) if "次保存" in text else 0
    body = "全年开展法治宣传活动。" * 100
    while True:
        n += 1
        store.save_section(rid, "measures", f"{body}第{n}次保存")
        print(n, flush=True)
    """
)


def saved_count(directory: Path) -> int:
    with Store.open(directory, backup_on_open=False) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        text = store.load_report(store.list_reports()[0].id).section("measures").text
        return int(text.rsplit("第", 1)[1].removesuffix("次保存"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_twenty_kills_mid_autosave_lose_nothing_committed(tmp_path):
    rng = random.Random(9)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    last = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", AUTOSAVER, str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        stop_after = rng.randint(1, 40)
        seen = 0
        try:
            for line in proc.stdout:
                last, seen = int(line), seen + 1
                if seen >= stop_after:
                    break
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            printed = [int(n) for n in proc.stdout.read().split()]
            errors = proc.stderr.read()
            proc.stdout.close()
            proc.stderr.close()
        assert seen >= 1, errors  # the restarted process opened the crashed store and saved again
        last = max([last, *printed])
        assert saved_count(tmp_path) in (last, last + 1)


def test_power_cut_with_truncated_wal_opens_consistent(tmp_path):
    """Copy the files of a live store (no checkpoint) with the WAL cut at several points: each copy opens."""
    live = tmp_path / "live"
    store = Store.open(live, backup_on_open=False)
    rid = store.create_report("青龙镇", 2024)
    store.save_section(rid, "measures", "第一稿。" * 50)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(2, 12):
        store.save_section(rid, "measures", f"第{n}稿。" * 50)
    wal = live / f"{DB_NAME}-wal"
    size = wal.stat().st_size
    assert size > 0
    try:
        for cut in (0, 17, size // 3, size // 2, size - 1, size):
            copy = tmp_path / f"cut{cut}"
            copy.mkdir()
            shutil.copy(live / DB_NAME, copy / DB_NAME)
            (copy / f"{DB_NAME}-wal").write_bytes(wal.read_bytes()[:cut])
            with Store.open(copy, backup_on_open=False) as reopened:
                assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                text = reopened.load_report(rid).section("measures").text
                assert text.startswith("第") and text.endswith("稿。")  # one whole committed version
                if cut == size:
                    assert text.startswith("第11稿")
    finally:
        store.close()
