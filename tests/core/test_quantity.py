"""quant.*: measures paragraphs without any figure get advice to quantify (info, capped per section)."""

from __future__ import annotations

from desktop.core.checker import Checker
from desktop.core.template import load_template

VAGUE = "深入开展法治宣传教育活动，切实增强干部群众的法治意识，不断推进依法行政工作，" * 3
FIGURES = (
    "全年开展法治宣传教育活动32场，受众2万余人次，切实增强干部群众的法治意识，不断推进依法行政工作。" * 2
)
CHINESE_COUNT = (
    "全年开展法治宣传教育活动三十余场，切实增强干部群众的法治意识，不断推进依法行政工作，营造良好氛围。" * 2
)
NAME_ONLY = (
    "全面落实行政执法“三项制度”，切实增强干部群众的法治意识，不断推进依法行政工作，营造良好法治氛围。" * 2
)


def quant_findings(text: str, part: str = "measures"):
    report = load_template().new_report("青山镇", 2024)
    report.section(part).text = text
    return [f for f in Checker().check(report) if f.id.startswith("quant.")]


def test_paragraph_without_figures_is_advised():
    found = quant_findings(VAGUE)
    assert [f.id for f in found] == ["quant.no_figures"]
    assert found[0].severity == "info" and VAGUE.startswith(found[0].quote)


def test_arabic_or_counted_chinese_figures_satisfy_it():
    assert quant_findings(FIGURES) == []
    assert quant_findings(CHINESE_COUNT) == []


def test_a_numeral_in_a_name_is_not_a_figure():
    assert [f.id for f in quant_findings(NAME_ONLY)] == ["quant.no_figures"]


def test_short_lines_other_parts_and_one_finding_per_section():
    assert quant_findings("（一）加强学习") == []
    assert quant_findings(VAGUE, part="next_year") == []
    many = quant_findings(FIGURES + "\n" + "\n".join([VAGUE] * 6))
    assert len(many) == 1
    assert many[0].span[0] == len(FIGURES) + 1  # the first paragraph without figures
    assert "共有6段没有数字" in many[0].message


def test_seed_003_is_quantified_and_004_is_not(seed_text):
    from desktop.core.parser import parse_text

    def ids(number):
        return [f.id for f in Checker().check(parse_text(seed_text(number)))]

    assert "quant.no_figures" not in ids("003")
    assert "quant.no_figures" in ids("004")
