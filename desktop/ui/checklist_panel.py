"""The right panel: findings grouped by part, errors first; a click asks to select the quoted span."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.core.checker import SEVERITY_RANK
from desktop.core.model import CLOSING, INTRO, PART_KEYS, Finding, Report
from desktop.core.template import Template
from desktop.ui.findings_map import HEADER, finding_group, group_title
from desktop.ui.hub import SignalHub
from desktop.ui.icons import status_icon
from desktop.ui.wrap_delegate import WrapDelegate

FINDING_ROLE = Qt.ItemDataRole.UserRole
GROUP_ORDER = [HEADER, INTRO, *PART_KEYS, CLOSING]


def describe(finding: Finding) -> str:
    """The full text of a finding: message, quote and suggestion (tooltip and detail pane)."""
    text = finding.message
    if finding.quote:
        text += f"\n原文：“{finding.quote[:80]}”"
    if finding.suggestion:
        text += f"\n建议：{finding.suggestion[:160]}"
    return text


def _same(a: Finding, b: Finding) -> bool:
    return (a.id, a.section, a.quote) == (b.id, b.section, b.quote)


class ChecklistPanel(QWidget):
    """Counts on top, then one branch per part with its findings (● errors, ▲ warnings, ○ advice)."""

    def __init__(self, hub: SignalHub, template: Template) -> None:
        super().__init__(objectName="checklistPanel")
        self.hub, self.template = hub, template
        self.report: Report | None = None
        self.findings: list[Finding] = []
        self._signature: list[tuple] | None = None
        self._built: list[tuple[QTreeWidgetItem, int]] = []
        self.summary = QLabel(objectName="checklistSummary", wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold; padding: 2px;")
        self.tree = QTreeWidget(objectName="checklist")
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(WrapDelegate(self.tree))  # long messages wrap, nothing is cut off
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setIndentation(12)
        # On press: the detail pane below may grow and move the items before the button is released.
        self.tree.itemPressed.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        self.detail = QLabel(objectName="findingDetail", wordWrap=True)
        self.detail.setStyleSheet("background: #fffbe6; border: 1px solid #e0d9b5; padding: 4px;")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.setMinimumWidth(240)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.tree.setToolTip(self.tr("Click an item to select the text it is about"))
        self._update_summary()

    def set_report(self, report: Report | None) -> None:
        self.report, self.findings = report, []
        self._signature, self._built = None, []
        self.tree.clear()
        self._update_summary()

    def set_findings(self, findings: list[Finding]) -> None:
        signature = [(f.id, f.severity, f.message, f.section, f.quote, f.suggestion) for f in findings]
        if signature == self._signature and self.report is not None:
            # Typing usually moves spans only: update the items in place instead of rebuilding the tree.
            self.findings = findings
            for item, index in self._built:
                item.setData(0, FINDING_ROLE, findings[index])
            return
        self._signature = signature
        self.findings = findings
        current = self.tree.currentItem()
        keep = current.data(0, FINDING_ROLE) if current is not None else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.detail.hide()
        if self.report is not None:
            self._built = []
            groups: dict[str, list[tuple[int, Finding]]] = {}
            for index, f in enumerate(findings):
                groups.setdefault(finding_group(self.report, f), []).append((index, f))
            order = {g: i for i, g in enumerate(GROUP_ORDER)}
            for group in sorted(groups, key=lambda g: order.get(g, len(order))):
                self._add_group(group, groups[group])
            if not findings:
                empty = QTreeWidgetItem(
                    self.tree, [self.tr("No problems found: all required parts are there.")]
                )
                empty.setIcon(0, status_icon("done"))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if keep is not None:
            same = [i for i in self.items() if _same(i.data(0, FINDING_ROLE), keep)]
            if same:
                self.tree.setCurrentItem(same[0])
        self.tree.setUpdatesEnabled(True)
        self._update_summary()

    def _add_group(self, group: str, numbered: list[tuple[int, Finding]]) -> None:
        numbered = sorted(numbered, key=lambda pair: SEVERITY_RANK.get(pair[1].severity, 3))
        findings = [f for _i, f in numbered]
        worst = findings[0].severity
        title = group_title(group)
        parent = QTreeWidgetItem(self.tree, [f"{title}（{len(findings)}）"])
        parent.setIcon(0, status_icon(worst))
        parent.setFirstColumnSpanned(True)
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = parent.font(0)
        font.setBold(True)
        parent.setFont(0, font)
        for index, f in numbered:
            item = QTreeWidgetItem(parent, [f.message])
            self._built.append((item, index))
            item.setIcon(0, status_icon(f.severity))
            item.setData(0, FINDING_ROLE, f)
            item.setToolTip(0, describe(f))
        parent.setExpanded(True)

    def items(self) -> list[QTreeWidgetItem]:
        """Every finding item, in display order (used by tests and 'next problem')."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out += [group.child(j) for j in range(group.childCount())]
        return out

    def item_for(self, finding_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, FINDING_ROLE).id == finding_id), None)

    def ids(self) -> list[str]:
        return [f.id for f in self.findings]

    def counts(self) -> dict[str, int]:
        return {s: sum(f.severity == s for f in self.findings) for s in ("error", "warning", "info")}

    def _update_summary(self) -> None:
        c = self.counts()
        self.summary.setText(
            self.tr("Checklist  ● {0} errors  ▲ {1} warnings  ○ {2} advice").format(
                c["error"], c["warning"], c["info"]
            )
        )

    def select_next(self) -> None:
        """Move to the next finding and activate it (keyboard: F8)."""
        items = self.items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) + 1 if current in items else 0
        item = items[index % len(items)]
        self.tree.setCurrentItem(item)
        self._activate(item)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        self.detail.setVisible(finding is not None)
        if finding is not None:
            self.detail.setText(describe(finding))

    def _activate(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, FINDING_ROLE)
        if finding is not None:
            self.hub.finding_activated.emit(finding)
