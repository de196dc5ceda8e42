"""Export: DOCX 上报版/公开版 (showing what will be masked), Excel workbook, PDF; with the pre-export gate
(导出前检查) listing the remaining errors, which the user may override only by ticking a box."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Finding, Report, UnitProfile
from desktop.exchange.formats import CHOICES, ExportOptions, default_name
from desktop.exchange.redact import describe, public_version
from desktop.ui.retranslate import RetranslateMixin
from desktop.ui.workers import run_task


def write_export(kind: str, report: Report, findings: list[Finding], path: Path, profile, names,
                 sealed: bool = True) -> Path:  # fmt: skip
    """Write one export (runs off the UI thread); `sealed` False lays out the 署名 without a seal (§7.3.5.2)."""
    fmt, public = CHOICES[kind]
    options = ExportOptions(public=public, names=names, sealed=sealed, profile=profile, findings=findings)
    fmt.write(report, path, options)
    return path


class ExportDialog(RetranslateMixin, QDialog):
    """Pick a format and a file; `exported(path)` is emitted when the file is written."""

    def __init__(self, parent: QWidget | None, report: Report, findings: list[Finding], profile: UnitProfile,
                 folder: Path) -> None:  # fmt: skip
        super().__init__(parent, objectName="exportDialog")
        self.report, self.findings, self.profile, self.folder = report, findings, profile, folder
        self.exported_path: Path | None = None
        self.errors = [f for f in findings if f.severity == "error"]
        self.gate = QGroupBox(objectName="exportGate")
        self.gate.setStyleSheet(
            "#exportGate { border: 1px solid #c62828; border-radius: 3px; margin-top: 1.4em; padding-top: 4px; }"
            "#exportGate::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #c62828; }"
        )
        self.gate_list = QListWidget(objectName="gateList")
        self.gate_list.setWordWrap(True)
        self.gate_list.setMaximumHeight(110)
        for f in self.errors:
            self.gate_list.addItem("● " + f.message)
        self.override = QCheckBox(objectName="gateOverride")
        self.override.toggled.connect(self._update_button)
        gate_layout = QVBoxLayout(self.gate)
        gate_layout.addWidget(self.gate_list)
        gate_layout.addWidget(self.override)
        self.gate.setVisible(bool(self.errors))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds_box = QGroupBox(objectName="exportKinds")
        kinds_layout = QVBoxLayout(kinds_box)
        for kind in CHOICES:
            button = QRadioButton(objectName=f"kind_{kind}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
            button.toggled.connect(lambda on, k=kind: on and self._kind_changed(k))
        self.masking = QGroupBox(objectName="maskingBox")
        self.names = QLineEdit(objectName="maskNames")
        self.names.textChanged.connect(self._update_masking)
        self.mask_list = QListWidget(objectName="maskList")
        self.mask_list.setWordWrap(True)
        mask_layout = QVBoxLayout(self.masking)
        self.names_label = QLabel(wordWrap=True)
        mask_layout.addWidget(self.names_label)
        mask_layout.addWidget(self.names)
        mask_layout.addWidget(self.mask_list)
        self.sealed = QCheckBox(objectName="exportSealed", checked=True)  # 署名 layout: §7.3.5.1 or §7.3.5.2
        self.path = QLineEdit(objectName="exportPath")
        self.browse = QPushButton(objectName="exportBrowse")
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.status = QLabel(objectName="exportStatus", wordWrap=True)
        self.open_file = QPushButton(objectName="exportOpenFile")
        self.open_folder = QPushButton(objectName="exportOpenFolder")
        self.open_file.clicked.connect(lambda: self._open(self.exported_path))
        self.open_folder.clicked.connect(lambda: self._open(self.exported_path.parent))
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_file)
        open_row.addWidget(self.open_folder)
        open_row.addStretch(1)
        self._show_open_buttons(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(objectName="exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.gate)
        layout.addWidget(kinds_box)
        layout.addWidget(self.masking)
        layout.addWidget(self.sealed)
        layout.addLayout(path_row)
        layout.addWidget(self.status)
        layout.addLayout(open_row)
        layout.addWidget(self.buttons)
        self.translate_ui()
        self.kind_buttons["docx"].setChecked(True)
        self._update_button()
        self.resize(640, 560)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.gate.setTitle(self.tr("Check before export: {0} errors remain").format(len(self.errors)))
        self.override.setText(self.tr("I know these problems remain and want to export anyway"))
        for kind, (fmt, public) in CHOICES.items():
            self.kind_buttons[kind].setText(self.tr(fmt.public_label if public else fmt.label))
        self.masking.setTitle(self.tr("Masked in the public version"))
        self.names_label.setText(self.tr("Names of private persons to mask (separated by 、 or commas):"))
        self.sealed.setText(self.tr("The document will be sealed (room for the seal above the date)"))
        self.browse.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.open_file.setText(self.tr("Open file"))
        self.open_folder.setText(self.tr("Open containing folder"))

    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def marked_names(self) -> list[str]:
        return [n.strip() for n in re.split(r"[、,，;；\s]+", self.names.text()) if n.strip()]

    def _kind_changed(self, kind: str) -> None:
        fmt, public = CHOICES[kind]
        self.path.setText(str(self.folder / default_name(self.report, fmt, public)))
        self.masking.setVisible(public)
        self.sealed.setVisible(fmt.page)
        self._update_masking()

    def _update_masking(self) -> None:
        self.mask_list.clear()
        if not CHOICES[self.kind()][1]:
            return
        _public, items = public_version(self.report, self.marked_names())
        lines = describe(items) or [self.tr("Nothing to mask was found.")]
        self.mask_list.addItems(lines)

    def _update_button(self) -> None:
        self.export_button.setEnabled(not self.errors or self.override.isChecked())

    def _browse(self) -> None:
        suffix = CHOICES[self.kind()][0].suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), f"*{suffix}")
        if path:
            self.path.setText(path if path.endswith(suffix) else path + suffix)

    def start_export(self) -> None:
        if self.errors and not self.override.isChecked():
            self.override.setFocus()
            return
        path = Path(self.path.text().strip())
        self.export_button.setEnabled(False)
        self._show_open_buttons(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        args = (self.kind(), self.report, self.findings, path, self.profile, self.marked_names(),
                self.sealed.isChecked())  # fmt: skip
        run_task(write_export, *args, on_done=self._done, on_error=self._failed)

    def _done(self, path: Path) -> None:
        self.exported_path = path
        self.folder = path.parent
        self.status.setText(self.tr("Exported: {0}").format(path))
        self.status.setStyleSheet("color: #2e7d32;")
        self._show_open_buttons(True)
        self._update_button()

    def _show_open_buttons(self, visible: bool) -> None:
        self.open_file.setVisible(visible)
        self.open_folder.setVisible(visible)

    def _open(self, path: Path | None) -> None:
        """Open the written file (or its folder) in the program the desktop uses for it."""
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("No program is set up to open {0}").format(path))

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #c62828;")
        self._update_button()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter in the path field must not close
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_export()
            return
        super().keyPressEvent(event)
