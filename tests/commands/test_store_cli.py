"""`python -m desktop list / import / import-package / export-package` on a real store folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from desktop.store import Store
from desktop.store.db import DB_NAME

ROOT = Path(__file__).resolve().parents[2]


def test_import_list_export_and_import_package(tmp_path, seed_path, capsys):
    data = str(tmp_path / "store")
    assert main(["list", "--data", data]) == 0
    assert "还没有报告" in capsys.readouterr().out
    assert main(["import", str(seed_path("001")), "--data", data]) == 0
    assert "已导入为报告 1" in capsys.readouterr().out
    assert main(["list", "--data", data, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["year"], r["status"]) for r in rows] == [(1, 2023, "草稿")]
    assert rows[0]["errors"] >= 1  # seed 001 lacks the 第一责任人 part: the check ran on import
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert main(["export-package", "1", str(out_dir), "--data", data]) == 0
    capsys.readouterr()
    (package,) = out_dir.glob("*.rdpkg")
    other = str(tmp_path / "county")
    assert main(["import-package", str(package), "--data", other]) == 0
    assert "已导入报告包为报告 1" in capsys.readouterr().out
    with Store.open(other) as county, Store.open(data) as township:
        assert county.reports.load(1) == township.reports.load(1)
    assert main(["list", "--data", other]) == 0
    assert "扁担沟镇" in capsys.readouterr().out


def test_errors_are_chinese_messages_with_exit_code_2(tmp_path, seed_path, capsys):
    data = str(tmp_path / "store")
    assert main(["import-package", str(seed_path("000")), "--data", data]) == 2
    assert "不是报告包" in capsys.readouterr().err
    assert main(["export-package", "42", str(tmp_path / "x.rdpkg"), "--data", data]) == 2
    assert "找不到这份报告" in capsys.readouterr().err
    (tmp_path / "old.doc").write_bytes(b"x")
    assert main(["import", str(tmp_path / "old.doc"), "--data", data]) == 2
    assert "另存为" in capsys.readouterr().err
    with Store.open(data) as store:
        assert store.reports.summaries() == []


def test_data_folder_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORT_DESK_DATA", str(tmp_path / "env"))
    assert main(["list"]) == 0
    assert (tmp_path / "env" / DB_NAME).exists()


def test_locked_database_gives_a_clear_message_not_a_hang(tmp_path):
    """Another program holds the write lock (no instance lock file involved): the CLI must report it."""
    Store.open(tmp_path).close()
    holder = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env = dict(os.environ, REPORT_DESK_DATA=str(tmp_path), PYTHONPATH=str(ROOT))
        # timeout only guards against a hang; the store's own lock timeout is 1 s
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "list"], capture_output=True, text=True, env=env, timeout=60
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 2
    assert "报告库正被另一个程序使用" in done.stderr
    assert "Traceback" not in done.stderr
