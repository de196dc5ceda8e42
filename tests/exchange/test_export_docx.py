"""公文 DOCX export read back with python-docx: page set-up, fonts, page numbers, 发文字号, 公开版, round trip."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from desktop.core.model import INTRO, Report, UnitProfile
from desktop.core.parser import parse_text
from desktop.exchange.errors import ReportFileError
from desktop.exchange.export_docx import export_docx, normalize_doc_number
from desktop.exchange.gongwen_content import heading_number_form
from desktop.exchange.importer import load_report
from tests.builders import make_report, make_section

MM_PER_EMU = 1 / 36000
HEADER_FIELDS = ("title", "unit", "year", "doc_number", "signer", "addressee", "issuer_mark", "signature", "date",
                 "cc", "printer", "print_date")  # fmt: skip


def full_report(seed_text, number: str = "003") -> Report:
    report = parse_text(seed_text(number))
    report.issuer_mark = report.issuer_mark or "华宁县青龙镇人民政府"
    report.doc_number = report.doc_number or "青府[2025]3号"
    report.signer = report.signer or "李明"
    report.addressee = report.addressee or "县委依法治县办"
    report.cc = "县司法局"
    report.printer = "青龙镇党政办公室"
    report.print_date = "2024-12-25"
    return report


def east_asia(run) -> str | None:
    fonts = run._r.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


@pytest.fixture
def exported(tmp_path, seed_text):
    path = tmp_path / "上报版.docx"
    export_docx(full_report(seed_text), path)
    return docx.Document(str(path)), path


def test_a4_and_gb9704_margins(exported):
    document, _ = exported
    section = document.sections[0]
    assert abs(section.page_width * MM_PER_EMU - 210) < 0.5
    assert abs(section.page_height * MM_PER_EMU - 297) < 0.5
    for value, expected in ((section.top_margin, 37), (section.bottom_margin, 35), (section.left_margin, 28),
                            (section.right_margin, 26)):  # fmt: skip
        assert abs(value * MM_PER_EMU - expected) < 0.5
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"


def test_named_fonts_with_east_asian_attribute(exported):
    document, _ = exported
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    title = next(p for p in paragraphs if p.text.replace("\n", "").startswith("华宁县青龙镇人民政府2024年"))
    assert east_asia(title.runs[0]) == "方正小标宋简体"
    assert title.runs[0].font.size.pt == 22
    mark = paragraphs[0]
    assert east_asia(mark.runs[0]) == "方正小标宋简体" and str(mark.runs[0].font.color.rgb) == "FF0000"
    level1 = next(p for p in paragraphs if p.text.startswith("一、"))
    assert east_asia(level1.runs[0]) == "黑体"
    level2 = next(p for p in paragraphs if p.text.startswith("（一）"))
    assert east_asia(level2.runs[0]) == "楷体_GB2312"
    assert east_asia(level2.runs[-1]) == "仿宋_GB2312"  # running text after the 楷体 lead
    body = next(p for p in paragraphs if p.text.startswith("2024年，青龙镇"))
    assert east_asia(body.runs[0]) == "仿宋_GB2312" and body.runs[0].font.size.pt == 16
    ind = body._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    normal = document.styles["Normal"]
    assert normal.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert normal.paragraph_format.line_spacing.pt == pytest.approx(28.95, abs=0.01)
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    fonts = defaults.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312" and fonts.get(qn("w:eastAsiaTheme")) is None


def test_footers_carry_page_fields_odd_right_even_left(exported):
    document, _ = exported
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert 'fldCharType="begin"' in xml and " PAGE " in xml
        paragraph = footer.paragraphs[0]
        assert paragraph._p.pPr.find(qn("w:jc")).get(qn("w:val")) == align
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert east_asia(paragraph.runs[0]) == "宋体"


def test_doc_number_uses_hexagonal_brackets_and_signer(exported):
    document, _ = exported
    line = next(p for p in document.paragraphs if "签发人" in p.text)
    assert "青府〔2025〕3号" in line.text and "李明" in line.text
    assert line._p.pPr.find(qn("w:pBdr")) is not None  # the red rule under it
    for raw in ("石府[2025]16号", "石府【2025】16号", "石府（2025）16号", "石府 〔2025〕 16号"):
        assert normalize_doc_number(raw) == "石府〔2025〕16号"


def test_closing_date_signature_and_record(exported):
    document, _ = exported
    texts = [p.text for p in document.paragraphs]
    assert "2024年12月24日" in texts  # Arabic numerals, no leading zeros
    date = document.paragraphs[texts.index("2024年12月24日")]
    assert date._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "400"  # 右空四字
    record = document.tables[-1]
    assert record.rows[0].cells[0].text == "抄送：县司法局。"
    assert record.rows[1].cells[0].text == "青龙镇党政办公室\t2024年12月25日印发"


def test_public_version_of_seed_004_has_no_phone_number(tmp_path, seed_text):
    report = parse_text(seed_text("004"))
    path = tmp_path / "公开版.docx"
    masked = export_docx(report, path, public=True)
    assert [(m.kind, m.original) for m in masked] == [("phone", "15923252937")]
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert b"15923252937" not in archive.read(name), name
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "159******37" in text
    assert "邮亭委文〔2025〕1号" in text  # the same page as the 上报版: the 版头 stays
    assert "15923252937" in report.full_text()  # the original report is untouched


def test_public_version_masks_marked_names_and_id_numbers(tmp_path):
    report = make_report(
        make_section("群众王小明（身份证号110101199003077774）来访。", part=INTRO, key=INTRO)
    )
    path = tmp_path / "p.docx"
    masked = export_docx(report, path, public=True, names=["王小明"])
    assert {m.kind for m in masked} == {"id_number", "name"}
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "王小明" not in text and "110101199003077774" not in text and "王**" in text


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_import_of_export_gives_back_sections_and_text(tmp_path, seed_path, number):
    report = load_report(seed_path(number))
    path = tmp_path / f"{number}.docx"
    export_docx(report, path)
    again = load_report(path)
    drawn = [(s.part, heading_number_form(s.heading), "\n".join(map(heading_number_form, s.text.split("\n"))))
             for s in report.sections]  # fmt: skip
    assert [(s.part, s.heading, s.text) for s in again.sections] == drawn  # (一) is drawn as （一） (§7.3.3)
    assert {f: getattr(again, f) for f in HEADER_FIELDS} == {f: getattr(report, f) for f in HEADER_FIELDS}


def test_round_trip_keeps_header_and_record_fields(tmp_path, seed_text):
    report = full_report(seed_text)
    report.doc_number = "青府〔2025〕3号"
    path = tmp_path / "full.docx"
    export_docx(report, path)
    again = load_report(path)
    assert {f: getattr(again, f) for f in HEADER_FIELDS} == {f: getattr(report, f) for f in HEADER_FIELDS}


def test_profile_fills_missing_fields(tmp_path, seed_text):
    report = parse_text(seed_text("002"))
    profile = UnitProfile(name="双泉乡", level="乡", signer="张三", addressee="县委依法治县办", cc="县司法局")
    path = tmp_path / "p.docx"
    export_docx(report, path, profile=profile)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "县委依法治县办：" in texts and "双泉乡人民政府" in texts
    assert any("签发人：张三" in t for t in texts)


def test_failed_write_leaves_nothing_behind(tmp_path, seed_text):
    report = parse_text(seed_text("003"))
    with pytest.raises(ReportFileError, match="保存位置不存在"):
        export_docx(report, tmp_path / "missing" / "x.docx")
    with pytest.raises(ReportFileError, match="文件夹"):
        export_docx(report, tmp_path)
    target = tmp_path / "keep.docx"
    target.write_bytes(b"old")
    export_docx(report, target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.docx"]


def test_export_command_writes_all_three_and_lists_masking(tmp_path, seed_path, capsys, qapp):
    from desktop.cli import main

    out = {kind: tmp_path / f"公开版.{kind}" for kind in ("docx", "xlsx", "pdf")}
    code = main(["export", str(seed_path("004")), "--public", "--pdf-engine", "qt",
                 *[arg for kind, path in out.items() for arg in (f"--{kind}", str(path))]])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "15923252937 → 159******37" in printed
    assert all(path.stat().st_size > 1000 for path in out.values())
    assert main(["export", str(seed_path("004"))]) == 1  # no output asked for
    assert main(["export", str(tmp_path / "missing.docx"), "--docx", str(tmp_path / "x.docx")]) == 2
