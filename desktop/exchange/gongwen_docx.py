"""Draw a gongwen_content.Content as a python-docx Document: one w:p per Block, the 版记 as a ruled table,
the PagePlan's padding, page break and unnumbered blank page, and a clean skeleton (only the styles used,
zh-CN theme language, current core properties, no template thumbnail).

    write_document(content, title, author, keywords, overflow_punct="0") -> docx.Document
"""

from __future__ import annotations

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Twips

from desktop.exchange import gongwen_geometry as g
from desktop.exchange import gongwen_ooxml as ox
from desktop.exchange.gongwen_content import Block, Content

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": None,  # Normal is justified
}
RULE_EIGHTHS = tuple(int(p * 8) for p in g.RECORD_RULE_PT)  # border sizes in 1/8 pt


class DocxWriter:
    def __init__(self, overflow_punct: str = "0") -> None:
        self.doc: Document = docx.Document()
        ox.setup_page(self.doc)
        ox.setup_defaults(self.doc, overflow_punct)
        ox.setup_footers(self.doc)
        ox.drop_thumbnail(self.doc)
        ox.chinese_settings(self.doc)
        body = self.doc.element.body
        for p in body.findall(ox.qn("w:p")):  # the template's one empty paragraph
            body.remove(p)

    def paragraph(self, block: Block):
        paragraph = self.doc.add_paragraph()
        if ALIGN[block.align] is not None:
            paragraph.alignment = ALIGN[block.align]
        if (
            block.red_rule
        ):  # the border adds RED_RULE_EXTRA under the line; the content's filler restores the grid
            ox.bottom_rule(paragraph, eighths=int(g.RED_RULE_PT * 8), space=g.RED_RULE_SPACE_PT)
        ox.exact_spacing(paragraph, line=block.line, before=block.before)
        size = block.runs[0].size if block.runs else g.SIZE_3
        if size != g.SIZE_3 or block.line != g.LINE or block.before or block.red_rule:
            ox.no_grid_snap(paragraph)  # LibreOffice would round its height up to whole grid lines
        char = int(size * 20)
        ox.indent(
            paragraph,
            first_chars=max(block.first, 0),
            right_chars=block.right,
            left_chars=block.left,
            char=char,
        )
        if block.first < 0:
            ind = ox.ppr_child(paragraph, "ind")
            ind.set(ox.qn("w:hangingChars"), str(int(round(-block.first * 100))))
            ind.set(ox.qn("w:hanging"), str(int(round(-block.first * char))))
        if block.right_tab:
            paragraph.paragraph_format.tab_stops.add_tab_stop(Twips(block.right_tab), WD_TAB_ALIGNMENT.RIGHT)
        if block.page_break:
            paragraph.paragraph_format.page_break_before = True
        if block.keep:
            paragraph.paragraph_format.keep_with_next = True
        for run in block.runs:
            pieces = _split(run.text, block.breaks) if block.breaks else [run.text]
            for i, piece in enumerate(pieces):
                made = ox.style_run(
                    paragraph.add_run(piece), run.font, run.size, run.bold, ox.RED if run.red else None
                )
                if block.loose:
                    ox.set_condense(made._r.get_or_add_rPr(), g.LOOSE)
                if i < len(pieces) - 1:
                    made.add_break()
        return paragraph

    def spacer(self, points: float, page_break: bool = False) -> None:
        """Empty space of `points` (whole grid lines and one remainder line) above the 版记."""
        lines, rest = divmod(int(points * 20), g.LINE)
        heights = [g.LINE] * lines + ([rest] if rest >= 20 else [])
        for i, height in enumerate(heights or [20]):
            block = Block([], kind="gap", line=height, page_break=page_break and i == 0)
            self.paragraph(block)

    def blank_page(self) -> None:
        """A new section without page numbers (§7.5): a blank page, then the 版记 page."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        for footer in (section.footer, section.even_page_footer):
            footer.is_linked_to_previous = False
            for paragraph in footer.paragraphs:
                for run in list(paragraph.runs):
                    run._r.getparent().remove(run._r)
        self.paragraph(Block([], kind="gap"))

    def record(self, rows: list[str], compensate: bool = True) -> None:
        """版记 (§7.4): 抄送 and 印发机关/印发日期 in 4号仿宋 between a thick rule above, thin between, thick below."""
        table = self.doc.add_table(rows=len(rows), cols=1)
        thick, thin = RULE_EIGHTHS
        ox.table_borders(table, top=thick, inside=thin, bottom=thick)
        borders = (2 * thick + thin * (len(rows) - 1)) * 20 // 8  # twips the rules add to the rows
        line = g.LINE - (borders // len(rows) if compensate else 0)
        for row, text in zip(table.rows, rows, strict=True):
            paragraph = row.cells[0].paragraphs[0]
            ox.exact_spacing(paragraph, line=line)
            ox.no_grid_snap(paragraph)
            if text.startswith(
                "抄送"
            ):  # 左右各空一字; continuation lines under the first name after "抄送："
                ind = ox.ppr_child(paragraph, "ind")
                for key, value in (("left", 4 * g.CHAR_4), ("hanging", 3 * g.CHAR_4), ("right", g.CHAR_4)):
                    ind.set(ox.qn(f"w:{key}"), str(value))
            else:  # 印发机关 左空一字, 印发日期 右空一字
                ox.indent(paragraph, left_chars=1, right_chars=1, char=g.CHAR_4)
                paragraph.paragraph_format.tab_stops.add_tab_stop(
                    Twips(g.TEXT_W - 2 * g.CHAR_4), WD_TAB_ALIGNMENT.RIGHT
                )
            ox.style_run(paragraph.add_run(text), g.FONT_BODY, g.SIZE_4)
        tail = self.doc.add_paragraph()  # LibreOffice drops a body-final table without a paragraph after it
        ox.exact_spacing(tail, line=20)
        ox.no_grid_snap(tail)

    def write(self, content: Content) -> Document:
        for block in content.blocks:
            self.paragraph(block)
        plan = content.plan
        if content.record:
            if plan.blank_page:
                self.blank_page()
            if plan.record_placed:
                self.spacer(plan.record_gap, page_break=plan.record_new_page or plan.blank_page)
            else:
                self.paragraph(Block([], kind="gap"))  # 落款 and 版记 never touch
            self.record(content.record)
        return self.doc


def _split(text: str, offsets: list[int]) -> list[str]:
    edges = [0, *offsets, len(text)]
    return [text[a:b] for a, b in zip(edges, edges[1:], strict=False)]


def write_document(
    content: Content, title: str, author: str, keywords: str, overflow_punct: str = "0"
) -> Document:
    """The DOCX of `content` (overflow_punct "1" only for the copy LibreOffice 7.4 renders, which reads it inverted)."""
    document = DocxWriter(overflow_punct).write(content)
    ox.drop_unused_styles(document)
    ox.font_table(document)
    ox.core_properties(document, title, author, keywords)
    return document


__all__ = ["OxmlElement", "write_document"]
