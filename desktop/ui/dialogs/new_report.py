"""New report: which unit and which year."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from desktop.ui.retranslate import RetranslateMixin


def default_year(today: datetime.date | None = None) -> int:
    """Reports are written in Dec–Feb: before July it is last year's report, after it this year's."""
    today = today or datetime.date.today()
    return today.year - 1 if today.month <= 6 else today.year


class NewReportDialog(RetranslateMixin, QDialog):
    """Pick a unit (from the stored profiles, or type a new one) and the report year."""

    def __init__(self, parent: QWidget | None, units: list[str], year: int | None = None) -> None:
        super().__init__(parent, objectName="newReportDialog")
        self.unit = QComboBox(objectName="newReportUnit", editable=True)
        self.unit.addItems(units)
        self.year = QSpinBox(objectName="newReportYear", minimum=2000, maximum=2100)
        self.year.setValue(year or default_year())
        self.unit_label, self.year_label = QLabel(), QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.unit_label, self.unit)
        form.addRow(self.year_label, self.year)
        form.addRow(buttons)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("New report"))
        self.unit_label.setText(self.tr("Unit"))
        self.year_label.setText(self.tr("Report year"))

    def values(self) -> tuple[str, int]:
        return self.unit.currentText().strip(), self.year.value()
