"""Checks the report as the user types: debounced, one check at a time, off the UI thread.

The Checker caches findings per section text, so after a keystroke only the edited section is
re-checked; the check runs on a snapshot of the report so the editor may keep changing meanwhile.
"""

from __future__ import annotations

import dataclasses
import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.checker import Checker
from desktop.core.model import Finding, Report, UnitProfile
from desktop.ui.workers import run_task

DEBOUNCE_MS = 400
log = logging.getLogger(__name__)


def snapshot(report: Report) -> Report:
    """A copy that later edits of `report` do not touch (strings are immutable, so this is cheap)."""
    return dataclasses.replace(
        report,
        sections=[dataclasses.replace(s) for s in report.sections],
        indicators={k: dataclasses.replace(v) for k, v in report.indicators.items()},
    )


class LiveChecker(QObject):
    """Emits `checked(findings)` after the report changed and the user paused typing."""

    checked = Signal(list)
    failed = Signal(str)  # a Chinese message: the checklist could not be refreshed

    def __init__(self, checker: Checker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker = checker or Checker()
        self.report: Report | None = None
        self.profile: UnitProfile | None = None
        self.previous: Report | None = None  # last year's report this one was started from (carry-over check)
        self.findings: list[Finding] = []
        self.last_seconds = 0.0
        self._busy = False
        self._again = False
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)

    @property
    def busy(self) -> bool:
        return self._busy or self._timer.isActive()

    def set_report(
        self, report: Report | None, profile: UnitProfile | None = None, previous: Report | None = None
    ) -> None:
        self.report, self.profile, self.previous = report, profile, previous
        self.findings = []
        self._generation += 1
        if report is not None:
            self.check_now()

    def schedule(self) -> None:
        """Restart the debounce timer (call on every edit)."""
        self._timer.start()

    def check_now(self) -> None:
        """Check at once (or right after the check in flight)."""
        self._timer.stop()
        if self.report is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        started = time.perf_counter()
        generation = self._generation
        run_task(
            self.checker.check,
            snapshot(self.report),
            self.profile,
            self.previous,
            on_done=lambda found: self._done(found, started, generation),
            on_error=self._failed,
        )

    def _done(self, findings: list[Finding], started: float, generation: int) -> None:
        self._busy = False
        self.last_seconds = time.perf_counter() - started
        if generation == self._generation:
            self.findings = findings
            self.checked.emit(findings)
        if self._again or generation != self._generation:
            self._again = False
            self.check_now()

    def _failed(self, message: str) -> None:
        self._busy = False
        self._again = False
        log.error("check failed: %s", message)
        self.failed.emit(message)
