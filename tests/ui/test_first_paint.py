"""The rest of the start (store, start page, a given file) runs once, right after the window's first paint,
or after FALLBACK_MS for a window that is not painted (started minimised)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from desktop.ui import first_paint
from desktop.ui.first_paint import after_first_paint


def test_runs_once_after_the_first_paint_not_before(qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 100)
    window = QMainWindow()
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append(window.isVisible()))
    assert calls == []  # not while the window is being built
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    window.update()
    qtbot.wait(first_paint.FALLBACK_MS + 100)  # later paints and the fallback do not run it again
    assert calls == [True]


def test_a_window_never_painted_still_gets_the_rest_of_its_start(qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    window = QMainWindow()
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("started"))
    qtbot.waitUntil(lambda: calls == ["started"], timeout=2000)
