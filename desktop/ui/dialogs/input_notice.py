"""How to type Chinese on a fcitx 4 desktop: the program cannot receive fcitx 4 input (no fcitx Qt plugin is
bundled, see desktop/input_method.py), so the clerk is told once, without blocking, to switch the input-method
framework to fcitx5 or ibus. 帮助 ▸ 输入中文 shows it again."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.input_method import fcitx4_without_plugin
from desktop.ui.retranslate import RetranslateMixin

SHOWN_KEY = "input/fcitx4_notice_shown"
LOG_LINE = "fcitx4-notice shown"  # make ime-test looks for this line in the log


class Fcitx4Notice(RetranslateMixin, QDialog):
    """The steps, in a non-modal window the clerk can keep open while changing the settings."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, objectName="fcitx4Notice")
        self.setModal(False)
        self.text = QLabel(objectName="fcitx4NoticeText", wordWrap=True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )  # commands can be copied
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.translate_ui()
        self.resize(560, self.sizeHint().height())

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Typing Chinese: please switch the input method framework"))
        self.text.setText(
            self.tr(
                "<p><b>This program cannot receive input from fcitx 4</b>, the input method framework running "
                "on this desktop: pinyin typed here comes out as letters.</p>"
                "<p>To type Chinese, switch the framework to <b>fcitx5</b> or <b>ibus</b> (your IT person can "
                "do this if you may not install software):</p>"
                "<ol><li>Install one of them: <code>fcitx5&nbsp;fcitx5-chinese-addons</code>, or "
                "<code>ibus&nbsp;ibus-libpinyin</code> (Kylin V10 / UOS: the software store, or "
                "<code>sudo&nbsp;apt&nbsp;install</code> with those names).</li>"
                "<li>Choose it as the input method framework: in the system's input method settings, or in a "
                "terminal:<br><code>im-config&nbsp;-n&nbsp;fcitx5</code> "
                "(or <code>im-config&nbsp;-n&nbsp;ibus</code>).</li>"
                "<li>Log out and log in again, then start this program.</li></ol>"
                "<p>Until then, Chinese text written in another program can be pasted here. This message is "
                "shown once; Help ▸ Typing Chinese shows it again.</p>"
            )
        )


def show_fcitx4_notice(window) -> Fcitx4Notice:
    """Show the steps beside the work (帮助 ▸ 输入中文, and the first start on a fcitx 4 desktop)."""
    notice = Fcitx4Notice(window)
    notice.show()
    logging.getLogger(__name__).info(LOG_LINE)
    return notice


def offer_fcitx4_notice(window, detected: bool | None = None) -> Fcitx4Notice | None:
    """Once per user: on a fcitx 4 desktop without a fcitx plugin, show the steps (remembered in the settings)."""
    settings = window.settings
    if str(settings.value(SHOWN_KEY, "false")).lower() == "true":
        return None
    if not (fcitx4_without_plugin() if detected is None else detected):
        return None
    settings.setValue(SHOWN_KEY, True)
    settings.sync()
    return show_fcitx4_notice(window)
