"""Fit the end of a 公文 to its pages by measuring a rendering: LibreOffice + poppler where installed, else the
Qt layout (the fonts differ from Word's, the grid does not). See page_plan for what is decided.

    measure_pdf(pdf, content) -> Measured | None         (poppler's pdftotext; None when it is missing)
    fit_with_libreoffice(report, folder, soffice, sealed) -> (PagePlan, pdf of the final rendering)
    best_plan(report, sealed=True) -> PagePlan             (LibreOffice, else Qt, else the plain layout)
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop.core.model import Report
from desktop.exchange import gongwen_geometry as g
from desktop.exchange.child_env import child_environment
from desktop.exchange.gongwen_content import Content, build_content
from desktop.exchange.page_plan import Measured, PagePlan, plan_from

TYPE_TOP = g.pt(g.MARGIN_TOP)
TYPE_BOTTOM = g.pt(g.PAGE_H - g.MARGIN_BOTTOM)
RIGHT_EDGE = g.pt(g.PAGE_W - g.MARGIN_RIGHT)
MAX_ROUNDS = 4
_LINE = re.compile(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', re.S)
_WORD = re.compile(r"<word [^>]*>(.*?)</word>")


def pdf_lines(pdf: Path) -> list[tuple[int, float, float, float, str]] | None:
    """(page, yMin, yMax, xMax, text) of every text line inside the type area, in reading order."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "-bbox-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            timeout=60,
            env=child_environment(),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    out = []
    for number, page in enumerate(done.stdout.split("<page ")[1:], start=1):
        for y_min, x_max, y_max, words in _LINE.findall(page):
            text = "".join(_WORD.findall(words)).strip()
            if text and float(y_max) <= TYPE_BOTTOM + 2:
                out.append((number, float(y_min), float(y_max), float(x_max), text))
    return out


def grid_bottom(y_max: float) -> float:
    """The bottom of the grid line a text line with this glyph bottom sits in."""
    return TYPE_TOP + math.ceil((y_max - TYPE_TOP) / g.LINE_PT - 0.05) * g.LINE_PT


def _same_row(a, b) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) < 1


def _hanging(lines: list[tuple[int, float, float, float, str]], content: Content) -> set[int]:
    """Body paragraphs with a line past the right margin (lines and paragraphs walked in step)."""
    blocks = [b for b in content.blocks if b.index >= 0]
    found, at = set(), 0
    for line in lines:
        for step in range(at, len(blocks)):
            if line[4] in blocks[step].text.replace(" ", ""):
                at = step
                if line[3] > RIGHT_EDGE + 1:
                    found.add(blocks[step].index)
                break
    return found


def measure_lines(
    lines: list[tuple[int, float, float, float, str]], content: Content, pages: int
) -> Measured:
    """Measured from rendered lines (any renderer: LibreOffice via pdftotext, or the Qt layout)."""
    texts = [ln[4] for ln in lines]
    record_start = len(lines)
    if content.record:
        first = "抄送" if content.record[0].startswith("抄送") else None
        starts = [i for i, t in enumerate(texts) if first and t.startswith(first)]
        record_start = starts[-1] if starts else len(lines) - 1
        while record_start > 0 and _same_row(lines[record_start - 1], lines[record_start]):
            record_start -= 1  # pdftotext splits the 印发机关 ⇥ 印发日期 row into two lines
    closing = [c.replace(" ", "") for c in content.closing_texts]
    # The 署名 block is the run of closing lines just above the 版记 (searched from the end: a title line
    # often reads like the 署名, e.g. "某镇委" at the head of "某镇委关于…的报告").
    start = record_start
    while start > 0 and any(texts[start - 1] in c for c in closing):
        start -= 1
    closing_start = start if start < record_start else None
    end = record_start - 1
    body = (closing_start if closing_start is not None else record_start) - 1
    hanging = _hanging(lines, content)
    record_rows = {(ln[0], round(ln[1])) for ln in lines[record_start:]}
    record_lines = len(record_rows) if content.record else 0
    return Measured(
        pages=pages,
        body_page=lines[body][0] if body >= 0 else 1,
        body_bottom=grid_bottom(lines[body][2]) if body >= 0 else TYPE_TOP,
        closing_page=lines[closing_start][0] if closing_start is not None else None,
        closing_lines=(end - closing_start + 1) if closing_start is not None else 0,
        end_page=lines[end][0] if end >= 0 else 1,
        end_bottom=grid_bottom(lines[end][2]) if end >= 0 else TYPE_TOP,
        record_height=record_lines * g.LINE_PT,
        hanging=hanging,
    )


def measure_pdf(pdf: Path, content: Content) -> Measured | None:
    lines = pdf_lines(pdf)
    if not lines:
        return None
    pages = max(ln[0] for ln in lines)
    return measure_lines(lines, content, pages)


def fit_with_libreoffice(
    report: Report, folder: Path, soffice: str, sealed: bool = True, aliases: bool = True
) -> tuple[PagePlan, Path]:
    """Render, measure, re-plan until the 版记 is placed; returns the plan and the PDF rendered with it.

    Line breaks depend on the fonts (ASCII widths, hung punctuation): the app's own PDF is measured with the
    font aliases it renders with; a DOCX (`aliases` False) with the fonts this machine's LibreOffice finds when
    the file is opened in it."""
    from desktop.exchange.export_pdf import docx_to_pdf
    from desktop.exchange.gongwen_docx import write_document

    plan = PagePlan()
    pdf = None
    for attempt in range(MAX_ROUNDS + 1):
        content = build_content(report, plan, sealed)
        round_dir = folder / f"round{attempt}"
        round_dir.mkdir()
        path = round_dir / "report.docx"
        write_document(content, report.title, "", "").save(str(path))
        pdf = docx_to_pdf(path, round_dir, soffice, aliases)
        if plan.record_placed or attempt == MAX_ROUNDS:
            break
        measured = measure_pdf(pdf, content)
        if measured is None:
            break
        better = plan_from(measured, plan, TYPE_TOP, TYPE_BOTTOM)
        if better == plan:
            break
        plan = better
    return plan, pdf


def best_plan(report: Report, sealed: bool = True) -> PagePlan:
    """The plan from the best renderer at hand: LibreOffice (+ poppler), else the Qt layout, else none."""
    from desktop.exchange.export_pdf import find_soffice

    soffice = find_soffice()
    if soffice and shutil.which("pdftotext"):
        with tempfile.TemporaryDirectory(prefix="report-desk-fit-") as tmp:
            return fit_with_libreoffice(report, Path(tmp), soffice, sealed, aliases=False)[0]
    try:
        from desktop.exchange.gongwen_layout import ensure_gui_app, qt_plan

        ensure_gui_app()
        return qt_plan(report, sealed)
    except Exception:  # no usable QtGui here: the DOCX is still written, its 版记 after the 落款
        return PagePlan()
