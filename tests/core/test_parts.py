"""Parts decided by what sections are about, at any heading level; a cited regulation title is not content."""

from __future__ import annotations

import pytest

from desktop.core.checker import check
from desktop.core.parser import parse_text
from desktop.core.parts import mask_citations, part_blocks
from tests.layouts import LAYOUTS

DUTIES = (
    "党委书记、镇长亲自部署法治建设，党委会专题研究法治工作4次，带头学法12次，"
    "行政机关负责人出庭应诉2次，重大决策均经合法性审查。"
)
REPORT = """关于2024年法治政府建设情况的报告
县委、县人民政府：
2024年，我镇认真推进法治政府建设，现将有关情况报告如下：
一、主要举措和成效
（一）党政主要负责人履行推进法治建设第一责任人职责
{duties}
（二）严格规范执法
全面落实行政执法三项制度，全年办理行政处罚案件15件，无被复议纠错案件。
二、存在的不足和原因
一是执法人员法律素养有待提高，主要原因是执法人员多为兼职，系统培训不够。
三、2025年度主要安排
（一）继续加强学法，全年开展会前学法不少于12次。
四、其他需要报告的情况
无其他需要报告的情况。
某某镇人民政府
2025年1月10日"""


def ids(text: str) -> set[str]:
    return {f.id for f in check(parse_text(text))}


@pytest.mark.parametrize("layout", ["original", *sorted(LAYOUTS)])
def test_nested_first_responsible_counts_and_is_reported_as_nested(layout):
    text = REPORT.format(duties=DUTIES)
    found = ids(LAYOUTS[layout](text) if layout != "original" else text)
    assert "first_responsible.nested" in found
    assert not found & {"part.first_responsible", "first_responsible.not_dedicated"}
    assert not {i for i in found if i.startswith("first_responsible.") and i != "first_responsible.nested"}


def test_regulation_title_is_not_evidence():
    cited = REPORT.format(
        duties="按照《党政主要负责人履行推进法治建设第一责任人职责规定》要求，成立了领导小组。"
    )
    cited = cited.replace("（一）党政主要负责人履行推进法治建设第一责任人职责", "（一）强化组织领导")
    findings = check(parse_text(cited))
    assert [f.severity for f in findings if f.id == "part.first_responsible"] == ["error"]
    assert "first_responsible.not_dedicated" not in {f.id for f in findings}


def test_real_mention_beside_the_citation_is_not_dedicated():
    text = REPORT.format(
        duties="按照《党政主要负责人履行推进法治建设第一责任人职责规定》，党政主要负责人切实履行职责。"
    )
    text = text.replace("（一）党政主要负责人履行推进法治建设第一责任人职责", "（一）强化组织领导")
    assert "first_responsible.not_dedicated" in ids(text)


def test_heading_citing_the_regulation_is_not_the_part():
    text = "标题\n一、深入贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》\n全年学法12次。"
    assert [s.part for s in parse_text(text).body_sections()] == ["measures"]


def test_nested_shortcomings_count_with_their_causes():
    text = REPORT.format(duties=DUTIES).replace("二、存在的不足和原因\n", "（三）存在的不足和原因\n")
    text = text.replace("三、2025年度", "二、2025年度").replace("四、其他", "三、其他")
    found = ids(text)
    assert "part.nested_shortcomings" in found
    assert not found & {"part.shortcomings", "part.causes"}
    blocks = [b for b in part_blocks(parse_text(text)) if b.part == "shortcomings"]
    assert blocks[0].nested and "主要原因" in blocks[0].text and "2025" not in blocks[0].text


def test_measures_sub_headings_with_part_words_stay_measures():
    text = REPORT.format(duties=DUTIES).replace("（二）严格规范执法", "（二）补齐短板，完善工作计划")
    report = parse_text(text)
    assert {b.part for b in part_blocks(report) if b.nested} == {"first_responsible"}


def test_mask_citations_keeps_offsets():
    text = "按照《规定》要求，党政主要负责人履职。"
    masked = mask_citations(text)
    assert len(masked) == len(text) and "规定" not in masked and masked.index("党政") == text.index("党政")
