"""The recycle bin: reports moved there can be restored or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_TITLE
from desktop.ui.retranslate import RetranslateMixin

ID_ROLE = Qt.ItemDataRole.UserRole


class RecycleBinDialog(RetranslateMixin, QDialog):
    """Lists recycled reports; `changed` is True when something was restored or deleted."""

    def __init__(self, parent: QWidget | None, store) -> None:
        super().__init__(parent, objectName="recycleBinDialog")
        self.store = store
        self.changed = False
        self.list = QListWidget(objectName="recycledList")
        self.restore_button = QPushButton(objectName="recycleRestore")
        self.delete_button = QPushButton(objectName="recycleDelete")
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.translate_ui()
        self.reload()
        self.resize(560, 360)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recycle bin"))
        self.restore_button.setText(self.tr("Restore"))
        self.delete_button.setText(self.tr("Delete for good…"))

    def reload(self) -> None:
        self.list.clear()
        for summary in self.store.reports.summaries(recycle_bin=True):
            item = QListWidgetItem(f"{summary.unit} {summary.year or ''} · {summary.title}")
            item.setData(ID_ROLE, summary.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        for button in (self.restore_button, self.delete_button):
            button.setEnabled(self.list.count() > 0)

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def restore_selected(self) -> None:
        report_id = self._selected()
        if report_id is not None:
            self.store.recycle_bin.restore(report_id)
            self.changed = True
            self.reload()

    def delete_selected(self) -> None:
        report_id = self._selected()
        if report_id is None:
            return
        answer = QMessageBox.question(
            self,
            APP_TITLE,
            self.tr("Delete this report and all its versions for good? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.recycle_bin.delete(report_id)
            self.changed = True
            self.reload()
