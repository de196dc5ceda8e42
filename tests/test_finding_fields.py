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
