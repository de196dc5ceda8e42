"""`--smoke-test`: the installed program checks its own window works, then quits (exit 0 = passed).

After the normal start (store opened, the demo report on a first start) it dismisses the first-start dialog,
types a line into the open section with real key events, waits for the autosave, reads the section back from
the store and closes the window. The packaged build's smoke test (build/smoke_dist.sh) runs it. API:
    run_smoke(window, finish) -> None     finish(exit_code) is called once
(The first-paint probe of make dist-startup is desktop.ui.first_paint.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

SMOKE_TEXT = "冒烟测试：已输入并自动保存。"
TIMEOUT_MS = 30_000


def say(message: str) -> None:
    print(f"smoke-test: {message}", file=sys.stderr, flush=True)


def type_text(widget, text: str) -> None:
    """Send one key press and release per character, as a keyboard (or an input method's commit) would."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def run_smoke(window, finish: Callable[[int], None]) -> None:
    """Type into the open report's current section and wait for its autosave; finish(0) when stored."""
    outcome: list[int] = []

    def end(code: int, message: str) -> None:
        if outcome:
            return
        outcome.append(code)
        say(message)
        window.close()
        finish(code)

    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    session = window.session
    if session is None or session.report_id is None:
        end(1, "no report was opened on start")
        return
    editor = window.editor_page.editor
    key = editor.section.key if editor.section is not None else None
    if key is None:
        end(1, "the editor shows no section")
        return

    def saved(_at: str) -> None:
        stored = window.store.reports.load(session.report_id).section(key)
        if stored is not None and SMOKE_TEXT in stored.text:
            end(0, f"typed {len(SMOKE_TEXT)} characters into section {key}; autosaved and read back")
        else:
            end(1, f"section {key} was saved without the typed text")

    session.saved.connect(saved)
    editor.text.setFocus()
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    type_text(editor.text, "\n" + SMOKE_TEXT)
    if not session.is_dirty:
        end(1, "typing did not change the section")
        return
    QTimer.singleShot(TIMEOUT_MS, lambda: end(1, f"no autosave within {TIMEOUT_MS // 1000} s"))
