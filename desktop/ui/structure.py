"""The clerk fixes the structure: 这是哪一部分, add, delete (confirmed, kept in the store), split at the
cursor, merge with the next, move up/down, restore a deleted section, and a whole pasted or imported
report split into the parts after a preview. Every change is one undo step (until the text is typed in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop import APP_TITLE
from desktop.core import outline
from desktop.core.model import PART_KEYS, Report, Section
from desktop.store.errors import StoreError
from desktop.ui.part_bar import part_label

if TYPE_CHECKING:
    from desktop.store.structure import DeletedSection

STRUCTURE = "structure"  # the dirty mark of the session: save the sections' order, parts and deletions
UNDO_DEPTH = 50
MIN_HEADINGS = 2  # a paste with fewer heading lines is never a whole report (keeps big pastes cheap)


def _submenu(menu: QMenu, title: str, name: str) -> QMenu:
    """A submenu owned by `menu` (parented, so Python never deletes it while the menu lives)."""
    sub = QMenu(title, menu, objectName=name)
    menu.addMenu(sub)
    return sub


class StructureEditor(QObject):
    """Structure edits of `report` with undo. `changed(key)` asks the page to show `key` again and
    re-check; `headers_changed` when a merged report filled header fields."""

    changed = Signal(str)
    headers_changed = Signal()

    def __init__(self, template, parent: QWidget) -> None:
        super().__init__(parent)
        self.template = template
        self.window = parent
        self.report: Report | None = None
        self.undo_stack: list[tuple[str, list[Section], dict, str | None]] = []
        self.deleted_lookup: Callable[[], list[DeletedSection]] | None = None
        self.current_key: Callable[[], str | None] = lambda: None

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.undo_stack.clear()

    # --- undo -----------------------------------------------------------------------------------
    def _step(self, label: str, show: Callable[[], str | None]) -> Callable:
        """Run an edit as one undo step: keep a copy of the sections and header, then emit changed."""

        def run(edit: Callable[[], object]) -> object:
            report = self.report
            header = {f: getattr(report, f) for f in outline.HEADER_FILLED}
            before = outline.copy_sections(report)
            current = self.current_key()
            result = edit()
            self.undo_stack.append((label, before, header, current))
            del self.undo_stack[:-UNDO_DEPTH]
            self.changed.emit(show() or current or "")
            return result

        return run

    @property
    def undo_label(self) -> str:
        return self.undo_stack[-1][0] if self.undo_stack else ""

    def undo(self) -> bool:
        """Undo the last structure change; False when there is none."""
        if not self.undo_stack or self.report is None:
            return False
        _label, sections, header, current = self.undo_stack.pop()
        self.report.sections = sections
        filled = any(getattr(self.report, f) != v for f, v in header.items())
        for name, value in header.items():
            setattr(self.report, name, value)
        self.changed.emit(current or "")
        if filled:
            self.headers_changed.emit()
        return True

    def text_edited(self) -> None:
        """Typing after a structure change: Ctrl+Z now undoes the typing (one history, newest first)."""
        self.undo_stack.clear()

    # --- the edits --------------------------------------------------------------------------------
    def set_part(self, key: str, part: str | None) -> None:
        section = self.report.section(key)
        if section is None or (section.part == part and section.part_chosen):
            return
        self._step(self.tr("set the part"), lambda: key)(lambda: outline.set_part(self.report, key, part))

    def add_after(self, key: str) -> str:
        holder: list[Section] = []
        self._step(self.tr("add a section"), lambda: holder[0].key)(
            lambda: holder.append(outline.add_section(self.report, key, self.template))
        )
        return holder[0].key

    def add_part(self, part: str) -> str:
        holder: list[Section] = []
        self._step(self.tr("add a part"), lambda: holder[0].key)(
            lambda: holder.append(outline.add_section(self.report, None, self.template, part))
        )
        return holder[0].key

    def ask_delete(self, key: str) -> QMessageBox | None:
        """Ask first (window-modal, not blocking); deleted sections stay in the store and can be restored."""
        section = self.report.section(key) if self.report else None
        if section is None:
            return None
        name = section.heading or part_label(section.part)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_TITLE,
            self.tr(
                "Delete “{0}” ({1} characters)? It can be undone, and restored later from “Restore a "
                "deleted section”."
            ).format(name, f"{section.chars:,}"),  # fmt: skip
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("confirmDeleteSection")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.delete(key))
        box.open()
        return box

    def delete(self, key: str) -> None:
        keys = [s.key for s in self.report.sections]
        if key not in keys:
            return
        i = keys.index(key)
        neighbour = keys[i - 1] if i > 0 else (keys[1] if len(keys) > 1 else None)
        self._step(self.tr("delete a section"), lambda: neighbour)(
            lambda: outline.delete_section(self.report, key)
        )

    def split(self, key: str, offset: int) -> str:
        holder: list[Section] = []
        self._step(self.tr("split a section"), lambda: holder[0].key)(
            lambda: holder.append(outline.split_section(self.report, key, offset, self.template))
        )
        return holder[0].key

    def split_breaks(self, key: str) -> list[str]:
        """Make every top-level heading line inside the section (六、… typed or pasted) a section of its
        own, in one undo step; returns the new keys."""
        section = self.report.section(key)
        breaks = outline.section_breaks(self.report, section) if section is not None else []
        if not breaks:
            return []
        made: list[Section] = []

        def edit() -> None:
            for offset in reversed(breaks):
                made.insert(0, outline.split_section(self.report, key, offset, self.template))

        self._step(self.tr("split a section"), lambda: made[-1].key)(edit)
        return [s.key for s in made]

    def merge_next(self, key: str) -> None:
        keys = [s.key for s in self.report.sections]
        if key in keys[:-1]:
            self._step(self.tr("merge sections"), lambda: key)(
                lambda: outline.merge_with_next(self.report, key)
            )

    def move(self, key: str, delta: int) -> None:
        self.move_to(key, outline.index_of(self.report, key) + delta)

    def move_to(self, key: str, index: int) -> None:
        probe = [s.key for s in self.report.sections]
        index = max(0, min(index, len(probe) - 1))
        if probe.index(key) != index:
            self._step(self.tr("move a section"), lambda: key)(
                lambda: outline.move_section(self.report, key, index)
            )

    def restore(self, deleted: DeletedSection) -> None:
        if self.report.section(deleted.section.key) is not None:
            return
        at = min(deleted.position, len(self.report.sections))
        self._step(self.tr("restore a section"), lambda: deleted.section.key)(
            lambda: self.report.sections.insert(at, deleted.section)
        )

    def paste_report(self, parsed: Report) -> list[str]:
        """Spread a parsed report (as the split preview left it) over the parts; one undo step."""
        touched: list[str] = []
        header = {f: getattr(self.report, f) for f in outline.HEADER_FILLED}
        self._step(self.tr("split into the parts"), lambda: touched[0] if touched else None)(
            lambda: touched.extend(outline.merge_parsed(self.report, parsed))
        )
        if any(getattr(self.report, f) != v for f, v in header.items()):
            self.headers_changed.emit()
        return touched

    # --- the menu (navigator context menu and the 结构 button) ---------------------------------------
    def fill_menu(self, menu: QMenu, key: str | None, split_offset: int | None = None) -> QMenu:
        """The structure actions for section `key` (None: only adding parts); objectName struct_<what>."""
        for old in menu.findChildren(QMenu):
            old.deleteLater()
        menu.clear()
        report = self.report
        section = report.section(key) if report is not None and key else None

        def add(text: str, name: str, slot: Callable[[], object], enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.setObjectName(f"struct_{name}")
            action.setEnabled(enabled)
            action.triggered.connect(slot)

        if report is None:
            return menu
        if section is not None:
            parts = _submenu(menu, self.tr("Which part is this (这是哪一部分)"), "struct_part_menu")
            for part in outline.PART_CHOICES:
                action = parts.addAction(part_label(part))
                action.setObjectName(f"struct_part_{part}")
                action.setCheckable(True)
                action.setChecked(section.part == part)
                action.triggered.connect(lambda _c=False, p=part: self.set_part(key, p))
            menu.addSeparator()
            keys = [s.key for s in report.sections]
            i = keys.index(key)
            add(self.tr("Move up"), "up", lambda: self.move(key, -1), i > 0)
            add(self.tr("Move down"), "down", lambda: self.move(key, 1), i < len(keys) - 1)
            add(self.tr("Add a section after this one"), "add", lambda: self.add_after(key))
            if split_offset is not None:
                add(self.tr("Split at the cursor"), "split", lambda: self.split(key, split_offset))
            add(
                self.tr("Merge with the next section"),
                "merge",
                lambda: self.merge_next(key),
                i < len(keys) - 1,
            )
            add(self.tr("Delete this section…"), "delete", lambda: self.ask_delete(key))
        missing = [p for p in PART_KEYS if not report.sections_of(p)]
        if missing:
            adds = _submenu(menu, self.tr("Add a missing part"), "struct_add_part_menu")
            for part in missing:
                action = adds.addAction(part_label(part))
                action.setObjectName(f"struct_add_{part}")
                action.triggered.connect(lambda _c=False, p=part: self.add_part(p))
        self._fill_restore(menu)
        menu.addSeparator()
        undo = self.undo_label
        add(self.tr("Undo: {0}").format(undo) if undo else self.tr("Undo"), "undo", self.undo, bool(undo))
        return menu

    def _fill_restore(self, menu: QMenu) -> None:
        try:
            deleted = self.deleted_lookup() if self.deleted_lookup is not None else []
        except StoreError as exc:  # a locked or damaged store: the menu still opens, the item says why
            deleted, restore_note = [], exc.message
        else:
            restore_note = ""
        deleted = [d for d in deleted if self.report.section(d.section.key) is None][:15]
        restore = _submenu(menu, self.tr("Restore a deleted section"), "struct_restore_menu")
        restore.setEnabled(bool(deleted))
        restore.setToolTip(restore_note)
        for item in deleted:
            name = item.section.heading or part_label(item.section.part)
            action = restore.addAction(f"{name[:30]}（{item.section.chars:,}字）")
            action.setObjectName(f"struct_restore_{item.section.key}")
            action.triggered.connect(lambda _c=False, d=item: self.restore(d))
