"""Search across every stored report and year; activating a hit opens it at the match."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.retranslate import RetranslateMixin

HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(RetranslateMixin, QDialog):
    """Type words, press Enter; `hit_activated(hit, words)` opens the report at the matching section and closes the dialog."""

    hit_activated = Signal(object, str)  # the SearchHit and the words searched

    def __init__(self, parent: QWidget | None, store) -> None:
        super().__init__(parent, objectName="searchDialog")
        self.store = store
        self.query = QLineEdit(objectName="searchQuery")
        self.query.returnPressed.connect(self.run)
        self.results = QListWidget(objectName="searchResults")
        self.results.itemActivated.connect(self._activate)
        self.results.setWordWrap(True)
        self.count = QLabel(objectName="searchCount")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.translate_ui()
        self.resize(640, 480)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search all reports"))
        self.query.setPlaceholderText(self.tr("Words to find, e.g. 述法 or 合法性审查, then Enter"))

    def run(self) -> None:
        self.results.clear()
        text = self.query.text().strip()
        hits = self.store.search.find(text) if text else []
        for hit in hits:
            label = f"{hit.unit} {hit.year or ''} · {hit.heading or hit.section_key}\n…{hit.snippet}…"
            item = QListWidgetItem(label)
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        self.count.setText(self.tr("{0} sections found").format(len(hits)))
        if hits:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _activate(self, item: QListWidgetItem) -> None:
        self.hit_activated.emit(item.data(HIT_ROLE), self.query.text().strip())
        self.close()
