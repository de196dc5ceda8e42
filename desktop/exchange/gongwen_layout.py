"""The 公文 page drawn with QtGui (QTextDocument, no widgets): the PDF where LibreOffice is absent and the GUI's
print preview. It lays out the same gongwen_content.Content as the DOCX writer, from the same geometry, and fits
the end of the document with the same page_plan (measured on its own layout, which is exact).

    layout_report(report, device, sealed=True) -> PrintLayout   (fitted; device e.g. QPdfWriter or QPrinter)
    paint_pages(layout, device)                                  (every page, red rule, 版记, page numbers)
    render_pdf(report, path, sealed=True) -> int                 (page count)
    qt_plan(report, sealed=True) -> PagePlan                     (for a DOCX written where LibreOffice is absent)

The device must paint on the whole A4 sheet with its origin at the paper corner: QPdfWriter with zero margins
(as render_pdf sets it up), or a QPrinter with setFullPage(True).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from desktop import APP_TITLE
from desktop.core.model import Report
from desktop.exchange import gongwen_geometry as g
from desktop.exchange.gongwen_content import Block, Content, Run, build_content
from desktop.exchange.page_plan import PagePlan, plan_from

ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
    "justify": Qt.AlignmentFlag.AlignJustify,
}
MAX_ROUNDS = 4


def install_substitutes() -> None:
    for family, fallbacks in g.SUBSTITUTES.items():
        QFont.insertSubstitutions(family, fallbacks)


class _Builder:
    """Blocks → a QTextDocument paginated to the type area (device pixels)."""

    def __init__(self, device, width_mm: float = g.TEXT_W_MM, height_mm: float = g.TEXT_H_MM) -> None:
        self.device = device
        self.px_per_pt = device.logicalDpiY() / 72
        # Measured with QPdfWriter: fixed line heights are read as 96-dpi pixels, indents and spacing as device pixels.
        self.fmt_per_pt = 96 / 72
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setPageSize(QSizeF(self.mm(width_mm), self.mm(height_mm)))
        self.cursor = QTextCursor(self.doc)
        self.first = True

    def mm(self, value: float) -> float:
        return value * g.PT_PER_MM * self.px_per_pt

    def insert(self, run: Run, loose: bool) -> None:
        """A run whose characters take the DOCX's cells whatever the face: a CJK character the condensed 三号 cell
        (15.75 pt), an ASCII one half of it (GB/T 9704 counts a digit as half a character)."""
        cell = run.size + (g.LOOSE if loose else g.CONDENSE) / g.TWIPS_PER_PT  # the DOCX's run spacing
        for piece in re.findall(r"[\x21-\x7e]+|[^\x21-\x7e]+", run.text):
            ascii_piece = piece[0].isascii() and not piece[0].isspace()
            sample = piece if ascii_piece else "国"
            self.cursor.insertText(piece, self.char_format(run, sample, cell / 2 if ascii_piece else cell))

    def char_format(self, run: Run, sample: str = "国", cell: float = g.CHAR_PT) -> QTextCharFormat:
        """The run's font spaced so that each character of `sample` advances `cell` points."""
        fmt = QTextCharFormat()
        font = QFont(run.font)
        font.setPointSizeF(run.size)
        font.setBold(run.bold)
        if run.font == g.FONT_TITLE and QFontInfo(font).family() != run.font:
            font.setBold(True)  # the stand-in serif is lighter than 小标宋
        natural = QFontMetricsF(font, self.device).horizontalAdvance(sample) / len(sample) / self.px_per_pt
        # Measured with QPdfWriter: letter spacing is read as 96-dpi pixels, like fixed line heights.
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, (cell - natural) * self.fmt_per_pt)
        fmt.setFont(font)
        if run.red:
            fmt.setForeground(QColor(255, 0, 0))
        return fmt

    def add(self, block: Block, after: int = 0) -> int:
        """Append one paragraph (space before and after it as empty fixed-height blocks); returns its number."""
        if block.before:
            self.add(Block([], kind="gap", line=block.before))
        number = self._add(block)
        if after:
            self.add(Block([], kind="gap", line=after))
        return number

    def _add(self, block: Block) -> int:
        fmt = QTextBlockFormat()
        size = block.runs[0].size if block.runs else g.SIZE_3
        char_px = size * self.px_per_pt
        if block.right_tab:
            stop = g.pt(block.right_tab) * self.fmt_per_pt  # tab stops are 96-dpi pixels too
            fmt.setTabPositions([QTextOption.Tab(stop, QTextOption.TabType.RightTab)])
        fmt.setAlignment(ALIGN[block.align])
        fmt.setLineHeight(
            g.pt(block.line) * self.fmt_per_pt, QTextBlockFormat.LineHeightTypes.FixedHeight.value
        )
        fmt.setTextIndent(block.first * char_px)
        fmt.setLeftMargin(block.left * char_px)
        fmt.setRightMargin(block.right * char_px)
        if block.page_break:
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt)
        for run in block.runs:
            text = run.text
            for offset in reversed(block.breaks):
                text = text[:offset] + "\u2028" + text[offset:]  # a line break inside the title paragraph
            self.insert(Run(text, run.font, run.size, run.bold, run.red), block.loose)
        return self.cursor.block().blockNumber()


