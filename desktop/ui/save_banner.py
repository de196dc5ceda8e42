"""One non-blocking banner across the top of the window while saving fails (disk full, lock lost).

It replaces the modal message that used to pop up on every failed autosave: the clerk can keep
typing (nothing is lost while the window is open), sees what to do, and the banner goes away by
itself as soon as a save succeeds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class SaveBanner(QFrame):
    """Hidden until `show_failure(message)`; `hide()` when saving works again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="saveBanner")
        self.setStyleSheet(
            "#saveBanner { background: #fdecea; border-bottom: 2px solid #c62828; }"
            "#saveBanner QLabel { color: #8e0000; font-weight: bold; padding: 6px; }"
        )
        self.label = QLabel(objectName="saveBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_failure(self, message: str) -> None:
        self.label.setText(
            self.tr("Not saved: {0} The window keeps your text; saving is retried every few seconds.").format(
                message
            )
        )
        self.show()
