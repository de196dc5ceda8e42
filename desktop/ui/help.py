"""The offline user guide (resources/help/index.html) in a window, opened at the part about what is on
screen: F1 on the start page → 新建, in the text → 写作, in the checklist → 检查, and so on."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.resources import resources_dir
from desktop.ui.retranslate import RetranslateMixin


def guide_path():
    return resources_dir() / "help" / "index.html"


TOPICS = {"checklist": "check", "text": "write", "header": "header", "indicators": "figures"}  # → anchors


def current_topic(window) -> str:
    """The guide's anchor for what the window shows and where the keyboard focus is."""
    panel_in_use = getattr(window.stack.currentWidget(), "panel_in_use", None)  # the report's workspace
    return TOPICS[panel_in_use()] if panel_in_use is not None else "new"  # else the start or review page


class HelpDialog(RetranslateMixin, QDialog):
    """The guide in a QTextBrowser (no browser, no network: links inside the guide only)."""

    def __init__(self, parent: QWidget | None, topic: str = "") -> None:
        super().__init__(parent, objectName="helpDialog")
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.translate_ui()
        self.resize(720, 620)
        self.show_topic(topic)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("User guide"))

    def show_topic(self, topic: str) -> None:
        if topic:
            self.browser.scrollToAnchor(topic)


def show_help(window) -> HelpDialog:
    """帮助 ▸ 用户指南 / F1: the guide at the current panel (a non-modal window beside the work; one
    window, brought forward and scrolled again on the next F1)."""
    topic = current_topic(window)  # before the guide takes the focus
    dialog = window.findChild(HelpDialog) or HelpDialog(window)
    dialog.show_topic(topic)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
