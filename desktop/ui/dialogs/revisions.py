"""Revision history of one section: the saved versions, a diff against the current text, restore."""

from __future__ import annotations

import difflib
import html
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.retranslate import RetranslateMixin

ID_ROLE = Qt.ItemDataRole.UserRole


def diff_html(old: str, new: str) -> str:
    """Character-level diff of two texts as HTML: removed in red strike-through, added in green."""
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape(old[a0:a1]))
            continue
        if a1 > a0:
            out.append(
                f'<span style="background:#ffd7d7;text-decoration:line-through">{html.escape(old[a0:a1])}</span>'
            )
        if b1 > b0:
            out.append(f'<span style="background:#d4f7d4">{html.escape(new[b0:b1])}</span>')
    return "".join(out).replace("\n", "<br>")


class RevisionsDialog(RetranslateMixin, QDialog):
    """Lists store.revisions.of_section(report_id, key); `restored_text` is set when the user restored one."""

    def __init__(self, parent: QWidget | None, store, report_id: int, key: str, current_text: str) -> None:
        super().__init__(parent, objectName="revisionsDialog")
        self.store, self.report_id, self.key, self.current = store, report_id, key, current_text
        self.restored_text: str | None = None
        self.list = QListWidget(objectName="revisionList")
        self.list.setWordWrap(True)
        self.view = QTextBrowser(objectName="revisionDiff")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([240, 560])
        self.restore_button = QPushButton(objectName="restoreRevision")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.translate_ui()
        self.reload()
        self.resize(860, 520)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Revision history"))
        self.restore_button.setText(self.tr("Restore this version"))

    def reload(self) -> None:
        self.list.clear()
        for rev in self.store.revisions.of_section(self.report_id, self.key):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(rev.updated_at))
            label = self.tr("{0}\n{1} characters").format(when, rev.chars)
            if rev.note:
                label += f" · {rev.note}"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, rev.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.view.clear()
            return
        old = self.store.revisions.get(item.data(ID_ROLE)).text
        intro = self.tr("Changes from this version to the current text:")
        self.view.setHtml(f"<p><i>{intro}</i></p>" + diff_html(old, self.current))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.store.revisions.restore(item.data(ID_ROLE))
        self.restored_text = self.store.reports.load(self.report_id).section(self.key).text
        self.accept()
