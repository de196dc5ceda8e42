"""Before a whole pasted or imported report is spread over the parts: which heading goes to which part."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import CLOSING, INTRO, Report
from desktop.ui.part_bar import PartCombo
from desktop.ui.retranslate import RetranslateMixin

SPLIT, AS_IS = "split", "as_is"


def _heading_of(section) -> str:
    if section.heading:
        return section.heading
    first = section.text.split("\n", 1)[0]
    return {INTRO: "（开头）", CLOSING: "（结尾）"}.get(section.part, "") + first[:30]


class SplitPreviewDialog(RetranslateMixin, QDialog):
    """One row per section found (heading, characters, part chosen in a combo). `choice` is SPLIT when the
    user accepts the split, AS_IS for “paste here as it is”, None when cancelled."""

    def __init__(self, parent: QWidget | None, parsed: Report, can_paste_as_is: bool = True) -> None:
        super().__init__(parent, objectName="splitPreview")
        self.parsed = parsed
        self.choice: str | None = None
        self.rows = [s for s in parsed.sections if s.heading or s.text]
        self.intro = QLabel(objectName="splitIntro", wordWrap=True)
        self.found = QLabel(objectName="splitFound", wordWrap=True)
        self.table = QTableWidget(len(self.rows), 3, self, objectName="splitTable")
        self.combos: list[PartCombo] = []
        for row, section in enumerate(self.rows):
            heading = QTableWidgetItem(_heading_of(section))
            heading.setToolTip(section.text[:300])
            self.table.setItem(row, 0, heading)
            self.table.setItem(row, 1, QTableWidgetItem(f"{section.chars:,}"))
            combo = PartCombo(self.table, f"splitPart{row}")
            combo.set_part(section.part)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.split_button = QPushButton(objectName="splitAccept")
        self.as_is_button = QPushButton(objectName="splitAsIs")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.split_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.as_is_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.as_is_button.setVisible(can_paste_as_is)  # after addButton, which shows it
        self.split_button.setDefault(True)
        self.split_button.clicked.connect(lambda: self._close_with(SPLIT))
        self.as_is_button.clicked.connect(lambda: self._close_with(AS_IS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.translate_ui()
        self.resize(820, 460)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Split into the parts"))
        self.intro.setText(
            self.tr(
                "This text is a whole report: {0} sections were found. Check which part each one goes to "
                "(change it where it is wrong), then split. Nothing already written is overwritten."
            ).format(len(self.rows))
        )
        found = [
            self.tr("title"), self.tr("addressee (主送)"), self.tr("signature (落款)"), self.tr("date (成文日期)")
        ]  # fmt: skip
        values = [self.parsed.title, self.parsed.addressee, self.parsed.signature, self.parsed.date]
        have = [name for name, value in zip(found, values, strict=True) if value]
        self.found.setText(self.tr("Also found: {0}").format("、".join(have)) if have else "")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Heading"), self.tr("Characters"), self.tr("Goes to part")]
        )
        self.split_button.setText(self.tr("Split into the parts"))
        self.as_is_button.setText(self.tr("Paste here as it is"))
        for combo in self.combos:
            combo.fill()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.split_button.setFocus()  # Enter splits; the buttons' focus would otherwise make Cancel default

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def result_report(self) -> Report:
        """The parsed report with the parts as the user left them (changed ones marked part_chosen)."""
        for section, combo in zip(self.rows, self.combos, strict=True):
            if combo.part() != section.part:
                section.part, section.part_chosen = combo.part(), True
        return self.parsed
