"""The export formats in one table. The command line's `export --docx/--xlsx/--pdf` options and the export
dialog's choices are both made from FORMATS, so a new format is its writer module, one entry here and the
translation of its labels.

    FORMATS                      the formats, in the order the dialog lists them
    CHOICES                      the dialog's choices: "docx", "docx_public", "xlsx", "pdf", "pdf_public"
    ExportOptions                what a writer may use (公开版, names to mask, seal, page fitting, profile …)
    default_name(report, fmt, public) -> str   (a file name: 某镇2025年度法治政府建设情况报告（上报版）.docx)

The writers import their modules when called: python-docx, openpyxl and the checker load only for the
format that is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.model import Finding, Report, UnitProfile


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a label for translation (i18n/*.ts) without importing Qt: the command line runs without it."""
    return text


@dataclass(frozen=True)
class ExportOptions:
    public: bool = False  # 公开版: phone and ID numbers and the `names` masked
    names: Sequence[str] = ()
    sealed: bool = True  # the 署名 laid out for a seal (§7.3.5.1), else §7.3.5.2
    fit: bool = True  # measure the page and place the 版记 on the bottom edge of an even page
    profile: UnitProfile | None = None  # the unit's 机关标志, 署名 … filled into empty header fields
    findings: list[Finding] | None = None  # the checklist; checked here when None
    pdf_engine: str = "auto"  # auto, libreoffice or qt


@dataclass(frozen=True)
class ExportFormat:
    key: str  # `export --<key>` and the dialog's choice
    suffix: str
    tag: str  # the file name's tag for the submission version
    help: str  # the command line's help
    label: str  # the dialog's label of the submission version (English source, see QT_TRANSLATE_NOOP)
    public_label: str | None  # the dialog's label of the 公开版; None when the format has none
    noun: str  # what the command line says it wrote
    write: Callable[[Report, Path, ExportOptions], list]  # returns what was masked
    page: bool = True  # a 公文 page: the seal layout and page fitting apply

    @property
    def has_public(self) -> bool:
        return self.public_label is not None


def _write_docx(report: Report, path: Path, options: ExportOptions) -> list:
    from desktop.exchange.export_docx import export_docx

    return export_docx(report, path, profile=options.profile, public=options.public, names=tuple(options.names),
                       fit=options.fit, sealed=options.sealed)  # fmt: skip


def _write_xlsx(report: Report, path: Path, options: ExportOptions) -> list:
    from desktop.core.checker import check
    from desktop.exchange.export_xlsx import export_report_workbook

    findings = options.findings if options.findings is not None else check(report)
    export_report_workbook(report, findings, path)
    return []


def _write_pdf(report: Report, path: Path, options: ExportOptions) -> list:
    from desktop.exchange.export_pdf import export_pdf

    return export_pdf(report, path, profile=options.profile, public=options.public, names=tuple(options.names),
                      engine=options.pdf_engine, sealed=options.sealed)  # fmt: skip


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "docx", ".docx", "上报版", "公文 DOCX (上报版; 公开版 with --public)",
        QT_TRANSLATE_NOOP("ExportDialog", "Word (.docx), version for submission (上报版)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Word (.docx), public version (公开版, personal data masked)"),
        "DOCX", _write_docx,
    ),
    ExportFormat(
        "xlsx", ".xlsx", "检查清单", "workbook with 检查清单, 指标 and 篇章",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook: checklist, indicators, sections"),
        None, "检查清单工作簿", _write_xlsx, page=False,
    ),
    ExportFormat(
        "pdf", ".pdf", "上报版", "print-ready PDF (LibreOffice when installed, else Qt; 公开版 with --public)",
        QT_TRANSLATE_NOOP("ExportDialog", "PDF, version for submission"),
        QT_TRANSLATE_NOOP("ExportDialog", "PDF, public version (公开版, personal data masked)"),
        "PDF", _write_pdf,
    ),
)  # fmt: skip
PUBLIC_TAG = "公开版"
# The dialog's choices: each format, and its 公开版 where it has one — key → (format, public).
CHOICES: dict[str, tuple[ExportFormat, bool]] = {
    key: (fmt, public)
    for fmt in FORMATS
    for key, public in ((fmt.key, False), (fmt.key + "_public", True))
    if not public or fmt.has_public
}


def default_name(report: Report, fmt: ExportFormat, public: bool = False) -> str:
    """A file name from the unit and year (else the title), with the version's tag; safe on Windows."""
    base = (
        f"{report.unit}{report.year or ''}年度法治政府建设情况报告"
        if report.unit
        else (report.title or "报告")
    )
    tag = PUBLIC_TAG if public else fmt.tag
    return re.sub(r'[\\/:*?"<>|]', "_", f"{base}（{tag}）{fmt.suffix}")


__all__ = ["CHOICES", "FORMATS", "PUBLIC_TAG", "ExportFormat", "ExportOptions", "default_name"]
