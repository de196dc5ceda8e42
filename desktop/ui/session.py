"""The open report and its persistence: edits mark parts dirty; autosave writes them through the store.

Without a store (a report opened read-only or in a test) saving only clears the dirty marks.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.model import Finding, Report, UnitProfile
from desktop.store.records import HEADER_FIELDS
from desktop.ui.findings_map import HEADER, INDICATORS

AUTOSAVE_MS = 3000
HEADER_NAMES = tuple(
    f for f in HEADER_FIELDS if f not in ("unit", "level", "year")
)  # the header form's fields
log = logging.getLogger(__name__)


class ReportSession(QObject):
    """One report being edited: which parts changed since the last save, and the autosave timer."""

    saved = Signal(str)  # "HH:MM:SS"
    failed = Signal(str)  # a Chinese message
    dirty_changed = Signal(bool)

    def __init__(self, report: Report, report_id: int | None = None, store=None, profile=None) -> None:
        super().__init__()
        self.report, self.report_id, self.store = report, report_id, store
        self.profile: UnitProfile = profile or UnitProfile(name=report.unit, level=report.level or "镇")
        self.dirty: set[str] = set()
        self.status = ""  # 草稿 / 待审 / 已定稿 (from the store)
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)

    @property
    def is_dirty(self) -> bool:
        return bool(self.dirty)

    def mark(self, what: str) -> None:
        """A section key, HEADER or INDICATORS changed; (re)start the autosave timer."""
        was = self.is_dirty
        self.dirty.add(what)
        self.timer.start()
        if not was:
            self.dirty_changed.emit(True)

    def save(self) -> bool:
        """Write every dirty part now (one store call per part, each its own transaction)."""
        self.timer.stop()
        if not self.dirty:
            return True
        if self.store is not None and self.report_id is not None:
            try:
                for what in sorted(self.dirty):
                    self._write(what)
            except Exception as exc:  # noqa: BLE001 - shown to the user, traced in the log
                log.exception("autosave failed")
                self.failed.emit(
                    getattr(exc, "message", "") or f"保存失败：{exc}。请检查磁盘空间后按 Ctrl+S 重试。"
                )
                return False
        self.dirty.clear()
        self.dirty_changed.emit(False)
        self.saved.emit(time.strftime("%H:%M:%S"))
        return True

    def _write(self, what: str) -> None:
        if what == HEADER:
            values = {name: getattr(self.report, name) for name in HEADER_NAMES}
            self.store.save_header(self.report_id, **values)
        elif what == INDICATORS:
            self.store.save_indicators(self.report_id, self.report.indicators)
        else:
            section = self.report.section(what)
            if section is not None:
                self.store.save_section(self.report_id, section.key, section.text, section.heading)
        self.dirty.discard(what)

    def save_findings(self, findings: list[Finding]) -> None:
        """Keep the findings snapshot for the start page's error counts, when the store offers it."""
        writer = getattr(self.store, "save_findings", None)
        if writer is not None and self.report_id is not None:
            try:
                writer(self.report_id, findings)
            except Exception:  # noqa: BLE001 - counts are a convenience; the text is what matters
                log.exception("saving findings snapshot failed")
