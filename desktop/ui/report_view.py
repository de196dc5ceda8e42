"""A first window: the demo (or a given) report by section, its text, and the checklist that jumps to a span."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QPlainTextEdit, QSplitter

from desktop.core.checker import check
from desktop.core.model import Finding, Report

_MARK = {"error": "●", "warning": "▲", "info": "○"}


class ReportView(QMainWindow):
    """Sections on the left, text in the centre, findings on the right; click a finding to select its quote."""

    def __init__(self, report: Report) -> None:
        super().__init__()
        self.report = report
        self.setObjectName("ReportView")
        self.setWindowTitle(f"法治报告助手 — {report.title or '未命名报告'}")
        self.sections = QListWidget(objectName="sectionList")
        self.editor = QPlainTextEdit(objectName="sectionText")
        self.editor.setReadOnly(True)
        self.checklist = QListWidget(objectName="checklist")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.sections, self.editor, self.checklist):
            splitter.addWidget(widget)
        splitter.setSizes([260, 620, 420])
        self.setCentralWidget(splitter)
        self.status = QLabel()
        self.statusBar().addWidget(self.status)
        for section in report.sections:
            item = QListWidgetItem(
                section.heading or {"intro": "开头", "closing": "结尾"}.get(section.part, "")
            )
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sections.addItem(item)
        self.sections.currentRowChanged.connect(self.show_section)
        self.checklist.itemClicked.connect(self._jump)
        self.findings = check(report)
        for f in self.findings:
            item = QListWidgetItem(f"{_MARK.get(f.severity, '')} {f.message}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.checklist.addItem(item)
        errors = sum(f.severity == "error" for f in self.findings)
        self.status.setText(
            f"{report.year or '?'}年度 · {errors} 个错误 · {len(self.findings) - errors} 个提示/建议"
        )
        self.sections.setCurrentRow(0)
        self.resize(1300, 760)

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.report.sections):
            self.editor.setPlainText(self.report.sections[row].text)

    def _jump(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(Qt.ItemDataRole.UserRole)
        keys = [s.key for s in self.report.sections]
        if finding.section not in keys:
            return
        self.sections.setCurrentRow(keys.index(finding.section))
        cursor = self.editor.textCursor()
        cursor.setPosition(finding.span[0])
        cursor.setPosition(finding.span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
