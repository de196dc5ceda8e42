"""The one table of export formats: each writes a real file that reads back, its 公开版 masks, and the command
line's options are made from it."""

from __future__ import annotations

import unicodedata

import docx
import openpyxl
import pypdf
import pytest

from desktop.cli import build_parser
from desktop.core.parser import parse_text
from desktop.exchange.formats import CHOICES, FORMATS, ExportOptions, default_name

PHONE = "15923252937"  # seed 004's contact number


def text_of(path) -> str:
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
        )
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text).replace(" ", "")  # some fonts map 人 to the radical ⼈


@pytest.mark.parametrize("key", [f.key for f in FORMATS])
def test_each_format_writes_a_file_that_reads_back(tmp_path, seed_text, qapp, key):
    fmt = CHOICES[key][0]
    report = parse_text(seed_text("004"))
    path = tmp_path / default_name(report, fmt)
    assert path.suffix == fmt.suffix and fmt.tag in path.name
    fmt.write(report, path, ExportOptions(pdf_engine="qt"))
    assert "法治" in text_of(path)


@pytest.mark.parametrize("key", [f.key for f in FORMATS if f.has_public])
def test_each_public_version_masks_the_phone_number(tmp_path, seed_text, qapp, key):
    fmt = CHOICES[key][0]
    report = parse_text(seed_text("004"))
    assert PHONE in report.sections[-1].text or any(PHONE in s.text for s in report.sections)
    path = tmp_path / default_name(report, fmt, public=True)
    masked = fmt.write(report, path, ExportOptions(public=True, pdf_engine="qt"))
    assert masked and "公开版" in path.name
    assert PHONE not in text_of(path)


def test_command_line_options_and_dialog_choices_come_from_the_table():
    for fmt in FORMATS:
        args = build_parser().parse_args(["export", "报告.txt", f"--{fmt.key}", "out" + fmt.suffix])
        assert getattr(args, fmt.key) == "out" + fmt.suffix
    assert list(CHOICES) == ["docx", "docx_public", "xlsx", "pdf", "pdf_public"]
