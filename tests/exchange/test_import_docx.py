""".docx import: same findings as .txt, Word numbering and style headings, tables, text boxes, and 50+
malformed files that must each end in a clear ReportFileError (never a traceback)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from desktop.cli import main
from desktop.core.checker import check
from desktop.exchange.errors import ReportFileError
from desktop.exchange.import_docx import read_docx
from desktop.exchange.importer import load_report

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def plain_docx(text: str, path: Path) -> Path:
    """A .docx as a user would make it by pasting the text into Word: one paragraph per line."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def finding_keys(report) -> list[tuple]:
    return [(f.id, f.severity, f.section, f.span, f.quote) for f in check(report)]


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_seed_as_docx_gives_the_same_findings_as_txt(tmp_path, seed_path, seed_text, number):
    from_txt = load_report(seed_path(number))
    from_docx = load_report(plain_docx(seed_text(number), tmp_path / f"{number}.docx"))
    assert [(s.heading, s.text) for s in from_docx.sections] == [
        (s.heading, s.text) for s in from_txt.sections
    ]
    assert finding_keys(from_docx) == finding_keys(from_txt)
    assert finding_keys(from_txt)  # the seeds all have findings, so the comparison means something


def test_check_command_accepts_docx(tmp_path, seed_text, capsys):
    path = plain_docx(seed_text("001"), tmp_path / "001.docx")
    assert main(["check", str(path)]) == 1  # 001 lacks the 第一责任人 part
    assert "part.first_responsible" in capsys.readouterr().out


def _add_numbering(document, fmt: str, text: str) -> str:
    """Add a one-level list definition to numbering.xml; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
        "</w:lvl></w:abstractNum>"
    )
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(document, text: str, num_id: str, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_word_numbering_becomes_heading_text(tmp_path):
    document = docx.Document()
    num_id = _add_numbering(document, "chineseCounting", "%1、")
    document.add_paragraph("青龙镇2024年法治政府建设年度报告")
    _numbered(document, "主要举措和成效", num_id)
    _numbered(document, "严格落实合法性审查", num_id, level=1)
    document.add_paragraph("全年审查规范性文件3件。")
    _numbered(document, "存在的不足和原因", num_id)
    document.add_paragraph("执法人员不足，主要原因是编制少。")
    _numbered(document, "党政主要负责人履行推进法治建设第一责任人职责情况", num_id)
    document.add_paragraph("党委书记亲自部署。")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    text = read_docx(path).text
    assert "一、主要举措和成效" in text and "（一）严格落实合法性审查" in text
    assert "二、存在的不足和原因" in text and "三、党政主要负责人" in text
    report = load_report(path)
    assert [s.part for s in report.body_sections()] == ["measures", "shortcomings", "first_responsible"]


def test_heading_styles_without_numbers_get_numbers(tmp_path):
    document = docx.Document()
    document.add_paragraph("石塘镇2024年法治政府建设年度报告", style="Title")
    document.add_heading("主要举措和成效", level=1)
    document.add_heading("加强学法", level=2)
    document.add_paragraph("全年学法12次。")
    document.add_heading("存在的不足和原因", level=1)
    document.add_paragraph("由于人员少，执法不够规范。")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    lines = read_docx(path).text.splitlines()
    assert lines[1:4] == ["一、主要举措和成效", "（一）加强学法", "全年学法12次。"]
    assert "二、存在的不足和原因" in lines


def test_tables_are_flattened_and_text_boxes_read_in_place(tmp_path):
    document = docx.Document()
    document.add_paragraph("一、主要举措和成效")
    table = document.add_table(rows=2, cols=2)
    for row, (a, b) in zip(table.rows, (("指标", "数值"), ("合法性审查", "12件")), strict=True):
        row.cells[0].text, row.cells[1].text = a, b
    box = document.add_paragraph()
    box._p.append(
        parse_xml(
            f'<w:r {nsdecls("w", "wp", "a")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
            'wordprocessingShape"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
            "<w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
            "</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )
    )
    path = tmp_path / "table.docx"
    document.save(str(path))
    content = read_docx(path)
    assert "指标\u3000数值" in content.text and "合法性审查\u300012件" in content.text
    assert content.text.splitlines()[-1] == "文本框里的字"  # where the box is anchored, once
    assert any("文本框" in notice and "读入正文" in notice for notice in content.notices)


# --- malformed inputs -----------------------------------------------------------------------------


def _valid_docx_bytes() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("某镇2024年法治政府建设年度报告")
    document.add_paragraph("一、主要举措和成效")
    document.add_paragraph("全年开展普法活动12场。" * 20)
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change) -> bytes:
    """Copy a docx zip, letting change(name, content) return new content or None to drop the member."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = change(info.filename, src.read(info.filename))
            if content is not None:
                dst.writestr(info.filename, content)
    return out.getvalue()


def _patch_headers(data: bytes, flags: int | None = None, method: int | None = None) -> bytes:
    """Set the flag bits or compression method in every local and central zip header (encrypted, AES…)."""
    out = bytearray(data)
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = out.find(signature)
        while start >= 0:
            if flags is not None:
                out[start + flag_at] |= flags
            if method is not None:
                out[start + method_at : start + method_at + 2] = method.to_bytes(2, "little")
            start = out.find(signature, start + 4)
    return bytes(out)


