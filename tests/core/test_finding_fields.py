"""Findings carry where they belong as typed fields set by their rule (no id parsing), and severity is an enum
whose values are the strings JSON and TOML hold."""

from __future__ import annotations

import json

from desktop.core.checker import Checker
from desktop.core.finding_place import id_part
from desktop.core.model import PART_KEYS, Finding, Severity
from desktop.core.template import load_template


def test_part_findings_name_their_part():
    report = load_template().new_report("青山镇", 2024)
    report.section("shortcomings").text = "一是法治宣传形式单一。二是执法人员不足。" * 5
    findings = Checker().check(report)
    parts = {f.id: f.part for f in findings}
    assert parts["part.measures"] == "measures"
    assert parts["part.causes"] == "shortcomings"  # the id says causes, the part is 不足和原因
    assert parts["part.first_responsible"] == "first_responsible"
    assert all(f.part in PART_KEYS + ("",) for f in findings)
    assert all(f.part == "" for f in findings if not f.id.startswith(("part.", "first_responsible.")))
    # a finding built by hand with a part.* id but no part is not filed under a part by its id
    assert id_part(Finding("part.causes", "error", "…")) is None


def test_severity_is_an_enum_of_the_same_strings():
    f = Finding("privacy.phone", "warning", "电话")
    assert f.severity is Severity.WARNING and f.severity == "warning"
    data = f.to_dict()
    assert json.dumps(data, ensure_ascii=False).startswith('{"id": "privacy.phone", "severity": "warning",')
    assert list(data) == ["id", "severity", "message", "section", "span", "quote", "suggestion"]


def test_a_heading_finding_is_typed_and_keeps_its_serialized_form():
    report = load_template().new_report("青山镇", 2024)
    report.section("measures").heading = "一、2024年度推进法治政府建设的主要举措和成效"
    report.section("next_year").heading = "二、2024年工作计划"  # numbering and year both wrong in the heading
    heading = [f for f in Checker().check(report) if f.in_heading]
    assert heading and all(report.section(f.section) is not None for f in heading)
    assert all(f.to_dict()["section"] == "heading:" + f.section == f.location for f in heading)
    stored = Finding(
        "lang.numbering", "warning", "序号", "heading:next_year", (0, 2), "二、"
    )  # as the store reads it
    assert (stored.section, stored.in_heading, stored.location) == ("next_year", True, "heading:next_year")
