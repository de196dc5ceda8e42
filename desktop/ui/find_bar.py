"""Find and replace inside the section being edited (Ctrl+F; Enter = next, Shift+Enter = previous, Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget


class FindBar(QWidget):
    """A bar under the editor; works on the editor's current document."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(objectName="findBar")
        self.editor = editor
        self.find_edit = QLineEdit(objectName="findText")
        self.replace_edit = QLineEdit(objectName="replaceText")
        self.status = QLabel(objectName="findStatus")
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.find_edit, 2)
        for name, slot in (("previous", lambda: self.find(backward=True)), ("next", self.find)):
            self.buttons[name] = QPushButton(objectName=f"find_{name}")
            self.buttons[name].clicked.connect(slot)
            layout.addWidget(self.buttons[name])
        layout.addWidget(self.replace_edit, 2)
        for name, slot in (
            ("replace", self.replace),
            ("replace_all", self.replace_all),
            ("close", self.close_bar),
        ):
            self.buttons[name] = QPushButton(objectName=f"find_{name}")
            self.buttons[name].clicked.connect(slot)
            layout.addWidget(self.buttons[name])
        layout.addWidget(self.status)
        self.find_edit.returnPressed.connect(self.find)
        self.replace_edit.returnPressed.connect(self.replace)
        self.hide()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        texts = {
            "previous": self.tr("Previous"),
            "next": self.tr("Next"),
            "replace": self.tr("Replace"),
            "replace_all": self.tr("Replace all"),
            "close": self.tr("Close"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)

    def set_replace_enabled(self, enabled: bool) -> None:
        for widget in (self.replace_edit, self.buttons["replace"], self.buttons["replace_all"]):
            widget.setEnabled(enabled)

    def open_bar(self) -> None:
        """Show the bar with the editor's selection as the search text."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find(backward=True)
            return
        super().keyPressEvent(event)

    def find(self, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around; False when there is none."""
        text = self.find_edit.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        document = self.editor.document()
        found = document.find(text, self.editor.textCursor(), flags)
        if found.isNull():
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(text, start, flags)
        if found.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.editor.setTextCursor(found)
        self.editor.centerCursor()
        self.status.setText("")
        return True

    def replace(self) -> None:
        """Replace the selected match, then go to the next one."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and cursor.selectedText() == self.find_edit.text():
            cursor.insertText(self.replace_edit.text())
        self.find()

    def replace_all(self) -> int:
        """Replace every match in the section as one undo step; returns how many."""
        text = self.find_edit.text()
        if not text:
            return 0
        document = self.editor.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        count = 0
        found = document.find(text, 0)
        while not found.isNull():
            found.insertText(self.replace_edit.text())
            count += 1
            found = document.find(text, found)
        cursor.endEditBlock()
        self.status.setText(self.tr("{0} replaced").format(count))
        return count
