"""Export a report as a GB/T 9704-2012 公文 DOCX: the 上报版 (full header) or the 公开版 (masked, no header).

API for the GUI and CLI:
    export_docx(report, path, profile=None, public=False, names=()) -> list[MaskedItem]
    build_document(report, profile=None) -> docx.Document   (no file written)

Layout (domain.md §2): red 发文机关标志 and rule when the report has an issuer mark, 发文字号 with 〔〕 and
签发人, title in 小标宋 2号, 主送, body in 仿宋_GB2312 3号 with headings 黑体/楷体/仿宋, 落款 and 成文日期 右空四字,
page numbers “— 1 —” odd right / even left, and 版记 (抄送, 印发机关/日期) between rules.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Twips

from desktop.core.dates import format_cn_date
from desktop.core.headings import heading_match, is_pure_heading
from desktop.core.model import CLOSING, INTRO, Report, UnitProfile
from desktop.exchange import gongwen_ooxml as ox
from desktop.exchange.redact import MaskedItem, public_version
from desktop.exchange.safe_write import write_atomically

HEADING_FONTS = {
    1: (ox.FONT_HEI, False),
    2: (ox.FONT_KAI, False),
    3: (ox.FONT_BODY, True),
    4: (ox.FONT_BODY, False),
}
_BRACKETED_YEAR = re.compile(r"[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]")
MM = 56.7  # twips per millimetre


def normalize_doc_number(number: str) -> str:
    """石府[2025]16号 / 石府【2025】16号 → 石府〔2025〕16号 (六角括号, GB/T 9704 §7.2.4)."""
    return _BRACKETED_YEAR.sub(lambda m: f"〔{m.group(1)}〕", number.replace(" ", ""))


def text_width(text: str) -> float:
    """Width in 三号 characters: ASCII counts half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


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


