"""Live language switch: Qt sends LanguageChange to every widget when translators change."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class RetranslateMixin:
    """Put before the Qt base class; calls self.translate_ui() when the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)
