"""The lang.* families on small texts: what each flags, what it lets pass, and its suggestions."""

from __future__ import annotations

import copy

import pytest

from desktop.core.checker import Checker
from desktop.core.model import Report
from desktop.core.rule_data import bundled_rules
from desktop.core.rules import lang_typo
from desktop.core.rules.lang_families import LANGUAGE_FAMILIES
from desktop.core.rules.lang_formulation import align, formulation_hits
from tests.builders import make_report, make_section


def report_with(
    text: str, year: int = 2024, part: str = "measures", level: str = "镇", heading: str = ""
) -> Report:
    section = make_section(text, part=part, heading=heading or "一、主要举措和成效")
    return make_report(section, unit="青山" + level, level=level, year=year)


def found(text: str, fid: str, **kw) -> list:
    report = report_with(text, **kw)
    out = [f for f in Checker(LANGUAGE_FAMILIES).check(report) if f.id == fid]
    for f in out:  # the span invariant holds for every finding
        source = report.sections[0].heading if f.in_heading else report.sections[0].text
        assert source[f.span[0] : f.span[1]] == f.quote
    return out


def quotes(text: str, fid: str, **kw) -> list[str]:
    return [f.quote for f in found(text, fid, **kw)]


# --- lang.outdated -------------------------------------------------------------------------------------------
def test_nineteenth_congress_is_outdated_from_2023_only():
    text = "全面贯彻落实党的十九大和十九届五中全会精神。"
    assert quotes(text, "lang.outdated", year=2022) == []
    hits = found(text, "lang.outdated", year=2024)
    assert [f.quote for f in hits] == ["十九大和十九届五中全会"]
    assert hits[0].suggestion == "二十大和二十届二中、三中全会"
    assert found(text, "lang.outdated", year=2023)[0].suggestion == "二十大和二十届二中全会"


def test_nineteenth_congress_as_history_is_fine():
    assert quotes("党的十九大以来，我镇法治建设取得长足进步。", "lang.outdated", year=2024) == []


def test_eighth_five_year_legal_education_plan_in_plans_for_2026():
    text = "深入实施“八五”普法规划，推进普法依法治理。"
    assert quotes(text, "lang.outdated", year=2025, part="measures") == []
    hits = found(text, "lang.outdated", year=2025, part="next_year")
    assert hits and hits[0].suggestion == "“九五”普法"
    assert quotes("做好“八五”普法总结验收工作。", "lang.outdated", year=2025, part="next_year") == []


def test_plan_titles_with_wrong_or_stale_periods():
    hits = found("按照《法治政府建设实施纲要(2022—2025年)》要求推进。", "lang.outdated", year=2024)
    assert hits[0].suggestion == "法治政府建设实施纲要（2021—2025年）"
    stale = found("落实《法治政府建设实施纲要（2015—2020年）》。", "lang.outdated", year=2023)
    assert stale[0].suggestion == "法治政府建设实施纲要（2021—2025年）"
    assert quotes("落实《法治政府建设实施纲要（2021—2025年）》。", "lang.outdated", year=2024) == []
    assert quotes("落实《法治政府建设实施纲要（2021—2025年）》。", "lang.outdated", year=2026) == []


def test_old_organ_names_are_renamed():
    hits = found("报县政府法制办审查后印发。", "lang.outdated", year=2024)
    assert hits[0].suggestion == "县司法局"
    assert found("工商所联合开展检查。", "lang.outdated", year=2024)[0].suggestion == "市场监管所"
    assert quotes("个体工商户登记服务。", "lang.outdated", year=2024) == []


def test_outdated_in_a_heading_points_into_the_heading():
    hits = found("正文。", "lang.outdated", year=2024, heading="一、深入学习贯彻党的十九大精神")
    assert hits[0].in_heading and hits[0].location == "heading:1" and hits[0].quote == "十九大"


