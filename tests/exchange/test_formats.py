"""Formats: each seed saved by LibreOffice as .pdf/.doc/.odt/.rtf/.docx/.wps reads back with its .txt's structure;
Strict OOXML and WPS .docx; footnotes, endnotes, text boxes and tracked changes reported; clear messages for scanned
or locked PDFs and for a missing LibreOffice."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from desktop.cli import main
from desktop.core.parser import parse_text
from desktop.exchange.docx_variants import STRICT_TO_TRANSITIONAL
from desktop.exchange.errors import ReportFileError
from desktop.exchange.import_docx import read_docx
from desktop.exchange.importer import read_report, read_reports
from tests.conftest import SEEDS
from tests.core.test_layouts import fields
from tests.exchange.test_import_docx import _rezip
from tests.format_matrix import saved_by_libreoffice, structure


@pytest.fixture(scope="module")
def saved():
    files = saved_by_libreoffice()
    if not files:
        pytest.skip(
            "LibreOffice (soffice) is not installed: the seeds cannot be saved as .pdf/.doc/.odt/.rtf"
        )
    return files, read_reports(list(files.values()))


@pytest.mark.parametrize("fmt", ["pdf", "doc", "odt", "rtf", "docx", "wps", "gongwen.pdf"])
def test_seeds_saved_by_libreoffice_read_back_alike(saved, fmt):
    files, contents = saved
    for number, seed in SEEDS.items():
        content = contents[files[(number, fmt)]]
        assert not isinstance(content, ReportFileError), content
        original = structure(parse_text(seed.read_text(encoding="utf-8")))
        assert structure(parse_text(content.text)) == original, (number, fmt)
        assert fields(content.text) == fields(seed.read_text(encoding="utf-8")), (
            number,
            fmt,
        )  # header, 落款, parts
        # the clerk is told the text came through a PDF layer or LibreOffice (a plain .docx needs no word)
        assert bool(content.notices) == (fmt != "docx")
        assert "— 2 —" not in "\n".join(s.text for s in parse_text(content.text).sections)


def _docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_strict_ooxml_reads_like_transitional(tmp_path, seed_text):
    def strict(name: str, data: bytes) -> bytes:
        if name.endswith((".xml", ".rels")):
            for strict_ns, transitional in STRICT_TO_TRANSITIONAL:
                data = data.replace(transitional, strict_ns)
        return data

    path = tmp_path / "strict.docx"
    path.write_bytes(_rezip(_docx_bytes(seed_text("003")), strict))
    with zipfile.ZipFile(path) as archive:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in archive.read("word/document.xml")
    assert structure(parse_text(read_report(path).text)) == structure(parse_text(seed_text("003")))


WPS_BOX = (
    '<w:r {ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
    "<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_wps_text_box_closing_is_read_once_in_place(tmp_path):
    """WPS (and Word) write a text box twice, the VML copy as fallback; the 落款 in a box is read where it is."""
    document = docx.Document()
    for line in (
        "关于2024年法治政府建设情况的报告",
        "县委、县人民政府：",
        "一、主要举措和成效",
        "全年学法12次。",
    ):
        document.add_paragraph(line)
    paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("某某镇人民政府", "2025年1月10日"))
    document.add_paragraph()._p.append(parse_xml(WPS_BOX.format(ns=nsdecls("w", "wp", "a"), paras=paras)))
    path = tmp_path / "wps.docx"
    document.save(str(path))
    content = read_docx(path)
    assert content.text.splitlines()[-2:] == ["某某镇人民政府", "2025年1月10日"]
    report = parse_text(content.text)
    assert (report.signature, report.date) == ("某某镇人民政府", "2025-01-10")
    assert any("文本框" in n for n in content.notices)


def _with_notes(data: bytes) -> bytes:
    w = nsdecls("w")
    notes = {
        "word/footnotes.xml": f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>—</w:t>'
        '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>数据来源：镇司法所台账。</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>",
        "word/endnotes.xml": f'<w:endnotes {w}><w:endnote w:id="1"><w:p><w:r><w:t>统计截至11月底。</w:t></w:r>'
        "</w:p></w:endnote></w:endnotes>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        for name, xml in notes.items():
            dst.writestr(name, xml)
    return out.getvalue()


def test_footnotes_and_endnotes_are_reported_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "notes.docx"
    path.write_bytes(
        _with_notes(_docx_bytes("关于2024年法治政府建设情况的报告\n一、主要举措和成效\n全年学法12次。"))
    )
    notices = read_report(path).notices
    assert any("脚注" in n and "尾注" in n and "镇司法所台账" in n and "共 2 条" in n for n in notices)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "导入说明" in out and "镇司法所台账" in out


def test_tracked_changes_are_reported_and_read_as_accepted(tmp_path):
    document = docx.Document()
    document.add_paragraph("一、主要举措和成效")
    p = document.add_paragraph()
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>全年学法</w:t></w:r>"))
    p._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>8</w:delText></w:r></w:del>')
    )
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>12</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>次。</w:t></w:r>"))
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    content = read_docx(path)
    assert "全年学法12次。" in content.text
    assert any("修订" in n and "插入 1 处、删除 1 处" in n for n in content.notices)


def _pdf(tmp_path: Path, name: str, password: str = "") -> Path:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    path = tmp_path / name
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_scanned_pdf_gets_a_clear_message(tmp_path):
    with pytest.raises(ReportFileError) as caught:
        read_report(_pdf(tmp_path, "scan.pdf"))
    assert "扫描件" in caught.value.message and "文字识别" in caught.value.message


def test_locked_and_fake_pdfs(tmp_path):
    with pytest.raises(ReportFileError) as caught:
        read_report(_pdf(tmp_path, "locked.pdf", password="secret"))
    assert "密码" in caught.value.message
    fake = tmp_path / "fake.pdf"
    fake.write_text("不是PDF", encoding="utf-8")
    with pytest.raises(ReportFileError) as caught:
        read_report(fake)
    assert "不是 PDF" in caught.value.message
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    with pytest.raises(ReportFileError) as caught:
        read_report(truncated)
    assert "损坏" in caught.value.message


def test_without_libreoffice_the_message_names_it(tmp_path, monkeypatch, seed_text):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice anywhere on PATH (and none in /opt here)
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(ReportFileError) as caught:
        read_report(old)
    assert "LibreOffice" in caught.value.message and ".docx" in caught.value.message
    misnamed = tmp_path / "really-docx.doc"  # a .docx saved with the old name: read without LibreOffice
    misnamed.write_bytes(_docx_bytes(seed_text("002")))
    assert structure(parse_text(read_report(misnamed).text)) == structure(parse_text(seed_text("002")))


def test_pdf_font_change_spaces_are_closed_but_the_record_gap_kept():
    from desktop.exchange.import_pdf import _close_script_gaps

    page = "关于 2024 年法治政府建设情况的报告\n全年学法 12 次，审查率 100%。\n石塘镇党政办公室 2025 年 1 月21 日印发"
    assert _close_script_gaps(page).split("\n") == [
        "关于2024年法治政府建设情况的报告",
        "全年学法12次，审查率100%。",
        "石塘镇党政办公室 2025年1月21日印发",
    ]


def test_old_word_file_renamed_to_docx_is_read_through_libreoffice(saved, tmp_path):
    files, _ = saved
    renamed = tmp_path / "旧文件.docx"
    renamed.write_bytes(files[("002", "doc")].read_bytes())
    content = read_report(renamed)
    assert structure(parse_text(content.text)) == structure(
        parse_text(SEEDS["002"].read_text(encoding="utf-8"))
    )
    assert any("LibreOffice" in n for n in content.notices)
