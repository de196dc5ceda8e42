"""Section revisions: coalescing rapid autosaves, large changes, restore, retention."""

from __future__ import annotations

import pytest

from desktop.store import ReportNotFoundError
from desktop.store import revisions as rev


def type_text(store, clock, rid, text, seconds_per_save=3.0):
    """Autosave after every character, as the GUI would after each pause in typing."""
    for n in range(1, len(text) + 1):
        clock.now += seconds_per_save
        store.reports.save_section(rid, "measures", text[:n])


def test_rapid_small_edits_coalesce_into_one_revision(store, clock):
    rid = store.reports.create("青龙镇", 2024)
    type_text(store, clock, rid, "全年开展普法活动32场")
    revs = store.revisions.of_section(rid, "measures")
    assert len(revs) == 1
    assert store.revisions.get(revs[0].id).text == "全年开展普法活动32场"
    assert revs[0].updated_at > revs[0].created_at


def test_a_new_revision_after_the_coalescing_window(store, clock):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "第一稿")
    clock.now += rev.COALESCE_SECONDS + 1
    store.reports.save_section(rid, "measures", "第一稿，补充")
    texts = [store.revisions.get(r.id).text for r in store.revisions.of_section(rid, "measures")]
    assert texts == ["第一稿，补充", "第一稿"]


def test_a_large_paste_starts_a_revision_at_once(store, clock):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "开头")
    clock.now += 2
    pasted = "开头" + "法治宣传进村入户。" * 40
    store.reports.save_section(rid, "measures", pasted)
    texts = [store.revisions.get(r.id).text for r in store.revisions.of_section(rid, "measures")]
    assert texts == [pasted, "开头"]


def test_whitespace_only_change_saves_text_but_no_new_revision(store, clock):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "一是加强学习。")
    clock.now += rev.COALESCE_SECONDS * 3
    result = store.reports.save_section(rid, "measures", "一是加强学习。\n\n")
    assert result.changed
    assert len(store.revisions.of_section(rid, "measures")) == 1
    assert store.reports.load(rid).section("measures").text == "一是加强学习。\n\n"


def test_restore_revision_brings_text_back_and_can_be_undone(store, clock):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "好的旧稿")
    clock.now += rev.COALESCE_SECONDS + 1
    store.reports.save_section(rid, "measures", "误删后的稿子")
    old = store.revisions.of_section(rid, "measures")[-1]
    result = store.revisions.restore(old.id)
    assert result.changed
    assert store.reports.load(rid).section("measures").text == "好的旧稿"
    revs = store.revisions.of_section(rid, "measures")
    assert [r.note for r in revs][0] == f"恢复自修订 {old.id}"
    assert [store.revisions.get(r.id).text for r in revs] == ["好的旧稿", "误删后的稿子", "好的旧稿"]
    with pytest.raises(ReportNotFoundError):
        store.revisions.restore(9999)


def test_revisions_are_capped_per_section(store, clock, monkeypatch):
    monkeypatch.setattr(rev, "MAX_REVISIONS", 5)
    rid = store.reports.create("青龙镇", 2024)
    for n in range(12):
        clock.now += rev.COALESCE_SECONDS + 1
        store.reports.save_section(rid, "measures", f"第{n}稿")
    texts = [store.revisions.get(r.id).text for r in store.revisions.of_section(rid, "measures")]
    assert texts == [f"第{n}稿" for n in range(11, 6, -1)]


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        ("abc", "abc", 0),
        ("abc", "abXc", 1),
        ("", "法治政府", 4),
        ("法治政府建设", "法治建设", 2),
        ("一二三四五", "一二九九九九五", 4),
        ("aaaa", "aa", 2),
    ],
)
def test_changed_chars(old, new, changed):
    assert rev.changed_chars(old, new) == changed
