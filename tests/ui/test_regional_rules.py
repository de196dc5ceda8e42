"""设置 ▸ 地区规则: a county's rule folder, chosen in Settings, changes the live checklist at once and at the
next start; a folder that cannot be used is refused with a Chinese message and the bundled rules stay."""

from __future__ import annotations

from desktop.core.parser import parse_text
from desktop.ui.regional_rules import SETTING
from tests.ui_helpers import ime_type, shown_dialog, wait_until

TEXT = (
    "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n全面落实河长治，开展巡河12次，组织学法4次。\n"
    "二、存在的不足和原因\n人手少，主要原因是编制不足。"
)
PAIR = '[[pair]]\nwrong = "河长治"\nright = "河长制"\nconfidence = "sure"\nsource = "县司法局"\n'


def typo_quotes(page) -> list[str]:
    return [f.quote for f in page.findings() if f.id == "lang.typo"]


def choose_rules(qtbot, window, folder: str) -> None:
    window.show_settings()
    dialog = shown_dialog(window)
    assert dialog.objectName() == "settingsDialog" and dialog.rules_browse.isVisible()
    dialog.rules.clear()
    ime_type(dialog.rules, folder)  # typed as an input method commits it (the path has Chinese in it)
    dialog.accept()


def opened(qtbot, window):
    window.open_stored(window.store.reports.add(parse_text(TEXT)))
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.findings()) and not page.live.busy, timeout=15000)
    return page


def test_a_region_folder_chosen_in_settings_changes_the_checklist(qtbot, window, tmp_path):
    region = tmp_path / "地区规则"
    region.mkdir()
    (region / "lang_typo.toml").write_text(PAIR, encoding="utf-8")
    page = opened(qtbot, window)
    assert "河长治" not in typo_quotes(page)  # not a bundled typo
    choose_rules(qtbot, window, str(region))
    wait_until(qtbot, lambda: "河长治" in typo_quotes(page) and not page.live.busy, timeout=15000)
    assert window.settings.value(SETTING) == str(region)
    assert str(region) in window.statusBar().currentMessage()
    choose_rules(qtbot, window, "")  # emptied: the bundled rules again
    wait_until(qtbot, lambda: "河长治" not in typo_quotes(page) and not page.live.busy, timeout=15000)


def test_an_unusable_folder_is_refused_in_chinese_and_not_kept(qtbot, window, tmp_path):
    region = tmp_path / "坏规则"
    region.mkdir()
    (region / "lang_typo.toml").write_text("[[pair]\n", encoding="utf-8")  # not TOML
    page = opened(qtbot, window)
    before = sorted(f.id for f in page.findings())
    choose_rules(qtbot, window, str(region))
    message = window.statusBar().currentMessage()
    assert "未能使用" in message and "lang_typo.toml" in message and "内置规则" in message
    assert window.settings.value(SETTING, "") == ""
    page.check_now()
    wait_until(qtbot, lambda: not page.live.busy)
    assert sorted(f.id for f in page.findings()) == before


def test_the_chosen_folder_is_used_from_the_start(qtbot, window, tmp_path):
    region = tmp_path / "地区规则"
    region.mkdir()
    (region / "lang_typo.toml").write_text(PAIR, encoding="utf-8")
    window.settings.setValue(SETTING, str(region))  # as a former session left it
    page = opened(qtbot, window)  # the workspace is made when the first report opens
    assert "河长治" in typo_quotes(page)


def test_the_start_page_counts_with_the_regional_rules(qtbot, window, tmp_path):
    """A report never checked (imported, say) is checked for the list with the chosen folder too."""
    region = tmp_path / "地区规则"
    region.mkdir()
    (region / "lang_typo.toml").write_text(PAIR, encoding="utf-8")
    window.settings.setValue(SETTING, str(region))
    report_id = window.store.reports.add(parse_text(TEXT))
    window.start_page.refresh()
    found = lambda: [f.quote for f in window.store.findings.load(report_id) if f.id == "lang.typo"]  # noqa: E731
    wait_until(qtbot, lambda: "河长治" in found(), timeout=15000)


def test_choosing_on_the_start_page_checks_the_folder_without_building_the_workspace(qtbot, window, tmp_path):
    bad = tmp_path / "坏规则"
    bad.mkdir()
    (bad / "lang_typo.toml").write_text("[[pair]\n", encoding="utf-8")
    assert not window.workspace_made()
    choose_rules(qtbot, window, str(bad))
    assert "未能使用" in window.statusBar().currentMessage() and window.settings.value(SETTING, "") == ""
    good = tmp_path / "地区规则"
    good.mkdir()
    (good / "lang_typo.toml").write_text(PAIR, encoding="utf-8")
    choose_rules(qtbot, window, str(good))
    assert window.settings.value(SETTING) == str(good) and str(good) in window.statusBar().currentMessage()
    assert not window.workspace_made()  # made, with the chosen rules, when a report is first opened
    assert "河长治" in typo_quotes(opened(qtbot, window))
