"""GUI figures: start-up to window shown and memory, each against a bare QMainWindow started the same way
in the same run, and the checklist refresh after one keystroke in a 30,000-character report.

Start-up runs in fresh subprocesses (offscreen), so imports and font loading count as a user would feel them;
both variants are timed from their first line to the first paint of the top-level window. The app shows its
window first and opens the store after its first paint (as run_app does), so a second figure times the
start until the stored reports are listed, and RSS is taken then (jieba is not loaded yet: it loads with
the first check, off the UI thread).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from desktop.bench import Figure

RUNS = 7
# Both variants time from their first line to the first paint of the top-level window.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    at = None
    def eventFilter(self, obj, event):
        if FirstPaint.at is None and event.type() == QEvent.Type.Paint:
            FirstPaint.at = time.perf_counter()
        return False
painted = FirstPaint(); window.installEventFilter(painted)
"""
SHOW = """
window.show()
while FirstPaint.at is None:
    app.processEvents()
shown = FirstPaint.at - t0
"""
BARE = (
    """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1366, 740)
"""
    + FIRST_PAINT
    + SHOW
)
OURS = (
    """
import time; t0 = time.perf_counter()
from desktop.input_method import prepare_input_method
prepare_input_method()  # what desktop.launch does before the QApplication exists
from desktop.app import create_app
app = create_app([])
from desktop.ui.main_window import MainWindow
window = MainWindow()
"""
    + FIRST_PAINT
    + SHOW
    + """
from desktop.app import finish_start
finish_start(window, [])
for _ in range(20):
    app.processEvents()
listed = time.perf_counter() - t0
rss_listed = int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmRSS'))) / 1024
window.open_stored(window.store.reports.summaries()[0].id)
while window.editor_page.live.busy or not window.editor_page.live.last_seconds:
    app.processEvents()
"""
)
REPORT = """
import json
rss_kb = int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmRSS')))
print(json.dumps({"seconds": shown, "listed": globals().get("listed", 0.0),
                  "rss_mb": globals().get("rss_listed", rss_kb / 1024), "rss_open_mb": rss_kb / 1024}))
"""


# Opens ten reports one after another in the same window, then reports RSS (leaks of pages, workers).
# processEvents() never runs deleteLater() (Qt runs it when control returns to the event loop, which is
# never started here), so each turn also runs the deferred deletes, as the app's event loop does.
TEN_REPORTS = (
    OURS
    + """
from PySide6.QtCore import QCoreApplication, QEvent
from desktop.core.parser import parse_text
from desktop.core.resources import resources_dir
demo = (resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8")
for _ in range(10):
    window.open_stored(window.store.reports.add(parse_text(demo)))
    while window.editor_page.live.busy or not window.editor_page.live.last_seconds:
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
for _ in range(50):
    app.processEvents()
"""
)


def start_once(code: str, data_dir: str) -> dict:
    """Run one start in a fresh interpreter: seconds from the script's first line to the first paint, and RSS."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORT_DESK_DATA=data_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from cached bytecode
    env["XDG_CONFIG_HOME"] = os.path.join(data_dir, "config")
    done = subprocess.run([sys.executable, "-c", code + REPORT], capture_output=True, text=True, env=env,
                          timeout=120, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def startup_figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as data_dir:
        start_once(OURS, data_dir)  # first start: stores the demo report, caches bytecode; later starts
        start_once(BARE, data_dir)  # open the start page
        bare, ours = [], []
        for _ in range(RUNS):  # interleaved, so a change in machine load hits both alike
            bare.append(start_once(BARE, data_dir))
            ours.append(start_once(OURS, data_dir))
    median = statistics.median
    bare_s, ours_s = median(r["seconds"] for r in bare), median(r["seconds"] for r in ours)
    listed = median(r["listed"] for r in ours)
    bare_mb, ours_mb = median(r["rss_mb"] for r in bare), median(r["rss_mb"] for r in ours)
    with tempfile.TemporaryDirectory() as data_dir:
        ten = statistics.median(start_once(TEN_REPORTS, data_dir)["rss_open_mb"] for _ in range(3))
    return [
        Figure("GUI start → window first painted", ours_s * 1000, "ms", 1.3, "bare QMainWindow", bare_s * 1000,
               ratio_target=True),
        Figure("GUI start → start page listed (store open)", listed * 1000, "ms", 1500, "bare QMainWindow",
               bare_s * 1000),
        Figure("GUI RSS with the start page listed", ours_mb, "MB", 2.0, "bare QMainWindow", bare_mb,
               ratio_target=True),
        Figure("GUI RSS with a report open and checked (jieba)", median(r["rss_open_mb"] for r in ours), "MB",
               250, "bare QMainWindow", bare_mb),
        Figure("GUI RSS after opening 10 reports in turn", ten, "MB", 2.0, "bare QMainWindow", bare_mb,
               ratio_target=True),
    ]  # fmt: skip


def keystroke_seconds(editor, count: int = 30) -> float:
    """Median time to handle one typed character in `editor` (key event in, text and panels updated)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    times = []
    for _ in range(count):
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        start = time.perf_counter()
        QApplication.sendEvent(editor, event)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def keystroke_figure() -> list[Figure]:
    """One character typed into a 30,000-character report: time from the debounce firing to the
    checklist, navigator and underlines updated (the check itself runs on the worker thread)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from desktop.bench.corpus import long_report
    from desktop.core.checker import Checker
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import app_settings

    app = QApplication.instance() or QApplication([])
    report = long_report(30_000)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(settings=app_settings(__import__("pathlib").Path(tmp) / "s.ini"))
        window.open_report(report)
        window.show()
        page = window.editor_page
        loop = QEventLoop()

        def wait_refresh() -> None:
            page.hub.findings_changed.connect(loop.quit)
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()
            page.hub.findings_changed.disconnect(loop.quit)

        if page.live.busy:
            wait_refresh()
        page.show_section(report.sections[1].key)
        typing = keystroke_seconds(page.editor.text)
        bare_edit = QPlainTextEdit()
        bare_edit.setPlainText(report.sections[1].text)
        bare_edit.show()
        bare_typing = keystroke_seconds(bare_edit)
        bare_edit.close()
        times = []
        for _ in range(9):
            page.editor.text.textCursor().insertText("法")
            app.processEvents()
            start = time.perf_counter()
            page.live.check_now()  # what the debounce timer calls after 400 ms without typing
            wait_refresh()
            times.append(time.perf_counter() - start)
        window.close()
    checker = Checker()
    checker.check(report)
    bare = []
    for _ in range(9):
        report.sections[1].text += "法"
        start = time.perf_counter()
        checker.check(report)
        bare.append(time.perf_counter() - start)
    refresh, check = statistics.median(times), statistics.median(bare)
    return [
        Figure("keystroke handled on the UI thread (30k chars)", typing * 1000, "ms", 16,
               "bare QPlainTextEdit", bare_typing * 1000),
        Figure("checklist refresh after a keystroke (30k chars)", refresh * 1000, "ms", 100,
               "checker alone", check * 1000),
    ]  # fmt: skip


def run() -> list[Figure]:
    return startup_figures() + keystroke_figure()
