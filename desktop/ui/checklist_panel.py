"""The right panel: findings by part, one row per kind of problem (identical findings and the coverage
advice of a part folded, with a count); a click selects the quoted span, clicking again or F8 moves on
to the next place; F8 walks errors → warnings → suggestions; 建议 can be hidden."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.finding_rows import SEVERITY_RANK, Row, build_rows, row_key
from desktop.core.fixes import fixable
from desktop.core.model import CLOSING, INTRO, PART_KEYS, Finding, Report
from desktop.core.template import Template
from desktop.ui.findings_map import HEADER, INDICATORS, finding_group, group_title
from desktop.ui.hub import SignalHub
from desktop.ui.icons import status_icon
from desktop.ui.wrap_delegate import WrapDelegate

FINDING_ROLE = Qt.ItemDataRole.UserRole  # the finding the row shows now
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # index into ChecklistPanel.rows
GROUP_ORDER = [HEADER, INTRO, *PART_KEYS, CLOSING, INDICATORS]
DOUBLE_CLICK_S = 0.5


def describe(finding: Finding) -> str:
    """The full text of a finding: message, quote and suggestion (tooltip and detail pane)."""
    text = finding.message
    if finding.quote:
        text += f"\n原文：“{finding.quote[:80]}”"
    if finding.suggestion:
        text += f"\n建议：{finding.suggestion[:160]}"
    return text


class ChecklistPanel(QWidget):
    """Counts on top, then one branch per part with its rows (● errors, ▲ warnings, ○ advice)."""

    apply_requested = Signal(object)  # 采用建议: the finding whose suggestion is to replace its quote
    fix_all_requested = Signal()  # 全部修正…

    def __init__(self, hub: SignalHub, template: Template) -> None:
        super().__init__(objectName="checklistPanel")
        self.hub, self.template = hub, template
        self.report: Report | None = None
        self.findings: list[Finding] = []
        self.rows: list[Row] = []
        self.cursor: dict[int, int] = {}  # row index → which of its findings is shown
        self._signature: list[tuple] | None = None
        self._pressed: tuple[int, float] = (-1, 0.0)
        self.summary = QLabel(objectName="checklistSummary", wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold; padding: 2px;")
        self.hide_advice = QCheckBox(objectName="hideAdvice")
        self.hide_advice.toggled.connect(lambda _on: self._apply_filter())
        self.tree = QTreeWidget(objectName="checklist")
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(WrapDelegate(self.tree))  # long messages wrap, nothing is cut off
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setIndentation(12)
        # On press: the detail pane below may grow and move the items before the button is released.
        self.tree.itemPressed.connect(self._pressed_item)
        self.tree.itemActivated.connect(self._activated_item)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        self.detail = QLabel(objectName="findingDetail", wordWrap=True)
        self.detail.setStyleSheet("background: #fffbe6; border: 1px solid #e0d9b5; padding: 4px;")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.apply_button = QPushButton(objectName="applySuggestion")
        self.apply_button.clicked.connect(self._apply_clicked)
        self.apply_button.hide()
        self.fix_all_button = QPushButton(objectName="fixAll")
        self.fix_all_button.clicked.connect(self.fix_all_requested.emit)
        filters = QHBoxLayout()
        filters.addWidget(self.hide_advice, 1)
        filters.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.apply_button)
        self.setMinimumWidth(240)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.tree.setToolTip(
            self.tr("Click an item to select the text it is about; click again for the next")
        )
        self.hide_advice.setText(self.tr("Hide suggestions (建议)"))
        self.fix_all_button.setText(self.tr("Fix punctuation…"))
        self.fix_all_button.setToolTip(
            self.tr("Make half-width brackets and marks in Chinese text full-width")
        )
        self.apply_button.setText(self.tr("Apply suggestion"))
        self._update_summary()
        for item in self.items(visible_only=False):
            item.setText(0, self._row_text(self.rows[item.data(0, ROW_ROLE)]))

    def set_report(self, report: Report | None) -> None:
        self.report, self.findings, self.rows, self.cursor = report, [], [], {}
        self._signature = None
        self.tree.clear()
        self._update_summary()

    # --- building ------------------------------------------------------------------------------
    def set_findings(self, findings: list[Finding]) -> None:
        signature = [(f.id, f.severity, f.message, f.location, f.quote, f.suggestion) for f in findings]
        rows = build_rows(self.report, findings, finding_group) if self.report is not None else []
        self.findings = findings
        if signature == self._signature and self.report is not None:
            # Typing usually moves spans only: update the rows in place instead of rebuilding the tree.
            self.rows = rows
            for item in self.items(visible_only=False):
                index = item.data(0, ROW_ROLE)
                item.setData(0, FINDING_ROLE, self._shown(index))
            return
        self._signature = signature
        current = self.tree.currentItem()
        keep = self._key_of(current)
        self.rows, self.cursor, self._pressed = rows, {}, (-1, 0.0)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.detail.hide()
        self.apply_button.hide()
        if self.report is not None:
            self._build_tree()
        restored = next((i for i in self.items() if self._key_of(i) == keep), None) if keep else None
        if restored is not None:
            self.tree.setCurrentItem(restored)
        self.tree.setUpdatesEnabled(True)
        self._update_summary()

    def _key_of(self, item: QTreeWidgetItem | None) -> tuple | None:
        if item is None or item.data(0, ROW_ROLE) is None:
            return None
        row = self.rows[item.data(0, ROW_ROLE)]
        return (row.group, *row_key(row.findings[0]))

    def _build_tree(self) -> None:
        by_group: dict[str, list[int]] = {}
        for index, row in enumerate(self.rows):
            by_group.setdefault(row.group, []).append(index)
        order = {g: i for i, g in enumerate(GROUP_ORDER)}
        for group in sorted(by_group, key=lambda g: order.get(g, len(order))):
            self._add_group(group, by_group[group])
        if not self.rows:
            empty = QTreeWidgetItem(self.tree, [self.tr("No problems found: all required parts are there.")])
            empty.setIcon(0, status_icon("done"))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._apply_filter()

    def _add_group(self, group: str, indexes: list[int]) -> None:
        indexes = sorted(indexes, key=lambda i: SEVERITY_RANK.get(self.rows[i].severity, 3))
        parent = QTreeWidgetItem(self.tree)
        parent.setData(0, Qt.ItemDataRole.UserRole + 2, group)
        parent.setIcon(0, status_icon(self.rows[indexes[0]].severity))
        parent.setFirstColumnSpanned(True)
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = parent.font(0)
        font.setBold(True)
        parent.setFont(0, font)
        for index in indexes:
            row = self.rows[index]
            item = QTreeWidgetItem(parent, [self._row_text(row)])
            item.setIcon(0, status_icon(row.severity))
            item.setData(0, ROW_ROLE, index)
            item.setData(0, FINDING_ROLE, row.findings[0])
            item.setToolTip(0, describe(row.findings[0]))
        parent.setExpanded(True)

    def _row_text(self, row: Row) -> str:
        if row.folded == "coverage" and row.count > 1:
            return self.tr("{0} task areas of the 纲要 not touched: {1}. Add what was done.").format(
                row.count, "、".join(row.areas())
            )
        message = row.findings[0].message
        return self.tr("{0} ({1} places)").format(message, row.count) if row.count > 1 else message

    def _apply_filter(self) -> None:
        """Hide 建议 rows (and groups left empty) while the box is ticked; update the group counts."""
        hide = self.hide_advice.isChecked()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hidden = hide and self.rows[child.data(0, ROW_ROLE)].severity == "info"
                child.setHidden(hidden)
                shown += 0 if hidden else self.rows[child.data(0, ROW_ROLE)].count
            name = group.data(0, Qt.ItemDataRole.UserRole + 2)
            if name is not None:
                group.setText(0, f"{group_title(name)}（{shown}）")
                group.setHidden(shown == 0)

    # --- reading -------------------------------------------------------------------------------
    def items(self, visible_only: bool = True) -> list[QTreeWidgetItem]:
        """Every row item in display order (hidden 建议 rows only when asked)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                if child.data(0, ROW_ROLE) is not None and not (visible_only and child.isHidden()):
                    out.append(child)
        return out

    def item_for(self, finding_id: str) -> QTreeWidgetItem | None:
        return next(
            (
                i
                for i in self.items()
                if any(f.id == finding_id for f in self.rows[i.data(0, ROW_ROLE)].findings)
            ),
            None,
        )

    def counts(self) -> dict[str, int]:
        return {s: sum(f.severity == s for f in self.findings) for s in ("error", "warning", "info")}

    def _update_summary(self) -> None:
        c = self.counts()
        self.summary.setText(
            self.tr("Checklist  ● {0} errors  ▲ {1} warnings  ○ {2} advice").format(
                c["error"], c["warning"], c["info"]
            )
        )

    # --- moving through the problems --------------------------------------------------------------
    def _shown(self, index: int) -> Finding:
        row = self.rows[index]
        return row.findings[min(self.cursor.get(index, 0), row.count - 1)]

    def select_next(self) -> None:
        """F8: the next place of the current row, else the first place of the next row, errors first."""
        items = self.items()
        if not items:
            return
        rank = lambda item: SEVERITY_RANK.get(self.rows[item.data(0, ROW_ROLE)].severity, 3)  # noqa: E731
        ordered = sorted(items, key=rank)  # stable: errors, then warnings, then 建议, each in display order
        current = self.tree.currentItem()
        if current in ordered:
            index = current.data(0, ROW_ROLE)
            if self.cursor.get(index, 0) + 1 < self.rows[index].count:
                self._show(current, self.cursor.get(index, 0) + 1)
                return
            item = ordered[(ordered.index(current) + 1) % len(ordered)]
        else:
            item = ordered[0]
        self.tree.setCurrentItem(item)
        self._show(item, 0)

    def _pressed_item(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, ROW_ROLE)
        if index is None:
            return
        again = self._pressed[0] == index
        self._pressed = (index, time.monotonic())
        self._show(item, (self.cursor.get(index, 0) + 1) % self.rows[index].count if again else 0)

    def _activated_item(self, item: QTreeWidgetItem) -> None:
        """Enter on a row (a double-click's own press already moved on)."""
        index = item.data(0, ROW_ROLE)
        if index is None or (
            self._pressed[0] == index and time.monotonic() - self._pressed[1] < DOUBLE_CLICK_S
        ):
            return
        self._pressed_item(item)

    def _show(self, item: QTreeWidgetItem, position: int) -> None:
        index = item.data(0, ROW_ROLE)
        self.cursor[index] = position
        self._pressed = (index, self._pressed[1]) if self._pressed[0] == index else (index, 0.0)
        finding = self._shown(index)
        item.setData(0, FINDING_ROLE, finding)
        self._show_detail(item)
        self.hub.finding_activated.emit(finding)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        index = item.data(0, ROW_ROLE) if item is not None else None
        self.detail.setVisible(index is not None)
        finding = self._shown(index) if index is not None else None
        self.apply_button.setVisible(finding is not None and fixable(finding))
        if finding is not None and fixable(finding):
            self.apply_button.setToolTip(f"{finding.quote} → {finding.suggestion}")
        if index is None:
            return
        row = self.rows[index]
        text = describe(finding)
        if row.count > 1:
            text = self.tr("Place {0} of {1}").format(self.cursor.get(index, 0) + 1, row.count) + "\n" + text
        self.detail.setText(text)

    def set_fixes_enabled(self, enabled: bool) -> None:
        """采用建议 and 全部修正 (off while the report is final)."""
        self.fix_all_button.setEnabled(enabled)
        self.apply_button.setEnabled(enabled)

    def _apply_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROW_ROLE) is not None:
            self.apply_requested.emit(self._shown(item.data(0, ROW_ROLE)))
