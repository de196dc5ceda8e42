"""The first window opens offscreen with a Chinese font, and a click on a finding selects its quote."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from desktop.core.parser import parse_text
from desktop.launch import display_problem


def test_window_shows_report_and_jumps(qtbot, seed_text, tmp_path):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import app_settings

    window = MainWindow(settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.open_report(parse_text(seed_text("004")))
    window.show()
    checklist = window.editor_page.checklist
    qtbot.waitUntil(lambda: checklist.item_for("privacy.phone") is not None)
    item = checklist.item_for("privacy.phone")
    checklist.tree.scrollToItem(item)
    rect = checklist.tree.visualItemRect(item)
    qtbot.mouseClick(checklist.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor_page.editor.text.textCursor().selectedText() == "15923252937"


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
