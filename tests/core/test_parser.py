"""Text → Report on the five seeds and on edge cases."""

from __future__ import annotations

import pytest

from desktop.core.headings import cn_number, heading_level, strip_number
from desktop.core.parser import parse_text, rejoin_paragraphs

# seed: (year, unit, [parts of the top-level sections in order])
EXPECTED = {
    "000": (2024, "万源市石塘镇", ["measures", "measures", "measures", "shortcomings", "next_year"]),
    "001": (2023, "吴忠市利通区扁担沟镇", ["measures", "shortcomings", "next_year"]),
    "002": (2024, "酉阳土家族苗族自治县双泉乡", ["measures", "shortcomings", "next_year"]),
    "003": (2024, "华宁县青龙镇", ["measures", "first_responsible", "shortcomings", "next_year"]),
    "004": (2024, "重庆市大足区邮亭镇", ["measures", "measures", "measures", "shortcomings", "next_year"]),
}


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_seed_structure(seed_text, number):
    year, unit, parts = EXPECTED[number]
    report = parse_text(seed_text(number))
    assert report.year == year
    assert report.unit == unit
    assert [s.part for s in report.body_sections()] == parts
    assert report.sections[0].part == "intro" and report.sections[0].chars > 100


def test_seed_000_header_and_rejoined_paragraph(seed_text):
    report = parse_text(seed_text("000"))
    assert report.doc_number == "石府〔2025〕16号"
    assert report.signer == "蹇荣亮"
    assert report.addressee == "市依法治市办"
    assert report.issuer_mark == "万源市石塘镇人民政府"
    assert report.title == "万源市石塘镇人民政府 关于2024年法治政府建设工作总结"
    assert report.printer == "石塘镇党政办公室" and report.print_date == "2025-01-21"
    text = report.sections[2].text
    assert "推进学法长效机制建设，将习近平法治思想" in text  # "建\n\n设" re-joined


def test_seed_002_title_spans_two_lines(seed_text):
    report = parse_text(seed_text("002"))
    assert report.title == "酉阳土家族苗族自治县双泉乡人民政府关于2024年法治政府建设情况的报告"
    assert report.level == "乡"


def test_seed_003_closing_and_artifacts(seed_text):
    report = parse_text(seed_text("003"))
    assert report.signature == "华宁县青龙镇人民政府"
    assert report.date == "2024-12-24"
    assert "image1.wmf" not in report.full_text()
    assert "— 1 —" not in report.full_text()


def test_seed_004_header_and_contact_note(seed_text):
    report = parse_text(seed_text("004"))
    assert report.doc_number == "邮亭委文〔2025〕1号"
    assert report.signer == "杜 韧"
    assert report.title.endswith("关于邮亭镇人民政府法治政府建设情况报告")
    assert report.date == "2025-01-08"
    assert report.signature == "中共重庆市大足区邮亭镇委"
    assert "15923252937" in report.section("closing").text
    # "…预防未成年人犯\n\n罪法" is one paragraph again
    assert "预防未成年人犯罪法" in report.sections[1].text


def test_year_override(seed_text):
    assert parse_text(seed_text("001"), year=2030).year == 2030


def test_single_paragraph_has_no_parts():
    report = parse_text("我镇今年认真开展了法治政府建设工作，取得了一定成效，群众满意度进一步提高。")
    assert report.body_sections() == []


def test_half_width_and_sub_levels():
    text = "标题\n\n一、主要举措和成效\n(一)学法。全年学法4次。\n1.会前学法。\n（1）中心组。\n二、存在的不足和原因\n由于人手少。"
    report = parse_text(text)
    assert [s.part for s in report.body_sections()] == ["measures", "shortcomings"]
    assert "(一)学法" in report.body_sections()[0].text


def test_heading_levels():
    assert heading_level("一、总体情况") == 1
    assert heading_level("（二）学法") == 2
    assert heading_level("(三) 学法") == 2
    assert heading_level("1.学法") == 3
    assert heading_level("1.5万元用于普法") is None
    assert heading_level("（1）会前学法") == 4
    assert heading_level("一是加强学习") is None
    assert cn_number("十二") == 12 and cn_number("二十三") == 23 and cn_number("七") == 7
    assert strip_number("四、存在的问题") == "存在的问题"


def test_rejoin_keeps_headings_apart():
    lines = [
        "（一）学习贯彻习近平法治思想",
        "将习近平法治思想纳入学习计划，全年开展学法4次，推进学法长效机制建",
        "设，效果良好。",
    ]
    assert rejoin_paragraphs(lines) == [lines[0], lines[1] + lines[2]]


def test_gbk_crlf_and_bom_normalised():
    report = parse_text(
        "\ufeff关于2024年度法治政府建设情况的报告\r\n\r\n一、主要举措和成效\r\n全年学法4次，审查合同12件。\r\n"
    )
    assert report.title == "关于2024年度法治政府建设情况的报告"
    assert report.year == 2024
