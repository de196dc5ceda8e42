"""The centre: one section's heading and text, findings underlined, guidance beside, character count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Finding, Section
from desktop.core.template import PartSpec
from desktop.ui.find_bar import FindBar
from desktop.ui.findings_map import COLOURS
from desktop.ui.guidance_panel import GuidancePanel
from desktop.ui.paste import clean_pasted


def locate(text: str, finding: Finding) -> tuple[int, int] | None:
    """The finding's span in the current text: as reported when the quote still matches, else where
    the quote is now; None when it points nowhere."""
    start, end = finding.span
    if end > start and text[start:end] == finding.quote:
        return start, end
    if finding.quote:
        pos = text.find(finding.quote)
        if pos >= 0:
            return pos, pos + len(finding.quote)
    if end > start and end <= len(text):
        return start, end
    return None


class SectionTextEdit(QPlainTextEdit):
    """Plain paragraphs; pasting keeps only cleaned text; findings underlined with tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sectionText")
        self.marks: list[tuple[int, int, Finding]] = []
        self.paste_handler: Callable[[str], bool] | None = None  # True when it took the paste
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            handler = self.paste_handler  # the page may offer to split a whole pasted report
            if handler is None or not handler(source.text()):
                self.insertPlainText(clean_pasted(source.text()))

    def set_findings(self, findings: list[Finding]) -> None:
        text = self.toPlainText()
        self.marks, selections = [], []
        for finding in findings:
            where = locate(text, finding)
            if where is None or where[1] <= where[0]:
                continue
            self.marks.append((where[0], where[1], finding))
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(COLOURS.get(finding.severity, "#000")))
            selection.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(where[0])
            cursor.setPosition(min(where[1], len(text)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def finding_at(self, position: int) -> Finding | None:
        return next((f for start, end, f in self.marks if start <= position < end), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            finding = self.finding_at(cursor.position())
            if finding is not None:
                tip = finding.message + (f"\n建议：{finding.suggestion}" if finding.suggestion else "")
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def select_span(self, start: int, end: int) -> None:
        length = len(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()


class SectionEditor(QWidget):
    """Edits one Section in place; emits `edited(key)` on every change of its heading or text.

    Each section keeps its own QTextDocument while the report is open, so undo/redo survive switching."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sectionEditor")
        self.section: Section | None = None
        self.documents: dict[str, QTextDocument] = {}
        self.heading = QLineEdit(objectName="sectionHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.guidance = GuidancePanel(self)
        self.text = SectionTextEdit(self)
        self.find_bar = FindBar(self.text)
        self.count = QLabel(objectName="charCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.guidance)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.count)
        self.text.textChanged.connect(self._text_changed)
        self.heading.textEdited.connect(self._heading_edited)
        self.guidance.insert_requested.connect(self.insert_text)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.heading.setPlaceholderText(self.tr("Section heading, e.g. 一、…"))
        self.text.setPlaceholderText(
            self.tr(
                "Write this part here. Sub-headings as （一）… on their own line; paste from Word keeps the text."
            )
        )
        self.guidance.translate_ui()
        self.find_bar.translate_ui()
        self._update_count()

    def forget_documents(self) -> None:
        """Drop the per-section documents (another report is opened). They are Qt children of this editor,
        so each is deleted, not only forgotten (each kept its text and undo history); the one on screen goes
        when the next section replaces it."""
        self.section = None
        shown = self.text.document()
        for document in self.documents.values():
            if document != shown:
                document.deleteLater()
        self.documents.clear()

    def document_for(self, section: Section) -> QTextDocument:
        """The section's document: the kept one (with its undo history) if its text is still current."""
        document = self.documents.get(section.key)
        if document is None or document.toPlainText() != section.text:
            document = QTextDocument(self)
            document.setDocumentLayout(QPlainTextDocumentLayout(document))
            document.setPlainText(section.text)
            self.documents[section.key] = document
        document.setDefaultFont(QApplication.font(self.text))  # follows a font size changed in Settings
        return document

    def set_section(
        self, section: Section, spec: PartSpec | None, phrases: list | None = None, prompt: str = ""
    ) -> None:
        self.section = None  # no edits while loading
        self.heading.setText(section.heading)
        self.heading.setVisible(section.part not in ("intro", "closing"))
        shown = self.text.document()
        ours = shown.parent() == self  # else the text box's own first document, which it deletes itself
        self.text.setDocument(self.document_for(section))
        if ours and shown not in self.documents.values():
            shown.deleteLater()  # a forgotten or outdated document of this editor
        self.guidance.set_part(spec, phrases)
        self.guidance.set_prompt(prompt)
        if prompt and spec is None:
            self.guidance.setVisible(True)
        self.section = section
        self._update_count()

    def set_read_only(self, read_only: bool) -> None:
        """No typing, no inserted phrases, no replacing (finding stays)."""
        self.text.setReadOnly(read_only)
        self.heading.setReadOnly(read_only)
        self.guidance.setEnabled(not read_only)
        self.find_bar.set_replace_enabled(not read_only)

    def insert_text(self, text: str) -> None:
        cursor = self.text.textCursor()
        if cursor.positionInBlock() > 0:
            text = "\n" + text
        cursor.insertText(text)
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def _text_changed(self) -> None:
        if self.section is None:
            return
        self.section.text = self.text.toPlainText()
        self._update_count()
        self.edited.emit(self.section.key)

    def _heading_edited(self, heading: str) -> None:
        if self.section is not None:
            self.section.heading = heading
            self.edited.emit(self.section.key)

    def _update_count(self) -> None:
        chars = self.section.chars if self.section is not None else 0
        self.count.setText(self.tr("Characters: {0}").format(f"{chars:,}"))
