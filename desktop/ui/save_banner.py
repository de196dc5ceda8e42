"""Non-blocking banners across the top of the window: saving fails (disk full, lock lost), or a part
of the open report was damaged on disk.

The save banner replaces the modal message that used to pop up on every failed autosave: the clerk
can keep typing (nothing is lost while the window is open), sees what to do, and the banner goes
away by itself as soon as a save succeeds. A notice banner may carry one action (e.g. the revisions).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SaveBanner(QFrame):
    """Hidden until `show_failure(message)`; `hide()` when saving works again."""

    def __init__(self, parent: QWidget | None = None, name: str = "saveBanner") -> None:
        super().__init__(parent, objectName=name)
        self.setStyleSheet(
            f"#{name} {{ background: #fdecea; border-bottom: 2px solid #c62828; }}"
            f"#{name} QLabel {{ color: #8e0000; font-weight: bold; padding: 6px; }}"
        )
        self.action = QPushButton(objectName=f"{name}Action")
        self.action.hide()
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(lambda: self._callback and self._callback())
        self.label = QLabel(objectName="saveBannerText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        self.hide()

    def _reveal(self) -> None:
        """Show the banner with its text selectable (set here, not when built, since the Qt namespace costs PySide
        ~14 ms of enum set-up and the banners are built before the window's first paint)."""
        from PySide6.QtCore import Qt

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show()

    def show_failure(self, message: str) -> None:
        self.label.setText(
            self.tr("Not saved: {0} The window keeps your text; saving is retried every few seconds.").format(
                message
            )
        )
        self._reveal()

    def show_notice(self, message: str, action: str = "", callback: Callable[[], None] | None = None) -> None:
        """Show `message`, with a button `action` calling `callback` when given."""
        self.label.setText(message)
        self._callback = callback
        self.action.setText(action)
        self.action.setVisible(bool(action and callback))
        self._reveal()
