"""The year's figures (合法性审查件数, 出庭应诉率 …): value and unit, last year's value and the change beside.

Figures may be typed as 126, １２６, 1,260 or 一百二十六 (desktop.core.numbers); what is not a number is marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QScrollArea, QWidget

from desktop.core.model import Indicator, Report
from desktop.core.numbers import parse_number
from desktop.core.template import Template


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
        self.percent_keys = {spec.key for spec in template.indicators if spec.unit == "%"}
        self.report: Report | None = None
        self.value_edits: dict[str, QLineEdit] = {}
        self.last_edits: dict[str, QLineEdit] = {}
        self.changes: dict[str, QLabel] = {}
        inner = QWidget()
        grid = QGridLayout(inner)
        self.headers = [QLabel(), QLabel(), QLabel(), QLabel(), QLabel()]
        for col, label in enumerate(self.headers):
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, col + 1)
        row, group = 1, None
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
                edit.setMaximumWidth(120)
                edit.editingFinished.connect(lambda e=edit: self._normalise(e))
            value.textEdited.connect(lambda _t, k=spec.key: self._changed(k))
            last.textEdited.connect(lambda _t, k=spec.key: self._changed(k))
            grid.addWidget(value, row, 2)
            grid.addWidget(QLabel(spec.unit), row, 3)
            grid.addWidget(last, row, 4)
            self.changes[spec.key] = QLabel(objectName=f"indicator_{spec.key}_change")
            grid.addWidget(self.changes[spec.key], row, 5)
            self.value_edits[spec.key], self.last_edits[spec.key] = value, last
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(6, 1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.translate_ui()

    def translate_ui(self) -> None:
        for label, text in zip(
            self.headers,
            (
                self.tr("Indicator"),
                self.tr("This year"),
                self.tr("Unit"),
                self.tr("Last year"),
                self.tr("Change"),
            ),  # fmt: skip
            strict=True,
        ):
            label.setText(text)

    def set_report(self, report: Report) -> None:
        self.report = None
        for key in self.value_edits:
            indicator = report.indicators.get(key) or Indicator(key=key)
            self.value_edits[key].setText(format_number(indicator.value))
            self.last_edits[key].setText(format_number(indicator.last_year))
            self._show_change(key, indicator)
        self.report = report

    def set_read_only(self, read_only: bool) -> None:
        for edit in (*self.value_edits.values(), *self.last_edits.values()):
            edit.setReadOnly(read_only)

    def _changed(self, key: str) -> None:
        if self.report is None:
            return
        indicator = self.report.indicators.setdefault(key, Indicator(key=key))
        indicator.value = parse_number(self.value_edits[key].text())
        indicator.last_year = parse_number(self.last_edits[key].text())
        for edit in (self.value_edits[key], self.last_edits[key]):
            bad = bool(edit.text().strip()) and parse_number(edit.text()) is None
            edit.setStyleSheet("background: #ffebee;" if bad else "")
            edit.setToolTip(self.tr("Not a number: type e.g. 126 or 一百二十六") if bad else "")
        self._show_change(key, indicator)
        self.edited.emit(key)

    def _normalise(self, edit: QLineEdit) -> None:
        """一百二十六 → 126 once the field is left (what is stored is already the number)."""
        value = parse_number(edit.text())
        if value is not None and edit.text().strip() != format_number(value):
            edit.setText(format_number(value))

    def _show_change(self, key: str, indicator: Indicator) -> None:
        """较上年 +12 (+13.6%) beside the row, when both years are filled."""
        label = self.changes[key]
        if indicator.value is None or indicator.last_year is None:
            label.setText("")
            return
        delta = indicator.value - indicator.last_year
        text = f"{delta:+g}"
        if indicator.last_year and key not in self.percent_keys:
            text += f"（{delta / indicator.last_year:+.1%}）"
        label.setText(text)
        label.setStyleSheet("color: #2e7d32;" if delta > 0 else "color: #c62828;" if delta < 0 else "")
