"""这是哪一部分: the part chooser (a combo box) shown above a section's heading, with the structure menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from desktop.core.model import CLOSING, INTRO
from desktop.core.outline import PART_CHOICES
from desktop.core.template import short_titles


def part_label(part: str | None) -> str:
    """What the window calls a part: 一、主要举措和成效 … (domain names), opening, closing or none."""
    if part in short_titles():
        return short_titles()[part]
    names = {
        INTRO: QCoreApplication.translate("PartBar", "Opening (导语)"),
        CLOSING: QCoreApplication.translate("PartBar", "Closing notes (联系人等)"),
        None: QCoreApplication.translate("PartBar", "None of the five parts"),
    }
    return names.get(part, str(part))


def part_tag(part: str | None) -> str:
    """A short tag the navigator puts before a heading that does not say its part: 〔三〕, 〔开头〕, 〔无〕."""
    if part in short_titles():
        return f"〔{short_titles()[part][0]}〕"
    short = {
        INTRO: QCoreApplication.translate("PartBar", "Opening"),
        CLOSING: QCoreApplication.translate("PartBar", "Closing"),
        None: QCoreApplication.translate("PartBar", "None"),
    }
    return f"〔{short.get(part, str(part))}〕"


class PartCombo(QComboBox):
    """The parts a section may be; `chosen(part)` when the user picks one (not when set in code)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, object_name: str = "partCombo") -> None:
        super().__init__(parent, objectName=object_name)
        self.fill()
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def fill(self) -> None:
        current = self.part()
        self.blockSignals(True)
        self.clear()
        for part in PART_CHOICES:
            self.addItem(part_label(part), part)
        self.set_part(current)
        self.blockSignals(False)

    def part(self) -> str | None:
        return self.currentData() if self.count() else None

    def set_part(self, part: str | None) -> None:
        index = self.findData(part)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0) if part is not None else self.findData(None))
        self.blockSignals(False)


class PartBar(QWidget):
    """Above the heading: “这是哪一部分” [combo] ·  chosen by hand / read from the heading · [结构 ▾]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="partBar")
        self.caption = QLabel(objectName="partCaption")
        self.combo = PartCombo(self)
        self.source = QLabel(objectName="partSource")
        self.source.setStyleSheet("color: #757575;")
        self.source.setMinimumWidth(0)
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(11)  # narrow windows; wider ones give it room up to its maximum
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMaximumWidth(240)
        self.menu_button = QToolButton(objectName="structureButton")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(QMenu(self.menu_button))
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo, 2)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.menu_button)
        self.chosen = False
        self.translate_ui()

    def translate_ui(self) -> None:
        self.caption.setText(self.tr("Which part is this:"))
        self.combo.setToolTip(self.tr("Say which of the five parts this section is; the checklist follows"))
        self.menu_button.setText(self.tr("Sections ▾"))
        self.menu_button.setToolTip(self.tr("Add, delete, split, merge or move sections"))
        self.combo.fill()
        self.show_part(self.combo.part(), self.chosen)

    def show_part(self, part: str | None, chosen: bool) -> None:
        self.chosen = chosen
        self.combo.set_part(part)
        self.source.setText(self.tr("(set by you)") if chosen else self.tr("(read from the heading)"))
