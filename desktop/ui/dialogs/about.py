"""About: version, data location and log file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import APP_TITLE, __version__
from desktop.ui.retranslate import RetranslateMixin


class AboutDialog(RetranslateMixin, QDialog):
    def __init__(self, parent: QWidget | None, store=None, log_file: str = "") -> None:
        super().__init__(parent, objectName="aboutDialog")
        self.store, self.log_file = store, log_file
        self.text = QLabel(objectName="aboutText", wordWrap=True)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags() | self.text.textInteractionFlags())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("About"))
        data = str(self.store.data_dir) if self.store is not None else self.tr("(no store open)")
        lines = [
            f"<b>{APP_TITLE}</b> Report Desk {__version__}",
            self.tr("Write, check and export the annual rule-of-law government report, offline."),
            self.tr("Data folder: {0}").format(data),
        ]
        if self.log_file:
            lines.append(self.tr("Log file: {0}").format(self.log_file))
        self.text.setText("<br>".join(lines))
