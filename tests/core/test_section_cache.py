"""The checker's section cache: a section's findings are reused only while everything a section rule can read
is unchanged (text, heading, part, the report year, the rule data); anything else is a report rule's and is
read afresh every check. Each test changes one input on a warm checker and compares with a fresh checker."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.core.checker import Checker
from desktop.core.model import UnitProfile
from desktop.core.parser import parse_text
from desktop.core.rule_data import load_rule_data
from desktop.core.rules import SectionContext
from desktop.core.template import load_template

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data").glob("0*_*.txt"))


def dicts(findings) -> list[dict]:
    return [f.to_dict() for f in findings]


def ids(findings) -> list[str]:
    return [f.id for f in findings]


def measures_report(text: str, year: int = 2025):
    report = load_template().new_report("青山镇", year)
    report.section("measures").text = text
    return report


def test_section_rules_see_only_the_year_and_the_rule_data():
    assert [f.name for f in dataclasses.fields(SectionContext)] == ["year", "rules"]


def test_a_change_of_year_alone_rechecks_the_sections():
    report = measures_report("深入开展党纪学习教育。认真学习贯彻十九届四中全会精神。", year=2025)
    checker = Checker()
    found = ids(checker.check(report))
    assert "carryover.campaign" in found and "lang.outdated" in found
    report.year = 2022  # the title still says 2025: only the year the rules are given changes
    again = checker.check(report)
    assert "carryover.campaign" not in ids(again) and "lang.outdated" not in ids(again)
    assert dicts(again) == dicts(Checker().check(report))


def test_a_change_of_rule_data_alone_rechecks_the_sections(tmp_path):
    folder = tmp_path / "region"
    folder.mkdir()
    (folder / "lang_typo.toml").write_text(
        '[[pair]]\nwrong = "河长治"\nright = "河长制"\nconfidence = "sure"\nsource = "test"\n',
        encoding="utf-8",
    )
    report = measures_report("全面落实河长治，巡河12次。")
    checker = Checker()
    assert "lang.typo" not in ids(checker.check(report))
    checker.rules = load_rule_data(folder)
    assert "lang.typo" in ids(checker.check(report))
    checker.rules = load_rule_data()
    assert "lang.typo" not in ids(checker.check(report))


def test_a_change_of_heading_alone_rechecks_the_section():
    report = measures_report("开展普法宣传12场。")
    checker = Checker()
    checker.check(report)
    report.section("measures").heading = "一、推进行政复义规范化建设"
    found = checker.check(report)
    assert any(f.id == "lang.typo" and f.in_heading for f in found)
    assert dicts(found) == dicts(Checker().check(report))


def test_a_change_of_part_alone_rechecks_the_section():
    paragraph = "组织全镇干部认真学习宪法和法律法规，" * 6
    report = measures_report(paragraph)
    checker = Checker()
    assert "quant.no_figures" in ids(checker.check(report))
    report.section("measures").part = "other"  # the clerk says it is another part: no figures asked for
    found = checker.check(report)
    assert "quant.no_figures" not in ids(found)
    assert dicts(found) == dicts(Checker().check(report))


def test_the_unit_profile_is_read_afresh_by_the_report_rules():
    report = measures_report("镇党工委专题研究法治工作2次。")
    report.level = ""
    checker = Checker()
    street = checker.check(report, UnitProfile(name="青山街道", level="街道"))
    town = checker.check(report, UnitProfile(name="青山镇", level="镇"))
    assert "镇党工委" not in [f.quote for f in street] and "镇党工委" in [f.quote for f in town]


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_a_warm_checker_agrees_with_a_fresh_one_after_each_change(seed):
    report = parse_text(seed.read_text(encoding="utf-8"))
    checker = Checker()
    checker.check(report)
    year = report.year or 2024
    body = [s for s in report.sections if s.text]
    changes = [
        lambda: setattr(report, "year", year + 1),
        lambda: setattr(report, "year", year),
        lambda: setattr(body[0], "heading", body[0].heading + "行政复义"),
        lambda: setattr(body[-1], "text", body[-1].text + "\n深入开展党纪学习教育。"),
        lambda: setattr(body[0], "part", "next_year"),
    ]
    for change in changes:
        change()
        assert dicts(checker.check(report)) == dicts(Checker().check(report))
