"""Structure edits on a Report (no Qt): parts chosen by the clerk, add/delete/split/merge/move, a pasted
report spread over the parts — and the checker honours what the clerk said."""

from __future__ import annotations

import pytest

from desktop.core import outline
from desktop.core.checker import Checker
from desktop.core.model import Section
from desktop.core.parser import parse_text
from desktop.core.template import load_template

TEMPLATE = load_template()
CHECKER = Checker(template=TEMPLATE)


def new_report():
    return TEMPLATE.new_report("青龙镇", 2024)


def ids(report):
    return {f.id for f in CHECKER.check(report)}


def test_a_part_the_clerk_chose_counts_for_the_checker_and_is_not_undone_by_a_heading_edit():
    report = new_report()
    report.sections = [s for s in report.sections if s.key != "first_responsible"]
    report.section("measures").text = "全年审查合同41件。" * 5
    extra = outline.add_section(report, "measures", TEMPLATE)
    extra.heading = "三、加强组织领导"
    extra.text = "镇党委书记带头履行职责，专题研究法治建设4次，年终述法。" * 3
    assert extra.part == "measures" and "part.first_responsible" in ids(report)
    outline.set_part(report, extra.key, "first_responsible")
    assert extra.part_chosen and "part.first_responsible" not in ids(report)
    extra.heading = "三、下一步工作打算"  # names another part, but the clerk has spoken
    assert not outline.follow_heading(extra, TEMPLATE) and extra.part == "first_responsible"
    with pytest.raises(ValueError):
        outline.set_part(report, extra.key, "nonsense")


def test_an_unchosen_part_follows_a_heading_that_names_a_part():
    report = new_report()
    section = outline.add_section(report, "measures", TEMPLATE)
    section.heading = "二、存在的问题和不足"
    assert outline.follow_heading(section, TEMPLATE) and section.part == "shortcomings"
    section.heading = "二、其他一些话"  # names nothing: the part stays
    assert not outline.follow_heading(section, TEMPLATE) and section.part == "shortcomings"


def test_add_part_goes_where_the_part_belongs_with_the_template_heading():
    report = new_report()
    report.sections = [s for s in report.sections if s.key != "other"]
    report.sections.append(Section("closing", "", "联系人：张三", "closing"))
    added = outline.add_section(report, None, TEMPLATE, part="other")
    keys = [s.key for s in report.sections]
    assert keys.index(added.key) == keys.index("closing") - 1
    assert added.heading.startswith("五、其他需要报告的情况") and added.part_chosen


def test_split_at_a_heading_line_merge_back_and_move():
    report = new_report()
    measures = report.section("measures")
    measures.text = "（一）依法决策。审查3件。\n（二）严格执法。办案5件。\n二、存在的不足\n执法力量不足。"
    at = measures.text.index("二、存在")
    new = outline.split_section(report, "measures", at + 3, TEMPLATE)  # the cursor inside the heading line
    assert new.heading == "二、存在的不足" and new.text == "执法力量不足。" and new.part == "shortcomings"
    assert measures.text.endswith("办案5件。")
    assert [s.key for s in report.sections].index(new.key) == 2
    plain = outline.split_section(report, "measures", measures.text.index("（二）"), TEMPLATE)
    assert plain.heading == "（二）严格执法。办案5件。" and plain.part == "measures" and not plain.text
    merged = outline.merge_with_next(report, "measures")
    assert merged is plain and "（二）严格执法" in measures.text
    assert outline.move_section(report, new.key, 1) and report.sections[1] is new
    assert not outline.move_section(report, new.key, 1)
    last = report.sections[-1].key
    assert outline.merge_with_next(report, last) is None
    removed = outline.delete_section(report, new.key)
    assert removed is new and report.section(new.key) is None


def test_a_top_level_heading_typed_inside_a_part_is_a_section_break():
    report = new_report()
    other = report.section("other")
    other.text = "无其他需要报告的情况。\n六、其他工作\n全年完成。\n（一）小项"
    assert outline.section_breaks(report, other) == [other.text.index("六、")]
    assert outline.section_breaks(report, report.section("measures")) == []


def test_a_whole_pasted_report_is_spread_over_the_parts(seed_text):
    report = new_report()
    report.section("measures").text = "已经写好的一段。"
    parsed = parse_text(seed_text("000"))
    assert outline.spans_parts(parsed)
    assert not outline.spans_parts(parse_text("（一）依法决策。审查3件。\n（二）严格执法。办案5件。"))
    touched = outline.merge_parsed(report, parsed)
    assert touched and report.section("measures").text == "已经写好的一段。"  # nothing overwritten
    for part in ("shortcomings", "next_year"):
        assert any(s.text for s in report.sections_of(part)), part
    parts = [s.part for s in report.sections]
    order = {p: i for i, p in enumerate(outline.PART_CHOICES)}
    body = [order[p] for p in parts if p in ("measures", "shortcomings", "first_responsible", "next_year")]
    assert body == sorted(body)  # every piece went in after its own part
    assert "part.shortcomings" not in ids(report) and "part.next_year" not in ids(report)


def test_the_checker_follows_the_clerk_even_against_the_heading():
    report = new_report()
    report.section("measures").text = "全年审查合同41件。" * 5
    shortcomings = report.section("shortcomings")
    shortcomings.text = "执法人员不足，主要原因是编制少。" * 3
    assert "part.shortcomings" not in ids(report)
    outline.set_part(report, "shortcomings", "measures")  # 二、存在的不足和原因 — but the clerk says 一
    assert "part.shortcomings" in ids(report) and report.section("shortcomings").part == "measures"


LAYOUTS = {
    "one_line": lambda t: "".join(line.strip() for line in t.splitlines()),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "web_blank_lines": lambda t: "\n\n".join("\u3000\u3000" + line for line in t.splitlines()),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_a_pasted_seed_in_any_layout_is_offered_the_split_and_fills_the_parts(seed, layout, seed_text):
    parsed = parse_text(LAYOUTS[layout](seed_text(seed)))
    assert outline.spans_parts(parsed)
    report = new_report()
    outline.merge_parsed(report, parsed)
    found = ids(report)
    assert "part.shortcomings" not in found and "part.next_year" not in found and "part.measures" not in found
