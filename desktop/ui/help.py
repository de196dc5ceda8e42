"""The offline user guide (resources/help/index.html) in a window, opened at the part about what is on
screen: F1 on the start page → 新建, in the text → 写作, in the checklist → 检查, and so on."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.resources import resources_dir
from desktop.ui.checklist_panel import FINDING_ROLE
from desktop.ui.retranslate import RetranslateMixin


def guide_path():
    return resources_dir() / "help" / "index.html"


def current_topic(window) -> str:
    """The guide's anchor for what the window shows and where the keyboard focus is."""
    if window.start_page is not None and window.stack.currentWidget() is window.start_page:
        return "new"
    page = window._editor_page
    if page is None or window.stack.currentWidget() is not page:
        return "new"
    focus = QApplication.focusWidget()
    if focus is not None and (focus is page.checklist or page.checklist.isAncestorOf(focus)):
        return "check"
    if focus is page.editor.text and _just_jumped(page):
        return "check"  # a checklist click moved the focus to the text it is about
    centre = page.centre.currentWidget()
    if centre is page.indicators:
        return "figures"
    if centre is page.header_form:
        return "header"
    return "write"


def _just_jumped(page) -> bool:
    """The text shows exactly the quote of the checklist's current finding (nothing typed since)."""
    item = page.checklist.tree.currentItem()
    finding = item.data(0, FINDING_ROLE) if item is not None else None
    selected = page.editor.text.textCursor().selectedText()
    return finding is not None and bool(finding.quote) and selected == finding.quote


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