def test_newest_plenum_missing_is_an_info_note():
    hits = found("深入贯彻党的二十大和二十届二中全会精神。", "lang.outdated", year=2024)
    assert [(f.severity, f.quote, f.suggestion) for f in hits] == [
        ("info", "二十届二中全会", "二十届二中、三中全会")
    ]
    assert quotes("深入贯彻党的二十大和二十届二中、三中全会精神。", "lang.outdated", year=2024) == []
    assert quotes("深入贯彻党的二十大和二十届历次全会精神。", "lang.outdated", year=2025) == []
    assert quotes("深入贯彻党的二十大精神。", "lang.outdated", year=2025) == []


# --- lang.typo -----------------------------------------------------------------------------------------------
def test_sure_pairs_flag_and_suggest():
    hits = found("落实重大执法决定法治审核制度，机关干部做为表率。", "lang.typo")
    assert [(f.quote, f.suggestion) for f in hits] == [("法治审核", "法制审核"), ("做为", "作为")]


def test_suspect_pairs_are_off_by_default():
    assert quotes("曾强同志任执法办主任。", "lang.typo") == []
    data = copy.deepcopy(bundled_rules()["lang_typo"])
    data["settings"]["enable_suspect"] = True
    assert any(p["wrong"] == "曾强" for p in lang_typo.active_pairs(data))
    assert not any(p["wrong"] == "曾强" for p in lang_typo.active_pairs(bundled_rules()["lang_typo"]))


def test_guards_rule_out_other_readings():
    assert quotes("被群众叫做为民服务的好干部。", "lang.typo") == []  # 叫做为民 is 叫做 + 为民
    assert quotes("村负责任人员名单。", "lang.typo") == []


def test_party_committee_name_depends_on_unit_level():
    assert quotes("街道党委专题研究法治建设。", "lang.typo", level="街道") == ["街道党委"]
    assert quotes("街道党委专题研究法治建设。", "lang.typo", level="镇") == []
    assert quotes("镇党工委专题研究法治建设。", "lang.typo", level="镇") == ["镇党工委"]


def test_segmentation_suspicion_finds_a_garbled_domain_term():
    assert lang_typo.suspicious_windows("持续推进镇党委理论中心组学法治度建设。") == [((12, 16), "学法制度")]
    assert lang_typo.suspicious_windows("严格落实领导干部学法制度。") == []
    # windows that cut through a word are not garbled terms (法治国的 in 依法治国的, 法的方式 in 执法的方式)
    assert lang_typo.suspicious_windows("深入学习全面依法治国的重要论述，规范执法的方式方法。") == []


# --- lang.formulation ----------------------------------------------------------------------------------------
def test_formulation_near_miss_gets_the_canonical_text():
    hits = found("推进法治国家、法制政府、法治社会一体建设。", "lang.formulation")
    assert [(f.quote, f.suggestion) for f in hits] == [
        ("法治国家、法制政府、法治社会一体建设", "法治国家、法治政府、法治社会一体建设")
    ]


def test_formulation_variants_that_are_fine():
    for text in (
        "坚持法治国家、法治政府、法治社会一体建设。",
        "党政主要负责人切实履行推进法治建设第一责任人职责。",  # an inserted adverb
        "执行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",  # 和 for 、
        "发放法律明白纸三千份。",  # short terms are never matched fuzzily
    ):
        assert quotes(text, "lang.formulation") == [], text


def test_known_wrong_variant():
    hits = found("以习近平新时代中国特色社会主义法治思想为引领。", "lang.formulation")
    assert hits[0].suggestion == "习近平法治思想"


def test_alignment_cost_and_span():
    cost, start, end = align("法治国家", "推进法治国度建设", frozenset("、"))
    assert cost == 1 and (start, end) == (2, 6)
    assert formulation_hits("严格规范公正文明执法。", bundled_rules()) == []


# --- lang.duplicate ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("一是依法行政、依法行政共同推进。", "依法行政、依法行政"),
        ("加强执法的的规范化建设。", "的的"),
        ("推进依法行政依法行政工作。", "依法行政依法行政"),
    ],
)
def test_duplicates_are_flagged(text, quote):
    hits = found(text, "lang.duplicate")
    assert [f.quote for f in hits] == [quote]
    assert hits[0].suggestion * 2 == quote.replace("、", "")