@dataclass
class PrintLayout:
    """The laid-out body, the blocks with a red rule under them, the 版记 document and the plan it follows."""

    document: QTextDocument
    content: Content
    red_rules: list[int]
    record: QTextDocument | None
    px_per_pt: float

    def body_pages(self) -> int:
        return self.document.pageCount()

    def page_count(self) -> int:
        plan = self.content.plan
        return self.body_pages() + (1 if plan.record_new_page else 0) + (2 if plan.blank_page else 0)

    def unnumbered(self) -> set[int]:
        """0-based pages without a number: a blank page before the 版记 page and the 版记 page (§7.5)."""
        return {self.page_count() - 2, self.page_count() - 1} if self.content.plan.blank_page else set()

    def lines(self) -> list[tuple[int, float, float, float, str]]:
        """(page, yMin, yMax, xMax, text) of every text line, points from the paper's top edge, like pdftotext."""
        page_h = self.document.pageSize().height()
        top = g.pt(g.MARGIN_TOP)
        out = []
        block = self.document.begin()
        while block.isValid():
            rect = self.document.documentLayout().blockBoundingRect(block)
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                text = block.text()[line.textStart() : line.textStart() + line.textLength()]
                text = text.replace("\u2028", "").replace("\t", "").replace(" ", "")
                if not text:
                    continue
                y = rect.top() + line.y()
                page = int(y // page_h)
                y_top = top + (y - page * page_h) / self.px_per_pt
                x_max = (
                    g.pt(g.MARGIN_LEFT) + (rect.left() + line.x() + line.naturalTextWidth()) / self.px_per_pt
                )
                out.append((page + 1, y_top, y_top + line.height() / self.px_per_pt - 1, x_max, text))
            block = block.next()
        if self.record is not None:
            for row in self.content.record:  # the 版记 is painted apart: one line a row for the measurement
                out.append((self.body_pages(), 0.0, 0.0, 0.0, row.replace("\t", "")))
        return out


def _carry_over(doc: QTextDocument, first: int, last: int) -> None:
    """QTextDocument knows no keep-with-next: start a new page inside the last 正文 paragraph, before its last
    two lines (as Word does with a paragraph kept with the next), or before the whole paragraph (and its
    heading) when it is shorter. The first part's lines stay justified: it ends in a line separator."""
    block = doc.findBlockByNumber(last)
    doc.documentLayout().blockBoundingRect(block)  # lays the block out
    layout = block.layout()
    cursor = QTextCursor(doc.findBlockByNumber(first))
    if layout.lineCount() >= 4:
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + layout.lineAt(layout.lineCount() - 2).textStart())
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setTextIndent(0)
        cursor.insertText("\u2028")
        cursor.insertBlock(fmt)
    fmt = cursor.blockFormat()
    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(fmt)


def layout_content(content: Content, device) -> PrintLayout:
    install_substitutes()
    b = _Builder(device)
    rules = []
    carried = []
    for block in content.blocks:
        number = b.add(block, after=g.RED_RULE_EXTRA if block.red_rule else 0)
        if block.red_rule:
            rules.append(number)
        if block.keep and block.kind == "body":
            carried.append(number)  # the 正文 kept with the 署名 block (PagePlan.carry)
    if carried:
        _carry_over(b.doc, carried[0], carried[-1])
    record = None
    if content.record:
        r = _Builder(device, height_mm=1e6)
        for row in content.record:
            cc = row.startswith("抄送")
            r.add(Block([Run(row, size=g.SIZE_4)], "record", "left", left=4 if cc else 1, first=-3 if cc else 0,
                        right=1, right_tab=0 if cc else g.TEXT_W - 2 * g.CHAR_4))  # fmt: skip
        record = r.doc
    return PrintLayout(b.doc, content, rules, record, b.px_per_pt)


def _fit(report: Report, device, sealed: bool) -> PrintLayout:
    """Lay out, measure, re-plan until the 版记 is placed (the same steps as fit_page with LibreOffice)."""
    from desktop.exchange.fit_page import TYPE_BOTTOM, TYPE_TOP, measure_lines

    plan = PagePlan()
    layout = layout_content(build_content(report, plan, sealed), device)
    for _ in range(MAX_ROUNDS):
        lines = layout.lines()
        if not lines:
            break
        measured = measure_lines(lines, layout.content, layout.body_pages())
        better = plan_from(measured, plan, TYPE_TOP, TYPE_BOTTOM)
        if better == plan:
            break
        plan = better
        if plan.record_placed:  # Qt paints the 版记 itself: no padding blocks, the plan says where
            layout.content = replace(layout.content, plan=plan)
            break
        layout = layout_content(build_content(report, plan, sealed), device)
    return layout


def layout_report(report: Report, device, sealed: bool = True) -> PrintLayout:
    """The report laid out for `device` with its end fitted to the pages."""
    return _fit(report, device, sealed)


def qt_plan(report: Report, sealed: bool = True) -> PagePlan:
    """The plan the Qt layout arrives at, for a DOCX written without LibreOffice at hand."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)
    return layout_report(report, writer, sealed).content.plan


def _pdf_writer(target) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    return writer


def render_pdf(report: Report, path: str | Path, sealed: bool = True) -> int:
    """Write the report as a PDF with Qt; returns the number of pages. Needs a QGuiApplication."""
    from desktop.exchange.gongwen_paint import paint_pages

    writer = _pdf_writer(str(path))
    writer.setTitle(report.title)
    writer.setCreator(APP_TITLE)
    layout = layout_report(report, writer, sealed)
    paint_pages(layout, writer)
    return layout.page_count()


def ensure_gui_app():
    """The running QGuiApplication, or a new offscreen one for command-line PDF export."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if (
            not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
            and sys.platform == "linux"
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


__all__ = ["PrintLayout", "QRectF", "ensure_gui_app", "layout_report", "qt_plan", "render_pdf"]
