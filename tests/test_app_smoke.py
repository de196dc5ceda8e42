"""The first window opens offscreen with a Chinese font, and a click on a finding selects its quote."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from desktop.core.parser import parse_text
from desktop.launch import display_problem


def test_window_shows_report_and_jumps(qtbot, seed_text):
    from desktop.ui.report_view import ReportView

    view = ReportView(parse_text(seed_text("004")))
    qtbot.addWidget(view)
    view.show()
    phone_row = next(i for i, f in enumerate(view.findings) if f.id == "privacy.phone")
    item = view.checklist.item(phone_row)
    rect = view.checklist.visualItemRect(item)
    qtbot.mouseClick(view.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.editor.textCursor().selectedText() == "15923252937"


def test_no_display_gives_one_clear_line(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if sys.platform.startswith("linux"):
        assert "没有可用的显示器" in display_problem()
        env = {
            k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
        }
        proc = subprocess.run(
            [sys.executable, "-m", "desktop"], capture_output=True, text=True, env=env, timeout=60
        )
        assert proc.returncode == 3
        assert len(proc.stderr.strip().splitlines()) == 1


def test_smoke_test_flag_exits_zero():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
