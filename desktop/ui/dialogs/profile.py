"""The unit profile (name, level, county, 发文字号 prefix, signer, 主送, 抄送, 印发机关, contact, deadline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import LEVELS, UnitProfile

FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", "Unit name", "青龙镇"),
    ("county", "County (parent)", "华宁县"),
    ("doc_prefix", "Document number prefix", "青府"),
    ("signer", "Signed by (签发人)", ""),
    ("addressee", "Addressed to (主送)", "县人民政府、县委全面依法治县委员会办公室"),
    ("cc", "Copy to (抄送)", "县司法局"),
    ("printer", "Printed by (印发机关)", "青龙镇党政办公室"),
    ("contact", "Contact person and phone", ""),
    ("deadline", "County deadline (yyyy-mm-dd)", "2025-02-28"),
)


class ProfileDialog(QDialog):
    """Edits a UnitProfile; `profile()` returns the entered values."""

    def __init__(self, parent: QWidget | None, profile: UnitProfile | None = None) -> None:
        super().__init__(parent, objectName="profileDialog")
        self.intro = QLabel(objectName="profileIntro", wordWrap=True)
        self.level = QComboBox(objectName="profile_level")
        self.level.addItems(list(LEVELS))
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, _label, example in FIELDS:
            self.edits[name] = QLineEdit(objectName=f"profile_{name}", placeholderText=example)
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], self.edits[name])
            if name == "name":
                self.level_label = QLabel()
                form.addRow(self.level_label, self.level)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.set_profile(profile or UnitProfile())
        self.translate_ui()
        self.resize(560, self.sizeHint().height())

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unit profile"))
        self.intro.setText(self.tr("Enter your unit's details once; every new report and export uses them."))
        for name, label, _example in FIELDS:
            self.labels[name].setText(QCoreApplication.translate("ProfileDialog", label))
        self.level_label.setText(self.tr("Level"))

    def set_profile(self, profile: UnitProfile) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name))
        self.level.setCurrentText(profile.level or "镇")

    def profile(self) -> UnitProfile:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return UnitProfile(level=self.level.currentText(), **values)

    def _accept(self) -> None:
        if not self.edits["name"].text().strip():
            self.edits["name"].setFocus()
            self.edits["name"].setPlaceholderText(self.tr("The unit name is required"))
            return
        self.accept()
