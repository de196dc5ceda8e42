"""meta.year_*: title year, body year, plan year = year+1, 成文日期 and 发文字号 years."""

from __future__ import annotations

import threading

from desktop.core import text as seg
from desktop.core.checker import Checker
from desktop.core.model import INTRO, Report
from desktop.core.rules import years
from tests.builders import make_report, make_section


def report(
    title="青山镇2024年法治政府建设年度报告", year=2024, intro="", measures="", plan_heading="", plan=""
):
    return make_report(
        make_section(intro, part=INTRO, key=INTRO),
        make_section(measures or "依法行政。", heading="一、主要举措和成效"),
        make_section(plan or "继续推进。", part="next_year", heading=plan_heading or "二、下一年度工作安排"),
        title=title,
        year=year,
    )


def year_findings(r: Report) -> list:
    return [f for f in Checker([years]).check(r) if f.id.startswith("meta.year_")]


def test_consistent_report_has_no_year_findings():
    r = report(
        intro="2024年，我镇坚持依法行政。现将2024年法治政府建设情况报告如下：",
        measures="2024年组织学法6次。制定了《青山镇2024年普法工作计划》。",
        plan_heading="二、2025年度推进法治政府建设工作计划",
        plan="2025年，我镇将继续推进法治政府建设。",
    )
    r.date, r.doc_number = "2025-01-21", "青府〔2025〕3号"
    assert year_findings(r) == []


def test_title_year_differs_from_report_year():
    found = year_findings(report(title="青山镇2023年法治政府建设年度报告", year=2024))
    assert [(f.id, f.section, f.quote, f.suggestion) for f in found] == [
        ("meta.year_title", "title", "2023", "2024")
    ]


def test_plan_must_be_for_next_year():
    found = year_findings(report(plan_heading="二、2024年工作计划"))
    assert [(f.id, f.location, f.quote, f.suggestion) for f in found] == [
        ("meta.year_plan", "heading:2", "2024", "2025")
    ]
    assert [f.id for f in year_findings(report(plan="2026年工作打算：继续推进。"))] == ["meta.year_plan"]
    plan_in_intro = report(intro="现将2024年工作情况及2024年工作打算报告如下：")
    assert [f.quote for f in year_findings(plan_in_intro)] == ["2024"]


def test_body_speaking_of_another_year():
    r = report(measures="2023年组织学法6次。2023年开展普法12场。2023年调解纠纷30件。")
    found = year_findings(r)
    assert [(f.id, f.quote) for f in found] == [("meta.year_body", "2023")]
    summary = year_findings(report(intro="现将2023年法治政府建设情况报告如下："))
    assert [(f.id, f.section, f.quote) for f in summary] == [("meta.year_body", INTRO, "2023")]


def test_written_before_the_year_is_over():
    r = report()
    r.date = "2024-11-20"
    assert [f.id for f in year_findings(r)] == ["meta.year_date"]
    r.date = "2024-12-24"  # 青龙镇 (seed 003): December is the usual time to write
    assert year_findings(r) == []


def test_doc_number_year_matches_the_date():
    r = report()
    r.date, r.doc_number = "2025-01-08", "邮亭委文〔2024〕1号"
    found = year_findings(r)
    assert [(f.id, f.section, f.quote) for f in found] == [
        ("meta.year_doc_number", "header", "邮亭委文〔2024〕1号")
    ]


def test_no_year_no_year_findings():
    assert year_findings(report(year=None)) == []


def test_tokenizer_is_built_once_across_threads():
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(seg.tokenizer())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 4 and all(g is got[0] for g in got)
    assert seg.is_ready()
    assert [w for w, _, _ in seg.tokens("健全学法制度")] == [
        "健全",
        "学法制度",
    ]  # the domain dictionary is loaded
