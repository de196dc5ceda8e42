"""The table model of the 汇总审核 page: one row per collected report, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.model import PART_KEYS
from desktop.exchange.summary import PART_LABELS, SummaryRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
OK, BAD = QColor("#c6efce"), QColor("#ffc7ce")
Index = QModelIndex | QPersistentModelIndex


class ReviewModel(QAbstractTableModel):
    """Columns: unit, the five parts and causes (✓/✗), errors, warnings, score, rank, file."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SummaryRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Unit"),
            *PART_LABELS.values(),
            "原因分析",
            self.tr("Errors"),
            self.tr("Warnings"),
            self.tr("Score"),
            self.tr("Rank"),
            self.tr("File"),
        ]

    def set_rows(self, rows: list[SummaryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(PART_KEYS) + 7

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _values(self, row: SummaryRow) -> list[tuple[str, object]]:
        """(shown text, sort key) per column."""
        if row.problem:
            marks = [("", -1)] * (len(PART_KEYS) + 1)
            counts = [("", -1), ("", -1), (self.tr("unreadable"), -1), ("", 10**6)]
        else:
            flags = [row.parts.get(k, False) for k in PART_KEYS] + [row.causes]
            marks = [("✓" if f else "✗", int(f)) for f in flags]
            score = -1.0 if row.score is None else row.score
            counts = [
                (str(row.errors), row.errors),
                (str(row.warnings), row.warnings),
                ("" if row.score is None else f"{row.score:g}", score),
                ("" if row.rank is None else str(row.rank), row.rank or 10**6),
            ]
        return [(row.label, row.label), *marks, *counts, (row.path.name, row.path.name)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        text, key = self._values(row)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem or str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and text in ("✓", "✗"):
            return QBrush(OK if text == "✓" else BAD)
        return None
