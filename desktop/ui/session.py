"""The open report and its persistence: edits mark parts dirty; autosave writes them through the store.

Autosave is a throttle, not a debounce: the first unsaved change starts a 3 s timer that later
keystrokes do not restart, so a clerk who types without pause still loses at most 3 s. Besides the
timer, the window saves on section switch, Ctrl+S and close, and the session saves when the app
loses focus. A failed save is retried; repeated failures raise `failing` once (the window shows one
non-blocking banner) and `recovered` when a save succeeds again. Every failure is logged.
Without a store (a report opened read-only or in a test) saving only clears the dirty marks.
"""

from __future__ import annotations

import contextlib
import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from desktop.core.model import Finding, Report, UnitProfile
from desktop.store.records import HEADER_FIELDS
from desktop.ui.findings_map import HEADER, INDICATORS
from desktop.ui.structure import STRUCTURE

AUTOSAVE_MS = 2500  # after the first unsaved change: the 3 s promise, with 0.5 s for a busy PC
RETRY_MS = 5000  # after a failed save
IDLE_CHECKPOINT_MS = 20_000  # no save for this long: fold the WAL back into the database file
HEADER_NAMES = tuple(
    f for f in HEADER_FIELDS if f not in ("unit", "level", "year")
)  # the header form's fields
log = logging.getLogger(__name__)


class ReportSession(QObject):
    """One report being edited: which parts changed since the last save, and the autosave timer."""

    saved = Signal(str)  # "HH:MM:SS"
    failing = Signal(str)  # a Chinese message: saving does not work at the moment (raised once)
    recovered = Signal()  # a save succeeded after failures
    dirty_changed = Signal(bool)

    def __init__(self, report: Report, report_id: int | None = None, store=None, profile=None) -> None:
        super().__init__()
        self.report, self.report_id, self.store = report, report_id, store
        self.profile: UnitProfile = profile or UnitProfile(name=report.unit, level=report.level or "镇")
        self.dirty: set[str] = set()
        self.status = ""  # 草稿 / 待审 / 已定稿 (from the store)
        self.failures = 0  # consecutive failed saves
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.idle = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self.idle.timeout.connect(self._checkpoint)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._app_state_changed)

    @property
    def is_dirty(self) -> bool:
        return bool(self.dirty)

    def mark(self, what: str) -> None:
        """A section key, HEADER or INDICATORS changed; start the autosave timer unless it is running."""
        was = self.is_dirty
        self.dirty.add(what)
        if not self.timer.isActive():
            self.timer.start(AUTOSAVE_MS if not self.failures else RETRY_MS)
        if not was:
            self.dirty_changed.emit(True)

    def save(self) -> bool:
        """Write every dirty part now (one store call per part, each its own transaction)."""
        self.timer.stop()
        if not self.dirty:
            return True
        if self.store is not None and self.report_id is not None:
            try:
                for what in sorted(self.dirty, key=lambda w: (w != STRUCTURE, w)):  # new sections first
                    self._write(what)
            except Exception as exc:  # noqa: BLE001 - shown to the user, traced in the log
                self._failed(exc)
                return False
        self.dirty.clear()
        if self.failures:
            log.info("autosave works again after %d failed attempts", self.failures)
            self.failures = 0
            self.recovered.emit()
        self.dirty_changed.emit(False)
        self.saved.emit(time.strftime("%H:%M:%S"))
        self.idle.start()
        return True

    def _failed(self, exc: Exception) -> None:
        self.failures += 1
        log.error("autosave failed (attempt %d): %s", self.failures, getattr(exc, "english", "") or exc,
                  exc_info=self.failures == 1)  # fmt: skip
        message = getattr(exc, "message", "") or f"保存失败：{exc}。请检查磁盘空间。"
        if self.failures == 1:
            self.failing.emit(message)
        self.timer.start(RETRY_MS)  # keep trying: the disk may be cleaned up meanwhile

    def _write(self, what: str) -> None:
        if what == HEADER:
            values = {name: getattr(self.report, name) for name in HEADER_NAMES}
            self.store.reports.save_header(self.report_id, **values)
        elif what == INDICATORS:
            self.store.reports.save_indicators(self.report_id, self.report.indicators)
        elif what == STRUCTURE:  # order, parts, added and deleted sections (deleted ones are kept)
            self.store.structure.save(self.report_id, self.report.sections)
        else:
            section = self.report.section(what)
            if section is not None:
                self.store.reports.save_section(self.report_id, section.key, section.text, section.heading)
        self.dirty.discard(what)

    def stop(self) -> None:
        """The report is closed: no more timers, no more focus-loss saves."""
        self.timer.stop()
        self.idle.stop()
        app = QGuiApplication.instance()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                app.applicationStateChanged.disconnect(self._app_state_changed)

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self.dirty:
            self.save()  # the clerk switched to another program: save now

    def _checkpoint(self) -> None:
        checkpoint = getattr(self.store, "checkpoint", None)
        if checkpoint is not None and not self.dirty:
            try:
                checkpoint()
            except Exception:  # noqa: BLE001 - the data is committed; the checkpoint only tidies the WAL
                log.exception("idle checkpoint failed")

    def save_findings(self, findings: list[Finding]) -> None:
        """Keep the findings snapshot for the start page's error counts, when the store offers it."""
        saved = getattr(self.store, "findings", None)
        if saved is not None and self.report_id is not None:
            try:
                saved.save(self.report_id, findings)
            except Exception:  # noqa: BLE001 - counts are a convenience; the text is what matters
                log.exception("saving findings snapshot failed")
