"""The 公文 page: closing-block and 版头 recognition, title lines, the DOCX skeleton, and the issue's page
measuring tools on the LibreOffice and the Qt rendering of a full 公文 fixture (tests/data/gongwen_full.txt)."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from desktop.core.closing import closing_parts, record_from_table, split_closing
from desktop.core.header_marks import header_marks
from desktop.core.title_lines import title_lines
from desktop.exchange.export_docx import export_docx
from desktop.exchange.export_pdf import export_pdf, find_soffice
from desktop.exchange.importer import load_report
from tests.measure import measure

FIXTURE = Path(__file__).parents[1] / "data" / "gongwen_full.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("pdffonts")


def test_closing_block_as_typed_with_spaces_tabs_and_brackets():
    lines = ["正文最后一段。", "附件：1.统计表", "2.决策目录", "某镇人民政府", "2025年1月21日",
             "(联系人：张三；联系电话：0877-5012345)", "抄送：县司法局。", "某镇党政办公室 \t　2025年1月22日印发"]  # fmt: skip
    end, found = split_closing(lines)
    assert end == 1
    assert found.attachments == ["统计表", "决策目录"] and found.signature == "某镇人民政府"
    assert (found.date, found.print_date) == ("2025-01-21", "2025-01-22")
    assert found.notes == ["联系人：张三；联系电话：0877-5012345"] and found.cc == "县司法局"
    assert found.printer == "某镇党政办公室"
    assert closing_parts(found.section_text()) == (
        found.attachments,
        ["(联系人：张三；联系电话：0877-5012345)"],
    )


def test_closing_block_leaves_a_numbered_body_alone():
    lines = ["二、下一步打算", "1.加强学习。", "2.规范执法。", "某镇人民政府", "2025年1月21日"]
    end, found = split_closing(lines)
    assert end == 3 and found.attachments == []  # no "附件：" above the items: they are body text


def test_record_from_a_two_cell_table_row():
    found = record_from_table([["抄送：县委依法治县办，县司法局。"], ["某镇党政办公室", "2025年1月22日印发"]])
    assert (found.cc, found.printer, found.print_date) == (
        "县委依法治县办，县司法局",
        "某镇党政办公室",
        "2025-01-22",
    )


def test_header_marks_are_not_title_text():
    assert header_marks("000123") == {"copy_number": "000123"}
    assert header_marks("秘密 ★ 1年　特急") == {"secrecy": "秘密★1年", "urgency": "特急"}
    assert header_marks("关于2024年法治政府建设情况的报告") is None
    report = load_report(FIXTURE)
    assert (report.copy_number, report.secrecy, report.urgency) == ("000123", "秘密★1年", "特急")
    assert report.title == "青龙镇人民政府关于2024年度法治政府建设工作情况和2025年工作安排的报告"
    assert report.sections[-1].text.startswith("附件：")


def test_title_lines_keep_words_and_book_titles_whole():
    lines = title_lines("华宁县青龙镇人民政府2024年法治政府建设年度报告")
    assert lines == ["华宁县青龙镇人民政府", "2024年法治政府建设年度报告"]  # 正梯形, 法治政府建设 whole
    lines = title_lines("关于贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》情况的报告")
    assert all("法治建设第一责任人" not in a and "第一责任人" not in a[-3:] for a in lines[:-1])
    for title in (
        "酉阳土家族苗族自治县双泉乡人民政府关于2024年法治政府建设情况的报告",
        "关于《某某条例》执行情况的报告",
    ):
        parts = title_lines(title)
        assert "".join(parts) == title and all(len(p) <= 20 for p in parts)
        assert all("《" not in p or "》" in p for p in parts)


def test_docx_skeleton_is_clean(tmp_path):
    path = tmp_path / "full.docx"
    export_docx(load_report(FIXTURE), path)
    with zipfile.ZipFile(path) as archive:
        settings = etree.fromstring(archive.read("word/settings.xml"))
        styles = etree.fromstring(archive.read("word/styles.xml"))
        parts = [etree.fromstring(archive.read(n)) for n in archive.namelist() if n.startswith("word/") and
                 n.endswith(".xml") and ("document" in n or "footer" in n)]  # fmt: skip
        core = archive.read("docProps/core.xml").decode()
        assert "docProps/thumbnail.jpeg" not in archive.namelist() or b"thumbnail" not in archive.read(
            "_rels/.rels"
        )
        assert (
            "word/stylesWithEffects.xml" not in archive.namelist()
        )  # the template's 164 styles, a second time
        fonts = archive.read("word/fontTable.xml").decode()
        assert "明朝" not in fonts and "ゴシック" not in fonts and 'w:name="仿宋_GB2312"' in fonts
    lang = settings.find(f"{W}themeFontLang")
    assert lang is None or "ja-JP" not in lang.attrib.values()
    used = {
        e.get(f"{W}val")
        for part in parts
        for tag in ("pStyle", "rStyle", "tblStyle")
        for e in part.iter(W + tag)
    }
    for style in styles.findall(f"{W}style"):
        assert style.get(f"{W}default") == "1" or style.get(f"{W}styleId") in used, style.get(f"{W}styleId")
    assert len(styles.findall(f"{W}style")) <= 6
    assert "asciiTheme" not in etree.tostring(styles).decode()
    assert "<dc:title>青龙镇人民政府关于" in core and "<dc:creator>青龙镇人民政府</dc:creator>" in core
    assert f'<dcterms:created xsi:type="dcterms:W3CDTF">{dt.date.today().year}' in core


def _assert_measured(pdf: Path) -> None:
    for tool, (holds, output) in measure(pdf).items():
        assert holds, f"{tool}: {output}"
        assert "not measured" not in output, f"{tool}: {output}"  # the fixture has a 版头 and a 版记


@pytest.mark.skipif(not (find_soffice() and POPPLER), reason="needs LibreOffice (soffice) and poppler-utils")
def test_fixture_rendered_by_libreoffice_holds_the_page_checks(tmp_path):
    pdf = tmp_path / "上报版.pdf"
    export_pdf(load_report(FIXTURE), pdf, engine="libreoffice")
    _assert_measured(pdf)


@pytest.mark.skipif(not POPPLER, reason="needs poppler-utils")
@pytest.mark.parametrize("public", [False, True])
def test_fixture_qt_pdf_holds_the_page_checks(tmp_path, qapp, public):
    pdf = tmp_path / "qt.pdf"
    export_pdf(load_report(FIXTURE), pdf, engine="qt", public=public)
    _assert_measured(pdf)


def test_docx_with_a_two_cell_record_table_is_read_into_the_record(tmp_path):
    import docx

    document = docx.Document()
    for text in ("某镇人民政府关于2024年法治政府建设情况的报告", "县委依法治县办：",
                 "一、主要举措和成效", "2024年，我镇全面推进依法行政，全年开展集体学法12次，审查合同46份。",
                 "某镇人民政府", "2025年1月20日"):  # fmt: skip
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "抄送：县委依法治县办，县司法局。"
    table.cell(1, 0).text, table.cell(1, 1).text = "某镇党政办公室", "2025年1月20日印发"
    path = tmp_path / "版记表格.docx"
    document.save(str(path))
    report = load_report(path)
    assert (report.cc, report.printer, report.print_date) == (
        "县委依法治县办，县司法局",
        "某镇党政办公室",
        "2025-01-20",
    )
    assert (report.signature, report.date) == ("某镇人民政府", "2025-01-20")


def test_qt_layout_plans_the_docx_where_libreoffice_is_absent(qapp):
    """Without LibreOffice the DOCX gets the Qt layout's decisions: for the fixture, whose last text page is
    an even, full page 4, a blank page 5 and the 版记 on page 6, the 署名 block pulled under the 附件说明."""
    from desktop.exchange.gongwen_layout import qt_plan

    plan = qt_plan(load_report(FIXTURE))
    assert plan.blank_page and not plan.record_new_page and plan.record_gap > 500
    assert plan.seal_gap < 3  # §7.3.5.5: fewer blank lines above the 署名 so it stays with the text


def _ending_low_on_a_page():
    """The fixture with its last 正文 paragraph lengthened until the text ends two lines above the page's
    bottom edge: too little room for the 署名, 成文日期 and 附注 however tightly they are set."""
    from desktop.core.parser import parse_text

    text = FIXTURE.read_text(encoding="utf-8")
    return parse_text(text.replace("无。\n附件", LAST_TEXT + "\n附件", 1))


def test_a_closing_block_spacing_cannot_pull_back_takes_the_last_paragraph_along():
    """§7.3.5.5: the 署名 never stands on a page without 正文; when the blank lines and pitch cannot make
    room, the last 正文 paragraph is kept with the block instead of leaving it alone on a new page."""
    from desktop.exchange.fit_page import TYPE_BOTTOM, TYPE_TOP
    from desktop.exchange.gongwen_geometry import LINE_PT
    from desktop.exchange.page_plan import Measured, PagePlan, plan_from

    alone = Measured(pages=5, body_page=4, body_bottom=TYPE_BOTTOM - 2 * LINE_PT, closing_page=5,
                     closing_lines=3, end_page=5, end_bottom=TYPE_TOP + 6 * LINE_PT)  # fmt: skip
    plan = plan_from(alone, PagePlan(), TYPE_TOP, TYPE_BOTTOM)
    assert plan.carry and not plan.record_placed
    roomy = Measured(pages=5, body_page=4, body_bottom=TYPE_BOTTOM - 5 * LINE_PT, closing_page=5,
                     closing_lines=3, end_page=5, end_bottom=TYPE_TOP + 6 * LINE_PT)  # fmt: skip
    assert not plan_from(roomy, PagePlan(), TYPE_TOP, TYPE_BOTTOM).carry  # spacing alone does it there


LAST_TEXT = "无。" + "我镇持续推进依法行政工作，" * 5
ATTACHMENTS = ("附件：1.青龙镇2024年度法治政府建设工作指标完成情况", "2.青龙镇2024年度重大行政决策事项目录")


def _assert_text_with_the_signature(lines) -> None:
    """The 署名's page also carries 正文 (a line of the last paragraph) and the whole 附件说明."""
    signature_page = max(page for page, _top, _bottom, _x, text in lines if text == "青龙镇人民政府")
    on_page = [text for page, _top, _bottom, _x, text in lines if page == signature_page]
    assert any(len(text) >= 5 and text in LAST_TEXT for text in on_page), on_page
    assert all(any(text.startswith(a) for text in on_page) for a in ATTACHMENTS), on_page


