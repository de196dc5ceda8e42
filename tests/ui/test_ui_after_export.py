"""After export (issue 17 point 7): the right wording, 打开文件 / 打开所在文件夹, one status message at a time,
no false 'data folder changed' after Settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.ui_helpers import shown_dialog, wait_until


class Opened(QObject):
    """Receives what the app asks the desktop to open (Qt's own URL-handler hook: nothing is launched)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_file_and_folder_after_export(qtbot, window, tmp_path):
    window.settings.setValue("export/folder", str(tmp_path))
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        window.create_report("青龙镇", 2024)
        window.show_export()
        dialog = shown_dialog(window)
        assert not dialog.open_file.isVisible() and not dialog.open_folder.isVisible()
        dialog.kind_buttons["xlsx"].click()
        dialog.override.setChecked(True)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        wait_until(qtbot, lambda: dialog.exported_path is not None)
        assert (
            dialog.status.text().startswith("Exported: ")
            and str(dialog.exported_path) in dialog.status.text()
        )
        assert dialog.open_file.isVisible() and dialog.open_folder.isVisible()
        qtbot.mouseClick(dialog.open_file, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
        paths = [Path(url.toLocalFile()) for url in opened.urls]
        assert paths == [dialog.exported_path, dialog.exported_path.parent]
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_the_chinese_wording_is_exported_not_date_written():
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "i18n" / "report_desk_zh_CN.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        if message.findtext("source") in ("Exported: {0}", "Open file", "Open containing folder"):
            assert "成文" not in message.findtext("translation")
        assert message.findtext("source") != "Written: {0}"


def test_settings_without_changes_say_nothing_and_messages_replace_each_other(qtbot, window):
    window.create_report("青龙镇", 2024)
    window.show_settings()
    dialog = shown_dialog(window)
    assert dialog.folder.text() == str(window.store.data_dir)
    dialog.accept()  # OK without touching anything
    assert window.statusBar().currentMessage() == ""
    assert window.settings.value("data/folder", "") == ""
    window.show_status("第一条")
    window.show_status("第二条")
    assert window.statusBar().currentMessage() == "第二条"
    shown = [w for w in (window.status_line.save_label, window.status_line.check_label) if w.isVisible()]
    assert shown == []  # a message hides the normal status widgets: never two texts on top of each other