def malformed_inputs() -> list[tuple[str, bytes]]:
    """(file name, bytes) of broken reports: 50+ cases."""
    good = _valid_docx_bytes()
    cases: list[tuple[str, bytes]] = [("empty.docx", b""), ("empty.txt", b""), ("spaces.txt", b"   \n\t\n")]
    for fraction in (0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.97, 0.995):
        cases.append((f"truncated_{fraction}.docx", good[: int(len(good) * fraction)]))
    for offset in (0, 30, 200, len(good) // 3, len(good) // 2, len(good) - 40):
        flipped = bytearray(good)
        for i in range(offset, min(offset + 64, len(flipped))):
            flipped[i] ^= 0x5A
        cases.append((f"corrupt_at_{offset}.docx", bytes(flipped)))
    broken_xml = {
        "unclosed": lambda x: x[: len(x) // 2],
        "garbage": lambda x: b"<<<not xml>>>",
        "empty_part": lambda x: b"",
        "wrong_root": lambda x: b'<?xml version="1.0"?><root/>',
        "bad_encoding": lambda x: x.replace(b"UTF-8", b"UTF-16", 1),
        "bad_entity": lambda x: x.replace(b"<w:body>", b"<w:body>&undefined;", 1),
    }
    for label, change in broken_xml.items():
        cases.append(
            (
                f"xml_{label}.docx",
                _rezip(good, lambda n, c, f=change: f(c) if n == "word/document.xml" else c),
            )
        )
    for part in ("word/document.xml", "[Content_Types].xml", "_rels/.rels"):
        cases.append(
            (
                f"missing_{part.replace('/', '_')}.docx",
                _rezip(good, lambda n, c, p=part: None if n == p else c),
            )
        )
    cases.append(
        ("styles_broken.docx", _rezip(good, lambda n, c: b"<w:styles" if n == "word/styles.xml" else c))
    )
    cases.append(
        ("rels_broken.docx", _rezip(good, lambda n, c: b"<Rel" if n.endswith("document.xml.rels") else c))
    )
    cases.append(("no_text.docx", _rezip(good, lambda n, c: c.replace(b"<w:t>", b"<w:t/><w:x>").replace(b"</w:t>", b"</w:x>") if n == "word/document.xml" else c)))  # fmt: skip
    cases.append(("zip_encrypted_members.docx", _patch_headers(good, flags=1)))
    cases.append(("zip_aes_method.docx", _patch_headers(good, method=99)))
    zip_other = io.BytesIO()
    with zipfile.ZipFile(zip_other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    cases.append(("plain_zip.docx", zip_other.getvalue()))
    xlsx = io.BytesIO()
    from openpyxl import Workbook

    Workbook().save(xlsx)
    cases.append(("workbook_renamed.docx", xlsx.getvalue()))
    cases.append(("zip_bomb_header.docx", b"PK\x03\x04" + b"\x00" * 200))
    ole_doc = OLE + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 2000
    ole_encrypted = OLE + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 2000
    cases += [("old.doc", ole_doc), ("old.wps", ole_doc), ("old_renamed.docx", ole_doc),
              ("encrypted.docx", ole_encrypted), ("encrypted_small.docx", OLE + b"\x00" * 10),
              ("report.rtf", "一、主要举措和成效".encode()), ("report.pdf", b"%PDF-1.4\n"),
              ("encrypted.doc", ole_encrypted), ("odt_not_zip.odt", b"<office:document/>"),
              ("html_renamed.docx", "<html><body>报告</body></html>".encode()),
              ("text_renamed.docx", "一、主要举措和成效".encode())]  # fmt: skip
    cases += [
        ("binary.txt", bytes(range(256)) * 40),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        ("random.txt", bytes((i * 7919 + 13) % 256 for i in range(5000))),
        ("latin1_binaryish.txt", bytes(range(128, 256)) * 30),
        ("utf16_odd.txt", "报告".encode("utf-16-le")[:-1] + b"\x00\xff" * 300),
        ("nulls.txt", b"\x00" * 3000),
        ("ole.txt", ole_doc),
        ("zip.txt", good),
    ]
    return cases


MALFORMED = malformed_inputs()


def test_there_are_at_least_50_malformed_cases():
    assert len(MALFORMED) >= 50


@pytest.mark.parametrize(("name", "data"), MALFORMED, ids=[n for n, _ in MALFORMED])
def test_malformed_input_ends_in_a_clear_error(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReportFileError) as caught:
        load_report(path)
    message = caught.value.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)  # a Chinese message for the user
    assert "Traceback" not in message


def test_huge_file_is_refused_before_reading(tmp_path):
    for name in ("huge.docx", "huge.txt"):
        path = tmp_path / name
        with path.open("wb") as fh:
            fh.truncate(21 * 1024 * 1024)  # sparse: 21 MB on paper, nothing on disk
        with pytest.raises(ReportFileError, match="过大"):
            load_report(path)


def test_check_command_reports_bad_files_without_traceback(tmp_path, capsys):
    paths = []
    for name, data in MALFORMED[:20]:
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    assert main(["check", *paths]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") >= 20


def test_tracked_changes_read_as_accepted(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("全年审查")
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>规范性文件</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>合同41件</w:t></w:r></w:ins>')
    )
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    assert read_docx(path).text == "全年审查合同41件"
