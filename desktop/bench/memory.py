"""Memory over a long editing session, and the autosave's cost on the UI thread.

Memory: a 2 MB section (some 690,000 characters) edited for the equivalent of 5 minutes: 150 cycles,
each an inserted character, a full check with one Checker and an autosave of the section into a real
store (with its revision). The live checker runs a check after each pause of 400 ms; a clerk pauses
every couple of seconds, so 5 minutes of editing give about 150 checks (a cycle per 2 s), and the
autosave of every cycle is more saves than the throttle's one per 3 s. The figure is RSS at the end
minus RSS after the first 10 cycles (target ≤ +30 MB), in a fresh process so earlier areas' memory
does not count. With the old lru_cache keying year_mentions by the whole text, 60 cycles grew RSS
by 110 MB (79 → 189 MB); without it the same 60 cycles end 4 MB below the warm-up figure.

Autosave: save_section of a 30,000-character section with synchronous=FULL (one fsync per commit),
beside the same UPDATE with bare sqlite3 and synchronous=OFF; and in the window (offscreen, a real
store), the autosave the throttle runs after a keystroke, beside the keystroke itself. The throttle
runs it at most once per AUTOSAVE_MS however fast the typing, so it never queues up.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.bench import Figure, median_seconds

CYCLES, WARMUP = 150, 10
SESSION = """
import json, sys
from desktop.bench.memory import editing_session
print(json.dumps(editing_session(int(sys.argv[1]))))
"""


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; elsewhere the peak from resource)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def big_report(megabytes: float = 2.0):
    from desktop.bench.corpus import source_reports

    report = source_reports()[0]
    section = next(s for s in report.sections if s.part == "measures")
    unit = section.text + "\n"
    section.text = unit * int(megabytes * 1e6 // len(unit.encode("utf-8")) + 1)
    return report, section


def editing_session(cycles: int = CYCLES) -> dict:
    """Run the editing session in this process; returns RSS after warm-up and at the end."""
    from desktop.core.checker import Checker
    from desktop.store import Store

    rng = random.Random(13)
    report, section = big_report()
    checker = Checker()
    with (
        tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp,
        Store.open(tmp, backup_on_open=False) as store,
    ):
        rid = store.reports.add(report)
        warm = 0.0
        for n in range(cycles):
            at = rng.randrange(len(section.text))
            section.text = section.text[:at] + "法" + section.text[at:]
            checker.check(report)
            store.reports.save_section(rid, section.key, section.text)
            if n == WARMUP - 1:
                warm = rss_mb()
        end = rss_mb()
    return {"chars": len(section.text), "warm_mb": warm, "end_mb": end, "cycles": cycles}


def autosave_seconds() -> tuple[float, float]:
    from desktop.store import Store

    text = ("全年开展法治宣传活动，群众满意度明显提升。" * 1500)[:30_000]
    with (
        tempfile.TemporaryDirectory(prefix="bench-autosave-") as tmp,
        Store.open(tmp, backup_on_open=False) as store,
    ):
        rid = store.reports.create("青龙镇", 2024)
        n = [0]

        def save() -> None:
            n[0] += 1
            store.reports.save_section(rid, "measures", text[: -1 - n[0] % 50] + str(n[0]))

        ours = median_seconds(save, runs=21)
        conn = sqlite3.connect(Path(tmp) / "bare.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO t VALUES (1, '')")

        def bare() -> None:
            n[0] += 1
            conn.execute("UPDATE t SET text = ? WHERE id = 1", [text[: -1 - n[0] % 50] + str(n[0])])

        baseline = median_seconds(bare, runs=21)
        conn.close()
    return ours, baseline


def window_autosave_seconds() -> tuple[float, float]:
    """(session.save() after one keystroke, the keystroke alone) in a real window on a real store."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.bench.gui import keystroke_seconds
    from desktop.store import Store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import app_settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        store = Store.open(Path(tmp) / "data", backup_on_open=False)
        window = MainWindow(store, settings=app_settings(Path(tmp) / "settings.ini"))
        window.show()
        window.create_report("青龙镇", 2024)
        page = window.editor_page
        page.show_section("measures")
        page.editor.text.setPlainText(("全年开展法治宣传活动，群众满意度明显提升。" * 1500)[:30_000])
        window.save_now()

        def keystroke_then_save() -> None:
            keystroke_seconds(page.editor.text, count=1)
            window.session.save()

        def keystroke_only() -> None:
            keystroke_seconds(page.editor.text, count=1)

        both = median_seconds(keystroke_then_save, runs=21)
        key = median_seconds(keystroke_only, runs=21)
        window.session.save()
        window.close()
        store.close()
        app.processEvents()
    return both - key, key


def run() -> list[Figure]:
    proc = subprocess.run(
        [sys.executable, "-c", SESSION, str(CYCLES)], capture_output=True, text=True, check=True
    )
    session = json.loads(proc.stdout.strip().splitlines()[-1])
    ours, bare = autosave_seconds()
    in_window, keystroke = window_autosave_seconds()
    return [
        Figure("RSS growth, 5 min editing a 2 MB section", session["end_mb"] - session["warm_mb"], "MB", 30,
               "RSS after warm-up", session["warm_mb"]),
        Figure("autosave of a 30k-char section (UI thread)", ours * 1000, "ms", 16, "bare UPDATE, no fsync",
               bare * 1000),
        Figure("autosave in the window after a keystroke (30k)", in_window * 1000, "ms", 16, "the keystroke",
               keystroke * 1000),
    ]  # fmt: skip
