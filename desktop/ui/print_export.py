"""Main-window commands for paper and files: print preview of the 公文 layout, and the export dialog."""

from __future__ import annotations

from pathlib import Path


def a4_printer():
    """A printer set to A4 portrait using the whole sheet (the layout places the type area itself)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    return printer


class PrintExportMixin:
    """Mixed into MainWindow; needs self.session, self.editor_page, self.settings."""

    def print_preview_dialog(self):
        """The print preview (a QPrintPreviewDialog) of the open report, not yet shown."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from desktop.exchange.gongwen_layout import layout_report
        from desktop.exchange.gongwen_paint import paint_pages

        if self.session is None:
            return None
        from desktop.exchange.export_docx import with_profile  # python-docx: loaded when first needed

        self.save_now()
        report = with_profile(self.session.report, self.session.profile)
        printer = a4_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer = printer  # the dialog does not own it: keep it alive as long as the dialog
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print preview — {0}").format(report.title))

        def paint(device) -> None:
            paint_pages(layout_report(report, device), device)

        dialog.paintRequested.connect(paint)
        return dialog

    def print_preview(self) -> None:
        dialog = self.print_preview_dialog()
        if dialog is not None:
            dialog.resize(self.size())
            self._show_dialog(dialog)

    def export_dialog(self):
        """The export dialog for the open report (python-docx and openpyxl load on first use)."""
        from desktop.ui.dialogs.export import ExportDialog

        if self.session is None:
            return None
        self.save_now()
        folder = Path(self.settings.value("export/folder", "") or Path.home())
        findings = self.editor_page.findings()
        dialog = ExportDialog(self, self.session.report, findings, self.session.profile, folder)
        dialog.finished.connect(lambda _r: self.settings.setValue("export/folder", str(dialog.folder)))
        return dialog

    def show_export(self) -> None:
        dialog = self.export_dialog()
        if dialog is not None:
            self._show_dialog(dialog)
