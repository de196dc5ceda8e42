"""Fault injection (issue 9): repeated SIGKILL mid-autosave on one store, and a power-cut style truncated WAL."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
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
    reports = store.reports.summaries()
    rid = reports[0].id if reports else store.reports.create("青龙镇", 2024)
    text = store.reports.load(rid).section("measures").text
    n = int(text.rsplit("第", 1)[1].removesuffix("次保存")) if "次保存" in text else 0
    body = "全年开展法治宣传活动。" * 100
    while True:
        n += 1
        store.reports.save_section(rid, "measures", f"{body}第{n}次保存")
        print(n, flush=True)
    """
)


def saved_count(directory: Path) -> int:
    with Store.open(directory, backup_on_open=False) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        text = store.reports.load(store.reports.summaries()[0].id).section("measures").text
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
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "第一稿。" * 50)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(2, 12):
        store.reports.save_section(rid, "measures", f"第{n}稿。" * 50)
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
                text = reopened.reports.load(rid).section("measures").text
                assert text.startswith("第") and text.endswith("稿。")  # one whole committed version
                if cut == size:
                    assert text.startswith("第11稿")
    finally:
        store.close()


# Exports with the file size capped (RLIMIT_FSIZE: writes past the cap fail with EFBIG, as on a full disk).
FULL_DISK_EXPORT = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from desktop.core.checker import check
    from desktop.exchange.errors import ReportFileError
    from desktop.exchange.export_docx import export_docx
    from desktop.exchange.export_xlsx import export_report_workbook
    from desktop.exchange.importer import load_report
    from desktop.store import Store, StoreError
    from desktop.store.package import export_package
    report = load_report(Path(sys.argv[1]))
    findings = check(report)
    store = Store.open(sys.argv[5], backup_on_open=False)
    report_id = store.reports.add(report)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
    jobs = {
        "docx": lambda: export_docx(report, Path(sys.argv[2])),
        "xlsx": lambda: export_report_workbook(report, findings, Path(sys.argv[3])),
        "package": lambda: export_package(store, report_id, Path(sys.argv[4])),
    }
    for kind, job in jobs.items():
        try:
            job()
            print(kind, "WROTE")
        except (ReportFileError, StoreError) as exc:
            print(kind, "ERROR", exc.message)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_during_export_leaves_the_old_file_and_no_partial_file(tmp_path, seed_path):
    out = tmp_path / "out"
    out.mkdir()
    docx, xlsx, package = out / "报告.docx", out / "检查清单.xlsx", out / "报告.rdpkg"
    docx.write_bytes(b"previous export")
    xlsx.write_bytes(b"previous workbook")
    package.write_bytes(b"previous package")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", FULL_DISK_EXPORT, str(seed_path("003")), str(docx), str(xlsx),
                           str(package), str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [[k, "ERROR"] for k in ("docx", "xlsx", "package")], (
        proc.stdout
    )
    assert all("磁盘空间" in line for line in lines)
    assert docx.read_bytes() == b"previous export" and xlsx.read_bytes() == b"previous workbook"
    assert package.read_bytes() == b"previous package"
    assert sorted(p.name for p in out.iterdir()) == [
        "报告.docx",
        "报告.rdpkg",
        "检查清单.xlsx",
    ]  # no temp file


OPEN_READ_ONLY = textwrap.dedent(
    """
    import sys
    from desktop.store import Store, StoreError
    try:
        Store.open(sys.argv[1], backup_on_open=False)
        print("OPENED")
    except StoreError as exc:
        print("ERROR", exc.message)
    """
)


def read_only_folder(folder: Path) -> Callable[[], None] | None:
    """Make `folder` read-only for this process: chmod for a normal user; as root (which ignores permission
    bits) a read-only tmpfs copy mounted over it. Returns the undo function, or None when impossible here."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    if shutil.which("mount") is None:
        return None
    stash = folder.with_name(folder.name + "-stash")
    shutil.copytree(folder, stash)
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True
    ).returncode:
        shutil.rmtree(stash)
        return None
    shutil.copytree(stash, folder, dirs_exist_ok=True)
    shutil.rmtree(stash)
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
    return lambda: subprocess.run(["umount", str(folder)], check=True, capture_output=True)


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_read_only_data_folder_is_a_clear_error_and_keeps_the_data(tmp_path):
    """A data folder the user may read but not write (a locked-down office PC): a clear message, data intact."""
    data = tmp_path / "data"
    with Store.open(data, backup_on_open=False) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "全年学法12次。")
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    undo = read_only_folder(data)
    if undo is None:
        pytest.skip("cannot make a read-only folder here (root without mount)")
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.run([sys.executable, "-c", OPEN_READ_ONLY, str(data)], capture_output=True, text=True,
                              env=env, timeout=60)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith("ERROR "), proc.stdout
        assert any("\u4e00" <= ch <= "\u9fff" for ch in proc.stdout)
    finally:
        undo()
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file() and p.name in before} == before