def test_qt_layout_keeps_the_last_paragraph_with_the_closing_block(qapp):
    from PySide6.QtCore import QBuffer, QIODevice

    from desktop.exchange.gongwen_layout import _pdf_writer as pdf_writer
    from desktop.exchange.gongwen_layout import layout_report, qt_plan

    report = _ending_low_on_a_page()
    assert qt_plan(report).carry
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _assert_text_with_the_signature(layout_report(report, pdf_writer(buffer)).lines())


@pytest.mark.skipif(not (find_soffice() and POPPLER), reason="needs LibreOffice (soffice) and poppler-utils")
def test_docx_keeps_the_last_paragraph_with_the_closing_block_in_libreoffice(tmp_path):
    from desktop.exchange.fit_page import pdf_lines

    pdf = tmp_path / "上报版.pdf"
    export_pdf(_ending_low_on_a_page(), pdf, engine="libreoffice")
    _assert_text_with_the_signature(pdf_lines(pdf))


def test_the_closing_block_is_found_below_a_title_that_reads_like_the_signature(qapp):
    """Seed 004's title starts with its 署名 (中共…镇委关于…): the block is still the lines above the end."""
    from PySide6.QtCore import QBuffer, QIODevice

    from desktop.exchange.fit_page import measure_lines
    from desktop.exchange.gongwen_content import build_content
    from desktop.exchange.gongwen_layout import _pdf_writer as pdf_writer
    from desktop.exchange.gongwen_layout import layout_content

    report = load_report(FIXTURE.with_name("004_f3282ba59118200a.txt"))
    assert report.title.startswith(report.signature)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    layout = layout_content(build_content(report), pdf_writer(buffer))
    measured = measure_lines(layout.lines(), layout.content, layout.body_pages())
    assert measured.closing_page == measured.body_page == measured.pages
    assert measured.closing_lines == 3  # 署名, 成文日期, 附注
