"""The fcitx 4 notice (desktop/ui/dialogs/input_notice.py): shown once per user, non-blocking, again from 帮助."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.ui.dialogs.input_notice import LOG_LINE, offer_fcitx4_notice
from desktop.ui.settings import app_settings
from tests.test_i18n import compiled  # noqa: F401 - the .qm files, built when missing
from tests.ui_helpers import shown_dialog


def test_the_notice_shows_once_then_only_from_help(window, qtbot, caplog):
    assert offer_fcitx4_notice(window, detected=False) is None  # not a fcitx 4 desktop: nothing
    with caplog.at_level(logging.INFO):
        notice = offer_fcitx4_notice(window, detected=True)
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert LOG_LINE in caplog.text
    text = notice.text.text().replace("&nbsp;", " ")
    assert (
        "fcitx5 fcitx5-chinese-addons" in text and "im-config -n fcitx5" in text and "ibus-libpinyin" in text
    )
    assert window.isEnabled()  # the window stays usable while the notice is open
    notice.close()
    assert offer_fcitx4_notice(window, detected=True) is None  # the second start says nothing
    assert app_settings(Path(window.settings.fileName())).value("input/fcitx4_notice_shown") in (True, "true")
    window.actions["input_help"].trigger()  # 帮助 ▸ 输入中文
    again = shown_dialog(window, "fcitx4Notice")
    assert again is not None and again.text.text() == notice.text.text()
    again.close()


@pytest.mark.usefixtures("compiled")
def test_the_notice_is_in_chinese(qtbot, tmp_path):
    from desktop.ui.dialogs.input_notice import Fcitx4Notice
    from desktop.ui.translations import install_language

    install_language("zh_CN")
    try:
        notice = Fcitx4Notice(None)
        qtbot.addWidget(notice)
        assert notice.windowTitle() == "输入中文：请切换输入法框架"
        assert "本程序收不到 fcitx 4" in notice.text.text() and "注销后重新登录" in notice.text.text()
    finally:
        install_language("en")  # other UI tests run on the English source strings