class GongwenWriter:
    """Builds the paragraphs of one document in order."""

    def __init__(self, record_padding: int = 0) -> None:
        self.record_padding = record_padding  # empty lines that push the 版记 to the bottom of the last page
        self.doc: Document = docx.Document()
        ox.setup_page(self.doc)
        ox.setup_defaults(self.doc)
        ox.setup_footers(self.doc)
        ox.drop_thumbnail(self.doc)
        body = self.doc.element.body
        for p in body.findall(ox.qn("w:p")):  # the template's one empty paragraph
            body.remove(p)

    def para(self, align: WD_ALIGN_PARAGRAPH | None = None, keep: bool = False):
        """A new paragraph; `keep` keeps it on the page of the next one (the 落款 and 版记 block)."""
        paragraph = self.doc.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def blank(self, count: int = 1, keep: bool = False) -> None:
        for _ in range(count):
            self.para(keep=keep)

    def run(
        self, paragraph, text: str, font: str = ox.FONT_BODY, size: float = ox.SIZE_3, bold: bool = False
    ):
        return ox.style_run(paragraph.add_run(text), font, size, bold)

    # 版头 -------------------------------------------------------------------------------------------
    def header(self, report: Report) -> None:
        upward = bool(report.signer)
        number = normalize_doc_number(report.doc_number)
        if report.issuer_mark:
            mark = self.para(WD_ALIGN_PARAGRAPH.CENTER)
            size = min(ox.SIZE_MARK, int(ox.TEXT_W / 20 / max(text_width(report.issuer_mark), 1)))
            # GB/T 9704 §7.2.3: top of the mark 35 mm (上行文 80 mm) below the type area's top edge.
            ox.exact_spacing(mark, line=int(size * 20 * 1.3), before=int((80 if upward else 35) * MM) - 400)
            ox.no_grid_snap(mark)
            ox.style_run(mark.add_run(report.issuer_mark), ox.FONT_TITLE, size, color=ox.RED)
            self.blank(2)
        if number or report.signer:
            line = self.para(None if upward else WD_ALIGN_PARAGRAPH.CENTER)
            if upward:
                line.paragraph_format.tab_stops.add_tab_stop(
                    Twips(ox.TEXT_W - ox.CHAR), WD_TAB_ALIGNMENT.RIGHT
                )
                self.run(line, "\u3000" + number + "\t签发人：")
                self.run(line, report.signer, font=ox.FONT_KAI)
            else:
                self.run(line, number)
            if report.issuer_mark:
                ox.bottom_rule(line)
        if report.issuer_mark or number or report.signer:
            self.blank()

    def title(self, report: Report) -> None:
        if not report.title:
            return
        title = self.para(WD_ALIGN_PARAGRAPH.CENTER)
        ox.exact_spacing(title, line=700)
        ox.no_grid_snap(title)
        self.run(title, report.title, font=ox.FONT_TITLE, size=ox.SIZE_2)
        self.blank()
        if report.addressee:
            self.run(self.para(), report.addressee.rstrip("：:") + "：")

    # 正文 -------------------------------------------------------------------------------------------
    def body_line(self, line: str):
        """One paragraph: 2-character first-line indent; a heading number sets the font of its lead."""
        paragraph = self.para()
        ox.indent(paragraph, first_chars=2)
        found = heading_match(line)
        if found is None:
            self.run(paragraph, line)
            return paragraph
        level = found[0]
        font, bold = HEADING_FONTS[level]
        if is_pure_heading(line) or level == 1:
            lead, rest = line, ""
        else:
            stop = line.find("。")
            cut = stop + 1 if 0 <= stop < 45 else found[2].end()
            lead, rest = line[:cut], line[cut:]
        self.run(paragraph, lead, font=font, bold=bold)
        if rest:
            self.run(paragraph, rest)
        return paragraph

    def sections(self, report: Report) -> None:
        closing = []
        for section in report.sections:
            if section.part == CLOSING:
                closing.append(section)
                continue
            lines = ([section.heading] if section.heading else []) + section.text.split("\n")
            for line in lines:
                if line.strip():
                    self.body_line(line.strip())
        self.closing_lines = [ln for s in closing for ln in (s.heading, *s.text.split("\n")) if ln.strip()]

    # 落款, 附注, 版记 ---------------------------------------------------------------------------------
    def signature(self, report: Report) -> None:
        date = format_cn_date(report.date) if report.date else ""
        if report.signature or date:
            self.blank(3 if report.signature else 1, keep=True)
        if report.signature:
            shift = 4 + (text_width(date) - text_width(report.signature)) / 2 if date else 4
            name = self.para(WD_ALIGN_PARAGRAPH.RIGHT, keep=True)
            ox.indent(name, right_chars=max(shift, 0))
            self.run(name, report.signature)
        if date:
            line = self.para(WD_ALIGN_PARAGRAPH.RIGHT)
            ox.indent(line, right_chars=4)
            self.run(line, date)
        for note in self.closing_lines:
            paragraph = self.para()
            ox.indent(paragraph, first_chars=2)
            self.run(paragraph, note.strip())

    def record(self, report: Report) -> None:
        """版记: 抄送 and 印发机关/印发日期 between rules, in 4号仿宋."""
        rows = []
        if report.cc:
            rows.append("cc")
        if report.printer or report.print_date:
            rows.append("printer")
        if not rows:
            return
        self.blank(self.record_padding)
        self.blank(keep=True)
        table = self.doc.add_table(rows=len(rows), cols=1)
        ox.table_borders(table)
        for row, kind in zip(table.rows, rows, strict=True):
            paragraph = row.cells[0].paragraphs[0]
            paragraph.paragraph_format.keep_with_next = True
            ox.exact_spacing(paragraph, line=ox.LINE)
            ox.no_grid_snap(paragraph)
            if kind == "cc":
                ind = ox.ppr_child(paragraph, "ind")
                for key, value in (("left", 1120), ("hanging", 840), ("right", 280)):
                    ind.set(ox.qn(f"w:{key}"), str(value))
                text = "抄送：" + report.cc.rstrip("。") + "。"
            else:
                ox.indent(paragraph, left_chars=1, right_chars=1, char=ox.CHAR_4)
                paragraph.paragraph_format.tab_stops.add_tab_stop(
                    Twips(ox.TEXT_W - 2 * ox.CHAR_4), WD_TAB_ALIGNMENT.RIGHT
                )
                printed = format_cn_date(report.print_date) + "印发" if report.print_date else ""
                text = report.printer + "\t" + printed
            self.run(paragraph, text, size=ox.SIZE_4)
        tail = self.para()  # LibreOffice drops a body-final table without a paragraph after it
        ox.exact_spacing(tail, line=20)

    def build(self, report: Report) -> Document:
        self.header(report)
        self.title(report)
        self.sections(report)
        self.signature(report)
        self.record(report)
        props = self.doc.core_properties
        props.title, props.author, props.last_modified_by, props.comments = report.title, "", "", ""
        props.keywords = f"法治政府建设年度报告 {report.year or ''}".strip()
        return self.doc


def build_document(report: Report, profile: UnitProfile | None = None, record_padding: int = 0) -> Document:
    """The 公文 document for `report` (fields missing in the report are taken from `profile`)."""
    return GongwenWriter(record_padding).build(with_profile(report, profile))


def export_docx(
    report: Report,
    path: str | Path,
    profile: UnitProfile | None = None,
    public: bool = False,
    names: list[str] | tuple[str, ...] = (),
    record_padding: int = 0,
) -> list[MaskedItem]:
    """Write the 上报版 (public=False) or 公开版 DOCX to `path` atomically; returns what was masked.

    `record_padding` empty lines go before the 版记 so that it sits at the bottom of the last page
    (GB/T 9704 §7.4); export_pdf.fit_record() measures the right number with LibreOffice.

    For the 公开版 phone numbers, 身份证号 and the marked `names` are masked, and the internal header
    (发文机关标志, 发文字号, 签发人, 主送) and 版记 are left out. Raises ReportFileError when it cannot write.
    """
    masked: list[MaskedItem] = []
    source = with_profile(report, profile)
    if public:
        source, masked = public_version(source, names)
    document = GongwenWriter(record_padding).build(source)
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


__all__ = ["build_document", "export_docx", "normalize_doc_number", "body_lines"]
