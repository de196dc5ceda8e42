"""The restore offer shown at start when the database is damaged or missing.

It lists the backups newest first with their date, number of reports and characters, so the clerk
(or whoever supports the office) picks the one that holds their work; the damaged file is always
kept aside, never deleted. Without a backup it offers a new, empty store (the damaged file kept).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_TITLE

RESTORE, FRESH = "restore", "fresh"


class RestoreDialog(QDialog):
    """After exec(): `choice` is RESTORE (with `selected`, a BackupInfo), FRESH, or None (quit)."""

    def __init__(self, parent: QWidget | None, error) -> None:
        super().__init__(parent, objectName="restoreDialog")
        title = self.tr("The report store is damaged")
        self.setWindowTitle(f"{APP_TITLE} — {title}")
        self.error = error
        self.choice: str | None = None
        self.selected = None
        self.message = QLabel(error.message, objectName="restoreMessage")
        self.message.setWordWrap(True)
        self.list = QListWidget(objectName="backupList")
        for info in error.backups:  # newest first
            item = QListWidgetItem(f"{info.description}    {info.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, info)
            if info.reports is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        usable = [
            i for i in range(self.list.count()) if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if usable:
            self.list.setCurrentRow(usable[0])
        kept = QLabel(
            self.tr(
                "The damaged file is kept in the data folder as {0}.damaged-<date>; nothing is deleted."
            ).format(error.path.name if error.path else "reportdesk.db"),
            objectName="restoreKept",
        )
        kept.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the selected backup"), objectName="restoreButton")
        self.fresh_button = QPushButton(self.tr("Start with an empty store"), objectName="freshButton")
        buttons = QDialogButtonBox(objectName="restoreButtons")
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("restoreQuit")
        if usable:
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            buttons.addButton(self.fresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.fresh_button.clicked.connect(self.start_fresh)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        if usable or error.backups:
            layout.addWidget(QLabel(self.tr("Backups, newest first:"), objectName="backupListLabel"))
            layout.addWidget(self.list, 1)
        else:
            self.list.hide()
        layout.addWidget(kept)
        layout.addWidget(buttons)
        if usable:
            self.restore_button.setDefault(True)  # Enter restores the newest usable backup
            self.list.setFocus()
        self.resize(640, 360)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.choice, self.selected = RESTORE, item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def start_fresh(self) -> None:
        self.choice = FRESH
        self.accept()
