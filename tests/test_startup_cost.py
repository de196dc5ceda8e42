"""What the start path loads before the window's first paint (the `make bench` start-up figure's causes).

Each of these once cost the first paint tens of milliseconds: desktop.store (sqlite_utils, ~70 ms), tomllib
(~7 ms) and PySide's Qt namespace (~100 enum types, ~14 ms). The start runs in a fresh interpreter, as the
user's does (this test process has loaded everything already)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

START_TO_FIRST_PAINT = """
import json, sys
from desktop.input_method import prepare_input_method
prepare_input_method()  # as desktop.launch does
from desktop.app import create_app
app = create_app([])
from desktop.ui.main_window import MainWindow
window = MainWindow()
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        FirstPaint.seen = FirstPaint.seen or event.type() == QEvent.Type.Paint
        return False
probe = FirstPaint(); window.installEventFilter(probe)
window.show()
while not FirstPaint.seen:
    app.processEvents()
import PySide6.QtCore
print(json.dumps({"modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(PySide6.QtCore)}))
"""


def test_first_paint_loads_no_store_toml_or_qt_namespace(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPORT_DESK_DATA=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", START_TO_FIRST_PAINT], capture_output=True, text=True, env=env,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    early = [m for m in loaded["modules"] if m.split(".")[0] in ("sqlite_utils", "tomllib", "jieba", "docx")]
    early += [m for m in loaded["modules"] if m.startswith(("desktop.store", "desktop.ui.editor_page"))]
    assert early == [], f"loaded before the first paint (import them where used): {early}"
    assert not loaded["qt_namespace"], (
        "PySide6.QtCore.Qt touched before the first paint (~14 ms of enum set-up)"
    )
