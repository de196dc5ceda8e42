"""The editor page's side of structure editing: the part bar, the navigator's menu, moves and drops, a
whole report pasted or imported (split preview), and 六、… typed inside a part becoming a section."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from desktop.core import outline
from desktop.core.headings import heading_level
from desktop.core.model import Report
from desktop.ui.dialogs.split_preview import AS_IS, SPLIT, SplitPreviewDialog
from desktop.ui.findings_map import HEADER
from desktop.ui.part_bar import PartBar
from desktop.ui.paste import clean_pasted
from desktop.ui.structure import STRUCTURE, StructureEditor
from desktop.ui.workers import run_task

MAX_SPLIT_PASTE = 500_000  # characters; a longer paste is never offered a split (a report is ~5–30 k)


class StructurePageMixin:
    """Mixed into EditorPage (needs report, navigator, editor, header_form, show_section, _edited)."""

    def _wire_structure(self) -> None:
        self.structure = StructureEditor(self.template, self)
        self.structure.current_key = lambda: self.current_key
        self.structure.changed.connect(self._structure_changed)
        self.structure.headers_changed.connect(self._headers_filled)
        self.part_bar = PartBar(self.editor)
        self.editor.layout().insertWidget(0, self.part_bar)
        self.part_bar.combo.chosen.connect(lambda part: self.structure.set_part(self.current_key, part))
        menu = self.part_bar.menu_button.menu()
        menu.aboutToShow.connect(lambda: self._fill_structure_menu(menu, self.current_key, True))
        self.navigator.menu_requested.connect(self._navigator_menu)
        self.navigator.move_requested.connect(self.structure.move_to)
        self.navigator.delete_requested.connect(self.structure.ask_delete)
        self.editor.text.paste_handler = self._paste
        self._last_block, self._typed_blocks = -1, set()
        self.editor.text.cursorPositionChanged.connect(self._caret_moved)
        self.editor.text.textChanged.connect(self._typed)

    def _fill_structure_menu(self, menu: QMenu, key: str | None, at_cursor: bool) -> QMenu:
        offset = None
        if at_cursor and key and self.editor.section is not None and self.editor.section.key == key:
            offset = self.editor.text.textCursor().position()
        self.structure.fill_menu(menu, key if key and self.report.section(key) else None, offset)
        menu.addSeparator()
        action = menu.addAction(self.tr("Import a whole report file into the parts…"))
        action.setObjectName("struct_import")
        action.triggered.connect(self.import_into_parts)
        return menu

    def _navigator_menu(self, key: str, where: QPoint) -> None:
        self.navigator_menu = self._fill_structure_menu(QMenu(self.navigator), key or None, False)
        self.navigator_menu.popup(where)

    def _structure_changed(self, key: str) -> None:
        """After a structure edit or its undo: show the section again, rebuild the navigator, re-check."""
        keys = [s.key for s in self.report.sections]
        self.current_key = None
        self.navigator.rebuild()
        self.show_section(key if key in keys else (keys[0] if keys else HEADER))
        self._edited(STRUCTURE)
        self.live.check_now()  # the checklist follows at once

    def _headers_filled(self) -> None:
        self.header_form.set_report(self.report)
        self._edited(HEADER)

    def _show_part(self) -> None:
        """After a section is shown: its part in the part bar; caret tracking starts afresh."""
        self._last_block, self._typed_blocks = self.editor.text.textCursor().blockNumber(), set()
        section = self.editor.section
        self.part_bar.setVisible(section is not None)
        if section is not None:
            self.part_bar.show_part(section.part, section.part_chosen)

    # --- 六、… typed inside a part ---------------------------------------------------------------------
    def _typed(self) -> None:
        if self.editor.section is not None:  # the caret's block before and after the edit
            self._typed_blocks = {self._last_block, self.editor.text.textCursor().blockNumber()}

    def _caret_moved(self) -> None:
        """When the caret leaves a line just typed that is a top-level heading (六、…), that line starts a
        new section (a heading line merged into the text stays until it is edited)."""
        block = self.editor.text.textCursor().block()
        left, self._last_block = self._last_block, block.blockNumber()
        section = self.editor.section
        if section is None:
            self._last_block, self._typed_blocks = -1, set()
            return
        if left < 0 or left == block.blockNumber() or left not in self._typed_blocks:
            return
        left_block = self.editor.text.document().findBlockByNumber(left)
        offset = left_block.position()
        if heading_level(left_block.text()) is not None and offset in outline.section_breaks(
            self.report, section
        ):
            QTimer.singleShot(0, lambda key=section.key: self._split_typed(key, offset))

    def _split_typed(self, key: str, offset: int) -> None:
        """Split at the heading line typed at `offset`; the caret stays with the text it was in."""
        section = self.editor.section
        if (
            section is None
            or section.key != key
            or offset not in outline.section_breaks(self.report, section)
        ):
            return
        caret = self.editor.text.textCursor().position()
        end = section.text.find("\n", offset)
        start = len(section.text) if end < 0 else end + 1
        new_key = self.structure.split(key, offset)
        if caret >= start:
            self.show_section(new_key)
            self._place_caret(caret - start)
        else:
            self.show_section(key)
            self._place_caret(min(caret, offset))

    def _place_caret(self, position: int) -> None:
        cursor = self.editor.text.textCursor()
        cursor.setPosition(min(position, len(self.editor.text.toPlainText())))
        self.editor.text.setTextCursor(cursor)
        self._last_block = cursor.blockNumber()
        self.editor.text.setFocus()

    # --- a whole report pasted or imported ------------------------------------------------------------
    def _paste(self, text: str) -> bool:
        """Offer the split preview when the pasted text is a report of its own (True: paste taken)."""
        if self.report is None or len(text) > MAX_SPLIT_PASTE:
            return False
        from desktop.core.parser import parse_text

        parsed = parse_text(text, year=self.report.year)
        if not outline.spans_parts(parsed):
            if any(heading_level(line) for line in clean_pasted(text).split("\n")):
                QTimer.singleShot(0, self._split_pasted_headings)
            return False
        self.offer_split(parsed, clean_pasted(text))
        return True

    def _split_pasted_headings(self) -> None:
        """A pasted piece with top-level headings (六、… 七、…) but no whole report: each becomes a section."""
        section = self.editor.section
        if section is not None and outline.section_breaks(self.report, section):
            new_keys = self.structure.split_breaks(section.key)
            self.show_section(new_keys[-1])
            self._place_caret(len(self.editor.text.toPlainText()))

    def offer_split(self, parsed: Report, as_is_text: str | None = None) -> SplitPreviewDialog:
        """The preview (window-modal, not blocking): split into the parts, paste as it is, or cancel."""
        dialog = SplitPreviewDialog(self.window(), parsed, can_paste_as_is=as_is_text is not None)
        cursor = QTextCursor(self.editor.text.textCursor())

        def done() -> None:
            if dialog.choice == SPLIT:
                self.structure.paste_report(dialog.result_report())
                self.hub.status_message.emit(self.tr("Split into the parts: check each part"))
            elif dialog.choice == AS_IS and as_is_text is not None:
                self.editor.text.setTextCursor(cursor)
                self.editor.text.insertPlainText(as_is_text)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def import_into_parts(self, path: Path | None = None) -> None:
        """Read a report file (.docx/.txt, as the importer reads it) and offer to split it into this one."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import into the parts"), str(Path.home()), "报告文件 (*.docx *.txt)"
            )
            if not name:
                return
            path = Path(name)
        from desktop.exchange.importer import load_report

        def failed(message: str) -> None:
            self.hub.status_message.emit(message)

        run_task(load_report, path, on_done=self.offer_split, on_error=failed)
