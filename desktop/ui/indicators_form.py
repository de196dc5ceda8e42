"""The year's figures (合法性审查件数, 出庭应诉率 …): value and unit, last year's value beside."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QScrollArea, QWidget

from desktop.core.model import Indicator, Report
from desktop.core.template import Template


def parse_number(text: str) -> float | None:
    """'12' → 12.0, '' → None; full-width digits and a trailing % are accepted."""
    text = text.strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789.")).rstrip("%％")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


class IndicatorsForm(QScrollArea):
    """One row per template indicator, grouped; edits write into report.indicators at once."""

    edited = Signal(str)  # indicator key

    def __init__(self, template: Template) -> None:
        super().__init__(objectName="indicatorsForm")
        self.template = template
        self.report: Report | None = None
        self.value_edits: dict[str, QLineEdit] = {}
        self.last_edits: dict[str, QLineEdit] = {}
        inner = QWidget()
        grid = QGridLayout(inner)
        self.headers = [QLabel(), QLabel(), QLabel(), QLabel()]
        for col, label in enumerate(self.headers):
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, col + 1)
        row, group = 1, None
        validator = QDoubleValidator(0.0, 1e9, 2, self)
        for spec in template.indicators:
            if spec.group != group:
                group = spec.group
                caption = QLabel(group)
                caption.setStyleSheet("font-weight: bold; color: #1565c0; padding-top: 6px;")
                grid.addWidget(caption, row, 0, 1, 5)
                row += 1
            grid.addWidget(QLabel(spec.label), row, 1)
            value = QLineEdit(objectName=f"indicator_{spec.key}")
            last = QLineEdit(objectName=f"indicator_{spec.key}_last")
            for edit in (value, last):
                edit.setValidator(validator)
                edit.setMaximumWidth(120)
            value.textEdited.connect(lambda _t, k=spec.key: self._changed(k))
            last.textEdited.connect(lambda _t, k=spec.key: self._changed(k))
            grid.addWidget(value, row, 2)
            grid.addWidget(QLabel(spec.unit), row, 3)
            grid.addWidget(last, row, 4)
            self.value_edits[spec.key], self.last_edits[spec.key] = value, last
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(5, 1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.translate_ui()

    def translate_ui(self) -> None:
        for label, text in zip(
            self.headers,
            (self.tr("Indicator"), self.tr("This year"), self.tr("Unit"), self.tr("Last year")),
            strict=True,
        ):
            label.setText(text)

    def set_report(self, report: Report) -> None:
        self.report = None
        for key in self.value_edits:
            indicator = report.indicators.get(key) or Indicator(key=key)
            self.value_edits[key].setText(format_number(indicator.value))
            self.last_edits[key].setText(format_number(indicator.last_year))
        self.report = report

    def _changed(self, key: str) -> None:
        if self.report is None:
            return
        indicator = self.report.indicators.setdefault(key, Indicator(key=key))
        indicator.value = parse_number(self.value_edits[key].text())
        indicator.last_year = parse_number(self.last_edits[key].text())
        self.edited.emit(key)
