"""PDF export: the Qt layout always, and a LibreOffice rendering (when soffice is installed) measured like a
reader of the printed page would (the criteria of render_check.py: CJK fonts embedded, 22 lines on every full
body page inside the type area, at most 28 character cells a line, a page number on every page)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from desktop.core.parser import parse_text
from desktop.exchange.export_pdf import export_pdf

MM = 72 / 25.4
POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")


def full_report(seed_text):
    report = parse_text(seed_text("003"))
    report.issuer_mark, report.doc_number, report.signer = "华宁县青龙镇人民政府", "青府〔2024〕88号", "李明"
    report.cc, report.printer, report.print_date = "县委依法治县办", "青龙镇党政办公室", "2024-12-24"
    return report


def cells(text: str) -> float:
    """Line width in 三号 character cells: CJK and full-width 1, ASCII ½."""
    return sum(0.5 if ord(ch) < 0x2E80 and ch not in "—…" else 1 for ch in re.sub(r"\s", "", text))


def pdf_lines(pdf) -> list[list[tuple[float, float, str]]]:
    """Per page: (yMin, yMax, text) of each text line, from pdftotext -bbox-layout."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    pages = []
    for page in (e for e in root.iter() if e.tag.endswith("page")):
        rows = []
        for line in (e for e in page.iter() if e.tag.endswith("line")):
            words = "".join(w.text or "" for w in line if w.tag.endswith("word"))
            rows.append((float(line.get("yMin")), float(line.get("yMax")), words))
        pages.append(rows)
    return pages


def page_text(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def assert_gongwen_pages(pdf, date_line: str) -> None:
    """render_check.py's criteria; full body pages are those between the first page and the page of the
    成文日期 (a 版记 that does not fit goes to a 版记页 of its own, which GB/T 9704 §7.4 allows)."""
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"CJK|Fandol|UKai|UMing|Song|Fang|Kai|Hei", fonts, re.IGNORECASE), fonts
    pages = pdf_lines(pdf)
    assert len(pages) >= 3
    top, bottom = 37 * MM, (297 - 35) * MM
    per_page, widths = [], Counter()
    for number, rows in enumerate(pages, start=1):
        body = [r for r in rows if r[0] >= top - 2 and r[1] <= bottom + 2]
        baselines = sorted({round(r[1]) for r in body})
        per_page.append(len([b for i, b in enumerate(baselines) if i == 0 or b - baselines[i - 1] > 3]))
        widths.update(round(cells(r[2]) * 2) / 2 for r in body)
        footer = [r[2] for r in rows if r[0] > bottom]
        assert any(str(number) in text for text in footer), f"page {number} has no page number"
    last_body = next(i for i, rows in enumerate(pages) if any(r[2] == date_line for r in rows))
    assert last_body >= 2 and per_page[1:last_body] == [22] * (last_body - 1), per_page
    assert max(widths) <= 28.5  # render_check.py's bound: ASCII counted as half a cell is approximate
    assert widths[28] + widths[27.5] >= 5, widths.most_common(4)


@pytest.mark.skipif(not POPPLER, reason="needs poppler-utils")
def test_qt_layout_pdf(tmp_path, seed_text, qapp):
    pdf = tmp_path / "qt.pdf"
    export_pdf(full_report(seed_text), pdf, engine="qt")
    assert_gongwen_pages(pdf, "2024年12月24日")
    first = {r[2]: r[1] for r in pdf_lines(pdf)[0]}
    assert first["青府〔2024〕88号"] == first["签发人：李明"]  # 字号 and 签发人 share one line
    last = [r for r in pdf_lines(pdf)[-1] if r[1] <= (297 - 35) * MM]
    assert last[-1][2].endswith("印发") and last[-1][1] > (297 - 35) * MM - 28.95  # 版记 at the page bottom


def test_qt_public_pdf_masks_phone(tmp_path, seed_text, qapp):
    pdf = tmp_path / "公开版.pdf"
    masked = export_pdf(parse_text(seed_text("004")), pdf, public=True, engine="qt")
    assert [m.original for m in masked] == ["15923252937"]
    assert pdf.read_bytes().startswith(b"%PDF")
    if POPPLER:
        text = re.sub(r"\s", "", page_text(pdf))
        assert "15923252937" not in text and "159******37" in text
