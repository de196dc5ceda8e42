"""Layout independence: each seed in each layout it arrives in gives the original's structural findings and year."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.checker import check
from desktop.core.layout import clean_lines, recover_lines, split_inline_headings, unwrap, wrap_width
from desktop.core.parser import parse_text
from tests.conftest import SEEDS
from tests.layouts import LAYOUTS, pdf_wrapped

STRUCTURAL = ("part.", "first_responsible.not_dedicated", "meta.date", "meta.signature", "meta.addressee")


def structure(text: str) -> tuple[int | None, list[str]]:
    report = parse_text(text)
    return report.year, sorted({f.id for f in check(report) if f.id.startswith(STRUCTURAL)})


@pytest.fixture(scope="module")
def originals() -> dict[str, tuple[int | None, list[str]]]:
    return {n: structure(p.read_text(encoding="utf-8")) for n, p in SEEDS.items()}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("number", sorted(SEEDS))
def test_same_structure_in_every_layout(originals, number, layout):
    text = SEEDS[number].read_text(encoding="utf-8")
    assert structure(LAYOUTS[layout](text)) == originals[number]


def fields(text: str) -> tuple:
    """What the parser found, as the window shows it (a space the one-line joiner put in the title aside;
    headings to 20 characters: seed 003 itself breaks its part 二 heading onto the next line)."""
    r = parse_text(text)
    header = (r.title.replace(" ", ""), r.addressee, r.doc_number, r.signer.replace(" ", ""), r.unit)
    closing = (r.signature, r.date, r.printer, r.print_date)
    return header, closing, [(s.part, s.heading.replace(" ", "")[:20]) for s in r.body_sections()]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("number", sorted(SEEDS))
def test_header_sections_and_closing_in_every_layout(number, layout):
    text = SEEDS[number].read_text(encoding="utf-8")
    assert fields(LAYOUTS[layout](text)) == fields(text)


def test_wrapped_lines_are_rejoined_and_page_numbers_dropped():
    paragraph = "我镇坚持以习近平法治思想为指导，全年组织党委理论学习中心组集中学法12次，开展法治讲座4场，覆盖干部群众3000余人次。"
    wrapped = pdf_wrapped(
        "一、主要举措和成效\n" + paragraph * 3 + "\n二、存在的不足和原因\n" + paragraph, 20, True, 5
    )
    lines = recover_lines(wrapped)
    assert lines == ["一、主要举措和成效", paragraph * 3, "二、存在的不足和原因", paragraph]


def test_unwrapped_text_is_not_joined():
    lines = [
        "关于2024年法治政府建设情况的报告",
        "县委、县人民政府：",
        "今年以来，我镇认真开展工作。",
        "一、主要举措和成效",
    ]
    assert wrap_width(lines) is None
    assert unwrap(lines, 40) == lines  # no line reaches 36 of 40 units


@pytest.mark.parametrize(
    "line",
    [
        "一、二季度各召开会议1次。",
        "推动一、二、三产业融合发展，完成第一、二批任务。",
        "依照该条第（1）项规定，办理案件1.5万件。",
    ],
)
def test_numbers_inside_sentences_stay(line):
    assert split_inline_headings(["一、主要举措", line]) == ["一、主要举措", line]


def test_run_in_headings_are_split():
    line = "现将有关情况报告如下：一、主要举措和成效（一）强化领导。全年学法4次。1.会前学法。2.集中学法。（二）规范执法。二、存在的不足"
    assert split_inline_headings([line]) == [
        "现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）强化领导。全年学法4次。",
        "1.会前学法。",
        "2.集中学法。",
        "（二）规范执法。",
        "二、存在的不足",
    ]


@pytest.mark.parametrize("mark", ["— 3 —", "- 3 -", "3", "第 3 页", "第3页 共9页", "3 / 9"])
def test_page_number_lines(mark):
    assert clean_lines(f"正文第一段。\n{mark}\n正文第二段。") == ["正文第一段。", "正文第二段。"]


def test_running_header_kept_once():
    pages = [
        "XX镇人民政府",
        "第一段。",
        "— 1 —",
        "XX镇人民政府",
        "第二段。",
        "— 2 —",
        "XX镇人民政府",
        "第三段。",
    ]
    assert clean_lines("\n".join(pages)) == ["XX镇人民政府", "第一段。", "第二段。", "第三段。"]
    pdf_pages = "\n\f\n".join(["XX镇人民政府\n第一段。", "XX镇人民政府\n第二段。", "XX镇人民政府\n第三段。"])
    assert clean_lines(pdf_pages) == ["XX镇人民政府", "第一段。", "第二段。", "第三段。"]


def test_a_repeated_name_away_from_page_edges_is_text():
    """The 发文机关 name as 版头, in the title and as 署名 is not a running header."""
    lines = ["XX镇委", "XX镇委", "关于2024年法治政府建设情况的报告", "正文。", "XX镇委", "2025年1月8日"]
    assert clean_lines("\n".join(lines)) == lines


def test_short_opening_sentence_and_report_as_follows_are_not_header():
    text = "关于2024年法治政府建设情况的报告\n县委、县人民政府：\n现将有关情况报告如下：\n一、主要举措和成效\n全年学法12次。"
    report = parse_text(text)
    assert report.title == "关于2024年法治政府建设情况的报告"
    assert report.addressee == "县委、县人民政府"
    assert report.section("intro").text == "现将有关情况报告如下："
    report = parse_text(
        "关于2024年法治政府建设情况的报告\n现将有关情况报告如下。\n一、主要举措和成效\n全年学法12次。"
    )
    assert report.title == "关于2024年法治政府建设情况的报告" and report.addressee == ""


def _not_seeds() -> dict[str, str]:
    from desktop.core.resources import resources_dir

    demo = (resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8")
    street = (Path(__file__).parents[1] / "data" / "street_report_2024.txt").read_text(encoding="utf-8")
    return {"demo": demo, "demo+版记": demo + "\n抄送：县司法局，县依法治县办。\n青山镇党政办公室　2025年1月21日印发\n",
            "street": street}  # fmt: skip


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", ["demo", "demo+版记", "street"])
def test_reports_that_are_not_seeds(name, layout):
    """The demo report (发文字号, 签发人, 主送, 落款, 版记) and a 街道 report written for this test (1. sub-items,
    特此报告, 抄送 after the date): same fields, same findings in every layout."""
    text = _not_seeds()[name]
    moved = LAYOUTS[layout](text)
    assert fields(moved) == fields(text)
    assert parse_text(moved).cc == parse_text(text).cc
    assert {f.id for f in check(parse_text(moved))} == {f.id for f in check(parse_text(text))}


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("五、其他需要报告的情况无其他需要报告的情况。", "五、其他需要报告的情况"),
        (
            "三、存在的不足和原因我镇法治建设工作在县委的领导下取得成效，但仍存在执法力量不足等问题。",
            "三、存在的不足和原因",
        ),
        ("二、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设工作情况", None),
        ("三、党政主要负责人履行推进法治建设第一责任人职责情况和加强法治政府建设的有关情况", None),
        ("二、存在的不足。一是执法人员少。", "二、存在的不足。"),
    ],
)
def test_where_a_run_in_heading_ends(line, heading):
    from desktop.core.parser import run_in_heading_end
    from desktop.core.template import load_template

    assert line[: run_in_heading_end(line, load_template())] == (heading or line)
