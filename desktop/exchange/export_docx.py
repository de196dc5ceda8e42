"""Export a report as a GB/T 9704-2012 公文 DOCX: the 上报版, or the 公开版 (the same page, personal data masked).

API for the GUI and CLI:
    export_docx(report, path, profile=None, public=False, names=(), plan=None, fit=False, sealed=True)
        -> list[MaskedItem]
    build_document(report, profile=None, plan=None, sealed=True) -> docx.Document   (no file written)

The page is described once in gongwen_content (版头, title, 主送, 正文, 附件说明, 署名, 成文日期, 附注, 版记) and
drawn by gongwen_docx; with fit=True the end of the document is fitted to its pages first (fit_page: the 版记 on
the bottom edge of an even last page, §7.3.5.5 adjustments), measured with LibreOffice or the Qt layout.
docs/gongwen-format.md describes every element.
"""

from __future__ import annotations

import copy
from pathlib import Path

from docx.document import Document

from desktop.core.model import CLOSING, INTRO, Report, UnitProfile
from desktop.exchange.gongwen_content import build_content, normalize_doc_number
from desktop.exchange.gongwen_docx import write_document
from desktop.exchange.page_plan import PagePlan
from desktop.exchange.redact import MaskedItem, public_version
from desktop.exchange.safe_write import write_atomically


def with_profile(report: Report, profile: UnitProfile | None) -> Report:
    """A copy of report whose empty header and 版记 fields are filled from the unit profile."""
    if profile is None:
        return report
    filled = copy.copy(report)
    for field, value in (
        ("signer", profile.signer),
        ("addressee", profile.addressee),
        ("cc", profile.cc),
        ("printer", profile.printer),
    ):
        if not getattr(filled, field) and value:
            setattr(filled, field, value)
    if not filled.signature and profile.name:
        filled.signature = profile.name + ("办事处" if profile.level == "街道" else "人民政府")
    return filled


def _author(report: Report) -> str:
    return report.signature or report.unit or report.issuer_mark


def document_for(report: Report, plan: PagePlan | None = None, sealed: bool = True) -> Document:
    """The DOCX of a report whose fields are final (profile applied, masked when public)."""
    content = build_content(report, plan, sealed)
    keywords = f"法治政府建设年度报告 {report.year or ''}".strip()
    return write_document(content, report.title, _author(report), keywords)


def build_document(
    report: Report, profile: UnitProfile | None = None, plan: PagePlan | None = None, sealed: bool = True
) -> Document:
    """The 公文 document for `report` (fields missing in the report are taken from `profile`)."""
    return document_for(with_profile(report, profile), plan, sealed)


def export_docx(
    report: Report,
    path: str | Path,
    profile: UnitProfile | None = None,
    public: bool = False,
    names: list[str] | tuple[str, ...] = (),
    plan: PagePlan | None = None,
    fit: bool = False,
    sealed: bool = True,
) -> list[MaskedItem]:
    """Write the 上报版 (public=False) or 公开版 DOCX to `path` atomically; returns what was masked.

    The 公开版 is the same page with phone numbers, 身份证号 and the marked `names` masked (same length, so
    the lines and pages do not move). `fit` measures the page first (a few seconds with LibreOffice); `plan`
    gives the result of an earlier measurement instead. `sealed` False lays out the 署名 for a document
    without a seal (§7.3.5.2). Raises ReportFileError when it cannot write.
    """
    masked: list[MaskedItem] = []
    source = with_profile(report, profile)
    if public:
        source, masked = public_version(source, names)
    if fit and plan is None:
        from desktop.exchange.fit_page import best_plan

        plan = best_plan(source, sealed)
    document = document_for(source, plan, sealed)
    write_atomically(Path(path), lambda tmp: document.save(str(tmp)))
    return masked


def body_lines(report: Report) -> list[str]:
    """The body paragraphs as export_docx writes them (headings included), for tests and previews."""
    lines = []
    for section in report.sections:
        if section.part in (INTRO, CLOSING) and not section.text:
            continue
        lines += [ln.strip() for ln in ([section.heading] + section.text.split("\n")) if ln.strip()]
    return lines


__all__ = ["build_document", "export_docx", "normalize_doc_number", "body_lines", "with_profile"]
