"""Printing the 汇总审核 table: A4 landscape, 10 pt text (never the 4–5 pt of a shrunk spreadsheet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.review.summary_html import PRINT_PT, summary_html
from desktop.ui.fonts import cjk_family

MARGIN_MM = 12


def _landscape() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def summary_document(rows, rubric_name: str, device) -> QTextDocument:
    """The table as a QTextDocument laid out on `device`'s page (points), 10 pt CJK text."""
    document = QTextDocument()
    document.setDefaultFont(QFont(cjk_family() or "", PRINT_PT))
    document.setHtml(summary_html(rows, rubric_name))
    page = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width(), page.height()))
    return document


def print_summary(rows, rubric_name: str, printer) -> None:
    summary_document(rows, rubric_name, printer).print_(printer)


def write_summary_pdf(rows, rubric_name: str, path: str | Path) -> Path:
    """The printout as a PDF file (what the preview prints), for checking and for mailing."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_landscape())
    writer.setResolution(300)
    writer.setTitle("法治政府建设年度报告汇总审核表")
    print_summary(rows, rubric_name, writer)
    return Path(path)


def summary_preview(parent, rows, rubric_name: str):
    """A print preview dialog of the table on A4 landscape, not yet shown."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_landscape())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer = printer
    dialog.setObjectName("reviewPrintPreview")
    dialog.paintRequested.connect(lambda device: print_summary(rows, rubric_name, device))
    return dialog
