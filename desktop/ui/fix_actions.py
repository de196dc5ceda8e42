"""采用建议 (one suggestion, one undo step) and 全部修正 (the safe punctuation fixes of the whole report,
previewed as a list, one undo step per section)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.core.fixes import WHOLE_TITLE, SectionFix, fixable, report_fixes
from desktop.core.model import TITLE, Finding
from desktop.ui.findings_map import HEADER, heading_key
from desktop.ui.retranslate import RetranslateMixin


def apply_suggestion(page, finding: Finding) -> bool:
    """Select the finding's quote and type its suggestion over it; False when the text moved on."""
    if page.report is None or not fixable(finding) or page.editor.text.isReadOnly():
        return False
    if finding.section == TITLE or finding.id in WHOLE_TITLE:
        return _apply_to_title(page, finding)
    page.select_finding(finding)
    if heading_key(finding) is not None:
        line = page.editor.heading
        if line.selectedText() != finding.quote:
            return False
        line.insert(finding.suggestion)  # one undo step of the line, announced as an edit
        return True
    cursor = page.editor.text.textCursor()
    if cursor.selectedText() != finding.quote:
        return False
    cursor.insertText(finding.suggestion)  # one undo step
    page.editor.text.setTextCursor(cursor)
    return True


def _apply_to_title(page, finding: Finding) -> bool:
    """The title's suggestion: the whole title (meta.title*) or the quoted words in it."""
    page.show_section(HEADER)
    edit = page.header_form.edits["title"]
    if finding.id in WHOLE_TITLE:
        edit.selectAll()
    else:
        start = edit.text().find(finding.quote)
        if start < 0:
            return False
        edit.setSelection(start, len(finding.quote))
    edit.setFocus()
    edit.insert(finding.suggestion)  # one undo step of the field, announced as an edit
    return True


def apply_fixes(page, fixes: list[SectionFix]) -> int:
    """Apply the fixes to the open report through each section's own document (so Ctrl+Z undoes a
    section's fixes in one step); returns how many changes were made."""
    done = 0
    for fix in fixes:
        section = page.report.section(fix.key)
        if section is None:
            continue
        document = page.editor.document_for(section)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for change in sorted((c for c in fix.changes if c.line > 0), key=lambda c: c.start, reverse=True):
            cursor.setPosition(change.start)
            cursor.setPosition(change.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(change.after)
            done += 1
        cursor.endEditBlock()
        section.text = document.toPlainText()
        if section.heading != fix.heading:
            done += sum(c.line == 0 for c in fix.changes)
            section.heading = fix.heading
            if page.current_key == fix.key:
                page.editor.heading.setText(fix.heading)
        page.changed.emit(fix.key)
        page.reload_section(fix.key)
    return done


class FixAllDialog(RetranslateMixin, QDialog):
    """The list of safe fixes (part · line: before → after); 全部修正 applies them all."""

    def __init__(self, parent: QWidget | None, fixes: list[SectionFix]) -> None:
        super().__init__(parent, objectName="fixAllDialog")
        self.fixes = fixes
        self.intro = QLabel(wordWrap=True)
        self.list = QListWidget(objectName="fixList")
        for fix in fixes:
            for change in fix.changes:
                where = fix.label[:16]
                line = self.tr("heading") if change.line == 0 else self.tr("line {0}").format(change.line)
                self.list.addItem(f"{where} · {line}：{change.before} → {change.after}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("fixAllApply")
        self.apply_button.setEnabled(bool(fixes))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.translate_ui()
        self.resize(620, 480)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Fix punctuation"))
        count = self.list.count()
        self.intro.setText(
            self.tr(
                "{0} safe fixes: half-width brackets and marks in Chinese text. Words are not changed."
            ).format(count)
            if count
            else self.tr("Nothing to fix: the punctuation is already full-width.")
        )
        self.apply_button.setText(self.tr("Fix all"))

    def done_text(self, count: int) -> str:
        return self.tr("{0} punctuation marks fixed (Ctrl+Z undoes a section's fixes)").format(count)


def show_fix_all(window) -> None:
    """全部修正…: the preview dialog for the open report; applied when accepted."""
    page = window.editor_page
    if page.report is None:
        return
    dialog = FixAllDialog(window, report_fixes(page.report))

    def accepted() -> None:
        window.show_status(dialog.done_text(apply_fixes(page, dialog.fixes)))

    window._show_dialog(dialog, accepted)
