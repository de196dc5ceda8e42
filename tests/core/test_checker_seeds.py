"""Golden checks of the checklist on the five real reports (issue 3 "Must show")."""

from __future__ import annotations

import pytest

from desktop.core.checker import Checker, check
from desktop.core.model import Section
from desktop.core.parser import parse_text
from desktop.core.template import load_template

PRESENT = {
    "000": ["part.causes", "part.other", "first_responsible.not_dedicated", "meta.title_form"],
    "001": ["part.first_responsible", "part.causes", "meta.title_year"],
    "002": ["part.causes", "first_responsible.not_dedicated"],
    "003": ["part.other"],
    "004": ["part.causes", "privacy.phone", "first_responsible.not_dedicated"],
}
ABSENT = {
    "000": ["part.measures", "part.shortcomings", "part.first_responsible", "part.next_year"],
    "001": ["part.measures", "part.shortcomings", "part.next_year"],
    "002": ["part.first_responsible", "part.measures", "part.shortcomings", "part.next_year"],
    "003": [
        "part.causes",
        "first_responsible.not_dedicated",
        "part.measures",
        "part.shortcomings",
        "part.first_responsible",
        "part.next_year",
    ],
    "004": ["part.first_responsible", "part.measures", "part.shortcomings", "part.next_year"],
}


def ids_of(findings):
    return [f.id for f in findings]


@pytest.mark.parametrize("number", sorted(PRESENT))
def test_seed_findings(seed_text, number):
    findings = check(parse_text(seed_text(number)))
    ids = ids_of(findings)
    for fid in PRESENT[number]:
        assert fid in ids, f"{number}: expected {fid}"
    for fid in ABSENT[number]:
        assert fid not in ids, f"{number}: unexpected {fid}"


def test_001_first_responsible_is_an_error(seed_text):
    findings = check(parse_text(seed_text("001")))
    assert any(f.id == "part.first_responsible" and f.severity == "error" for f in findings)


def test_003_has_no_error_part_findings(seed_text):
    findings = check(parse_text(seed_text("003")))
    assert not [f for f in findings if f.severity == "error" and f.id.startswith("part.")]
    other = next(f for f in findings if f.id == "part.other")
    assert other.severity == "warning"


def test_004_phone_quote_and_span(seed_text):
    report = parse_text(seed_text("004"))
    phone = next(f for f in check(report) if f.id == "privacy.phone")
    assert "15923252937" in phone.quote
    section = report.section(phone.section)
    assert section.text[phone.span[0] : phone.span[1]] == phone.quote


def test_spans_always_match_quotes(seed_text):
    checked = 0
    for number in PRESENT:
        report = parse_text(seed_text(number))
        for f in check(report):
            if f.section == "title":
                source = report.title
            elif f.in_heading:
                source = report.section(f.section).heading
            elif report.section(f.section) is not None:
                source = report.section(f.section).text
            else:
                continue
            assert source[f.span[0] : f.span[1]] == f.quote, (number, f.id, f.section)
            checked += 1
    assert checked > 20


def test_one_paragraph_yields_all_five_parts():
    findings = check(parse_text("我镇今年认真开展了法治政府建设工作，取得了一定成效，群众满意度进一步提高。"))
    ids = ids_of(findings)
    for part in ("measures", "shortcomings", "first_responsible", "next_year", "other"):
        assert f"part.{part}" in ids


def test_demo_report_is_clean():
    from desktop.core.resources import resources_dir

    text = (resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8")
    findings = check(parse_text(text))
    assert [f.id for f in findings if f.severity != "info"] == []


def test_new_template_report_lists_missing_parts_and_clears_when_typed():
    report = load_template().new_report("青山镇", 2024)
    checker = Checker()
    assert "part.first_responsible" in ids_of(checker.check(report))
    section = report.section("first_responsible")
    section.text = "镇党委书记、镇长履行第一责任人职责，亲自部署、亲自过问法治建设。"
    assert "part.first_responsible" not in ids_of(checker.check(report))


def test_causes_cleared_by_cause_analysis():
    report = load_template().new_report("青山镇", 2024)
    report.section("shortcomings").text = "一是执法不够规范。二是普法形式单一。"
    assert "part.causes" in ids_of(check(report))
    report.section("shortcomings").text += "主要原因是执法人员多为兼职。"
    assert "part.causes" not in ids_of(check(report))


def test_id_number_needs_valid_checksum():
    report = load_template().new_report("青山镇", 2024)
    report.sections.append(
        Section(key="x", heading="其他", text="身份证号11010519491231002X，另一个110105194912310021。")
    )
    ids = ids_of(check(report))
    assert ids.count("privacy.id_number") == 1


def test_deadline_after_march_31():
    report = load_template().new_report("青山镇", 2024)
    report.date = "2025-04-15"
    assert "meta.deadline" in ids_of(check(report))
    report.date = "2025-01-20"
    assert "meta.deadline" not in ids_of(check(report))


def test_section_cache_rechecks_changed_text_only():
    report = load_template().new_report("青山镇", 2024)
    checker = Checker()
    report.section("other").text = "联系电话13800001111。"
    assert "privacy.phone" in ids_of(checker.check(report))
    report.section("other").text = "无其他需要报告的情况。"
    assert "privacy.phone" not in ids_of(checker.check(report))
