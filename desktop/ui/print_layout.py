"""The 公文 page layout with Qt (QTextDocument): the PDF fallback when LibreOffice is absent, and the GUI's
print preview. Same geometry as the DOCX export: A4, margins 37/35/28/26 mm, 22 lines of 28 三号 characters,
headings 黑体/楷体/仿宋, page numbers “— n —” odd right / even left.

    layout_document(report, device) -> PrintLayout   (laid out for `device`, e.g. a QPdfWriter or QPrinter)
    paint_pages(layout, device)                      (draws every page, the rules, 版记 and page numbers)
    render_pdf(report, path) -> int                  (page count)

The device must paint on the whole A4 sheet with its origin at the paper corner: QPdfWriter with zero
margins (as render_pdf sets it up), or a QPrinter with setFullPage(True) in a QPrintPreviewDialog slot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from desktop.core.dates import format_cn_date
from desktop.core.headings import heading_match, is_pure_heading
from desktop.core.model import CLOSING, Report

MM_PER_PT = 25.4 / 72
TOP, BOTTOM, LEFT, RIGHT = 37.0, 35.0, 28.0, 26.0  # mm
TEXT_W, TEXT_H = 210.0 - LEFT - RIGHT, 297.0 - TOP - BOTTOM
LINE_PT = 12756 / 22 / 20  # 28.99 pt: 22 lines fill the 225 mm type area
BODY_PT, TITLE_PT, SMALL_PT = 16, 22, 14
# Windows names first; the free CJK faces stand in on Linux (see resources/fonts/gongwen-aliases.conf).
SUBSTITUTES = {
    "仿宋_GB2312": ["仿宋", "FangSong", "STFangsong", "FandolFang", "AR PL UMing CN", "Noto Serif CJK SC"],
    "楷体_GB2312": ["楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "FandolKai", "Noto Serif CJK SC"],
    "黑体": ["SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"],
    "宋体": ["SimSun", "Noto Serif CJK SC", "AR PL UMing CN"],
    "方正小标宋简体": ["方正小标宋_GBK", "华文中宋", "STZhongsong", "Noto Serif CJK SC"],
}
HEADING_FONTS = {
    1: ("黑体", False),
    2: ("楷体_GB2312", False),
    3: ("仿宋_GB2312", True),
    4: ("仿宋_GB2312", False),
}


def install_substitutes() -> None:
    for family, fallbacks in SUBSTITUTES.items():
        QFont.insertSubstitutions(family, fallbacks)


class _Builder:
    def __init__(self, device) -> None:
        self.px_per_pt = device.logicalDpiY() / 72
        # Measured with QPdfWriter: fixed line heights are read as 96-dpi pixels, indents and spacing as device pixels.
        self.fmt_per_pt = 96 / 72
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setPageSize(QSizeF(self.mm(TEXT_W), self.mm(TEXT_H)))
        self.cursor = QTextCursor(self.doc)
        self.first = True

    def mm(self, value: float) -> float:
        return value / MM_PER_PT * self.px_per_pt

    def char_format(self, family: str, points: float, bold: bool = False, color: QColor | None = None):
        fmt = QTextCharFormat()
        font = QFont(family)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setLetterSpacing(
            QFont.SpacingType.AbsoluteSpacing, -0.22 * self.px_per_pt
        )  # 28 三号 characters just fit 156 mm
        if family == "方正小标宋简体" and QFontInfo(font).family() != family:
            font.setBold(True)  # the stand-in serif is lighter than 小标宋
        fmt.setFont(font)
        if color is not None:
            fmt.setForeground(color)
        return fmt

    def paragraph(self, runs, align=Qt.AlignmentFlag.AlignJustify, indent_chars: float = 0, right_chars: float = 0,
                  line_pt: float = LINE_PT, before_pt: float = 0, right_tab_mm: float = 0) -> int:  # fmt: skip
        """Append a paragraph of (text, format) runs; returns its block number."""
        block = QTextBlockFormat()
        if right_tab_mm:
            stop = right_tab_mm / MM_PER_PT * self.fmt_per_pt  # tab stops are 96-dpi pixels too
            block.setTabPositions([QTextOption.Tab(stop, QTextOption.TabType.RightTab)])
        block.setAlignment(align)
        block.setLineHeight(line_pt * self.fmt_per_pt, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        block.setTextIndent(indent_chars * BODY_PT * self.px_per_pt)
        block.setRightMargin(right_chars * BODY_PT * self.px_per_pt)
        block.setTopMargin(before_pt * self.px_per_pt)
        if self.first:
            self.cursor.setBlockFormat(block)
            self.first = False
        else:
            self.cursor.insertBlock(block)
        for text, fmt in runs:
            self.cursor.insertText(text, fmt)
        return self.cursor.block().blockNumber()

    def body(self, text: str = "", **kwargs) -> None:
        self.paragraph([(text, self.char_format("仿宋_GB2312", BODY_PT))], **kwargs)

    def body_line(self, line: str) -> None:
        found = heading_match(line)
        plain = self.char_format("仿宋_GB2312", BODY_PT)
        if found is None:
            self.paragraph([(line, plain)], indent_chars=2)
            return
        family, bold = HEADING_FONTS[found[0]]
        if is_pure_heading(line) or found[0] == 1:
            lead, rest = line, ""
        else:
            stop = line.find("。")
            cut = stop + 1 if 0 <= stop < 45 else found[2].end()
            lead, rest = line[:cut], line[cut:]
        runs = [(lead, self.char_format(family, BODY_PT, bold))] + ([(rest, plain)] if rest else [])
        self.paragraph(runs, indent_chars=2)


def layout_document(report: Report, device) -> PrintLayout:
    """The report as a QTextDocument paginated to the 公文 type area of `device`."""
    install_substitutes()
    b = _Builder(device)
    center, right = Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight
    if report.issuer_mark:
        mark = b.char_format("方正小标宋简体", 36, color=QColor(255, 0, 0))
        b.paragraph([(report.issuer_mark, mark)], align=center, line_pt=48, before_pt=35 / MM_PER_PT - 48)
        b.body()
    number = report.doc_number
    rules: list[int] = []
    if number or report.signer:
        plain = b.char_format("仿宋_GB2312", BODY_PT)
        if report.signer:  # 上行文: 字号 左空一字, 签发人 右空一字
            runs = [
                ("\u3000" + number + "\t签发人：", plain),
                (report.signer, b.char_format("楷体_GB2312", BODY_PT)),
            ]
            block = b.paragraph(
                runs, align=Qt.AlignmentFlag.AlignLeft, right_tab_mm=TEXT_W - BODY_PT * MM_PER_PT
            )
        else:
            block = b.paragraph([(number, plain)], align=center)
        if report.issuer_mark:
            rules.append(block)
        b.body()
    if report.title:
        b.paragraph([(report.title, b.char_format("方正小标宋简体", TITLE_PT))], align=center, line_pt=35)
        b.body()
    if report.addressee:
        b.body(report.addressee.rstrip("：:") + "：", align=Qt.AlignmentFlag.AlignLeft)
    closing = []
    for section in report.sections:
        if section.part == CLOSING:
            closing += [ln for ln in section.text.split("\n") if ln.strip()]
            continue
        for line in [section.heading, *section.text.split("\n")]:
            if line.strip():
                b.body_line(line.strip())
    date = format_cn_date(report.date) if report.date else ""
    if report.signature or date:
        for _ in range(3 if report.signature else 1):
            b.body()
    if report.signature:
        shift = max(4 + (len(date) - len(report.signature)) / 2, 0) if date else 4
        b.body(report.signature, align=right, right_chars=shift)
    if date:
        b.body(date, align=right, right_chars=4)
    for note in closing:
        b.body(note.strip(), indent_chars=2)
    return PrintLayout(b.doc, rules, _record(report, device))


def _record(report: Report, device) -> QTextDocument | None:
    """版记 (抄送, 印发机关 and 印发日期) as its own small document, painted at the bottom of the last page."""
    if not (report.cc or report.printer or report.print_date):
        return None
    b = _Builder(device)
    b.doc.setPageSize(QSizeF(b.mm(TEXT_W), 1e9))
    small = b.char_format("仿宋_GB2312", SMALL_PT)
    if report.cc:
        b.paragraph([("抄送：" + report.cc.rstrip("。") + "。", small)], indent_chars=SMALL_PT / BODY_PT,
                    right_chars=SMALL_PT / BODY_PT)  # fmt: skip
    if report.printer or report.print_date:
        printed = format_cn_date(report.print_date) + "印发" if report.print_date else ""
        tab = TEXT_W - 2 * SMALL_PT * MM_PER_PT
        b.paragraph([(f"{report.printer}\t{printed}", small)], align=Qt.AlignmentFlag.AlignLeft,
                    indent_chars=SMALL_PT / BODY_PT, right_tab_mm=tab)  # fmt: skip
    return b.doc


@dataclass
class PrintLayout:
    """The laid-out body, the blocks that carry a red rule under them, and the 版记 document."""

    document: QTextDocument
    red_rules: list[int] = field(default_factory=list)
    record: QTextDocument | None = None

    def _record_fits(self) -> bool:
        if self.record is None:
            return True
        page_h = self.document.pageSize().height()
        used = (
            self.document.documentLayout().documentSize().height() - (self.document.pageCount() - 1) * page_h
        )
        return used + self.record.size().height() + page_h / 22 <= page_h

    def page_count(self) -> int:
        return self.document.pageCount() + (0 if self._record_fits() else 1)


def _rule(
    painter: QPainter, x: float, y: float, width: float, mm_width: float, px: float, color: QColor
) -> None:
    pen = QPen(color)
    pen.setWidthF(mm_width * px)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, y), QPointF(x + width, y))


def _paint_record(painter: QPainter, record: QTextDocument, left: float, bottom: float, px: float) -> None:
    """版记 with a thick rule above and below and thin rules between its rows (GB/T 9704 §7.4.1)."""
    height = record.size().height()
    width = record.pageSize().width()
    top = bottom - height
    painter.save()
    painter.translate(left, top)
    record.drawContents(painter, QRectF(0, 0, width, height))
    painter.restore()
    black = QColor(0, 0, 0)
    _rule(painter, left, top, width, 0.35, px, black)
    block = record.begin().next()
    while block.isValid():
        y = top + record.documentLayout().blockBoundingRect(block).top()
        _rule(painter, left, y, width, 0.25, px, black)
        block = block.next()
    _rule(painter, left, bottom, width, 0.35, px, black)


def paint_pages(layout: PrintLayout, device) -> None:
    """Draw each page inside the type area of `device`: text, red rule, 版记 at the bottom, “— n —” below."""
    document = layout.document
    px = device.logicalDpiY() / 72 / MM_PER_PT  # device pixels per mm
    page_h = document.pageSize().height()
    page_w = document.pageSize().width()
    number_font = QFont("宋体")
    number_font.setPointSizeF(SMALL_PT)
    painter = QPainter(device)
    try:
        for page in range(layout.page_count()):
            if page:
                device.newPage()
            painter.save()
            painter.translate(LEFT * px, TOP * px - page * page_h)
            document.drawContents(painter, QRectF(0, page * page_h, page_w, page_h))
            for number in layout.red_rules:  # the red rule 4 mm under the 发文字号
                rect = document.documentLayout().blockBoundingRect(document.findBlockByNumber(number))
                if page * page_h <= rect.bottom() < (page + 1) * page_h:
                    _rule(painter, 0, rect.bottom() + 3 * px, page_w, 0.5, px, QColor(255, 0, 0))
            painter.restore()
            if layout.record is not None and page == layout.page_count() - 1:
                _paint_record(painter, layout.record, LEFT * px, TOP * px + page_h, px)
            painter.setFont(number_font)
            painter.setPen(QColor(0, 0, 0))
            box = QRectF(LEFT * px + SMALL_PT * px * MM_PER_PT, (297 - BOTTOM + 7) * px - 4 * px,
                         page_w - 2 * SMALL_PT * px * MM_PER_PT, 8 * px)  # fmt: skip
            odd = page % 2 == 0
            align = (
                Qt.AlignmentFlag.AlignRight if odd else Qt.AlignmentFlag.AlignLeft
            ) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, int(align), f"— {page + 1} —")
    finally:
        painter.end()


def render_pdf(report: Report, path: str | Path) -> int:
    """Write the report as a PDF with Qt; returns the number of pages. Needs a QGuiApplication."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(report.title)
    writer.setCreator("法治报告助手")
    layout = layout_document(report, writer)
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
