"""The left navigator: header page, the report's sections with their sub-headings, and indicators."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.core.headings import heading_level, lines_with_offsets
from desktop.core.model import Finding, Report
from desktop.core.template import Template
from desktop.ui.findings_map import HEADER, INDICATORS, header_status, section_label, section_status
from desktop.ui.hub import SignalHub
from desktop.ui.icons import status_icon

KEY_ROLE = Qt.ItemDataRole.UserRole
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def sub_headings(text: str) -> list[tuple[str, int]]:
    """(heading line, character offset) of the sub-headings (（一）, 1. …) inside a section's text."""
    found, top = [], None
    for offset, line in lines_with_offsets(text):
        level = heading_level(line)
        if level is not None and (top is None or level <= top):
            top = level
            found.append((line.strip()[:40], offset))
    return found


class Navigator(QTreeWidget):
    """Sections with status icons (✓ done, ▲ warnings, ● errors, ○ optional); clicking opens them."""

    def __init__(self, hub: SignalHub, template: Template) -> None:
        super().__init__(objectName="navigator")
        self.hub, self.template = hub, template
        self.report: Report | None = None
        self.findings: list[Finding] = []
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setMinimumWidth(180)
        self.itemClicked.connect(self._activate)
        self.currentItemChanged.connect(lambda item, _old: item is not None and self._activate(item))
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setToolTip(self.tr("Parts of the report: ✓ done, ▲ warnings, ● errors, ○ optional"))
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
            item = self._add(section_label(section), section.key)
            for line, offset in sub_headings(section.text):
                child = QTreeWidgetItem(item, [line])
                child.setData(0, KEY_ROLE, section.key)
                child.setData(0, OFFSET_ROLE, offset)
                child.setToolTip(0, line)
            item.setExpanded(True)
        self._add(self.tr("Indicators"), INDICATORS)
        self.refresh_status()

    def _add(self, label: str, key: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [label])
        item.setData(0, KEY_ROLE, key)
        item.setToolTip(0, label)
        return item

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

    def status_of(self, key: str) -> str | None:
        item = self.item_for_key(key)
        return item.data(0, STATUS_ROLE) if item else None

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
