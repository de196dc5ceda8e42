"""The unit profile (name, level, county, 发文字号 prefix, signer, 主送, 抄送, 印发机关, contact, deadline)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from desktop.ui.retranslate import RetranslateMixin

FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ProfileDialog", "Unit name"), "青龙镇"),
    ("county", QT_TRANSLATE_NOOP("ProfileDialog", "County (parent)"), "华宁县"),
    ("doc_prefix", QT_TRANSLATE_NOOP("ProfileDialog", "Document number prefix"), "青府"),
    ("signer", QT_TRANSLATE_NOOP("ProfileDialog", "Signed by (签发人)"), ""),
    (
        "addressee",
        QT_TRANSLATE_NOOP("ProfileDialog", "Addressed to (主送)"),
        "县人民政府、县委全面依法治县委员会办公室",
    ),
    ("cc", QT_TRANSLATE_NOOP("ProfileDialog", "Copy to (抄送)"), "县司法局"),
    ("printer", QT_TRANSLATE_NOOP("ProfileDialog", "Printed by (印发机关)"), "青龙镇党政办公室"),
    ("contact", QT_TRANSLATE_NOOP("ProfileDialog", "Contact person and phone"), ""),
    ("deadline", QT_TRANSLATE_NOOP("ProfileDialog", "County deadline (yyyy-mm-dd)"), "2025-02-28"),
)


class ProfileDialog(RetranslateMixin, QDialog):
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
        from desktop.ui.dialogs.new_report import default_year

        self.edits["deadline"].setPlaceholderText(f"{default_year() + 1}-02-28")  # the coming spring
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
