"""Slow work (checking with jieba, import, export) on a QThreadPool, reporting back by signals."""

from __future__ import annotations

import atexit
import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
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
        fn, args, self.fn, self.args = self.fn, self.args, None, ()  # a finished task holds no report
        try:
            result = fn(*args, progress=self.signals.progress.emit) if self.with_progress else fn(*args)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user as a message
            log.error("background task failed: %s\n%s", exc, traceback.format_exc())
            self.signals.failed.emit(user_message(exc))
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()
# Tasks whose callbacks have run. The pool keeps a task it was given until it is deleted (PySide holds a
# reference for a runnable that is not auto-deleted), so each is deleted here, on the UI thread, once no
# pool thread can still be inside its run(). Auto-deletion would delete it on the worker thread, with its
# signals and their pending callbacks.
_finished: list[Task] = []


def _delete_finished() -> None:
    if _finished and QThreadPool.globalInstance().activeThreadCount() == 0:
        for task in _finished:
            shiboken6.delete(task)
        _finished.clear()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
) -> Task:
    """Start fn(*args) on the global thread pool; callbacks run on the UI thread."""
    _delete_finished()
    task = Task(fn, *args, with_progress=on_progress is not None)
    _running.add(task)
    # The signals' connections are C++ references the garbage collector cannot see: a closure holding the
    # task would make task → signals → _release → task a cycle never freed (every check kept its report).
    ref = weakref.ref(task)

    def _release(*_: Any) -> None:
        if (done := ref()) in _running:
            _running.discard(done)
            _finished.append(done)
        _delete_finished()

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
