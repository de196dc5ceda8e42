"""Translations (issue 8): zh_CN complete and in sync with the code, .qm loads, the window shows no English."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget, QTreeWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
import i18n as tools  # noqa: E402  (build/i18n.py)

ZH = ROOT / "i18n" / "report_desk_zh_CN.ts"
EN = ROOT / "i18n" / "report_desk_en.ts"


def refreshed_copy(ts: Path, tmp_path: Path) -> Path:
    """The committed .ts merged with the strings in the code now (lupdate keeps obsolete entries)."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    lang = "zh_CN" if "zh_CN" in ts.name else "en"
    subprocess.run(
        [
            tools.tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-target-language",
            lang,
            *tools.sources(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
    )
    return copy


def states(ts: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"unfinished": [], "obsolete": []}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type") or ""
            label = f"{context.findtext('name')}|{message.findtext('source')}"
            if kind == "unfinished":
                out["unfinished"].append(label)
            elif kind in ("obsolete", "vanished"):
                out["obsolete"].append(label)
    return out


def test_zh_cn_translates_every_ui_string(tmp_path):
    found = states(refreshed_copy(ZH, tmp_path))
    assert found["unfinished"] == [], "run `make i18n` and translate these in i18n/report_desk_zh_CN.ts"
    assert found["obsolete"] == [], "run `make i18n` to drop entries the code no longer uses"


def test_en_catalogue_has_no_obsolete_entries(tmp_path):
    assert states(refreshed_copy(EN, tmp_path))["obsolete"] == []


def test_languages_are_the_ts_files_and_sources_are_the_tr_callers(compiled):
    from desktop.ui.translations import available_languages

    on_disk = sorted(p.stem.removeprefix("report_desk_") for p in (ROOT / "i18n").glob("report_desk_*.ts"))
    assert tools.languages() == on_disk
    assert list(available_languages())[0] == "zh_CN"
    assert set(available_languages()) == set(on_disk)
    picked = set(tools.sources())
    assert "desktop/ui/main_window.py" in picked
    assert "desktop/store/backup.py" not in picked  # str( and getattr( are not UI strings
    assert tools.UI_STRING_CALL.search("getattr(x, 'y')") is None
    assert tools.UI_STRING_CALL.search('self.tr("Save")') and tools.UI_STRING_CALL.search(
        'translate("C", "s")'
    )


def test_translations_are_real_chinese():
    for _ctx, source, translation in tools.messages(ZH):
        text = translation.text or ""
        if any(ch.isalpha() and ch.isascii() for ch in source.replace("{0}", "").replace("{1}", "")):
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (source, text)
        for placeholder in ("{0}", "{1}", "{2}"):
            assert (placeholder in source) == (placeholder in text), (source, text)


@pytest.fixture(scope="module")
def compiled():
    """Build the .qm files when they are missing or older than the .ts (make does the same)."""
    for ts in (ZH, EN):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tools.release()
            break


def english_sources() -> set[str]:
    return {src for _c, src, _t in tools.messages(EN) if any(ch.isascii() and ch.isalpha() for ch in src)}


def visible_texts(widget) -> list[str]:
    texts = [action.text() for menu in widget.findChildren(QMenu) for action in menu.actions()]
    texts += [action.text() for action in widget.findChildren(QAction)]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    texts += [w.title() for w in widget.findChildren(QGroupBox)]
    texts += [w.placeholderText() for w in widget.findChildren(QLineEdit)]
    for tree in widget.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(i) for i in range(header.columnCount())]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


def test_main_window_in_chinese_then_english(qtbot, tmp_path, compiled):
    from desktop.ui.translations import install_language
    from tests.ui_helpers import stored_window, wait_until

    assert install_language("zh_CN")
    assert QCoreApplication.translate("MainWindow", "Preview and print the report") == "预览并打印报告"
    try:
        with stored_window(qtbot, tmp_path) as window:
            sources = english_sources()
            shown = visible_texts(window)
            assert any("\u4e00" <= ch <= "\u9fff" for text in shown for ch in text)
            assert [t for t in shown if t in sources] == []  # nothing left in English
            install_language("en")
            wait_until(qtbot, lambda: any(t in sources for t in visible_texts(window)))
    finally:
        install_language("en")  # other UI tests run on the English source strings


def test_every_dialog_speaks_chinese(qtbot, tmp_path, seed_text, compiled):
    """Open the editor and each dialog in zh_CN: no English source string may be visible."""
    from desktop.core.parser import parse_text
    from desktop.ui.translations import install_language
    from tests.ui_helpers import shown_dialog, stored_window, wait_until

    install_language("zh_CN")
    try:
        with stored_window(qtbot, tmp_path) as window:
            window.open_stored(window.store.reports.add(parse_text(seed_text("004"))))
            page = window.editor_page
            wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy, timeout=30000)
            sources = english_sources()
            assert [t for t in visible_texts(window) if t in sources] == []
            page.navigator.setCurrentItem(page.navigator.topLevelItem(2))
            openers = [window.show_settings, window.show_about, window.show_recycle_bin, window.show_search,
                       window.show_export, window.show_revisions]  # fmt: skip
            for open_dialog in openers:
                open_dialog()
                dialog = shown_dialog(window)
                assert dialog is not None, open_dialog.__name__
                wait_until(qtbot, dialog.isVisible)
                left = [t for t in visible_texts(dialog) + [dialog.windowTitle()] if t in sources]
                assert left == [], (open_dialog.__name__, left)
                dialog.reject()
    finally:
        install_language("en")