@pytest.mark.parametrize(
    "text",
    [
        "树立法律大于权力、权力服从法律的观念。",  # 顶真 (anadiplosis)
        "成立工作领导小组，领导小组成员分工负责。",
        "做到人人参与、实实在在。",
        "坚持党委会会前学法。",
        "各村层层落实责任。",
    ],
)
def test_rhetorical_and_reduplicated_forms_pass(text):
    assert quotes(text, "lang.duplicate") == []


# --- lang.stray ----------------------------------------------------------------------------------------------
def test_stray_marks_and_words():
    assert [(f.quote, f.suggestion) for f in found("列入学习的`重要内容。", "lang.stray")] == [
        ("的`重", "的重")
    ]
    assert [(f.quote, f.suggestion) for f in found("发放资料 and 张贴挂图。", "lang.stray")] == [
        (" and ", "和")
    ]
    assert [f.suggestion for f in found("开展宣传\u200b活动。", "lang.stray")] == ["传活"]
    assert found("组织<b>培训</b>。", "lang.stray")


def test_units_urls_and_abbreviations_are_not_stray():
    for text in (
        "新修道路3km。",
        "访问www.gov.cn查询。",
        "通过政务APP办理。",
        "每周巡查1~2次。",
        "持有法律资格A证。",
        "依据厅字〔2019〕28号文件。",
    ):
        assert quotes(text, "lang.stray") == [], text


# --- lang.punctuation ----------------------------------------------------------------------------------------
def test_punctuation_findings():
    assert [f.suggestion for f in found("各村(社区)配齐调解员。", "lang.punctuation")] == ["（社区）"]
    assert [f.suggestion for f in found("加强培训,提升能力。", "lang.punctuation")] == ["，"]
    unmatched = found("落实《宪法》《民法典等法律。", "lang.punctuation")
    assert [f.quote for f in unmatched] == ["《"]
    assert [f.quote for f in found("各村（社区)配齐。", "lang.punctuation")] == ["（社区)"]
    doc = found("根据石府[2024]5号文件要求。", "lang.punctuation")
    assert (doc[0].quote, doc[0].suggestion) == ("[2024]5号", "〔2024〕5号")
    assert quotes("根据石府〔2024〕5号文件（附件1）要求。", "lang.punctuation") == []


def test_doc_number_in_the_header():
    report = report_with("正文。")
    report.doc_number = "石府[2025]16号"
    hits = [f for f in Checker(LANGUAGE_FAMILIES).check(report) if f.id == "lang.punctuation"]
    assert [(f.section, f.suggestion) for f in hits] == [("header", "石府〔2025〕16号")]


# --- lang.numbering ------------------------------------------------------------------------------------------
def test_numbering_skip_repeat_and_mixed_brackets():
    text = "（一）甲。\n(二)乙。\n（四）丙。\n1.子项。\n1.子项。"
    hits = found(text, "lang.numbering")
    messages = {f.quote: f.message for f in hits}
    assert "混用" in messages["(二)"]
    assert "跳号" in messages["（四）"]
    assert any("重复" in f.message and f.quote == "1." for f in hits)


def test_top_level_numbering_points_into_headings():
    report = make_report(*(make_section("正文。", heading=h) for h in ["一、甲", "二、乙", "四、丙"]))
    hits = [f for f in Checker(LANGUAGE_FAMILIES).check(report) if f.id == "lang.numbering"]
    assert [(f.location, f.quote) for f in hits] == [("heading:3", "四、")]
    assert report.sections[2].heading[hits[0].span[0] : hits[0].span[1]] == "四、"


def test_clean_numbering_passes():
    assert quotes("（一）甲。\n1.子项。\n2.子项。\n（二）乙。\n1.子项。", "lang.numbering") == []
