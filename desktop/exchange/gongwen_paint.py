"""Paint a gongwen_layout.PrintLayout page by page with QPainter: the type area's text, the red rule under the
发文字号, the 版记 on the bottom edge of its page (§7.4.1) and the page numbers “— n —” 7 mm under the type
area, odd pages right and even pages left, each 空一字 (§7.5); blank and 版记 pages after a blank page unnumbered.

    paint_pages(layout, device)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextDocument

from desktop.exchange import gongwen_geometry as g
from desktop.exchange.gongwen_layout import PrintLayout

BLACK, RED = QColor(0, 0, 0), QColor(255, 0, 0)
NUMBER_BELOW_MM = 7  # the page number's 一字线 under the type area


def _rule(
    painter: QPainter, x: float, y: float, width: float, points: float, px_per_pt: float, color
) -> None:
    pen = QPen(color)
    pen.setWidthF(points * px_per_pt)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, y), QPointF(x + width, y))


def _paint_record(
    painter: QPainter, record: QTextDocument, left: float, bottom: float, px_per_pt: float
) -> None:
    """版记 with a thick rule above and below and thin rules between its rows (GB/T 9704 §7.4.1)."""
    height = record.size().height()
    width = record.pageSize().width()
    top = bottom - height
    painter.save()
    painter.translate(left, top)
    record.drawContents(painter, QRectF(0, 0, width, height))
    painter.restore()
    thick, thin = g.RECORD_RULE_PT
    _rule(painter, left, top, width, thick, px_per_pt, BLACK)
    block = record.begin().next()
    while block.isValid():
        y = top + record.documentLayout().blockBoundingRect(block).top()
        _rule(painter, left, y, width, thin, px_per_pt, BLACK)
        block = block.next()
    _rule(painter, left, bottom - thick * px_per_pt / 2, width, thick, px_per_pt, BLACK)


def _page_number(painter: QPainter, page: int, px_per_pt: float, page_w: float) -> None:
    font = QFont(g.FONT_SONG)
    font.setPointSizeF(g.SIZE_4)
    painter.setFont(font)
    painter.setPen(BLACK)
    px_mm = px_per_pt * g.PT_PER_MM
    inset = g.SIZE_4 * px_per_pt
    box = QRectF(g.TYPE_LEFT_MM * px_mm + inset, (g.TYPE_BOTTOM_MM + NUMBER_BELOW_MM - 4) * px_mm,
                 page_w - 2 * inset, 8 * px_mm)  # fmt: skip
    side = Qt.AlignmentFlag.AlignRight if page % 2 == 0 else Qt.AlignmentFlag.AlignLeft
    painter.drawText(box, int(side | Qt.AlignmentFlag.AlignVCenter), f"— {page + 1} —")


def paint_pages(layout: PrintLayout, device) -> None:
    """Draw each page of `layout` on `device` (a QPdfWriter or a full-page QPrinter)."""
    document = layout.document
    px = layout.px_per_pt
    px_mm = px * g.PT_PER_MM
    page_h = document.pageSize().height()
    page_w = document.pageSize().width()
    total = layout.page_count()
    record_page = total - 1
    unnumbered = layout.unnumbered()
    painter = QPainter(device)
    try:
        for page in range(total):
            if page:
                device.newPage()
            if page < layout.body_pages():
                painter.save()
                painter.translate(g.TYPE_LEFT_MM * px_mm, g.TYPE_TOP_MM * px_mm - page * page_h)
                document.drawContents(painter, QRectF(0, page * page_h, page_w, page_h))
                for number in layout.red_rules:  # the red rule under the 发文字号, as the DOCX's border lies
                    block = document.findBlockByNumber(number)
                    line = block.layout().lineAt(block.layout().lineCount() - 1)
                    top = document.documentLayout().blockBoundingRect(block).top()
                    y = top + line.y() + line.height() + (g.RED_RULE_SPACE_PT + g.RED_RULE_PT / 2) * px
                    if page * page_h <= y < (page + 1) * page_h:
                        _rule(painter, 0, y, page_w, g.RED_RULE_PT, px, RED)
                painter.restore()
            if layout.record is not None and page == record_page:
                _paint_record(painter, layout.record, g.TYPE_LEFT_MM * px_mm, g.TYPE_BOTTOM_MM * px_mm, px)
            if page not in unnumbered:
                _page_number(painter, page, px, page_w)
    finally:
        painter.end()
