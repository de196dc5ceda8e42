"""The `make ime-test` harness's read-back: what an input method committed is found in the store (no X needed)."""

from __future__ import annotations

from desktop.core.parser import parse_text
from desktop.core.resources import resources_dir
from desktop.store import Store
from tools.ime.harness import committed_text, describe


def stored_demo(folder, typed: str) -> None:
    report = parse_text((resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8"))
    store = Store.open(folder, backup_on_open=False)
    report_id = store.add_report(report)
    section = report.sections[2]
    store.save_section(report_id, section.key, section.text + typed)
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
