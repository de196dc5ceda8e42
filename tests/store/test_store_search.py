"""Full-text search across reports and years, including 2-character Chinese words."""

from __future__ import annotations

import pytest

from desktop.core.parser import parse_text
from desktop.store.search import match_expression, tokens


@pytest.fixture
def seeded(store, seed_text):
    """The store with four seed reports in it."""
    for number in ("000", "001", "003", "004"):
        store.reports.add(parse_text(seed_text(number)))
    return store


def units_found(store, query):
    return {h.unit for h in store.search.find(query)}


def test_two_character_words_are_found(seeded, seed_text):
    hits = seeded.search.find("述法")
    assert hits and all("述法" in h.snippet for h in hits if h.position >= 0)
    expected = {parse_text(seed_text(n)).unit for n in ("000", "001", "003", "004") if "述法" in seed_text(n)}
    assert units_found(seeded, "述法") == expected


def test_every_hit_really_contains_the_query(seeded):
    for query in ("法治政府", "合法性审查", "出庭应诉", "人民调解", "普法"):
        hits = seeded.search.find(query, limit=500)
        assert hits, query
        for hit in hits:
            report = seeded.reports.load(hit.report_id)
            section = report.section(hit.section_key)
            assert query in section.text or query in section.heading


def test_phrase_does_not_match_across_punctuation(store):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "实行考核，评议到位。")
    assert store.search.find("考核评议") == [] and store.search.find("核评") == []
    assert [h.section_key for h in store.search.find("考核")] == ["measures"]
    assert [h.section_key for h in store.search.find("评议 考核")] == ["measures"]  # all words, anywhere


def test_latin_words_numbers_and_single_characters(store):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "上线 OA 系统，办理案件126件，受理率100%。")
    assert store.search.find("oa") and store.search.find("126")
    assert [h.position for h in store.search.find("率")] == [20]  # one character: LIKE fallback
    assert store.search.find("127") == []


def test_edits_and_recycling_update_the_index(store):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "other", "无其他需要报告的情况。")
    assert store.search.find("无其他")
    store.reports.save_section(rid, "other", "另有两项工作。")
    assert not [h for h in store.search.find("无其他") if h.section_key == "other"]
    assert store.search.find("两项")
    store.recycle_bin.put(rid)
    assert store.search.find("两项") == [] and store.search.find("两项", include_deleted=True)


@pytest.mark.parametrize(
    "query", ['"', "*", "AND", "a OR b", "NEAR(", '法治"政府', "（）", "   ", "-", "^法"]
)
def test_odd_queries_never_raise(seeded, query):
    seeded.search.find(query)


def test_tokens_are_overlapping_bigrams_that_never_span_punctuation():
    assert tokens("法治政府，OA系统") == "法治 治政 政府 府\ue000 \ue000O OA A系 系统"
    assert match_expression("法治政府 OA") == '"法治 治政 政府" AND "OA"'
    assert match_expression("法") is None and match_expression("法 治理") is None


def test_autosaves_are_indexed_before_the_next_search_even_after_reopening(open_store):
    with open_store() as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "开展宪法宣传周活动")
        store.reports.save_section(rid, "other", "无其他需要报告的情况")
    with open_store() as store:
        assert store.search.update_index() == 2
        assert store.search.update_index() == 0
        store.reports.save_section(rid, "measures", "开展民法典宣传月活动")
        assert [h.section_key for h in store.search.find("民法典")] == ["measures"]
        assert store.search.find("宪法宣传") == []


def test_one_character_words_combine_with_others(store):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "调解纠纷126件，成功率98%。")
    store.reports.save_section(rid, "other", "成功举办培训。")
    assert [h.section_key for h in store.search.find("率 纠纷")] == ["measures"]
