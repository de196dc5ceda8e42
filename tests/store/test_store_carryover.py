"""Starting this year's report from last year's: structure, figures, prompts and the carry-over link."""

from __future__ import annotations

from desktop.core.model import Indicator, UnitProfile
from desktop.core.parser import parse_text


def test_start_from_last_year_copies_structure_not_text(store, seed_text):
    last = parse_text(seed_text("003"))
    last.indicators = {"mediation_cases": Indicator("mediation_cases", 126.0, 110.0, "含诉前调解")}
    old = store.reports.add(last)
    store.units.save(UnitProfile(name=last.unit, signer="新镇长", cc="县司法局"))
    new_id = store.carryover.start_from_last_year(old)
    new = store.reports.load(new_id)
    assert new.year == 2025 and "2025年度" in new.title and new.unit == last.unit
    assert [(s.key, s.part) for s in new.sections] == [(s.key, s.part) for s in last.sections]
    assert all(s.text == "" for s in new.sections)
    assert new.section("4").heading == "四、2026年度推进法治政府建设工作计划"  # years moved on
    assert new.section("1").heading == "一、2025年主要工作举措和成效"
    assert new.indicators["mediation_cases"] == Indicator("mediation_cases", None, 126.0, "")
    assert (new.signer, new.cc) == ("新镇长", "县司法局")  # the profile's current values win
    assert (
        store.reports.summary(new_id).source_report_id == old
        and store.reports.summary(new_id).status == "草稿"
    )
    assert store.carryover.previous_report(new_id) == store.reports.load(old)
    assert store.carryover.previous_report(old) is None


def test_last_years_plan_becomes_this_years_measures_prompt(store, seed_text):
    last = parse_text(seed_text("003"))
    old = store.reports.add(last)
    prompts = store.reports.prompts(store.carryover.start_from_last_year(old))
    plan = last.sections_of("next_year")[0].text
    assert prompts["1"].startswith("2024年报告安排了以下工作，请逐项写明2025年的完成情况")
    assert plan in prompts["1"]
    assert last.sections_of("shortcomings")[0].text in prompts["3"]
    assert "2026年度" in prompts["4"]


def test_template_report_carries_over_and_explicit_year(store):
    old = store.reports.create("双泉乡", 2023)
    store.reports.save_section(old, "next_year", "（一）推进综合执法。")
    store.reports.save_indicators(old, [Indicator("legality_review", 4.0)])
    new_id = store.carryover.start_from_last_year(old, year=2025)
    new = store.reports.load(new_id)
    assert new.year == 2025 and new.section("next_year").heading.startswith("四、2026年度")
    assert new.indicators["legality_review"].last_year == 4.0
    assert store.reports.prompts(new_id)["measures"].endswith("（一）推进综合执法。")


def test_deleting_the_source_keeps_the_new_report(store):
    old = store.reports.create("双泉乡", 2023)
    new_id = store.carryover.start_from_last_year(old)
    store.recycle_bin.put(old)
    store.recycle_bin.delete(old)
    assert store.reports.summary(new_id).source_report_id is None
    assert store.carryover.previous_report(new_id) is None
