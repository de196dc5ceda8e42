"""carryover.*: last year's campaign written as this year's, and paragraphs copied word for word."""

from __future__ import annotations

from desktop.core.checker import Checker
from desktop.core.template import load_template

PARA = "党委理论学习中心组全年开展专题学法4次，政府常务会会前学法12次，领导干部年度述法实现全覆盖，法治素养持续提升。"


def findings(year: int, text: str, previous=None, part: str = "measures"):
    report = load_template().new_report("青山镇", year)
    report.section(part).text = text
    return [f for f in Checker().check(report, previous=previous) if f.id.startswith("carryover.")]


def test_last_years_campaign_as_this_years_work():
    found = findings(2025, "全镇扎实开展党纪学习教育，组织党员干部逐章逐条学习《条例》。")
    assert [f.id for f in found] == ["carryover.campaign"]
    assert found[0].quote == "扎实开展党纪学习教育" and found[0].severity == "info"


def test_campaign_of_its_own_year_or_as_results_is_fine():
    assert findings(2024, "全镇扎实开展党纪学习教育，组织党员干部逐章逐条学习《条例》。") == []
    assert findings(2025, "巩固拓展党纪学习教育成果，推动党员干部学纪知纪明纪守纪。") == []


def test_paragraph_copied_from_last_years_report():
    last = load_template().new_report("青山镇", 2024)
    last.section("measures").text = PARA + "\n其他内容。"
    found = findings(2025, "新的一年新的做法。\n" + PARA, previous=last)
    assert [f.id for f in found] == ["carryover.copied"]
    assert found[0].quote == PARA
    assert findings(2025, PARA.replace("4次", "6次"), previous=last) == []
    assert findings(2025, PARA) == []  # no previous report known: nothing to compare
