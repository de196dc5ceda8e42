"""The 汇总审核 page: the county reviewer adds the townships' reports, sees them checked and scored in a
sortable table, opens one report's findings, exports the summary workbook and every reviewed DOCX at once,
prints the table on A4 landscape, and compares a revised report with its reviewed version.

Reading, checking, scoring and writing run on the thread pool (desktop.ui.workers); the page only shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.rubric import Rubric, RubricError, builtin_rubrics, load_rubric
from desktop.core.scoring import score_report
from desktop.exchange.review_docx import DEFAULT_AUTHOR
from desktop.exchange.summary import SummaryRow, rank_rows
from desktop.review import jobs
from desktop.review.batch import review_file, reviewed_name
from desktop.review.collect import collect_reports
from desktop.ui.review_model import ROW_ROLE, SORT_ROLE, ReviewModel
from desktop.ui.workers import run_task

FILE_FILTER = "报告 (*.docx *.txt *.rdpkg)"


class ReviewPage(QWidget):
    """Rows live in `self.rows` (SummaryRow with report and findings); the table shows them sorted."""

    def __init__(self, author: Callable[[], str] | None = None, parent=None) -> None:
        super().__init__(parent, objectName="reviewPage")
        self.author = author or (lambda: DEFAULT_AUTHOR)
        self.rows: list[SummaryRow] = []
        self.busy = False
        self.rubric: Rubric = load_rubric()
        self.title = QLabel(objectName="reviewTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.add_files_button = QPushButton(objectName="reviewAddFiles", clicked=self.choose_files)
        self.add_folder_button = QPushButton(objectName="reviewAddFolder", clicked=self.choose_folder)
        self.clear_button = QPushButton(objectName="reviewClear", clicked=self.clear)
        self.rubric_label = QLabel()
        self.rubric_combo = QComboBox(objectName="reviewRubric")
        for path in builtin_rubrics().values():
            self.rubric_combo.addItem(load_rubric(path).name, str(path))
        self.rubric_combo.addItem("…", "")
        self.rubric_combo.activated.connect(self._rubric_chosen)
        self.info_box = QCheckBox(objectName="reviewIncludeInfo")
        self.findings_button = QPushButton(objectName="reviewShowFindings", clicked=self.show_findings)
        self.reviewed_button = QPushButton(objectName="reviewExportOne", clicked=self.choose_reviewed_target)
        self.export_button = QPushButton(objectName="reviewExportAll", clicked=self.choose_export_folder)
        self.print_button = QPushButton(objectName="reviewPrint", clicked=self.print_preview)
        self.second_button = QPushButton(objectName="reviewSecondRound", clicked=self.choose_second_round)
        self.progress = QProgressBar(objectName="reviewProgress", maximum=100, visible=False)
        self.status = QLabel(objectName="reviewStatus", wordWrap=True)
        self.model = ReviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="reviewTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.show_findings())
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self._lay_out()
        self.translate_ui()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.add_files_button, self.add_folder_button, self.clear_button):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.rubric_label)
        top.addWidget(self.rubric_combo, 1)
        actions = QHBoxLayout()
        for widget in (self.findings_button, self.reviewed_button, self.export_button, self.print_button,
                       self.second_button):  # fmt: skip
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.info_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)

    def translate_ui(self) -> None:
        self.title.setText(self.tr("County review: collect, score and comment the townships' reports"))
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.clear_button.setText(self.tr("Clear"))
        self.rubric_label.setText(self.tr("Rubric:"))
        self.rubric_combo.setItemText(self.rubric_combo.count() - 1, self.tr("Other rubric file…"))
        self.findings_button.setText(self.tr("Show findings"))
        self.reviewed_button.setText(self.tr("Export reviewed DOCX…"))
        self.info_box.setText(self.tr("Comments also for suggestions"))
        self.export_button.setText(self.tr("Export summary and reviewed DOCX…"))
        self.print_button.setText(self.tr("Print…"))
        self.second_button.setText(self.tr("Second round…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_count()

    # --- adding reports -----------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add reports"), "", FILE_FILTER)
        if names:
            self.add_paths(names)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of reports"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, inputs: list[str | Path]) -> None:
        """Read, check and score the reports found in `inputs` off the UI thread; rows already there stay."""
        if self.busy:
            return
        known = {row.path.resolve() for row in self.rows}
        paths = [p for p in collect_reports(inputs) if p.resolve() not in known]
        if not paths:
            self.status.setText(self.tr("No new report files (.docx, .txt, .rdpkg) found."))
            return
        self._start(self.tr("Reading {0} reports…").format(len(paths)))
        run_task(jobs.summarize_job, paths, self.rubric, on_done=self._rows_read, on_error=self._failed,
                 on_progress=self._progressed)  # fmt: skip

    def _rows_read(self, rows: list[SummaryRow]) -> None:
        self._stop()
        self.set_rows(self.rows + rows)

    def set_rows(self, rows: list[SummaryRow]) -> None:
        self.rows = rank_rows(rows)
        self.model.set_rows(self.rows)
        self.proxy.sort(-1)  # summary order (rank) until the reviewer clicks a header
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._show_count()

    def clear(self) -> None:
        if not self.busy:
            self.set_rows([])

    # --- rubric -------------------------------------------------------------------------------
    def _rubric_chosen(self, index: int) -> None:
        path = self.rubric_combo.itemData(index)
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Rubric file"), "", "评分细则 (*.toml)")
            if not path:
                return
        self.use_rubric(path)

    def use_rubric(self, path: str | Path) -> bool:
        """Score every row again with the rubric in `path`; a malformed file is refused with its message."""
        try:
            self.rubric = load_rubric(path)
        except RubricError as exc:
            self.status.setText(exc.message)
            self._select_rubric(str(self.rubric.path))
            return False
        self._select_rubric(str(self.rubric.path))
        for row in self.rows:
            if row.report is not None:
                score = score_report(row.report, row.findings, self.rubric)
                row.score, row.deductions = score.total, score.deductions
        self.set_rows(self.rows)
        return True

    def _select_rubric(self, path: str) -> None:
        """Show the rubric in use in the combo box (a file the reviewer picked is added before “其他…”)."""
        index = self.rubric_combo.findData(path)
        if index < 0:
            index = self.rubric_combo.count() - 1
            self.rubric_combo.insertItem(index, self.rubric.name, path)
        self.rubric_combo.setCurrentIndex(index)

    # --- one report, export, print, second round ------------------------------------------------
    def selected_row(self) -> SummaryRow | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def show_findings(self):
        from desktop.ui.dialogs.review_dialogs import ReviewFindingsDialog

        row = self.selected_row()
        if row is None or row.problem:
            self.status.setText(row.problem if row else self.tr("Select a report in the table first."))
            return None
        dialog = ReviewFindingsDialog(self, row)
        dialog.open()
        return dialog

    def choose_reviewed_target(self) -> None:
        row = self.selected_row()
        if row is None or row.problem:
            self.status.setText(row.problem if row else self.tr("Select a report in the table first."))
            return
        suggested = str(row.path.with_name(reviewed_name(row.path)))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the reviewed DOCX"), suggested, "Word (*.docx)"
        )
        if target:
            self.export_reviewed(row, target)

    def export_reviewed(self, row: SummaryRow, target: str | Path) -> None:
        """The selected township's file with one comment per error and warning, written off the UI thread."""
        if self.busy:
            return
        self._start(self.tr("Writing the reviewed DOCX…"))
        run_task(review_file, row.path, Path(target), self.author(), self.info_box.isChecked(),
                 on_done=self._reviewed, on_error=self._failed)  # fmt: skip

    def _reviewed(self, result) -> None:
        self._stop()
        self.status.setText(
            self.tr("Written {0}: {1} comments, {2} on the quoted text.").format(
                result.path.name, len(result.comments), result.on_quote
            )
        )

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the summary and the reviewed files")
        )
        if folder:
            self.export_all(folder)

    def export_all(self, folder: str | Path) -> None:
        """汇总审核.xlsx and a 审核版 folder with one commented DOCX per readable report."""
        if self.busy or not self.rows:
            return
        self._start(self.tr("Writing the summary and the reviewed files…"))
        run_task(jobs.export_job, list(self.rows), Path(folder), self.author(), self.info_box.isChecked(),
                 on_done=self._exported, on_error=self._failed, on_progress=self._progressed)  # fmt: skip

    def _exported(self, result) -> None:
        self._stop()
        workbook, items = result
        failed = [item for item in items if item.problem]
        text = self.tr("Exported {0} and {1} reviewed files to {2}.").format(
            workbook.name, len(items) - len(failed), workbook.parent
        )
        if failed:
            text += " " + self.tr("Not written: {0}").format(
                "；".join(f"{i.source.name}（{i.problem}）" for i in failed)
            )
        self.status.setText(text)

    def print_preview(self):
        from desktop.ui.review_print import summary_preview

        dialog = summary_preview(self, self.rows, self.rubric.name)
        dialog.open()
        return dialog

    def choose_second_round(self) -> None:
        reviewed, _ = QFileDialog.getOpenFileName(
            self, self.tr("The reviewed version (with comments)"), "", FILE_FILTER
        )
        if not reviewed:
            return
        revised, _ = QFileDialog.getOpenFileName(
            self, self.tr("The township's revised report"), "", FILE_FILTER
        )
        if revised:
            self.second_round(reviewed, revised)

    def second_round(self, reviewed: str | Path, revised: str | Path) -> None:
        if self.busy:
            return
        self._start(self.tr("Comparing with the reviewed version…"))
        run_task(
            jobs.second_round_job,
            Path(reviewed),
            Path(revised),
            on_done=self._compared,
            on_error=self._failed,
        )

    def _compared(self, result) -> None:
        from desktop.ui.dialogs.review_dialogs import SecondRoundDialog

        self._stop()
        self.second_dialog = SecondRoundDialog(self, result)
        self.second_dialog.open()

    # --- busy state -----------------------------------------------------------------------------
    def _start(self, text: str) -> None:
        self.busy = True
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(text)
        self._enable_inputs(False)

    def _stop(self) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self._enable_inputs(True)
        self._show_count()

    def _enable_inputs(self, enabled: bool) -> None:
        """What could start a second job or change the rows while one runs."""
        for widget in (self.add_files_button, self.add_folder_button, self.clear_button, self.export_button,
                       self.reviewed_button, self.second_button, self.rubric_combo):  # fmt: skip
            widget.setEnabled(enabled)

    def _progressed(self, percent: int, note: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"%p%  {note}")

    def _failed(self, message: str) -> None:
        self._stop()
        self.status.setText(message)

    def _show_count(self) -> None:
        if self.busy:
            return
        unreadable = sum(bool(r.problem) for r in self.rows)
        text = self.tr("{0} reports, {1} unreadable. Rubric: {2}").format(
            len(self.rows), unreadable, self.rubric.name
        )
        self.status.setText(text)


def reviewer_name(store) -> str:
    """The comment author: the unit in the profile (the county's 司法局 on the reviewer's PC)."""
    units = store.units.all() if store is not None else []
    return units[0].name if units and units[0].name else DEFAULT_AUTHOR
