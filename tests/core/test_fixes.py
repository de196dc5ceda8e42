"""Suggestions in one click and the safe punctuation fixes (issue 17 point 1): 采用建议 as one undo step,
全部修正 previewed and applied together, `python -m desktop fix` on seed 000."""

from __future__ import annotations

import re
import subprocess
import sys

from PySide6.QtCore import Qt

from desktop.core.checker import check
from desktop.core.fixes import fix_text
from desktop.core.parser import parse_text
from tests.ui_helpers import click_item, shown_dialog, wait_until

TEXT = (
    "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n"
    "(一)组织(社区)干部学法,全年4次。走访(社区)群众;服务(社区)居民。\n"
    "二、存在的不足和原因\n由于人手少。时间8:30,地点: A室。"
)
HALF_BRACKET = ("中文括号应使用全角“（）”。", "括号前后全角、半角混用。")


def words(text: str) -> str:
    """The text without punctuation and spaces: what `fix` may never change."""
    return re.sub(r"[\s,;:，；：()（）]", "", text)


def test_fix_text_changes_punctuation_only():
    fixed, changes = fix_text(TEXT)
    assert (
        "(一)" not in fixed
        and "（一）组织（社区）干部学法，全年4次。走访（社区）群众；服务（社区）居民。" in fixed
    )
    assert "8:30," in fixed and "地点: A室" in fixed  # between digits or Latin text: left alone
    assert words(fixed) == words(TEXT)
    assert [(c.line, c.before, c.after) for c in changes][:3] == [
        (3, "(一)", "（一）"),
        (3, "(社区)", "（社区）"),
        (3, ",", "，"),
    ]


def test_fix_command_on_seed_000(tmp_path, seed_path):
    out = tmp_path / "000.txt"
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "fix", str(seed_path("000")), "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    lines = run.stdout.strip().splitlines()
    before = seed_path("000").read_text(encoding="utf-8")
    after = out.read_text(encoding="utf-8")
    changed = [line for line in lines if "→" in line]
    assert len(changed) == len(fix_text(before)[1]) >= 5 and "(社区) → （社区）" in run.stdout
    assert all(re.match(r"第\d+行：", line) for line in changed) and "共修正" in lines[-1]
    assert words(after) == words(before.replace("\r\n", "\n"))
    findings = check(parse_text(after))
    assert not [f for f in findings if f.message in HALF_BRACKET]
    assert [f for f in check(parse_text(before)) if f.message in HALF_BRACKET]  # there were some


def open_text(qtbot, window, text=TEXT):
    window.open_stored(window.store.reports.add(parse_text(text)))
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy)
    return page


def test_apply_suggestion_in_one_click_is_one_undo_step(qtbot, window):
    page = open_text(qtbot, window)
    checklist = page.checklist
    item = next(i for i in checklist.items() if i.text(0).startswith("中文括号应使用全角"))
    click_item(qtbot, checklist.tree, item)
    assert checklist.apply_button.isVisible()
    before = page.editor.text.toPlainText()
    qtbot.mouseClick(checklist.apply_button, Qt.MouseButton.LeftButton)
    after = page.editor.text.toPlainText()
    assert after == before.replace("(社区)", "（社区）", 1)
    assert page.report.section(page.current_key).text == after
    page.editor.text.undo()
    assert page.editor.text.toPlainText() == before


def test_fix_all_previews_then_applies_together(qtbot, window):
    page = open_text(qtbot, window)
    qtbot.mouseClick(page.checklist.fix_all_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(window)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(lines) == 6 and any("(社区) → （社区）" in line for line in lines)
    assert page.report.section(page.current_key).text.count("(社区)") == 3  # nothing changed before 全部修正
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    text = page.report.section(page.current_key).text
    assert "(" not in text and "，全年" in text and words(text) == words(page.editor.text.toPlainText())
    wait_until(
        qtbot,
        lambda: not page.live.busy and not any(f.message in HALF_BRACKET for f in page.checklist.findings),
    )
    page.editor.text.undo()  # one step undoes the section's fixes
    assert page.editor.text.toPlainText().count("(社区)") == 3
    assert "6" in window.statusBar().currentMessage()


def test_apply_suggestion_to_the_title(qtbot, window, seed_text):
    page = open_text(qtbot, window, seed_text("000"))  # titled …工作总结
    checklist = page.checklist
    item = checklist.item_for("meta.title_form")
    click_item(qtbot, checklist.tree, item)
    assert checklist.apply_button.isVisible()
    suggestion = item.data(0, Qt.ItemDataRole.UserRole).suggestion
    qtbot.mouseClick(checklist.apply_button, Qt.MouseButton.LeftButton)
    assert page.report.title == suggestion == page.header_form.edits["title"].text()
    wait_until(qtbot, lambda: not page.live.busy and checklist.item_for("meta.title_form") is None)
