"""The `make ime-test` harness's read-back: what an input method committed is found in the store (no X needed)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.parser import parse_text
from desktop.core.resources import resources_dir
from desktop.store import Store
from tools.ime.harness import NOTICE_TITLE, committed_text, describe, verdict


def stored_demo(folder, typed: str) -> None:
    report = parse_text((resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8"))
    store = Store.open(folder, backup_on_open=False)
    report_id = store.reports.add(report)
    section = report.sections[2]
    store.reports.save_section(report_id, section.key, section.text + typed)
    store.close()


def test_the_committed_characters_are_read_back(tmp_path):
    stored_demo(tmp_path, "你好")
    assert committed_text(tmp_path) == "你好"
    assert describe(committed_text(tmp_path)) == "你好"


def test_pinyin_typed_literally_is_named(tmp_path):
    stored_demo(tmp_path, "nihao ")
    assert describe(committed_text(tmp_path)) == "**nihao** (typed literally)"


def test_an_empty_store_commits_nothing(tmp_path):
    Store.open(tmp_path, backup_on_open=False).close()
    assert describe(committed_text(tmp_path)) == "**nothing**"


def test_the_harness_expects_letters_and_the_message_under_fcitx4_only():
    assert verdict("fcitx4", "nihao ", "log+window")
    assert not verdict("fcitx4", "nihao ", "log")  # the window must be on screen too
    assert not verdict("fcitx4", "你好", "")
    assert verdict("fcitx5", "你好", "") and not verdict("fcitx5", "你好", "log+window")
    assert not verdict("ibus", "nihao ", "")


def test_the_harness_looks_for_the_notice_by_its_chinese_title():
    import html

    ts = (Path(__file__).parents[1] / "i18n" / "report_desk_zh_CN.ts").read_text(encoding="utf-8")
    source = html.escape("Typing Chinese: please switch the input method framework", quote=False)
    assert f"<source>{source}</source>\n        <translation>{NOTICE_TITLE}</translation>" in ts
