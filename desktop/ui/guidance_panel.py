"""Beside the editor: what the regulation asks for this part, an example, and phrases to insert."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.template import PartSpec


def snippets(spec: PartSpec) -> list[tuple[str, str]]:
    """(menu label, text to insert): the part's example, its sub-item headings and their examples."""
    out = [("示例：" + spec.example[:24] + "…", spec.example)] if spec.example else []
    numbers = "一二三四五六七八九十"
    for i, item in enumerate(spec.items):
        number = numbers[i] if i < len(numbers) else str(i + 1)
        out.append((f"（{number}）{item.title}", f"（{number}）{item.title}"))
        if item.example:
            out.append(("　示例：" + item.example[:24] + "…", item.example))
    return out


class GuidancePanel(QFrame):
    """Shows the template guidance of one part; `insert_requested(text)` asks the editor to insert."""

    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="guidancePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#guidancePanel { background: #f7f9fc; }")
        self.spec: PartSpec | None = None
        self.caption = QLabel(objectName="guidanceCaption")
        self.caption.setStyleSheet("font-weight: bold;")
        self.toggle = QToolButton(objectName="guidanceToggle", checkable=True, checked=True)
        self.toggle.toggled.connect(self._set_open)
        self.snippet_button = QToolButton(objectName="snippetButton")
        self.snippet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snippet_menu = QMenu(self.snippet_button)
        self.snippet_button.setMenu(self.snippet_menu)
        # The style's menu arrow is drawn over the text of a wide label; show our own arrow instead.
        self.snippet_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.snippet_menu.triggered.connect(lambda action: self.insert_requested.emit(action.data()))
        self.body = QLabel(objectName="guidanceText", wordWrap=True)
        self.example = QLabel(objectName="guidanceExample", wordWrap=True)
        self.example.setStyleSheet("color: #455a64;")
        self.prompt = QPlainTextEdit(objectName="lastYearPrompt", readOnly=True)
        self.prompt.setMaximumHeight(110)
        self.prompt.setStyleSheet("background: #fffbe6;")
        self.prompt.hide()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.snippet_button)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addWidget(self.example)
        layout.addWidget(self.prompt)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.caption.setText(self.tr("Writing guidance"))
        self.snippet_button.setText(self.tr("Insert phrase") + " ▾")
        self.snippet_button.setToolTip(self.tr("Insert a heading or an example phrase at the cursor"))
        self.toggle.setText(self.tr("Hide") if self.toggle.isChecked() else self.tr("Show"))

    def set_part(self, spec: PartSpec | None, phrases: list[tuple[str, str]] | None = None) -> None:
        """Show the part's guidance; `phrases` (label, text) are added to the insert menu (e.g. figures
        from the indicators form)."""
        self.spec = spec
        self.setVisible(spec is not None)
        if spec is None:
            return
        guidance = spec.guidance
        if spec.items:
            guidance += "\n可分项：" + "；".join(item.title for item in spec.items) + "。"
        self.body.setText(guidance)
        self.example.setText("示例：" + spec.example if spec.example else "")
        self.snippet_menu.clear()
        for label, text in snippets(spec):
            self.snippet_menu.addAction(label).setData(text)
        if phrases:
            self.snippet_menu.addSection(self.tr("Figures from the indicators"))
            for label, text in phrases:
                self.snippet_menu.addAction(label).setData(text)
        self.snippet_button.setEnabled(bool(self.snippet_menu.actions()))

    def set_prompt(self, text: str) -> None:
        """Last year's plan or text for this part (a report started from last year's), or nothing."""
        self.prompt.setPlainText(text)
        self.prompt.setVisible(bool(text) and self.toggle.isChecked())

    def _set_open(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.example.setVisible(open_)
        self.prompt.setVisible(open_ and bool(self.prompt.toPlainText()))
        self.translate_ui()
