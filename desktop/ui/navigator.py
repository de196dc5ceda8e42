"""The left navigator: header page, the report's sections with their sub-headings, and indicators."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from desktop.core.headings import heading_level, lines_with_offsets
from desktop.core.model import CLOSING, INTRO, Finding, Report, Section
from desktop.core.outline import heading_part
from desktop.core.template import Template
from desktop.ui.findings_map import HEADER, INDICATORS, header_status, section_label, section_status
from desktop.ui.hub import SignalHub
from desktop.ui.icons import status_icon
from desktop.ui.part_bar import part_label, part_tag

KEY_ROLE = Qt.ItemDataRole.UserRole
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def sub_headings(text: str, own_level: int = 1) -> list[tuple[str, int]]:
    """(heading line, character offset) of the sub-headings (（一）, 1. …) inside a section's text; lines at
    the section heading's own level (`own_level`, 一、 = 1) are the next section, not sub-headings."""
    found, top = [], None
    for offset, line in lines_with_offsets(text):
        level = heading_level(line)
        if level is not None and level > own_level and (top is None or level <= top):
            top = level
            found.append((line.strip()[:40], offset))
    return found


def own_level(section: Section) -> int:
    """The heading level of the section (1 for 一、…); 1 when it has no numbered heading."""
    return heading_level(section.heading) or 1 if section.heading else 1


def navigator_label(section: Section, template: Template) -> str:
    """The heading, tagged with its part (〔三〕…) when the clerk chose it, when the heading names another
    part, or when a headed section belongs to none of the five."""
    label = section_label(section)
    if section.part in (INTRO, CLOSING) and not section.part_chosen:
        return label
    named = heading_part(section.heading, template)
    unplaced = section.part is None and bool(section.heading)
    if section.part_chosen or (named is not None and named != section.part) or unplaced:
        return f"{part_tag(section.part)}{label}"
    return label


class Navigator(QTreeWidget):
    """Sections with status icons (✓ done, ▲ warnings, ● errors, ○ optional); clicking opens them.

    Right-click (or the menu key) asks for the structure menu; Alt+↑/↓ and dragging move a section,
    Delete asks to delete it."""

    menu_requested = Signal(str, QPoint)  # section key, global position
    move_requested = Signal(str, int)  # section key, new index among the sections
    delete_requested = Signal(str)

    def __init__(self, hub: SignalHub, template: Template) -> None:
        super().__init__(objectName="navigator")
        self.hub, self.template = hub, template
        self.report: Report | None = None
        self.findings: list[Finding] = []
        self.locked = False  # a finished report: no structure menu, moves or deletes
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setMinimumWidth(180)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_at)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.itemClicked.connect(self._activate)
        self.currentItemChanged.connect(lambda item, _old: item is not None and self._activate(item))
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setToolTip(
            self.tr(
                "Parts of the report: ✓ done, ▲ warnings, ● errors, ○ optional. Right-click: which part, "
                "add, delete, split, merge; Alt+↑/↓ or drag to move"
            )
        )
        if self.report is not None:
            self.rebuild()

    def set_report(self, report: Report) -> None:
        self.report, self.findings = report, []
        self.rebuild()

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.refresh_status()

    def rebuild(self) -> None:
        """Recreate the items (after a report opens or a section's sub-headings change)."""
        current = self.current_key()
        self.blockSignals(True)
        try:
            self._fill()
        finally:
            self.blockSignals(False)
        if current:
            self.select_key(current)

    def _fill(self) -> None:
        self.clear()
        if self.report is None:
            return
        self._add(self.tr("Title and header"), HEADER)
        for section in self.report.sections:
            item = self._add(navigator_label(section, self.template), section.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            chosen = self.tr("set by you") if section.part_chosen else self.tr("read from the heading")
            item.setToolTip(0, f"{section_label(section)}\n{part_label(section.part)}（{chosen}）")
            for line, offset in sub_headings(section.text, own_level(section)):
                child = QTreeWidgetItem(item, [line])
                child.setData(0, KEY_ROLE, section.key)
                child.setData(0, OFFSET_ROLE, offset)
                child.setToolTip(0, line)
                child.setFlags(
                    child.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled
                )
            item.setExpanded(True)
        self._add(self.tr("Indicators"), INDICATORS)
        self.refresh_status()

    def _add(self, label: str, key: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [label])
        item.setData(0, KEY_ROLE, key)
        item.setToolTip(0, label)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled)
        return item

    # --- structure requests -----------------------------------------------------------------
    def section_key_of(self, item: QTreeWidgetItem | None) -> str | None:
        """The section an item (or its sub-heading child) stands for; None for header and indicators."""
        if item is None or self.report is None:
            return None
        key = item.data(0, KEY_ROLE)
        return key if self.report.section(key) is not None else None

    def _menu_at(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        self.menu_requested.emit(self.section_key_of(item) or "", self.viewport().mapToGlobal(pos))

    def set_read_only(self, read_only: bool) -> None:
        """No structure menu, drag or key moves while the report is final."""
        self.locked = read_only
        menu = Qt.ContextMenuPolicy.NoContextMenu if read_only else Qt.ContextMenuPolicy.CustomContextMenu
        self.setContextMenuPolicy(menu)
        mode = QAbstractItemView.DragDropMode
        self.setDragDropMode(mode.NoDragDrop if read_only else mode.InternalMove)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = self.section_key_of(self.currentItem())
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if self.locked and (
            event.key() == Qt.Key.Key_Delete or (alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down))
        ):
            return  # Delete and Alt+↑/↓ do nothing on a finished report
        if key and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = [s.key for s in self.report.sections].index(key)
            self.move_requested.emit(key, index + (-1 if event.key() == Qt.Key.Key_Up else 1))
        elif key and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(key)
        elif event.key() == Qt.Key.Key_Menu:
            rect = self.visualItemRect(self.currentItem()) if self.currentItem() else None
            self._menu_at(rect.center() if rect else QPoint(0, 0))
        else:
            super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Dragging a section: the report decides the order (sub-headings and the fixed pages stay)."""
        key = self.section_key_of(self.currentItem())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        target = self.itemAt(event.position().toPoint())
        if target is not None and target.parent() is not None:
            target = target.parent()
        target_key = self.section_key_of(target)
        if not key or target is None:
            return
        keys = [s.key for s in self.report.sections]
        if target_key is None:  # the header page (above all) or the indicators (below all)
            index = 0 if target.data(0, KEY_ROLE) == HEADER else len(keys) - 1
        else:
            index = keys.index(target_key)
            below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
            index += 1 if below else 0
            if index > keys.index(key):
                index -= 1
        self.move_requested.emit(key, index)

    def refresh_status(self) -> None:
        if self.report is None:
            return
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            key = item.data(0, KEY_ROLE)
            section = self.report.section(key)
            if section is not None:
                status = section_status(self.report, section, self.findings, self.template)
            elif key == HEADER:
                status = header_status(self.report, self.findings)
            else:
                status = "optional"
            item.setData(0, STATUS_ROLE, status)
            item.setIcon(0, status_icon(status))

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item else None

    def select_key(self, key: str) -> None:
        item = self.item_for_key(key)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def item_for_key(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            if self.topLevelItem(i).data(0, KEY_ROLE) == key:
                return self.topLevelItem(i)
        return None

    def _activate(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        offset = item.data(0, OFFSET_ROLE)
        self.hub.section_selected.emit(key)
        if offset is not None:
            self.hub.jump_to_offset.emit(key, int(offset))
