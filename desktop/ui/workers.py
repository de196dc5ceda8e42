"""Slow work (checking with jieba, import, export) on a QThreadPool, reporting back by signals."""

from __future__ import annotations

import atexit
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The Chinese message for the user: our errors carry one, anything else gets a generic hint."""
    message = getattr(exc, "message", "")
    if message:
        return message
    return f"操作没有完成：{exc}。请重试；如反复出现，请把日志文件发给技术人员。"


class TaskSignals(QObject):
    finished = Signal(object)  # the result
    failed = Signal(str)  # a Chinese message for the user
    progress = Signal(int, str)  # percent, note


class Task(QRunnable):
    """Runs fn(*args, progress=callback?) off the UI thread; emits finished(result) or failed(message)."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self.fn, self.args, self.with_progress = fn, args, with_progress
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=self.signals.progress.emit)
            else:
                result = self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user as a message
            log.error("background task failed: %s\n%s", exc, traceback.format_exc())
            self.signals.failed.emit(user_message(exc))
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
) -> Task:
    """Start fn(*args) on the global thread pool; callbacks run on the UI thread."""
    task = Task(fn, *args, with_progress=on_progress is not None)
    _running.add(task)

    def _release(*_: Any) -> None:
        _running.discard(task)

    if on_done:
        task.signals.finished.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    task.signals.finished.connect(_release)
    task.signals.failed.connect(_release)
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(msecs: int = 10_000) -> bool:
    """Wait for background tasks (used on close and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


# A task still running when the interpreter exits must finish before its signal objects are torn down.
atexit.register(wait_all)
