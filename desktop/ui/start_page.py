"""The start page: stored reports with status and error counts; new, from last year, import, open."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.icons import status_icon
from desktop.ui.regional_rules import chosen_folder
from desktop.ui.workers import run_task

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("StartPage", "Unit"),
    QT_TRANSLATE_NOOP("StartPage", "Year"),
    QT_TRANSLATE_NOOP("StartPage", "Title"),
    QT_TRANSLATE_NOOP("StartPage", "Status"),
    QT_TRANSLATE_NOOP("StartPage", "Errors"),
    QT_TRANSLATE_NOOP("StartPage", "Warnings"),
    QT_TRANSLATE_NOOP("StartPage", "Last changed"),
)


def check_unchecked(store, report_ids: list[int], rules_folder: str = "") -> int:
    """Check reports never checked (imported, created, started from last year) and store their
    findings, so the list can show error counts; with the region's rules when one is chosen (设置 ▸ 地区规则).
    Runs off the UI thread; returns how many."""
    from desktop.ui.regional_rules import regional_checker

    checker = regional_checker(rules_folder)[0]
    for report_id in report_ids:
        findings = checker.check(store.reports.load(report_id), store.units.of_report(report_id))
        store.findings.save(report_id, findings)
    return len(report_ids)


def list_status(errors: int, warnings: int, checked: bool) -> str:
    if not checked:
        return "optional"
    if errors:
        return "error"
    return "warning" if warnings else "done"


class StartPage(QWidget):
    """Lists `store.reports.summaries()`; the buttons emit requests the main window carries out."""

    open_requested = Signal(int)
    new_requested = Signal()
    from_last_year_requested = Signal(int)
    import_requested = Signal()
    recycle_requested = Signal(int)
    duplicate_requested = Signal(int)

    def __init__(self, store, settings=None) -> None:
        super().__init__(objectName="startPage")
        self.store, self.settings = store, settings
        self.heading = QLabel(objectName="startHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold; padding: 6px 0;")
        self.hint = QLabel(objectName="startHint", wordWrap=True)
        self.table = QTreeWidget(objectName="reportList")
        self.setFocusProxy(self.table)  # the window focuses the page: the list gets the keys
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(len(COLUMNS))
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda item, _c: self.open_requested.emit(item.data(0, ID_ROLE)))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._with_selected(self.recycle_requested.emit))
        self._checking = False
        self._tried: set[int] = set()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, signal in (
            ("new", self.new_requested.emit),
            ("from_last_year", lambda: self._with_selected(self.from_last_year_requested.emit)),
            ("import", self.import_requested.emit),
            ("open", lambda: self._with_selected(self.open_requested.emit)),
            ("duplicate", lambda: self._with_selected(self.duplicate_requested.emit)),
            ("recycle", lambda: self._with_selected(self.recycle_requested.emit)),
        ):
            button = QPushButton(objectName=f"start_{name}")
            button.clicked.connect(signal)
            self.buttons[name] = button
            row.addWidget(button)
            if name == "import":
                row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.heading.setText(self.tr("Annual rule-of-law government reports"))
        self.hint.setText(
            self.tr(
                "Open a report to continue writing, or start a new one: from the template, from last "
                "year's report (select it first), or by importing a Word (.docx) or text file."
            )
        )
        texts = {
            "new": self.tr("New report…"),
            "from_last_year": self.tr("Start from last year's report"),
            "import": self.tr("Import file…"),
            "open": self.tr("Open"),
            "duplicate": self.tr("Duplicate"),
            "recycle": self.tr("Move to recycle bin"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.table.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self._selection_changed()

    def refresh(self) -> None:
        """Reload the list from the store, keeping the selection."""
        selected = self.selected_id()
        self.table.clear()
        summaries = self.store.reports.summaries()
        unchecked = [s.id for s in summaries if s.checked_at is None and s.id not in self._tried]
        if unchecked and not self._checking:
            self._checking = True
            self._tried.update(unchecked)
            folder = chosen_folder(self.settings)
            run_task(
                check_unchecked, self.store, unchecked, folder, on_done=self._checked, on_error=self._checked
            )
        for summary in summaries:
            changed = time.strftime("%Y-%m-%d %H:%M", time.localtime(summary.updated_at))
            checked = summary.checked_at is not None
            item = QTreeWidgetItem(
                self.table,
                [
                    summary.unit,
                    str(summary.year or ""),
                    summary.title,
                    summary.status,
                    str(summary.errors) if checked else "–",
                    str(summary.warnings) if checked else "–",
                    changed,
                ],
            )
            item.setIcon(0, status_icon(list_status(summary.errors, summary.warnings, checked)))
            item.setData(0, ID_ROLE, summary.id)
            if summary.id == selected:
                self.table.setCurrentItem(item)
        for column in (0, 1, 3, 4, 5, 6):
            self.table.resizeColumnToContents(column)
        if self.table.currentItem() is None and self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._selection_changed()

    def _checked(self, _result) -> None:
        self._checking = False
        self._tried: set[int] = set()
        if self.isVisible():
            self.refresh()

    @property
    def busy(self) -> bool:
        return self._checking

    def selected_id(self) -> int | None:
        item = self.table.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def select(self, report_id: int) -> None:
        """Make the report the current row of the list (e.g. the copy just made)."""
        row = self.row_for(report_id)
        if row is not None:
            self.table.setCurrentItem(row)

    def row_for(self, report_id: int) -> QTreeWidgetItem | None:
        for i in range(self.table.topLevelItemCount()):
            if self.table.topLevelItem(i).data(0, ID_ROLE) == report_id:
                return self.table.topLevelItem(i)
        return None

    def _with_selected(self, emit) -> None:
        report_id = self.selected_id()
        if report_id is not None:
            emit(report_id)

    def _selection_changed(self) -> None:
        has = self.selected_id() is not None
        for name in ("from_last_year", "open", "duplicate", "recycle"):
            self.buttons[name].setEnabled(has)
