"""Read-only dialogs of the 汇总审核 page: one report's findings and deductions, and the second round."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from desktop.core.finding_place import finding_group, group_title
from desktop.core.rule_names import rule_name
from desktop.exchange.summary import SummaryRow
from desktop.exchange.xlsx_style import SEVERITY_LABELS
from desktop.review.second_round import SecondRound


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        table.setColumnWidth(c, min(table.columnWidth(c), 320))
    table.resizeRowsToContents()
    return table


class _Dialog(QDialog):
    def __init__(self, parent, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(980, 600)
        self.layout_ = QVBoxLayout(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)


class ReviewFindingsDialog(_Dialog):
    """The findings of one collected report and its deductions; nothing can be edited here."""

    def __init__(self, parent, row: SummaryRow) -> None:
        super().__init__(parent, self.tr("Findings — {0}").format(row.label))
        self.setObjectName("reviewFindingsDialog")
        score = "" if row.score is None else self.tr("Score {0}").format(f"{row.score:g}")
        self.layout_.addWidget(QLabel(f"{row.path}　{score}", wordWrap=True))
        tabs = QTabWidget(objectName="reviewFindingTabs")
        report = row.report
        findings = [
            [SEVERITY_LABELS.get(f.severity, f.severity), rule_name(f.id),
             group_title(finding_group(report, f)) if report else "", f.message, f.quote[:80], f.suggestion]
            for f in row.findings
        ]  # fmt: skip
        heads = [self.tr("Level"), self.tr("Check"), self.tr("Part"), self.tr("Problem"), self.tr("Quote"),
                 self.tr("Suggestion")]  # fmt: skip
        self.findings = _table(heads, findings, "reviewFindingsTable")
        tabs.addTab(self.findings, self.tr("Findings ({0})").format(len(findings)))
        lost = [[d.item, f"{d.points:g}", d.reason, d.quote[:80]] for d in row.deductions]
        heads = [self.tr("Item"), self.tr("Points"), self.tr("Reason"), self.tr("Quote")]
        self.deductions = _table(heads, lost, "reviewDeductionsTable")
        tabs.addTab(self.deductions, self.tr("Deductions ({0})").format(len(lost)))
        self.layout_.addWidget(tabs, 1)
        self.finish()


class SecondRoundDialog(_Dialog):
    """What the revised report changed per part, and which of the review's comments it addressed."""

    def __init__(self, parent, result: SecondRound) -> None:
        super().__init__(parent, self.tr("Second round — {0}").format(result.revised.name))
        self.setObjectName("secondRoundDialog")
        summary = self.tr("Reviewed: {0}    Revised: {1}    Addressed {2}, open {3}").format(
            result.reviewed.name, result.revised.name, result.addressed, result.open
        )
        self.layout_.addWidget(QLabel(summary, wordWrap=True, objectName="secondRoundSummary"))
        parts = [
            [p.title, p.status, str(p.old_chars), str(p.new_chars),
             "\n".join(["+ " + s[:60] for s in p.added[:3]] + ["− " + s[:60] for s in p.removed[:3]])]
            for p in result.parts
        ]  # fmt: skip
        heads = [self.tr("Part"), self.tr("Change"), self.tr("Before"), self.tr("Now"), self.tr("Sentences")]
        self.parts = _table(heads, parts, "secondRoundParts")
        marks = {True: self.tr("✓ addressed"), False: self.tr("✗ open"), None: self.tr("· by hand, check")}
        comments = [
            [marks[c.addressed], c.comment.text.split("\n")[0], c.comment.marked[:60]]
            for c in result.comments
        ]
        comments += [[self.tr("new"), f.message, f.quote[:60]] for f in result.new_findings]
        heads = [self.tr("Status"), self.tr("Comment"), self.tr("Marked text")]
        self.comments = _table(heads, comments, "secondRoundComments")
        tabs = QTabWidget()
        tabs.addTab(self.parts, self.tr("Changes by part"))
        tabs.addTab(self.comments, self.tr("Comments"))
        self.layout_.addWidget(tabs, 1)
        self.finish()
