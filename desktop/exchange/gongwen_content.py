"""The 公文 page as a renderer-neutral list of paragraphs, built once from a report and a PagePlan; the DOCX
writer (gongwen_docx) and the Qt layout (gongwen_layout) both draw exactly this, from one geometry.

    build_content(report, plan=PagePlan(), sealed=True) -> Content

Order and spacing (GB/T 9704-2012, docs/gongwen-format.md): 份号/密级/紧急程度 top left (§7.2.1–7.2.3);
发文机关标志 with its top 35 mm below the type area (§7.2.4); 发文字号 空二行 under it, 签发人 on the same line
for 上行文 (§7.2.5–7.2.6); the red rule 4 mm under the 发文字号 (§7.2.7); the title 空二行 under the rule, 2号
小标宋, broken into 梯形/菱形 lines (§7.3.1); 主送 (§7.3.2); 正文 (§7.3.3); 附件说明 (§7.3.4); 署名 and 成文日期
(§7.3.5); 附注 (§7.3.6); 版记 (§7.4). Every paragraph is a whole number of 579-twip grid lines, so the 22-line
rhythm of the body continues on page 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.closing import closing_parts
from desktop.core.dates import format_cn_date
from desktop.core.headings import heading_match, is_pure_heading
from desktop.core.model import CLOSING, Report
from desktop.core.title_lines import title_lines
from desktop.exchange import gongwen_geometry as g
from desktop.exchange.page_plan import PagePlan

_BRACKETED_YEAR = re.compile(r"[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]")
MARK_GLYPH_TOP = 0.45
_HALF_NUMBER = re.compile(r"^\(\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*\)")


@dataclass
class Run:
    text: str
    font: str = g.FONT_BODY
    size: float = g.SIZE_3
    bold: bool = False
    red: bool = False


@dataclass
class Block:
    """One paragraph: runs, alignment, indents in characters of its size, exact line and space before (twips)."""

    runs: list[Run]
    kind: str = "body"
    align: str = "justify"  # left, center, right, justify
    first: float = 0.0
    left: float = 0.0
    right: float = 0.0
    line: int = g.LINE
    before: int = 0
    red_rule: bool = False  # the red rule under the 发文字号
    right_tab: int = 0  # a right-aligned tab stop, twips from the type area's left edge
    index: int = -1  # body paragraph number (PagePlan.loose refers to it)
    loose: bool = False
    page_break: bool = False
    keep: bool = False  # on the same page as the next paragraph (the 署名 block never splits)
    breaks: list[int] = field(default_factory=list)  # offsets of forced line breaks (the title's lines)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Content:
    blocks: list[Block]
    record: list[str] = field(default_factory=list)  # 版记 rows: "抄送：…。" and "印发机关\t日期印发"
    plan: PagePlan = field(default_factory=PagePlan)
    closing_texts: list[str] = field(default_factory=list)  # 署名, 日期, 附注 as printed (for measuring)


def normalize_doc_number(number: str) -> str:
    """石府[2025]16号 / 石府【2025】16号 → 石府〔2025〕16号 (六角括号, GB/T 9704 §7.2.5)."""
    return _BRACKETED_YEAR.sub(lambda m: f"〔{m.group(1)}〕", number.replace(" ", ""))


def heading_number_form(line: str) -> str:
    """(一) / (1) at the start of a heading drawn with full-width brackets, as §7.3.3 numbers them; the text
    after it is left alone (fixes to running text are offered to the user, never made here)."""
    return _HALF_NUMBER.sub(lambda m: f"（{m.group(1)}）", line, count=1)


def _blank(count: int = 1, line: int = g.LINE, kind: str = "blank") -> list[Block]:
    return [Block([], kind=kind, line=line) for _ in range(count)]


def _header(report: Report) -> list[Block]:
    blocks: list[Block] = []
    for text, font in (
        (report.copy_number, g.FONT_BODY),
        (report.secrecy, g.FONT_HEI),
        (report.urgency, g.FONT_HEI),
    ):
        if text:
            blocks.append(Block([Run(text, font)], kind="marks", align="left"))
    number = normalize_doc_number(report.doc_number)
    if report.issuer_mark:
        size = min(g.SIZE_MARK, int(g.TEXT_W / 20 / max(g.text_width(report.issuer_mark), 1)))
        used = len(blocks) * g.LINE
        # The mark's line is two grid lines; its glyphs' top sits MARK_GLYPH_TOP of the type size below the
        # line's top (measured in LibreOffice), so its top is 35 mm below the type area with:
        before = max(g.twips_of_mm(g.MARK_TOP_MM) - used - int(size * 20 * MARK_GLYPH_TOP), 0)
        blocks.append(
            Block(
                [Run(report.issuer_mark, g.FONT_TITLE, size, red=True)],
                "mark",
                "center",
                line=2 * g.LINE,
                before=before,
            )  # fmt: skip
        )
        blocks += _blank(2)  # 发文字号 空二行 under the mark
    if number or report.signer:
        if report.signer:
            runs = [Run("\u3000" + number + "\t签发人："), Run(report.signer, g.FONT_KAI)]
            blocks.append(Block(runs, "number", "left", right_tab=g.TEXT_W - g.CHAR))
        else:
            blocks.append(Block([Run(number)], "number", "center"))
        blocks[-1].red_rule = bool(report.issuer_mark)
    if blocks:
        height = sum(b.before + b.line for b in blocks) + (g.RED_RULE_EXTRA if blocks[-1].red_rule else 0)
        if height % g.LINE:
            blocks.append(Block([], kind="filler", line=g.LINE - height % g.LINE))  # back onto the line grid
        blocks += _blank(g.TITLE_GAP_LINES)  # the title 空二行 under the red rule (or under the marks)
    return blocks


def _title(report: Report) -> list[Block]:
    if not report.title:
        return []
    lines = title_lines(report.title, per_line=g.TEXT_W / (g.SIZE_2 * 20 + g.CONDENSE))
    offsets, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        offsets.append(at)
    title = Block([Run("".join(lines), g.FONT_TITLE, g.SIZE_2)], "title", "center", breaks=offsets)
    blocks = [title, *_blank()]  # 标题下空一行 主送
    if report.addressee:
        blocks.append(Block([Run(report.addressee.rstrip("：:") + "：")], "addressee", "left"))
    return blocks


def body_block(line: str, index: int) -> Block:
    """A body paragraph with 空二字: a heading number sets the font of its lead (一、黑体 （一）楷体 1.仿宋加粗)."""
    line = heading_number_form(line)
    found = heading_match(line)
    if found is None:
        return Block([Run(line)], first=2, index=index)
    font, bold = g.HEADING_FONTS[found[0]]
    if is_pure_heading(line) or found[0] == 1:
        lead, rest = line, ""
    else:
        stop = line.find("。")
        cut = stop + 1 if 0 <= stop < 45 else found[2].end()
        lead, rest = line[:cut], line[cut:]
    runs = [Run(lead, font, bold=bold)] + ([Run(rest)] if rest else [])
    return Block(runs, first=2, index=index)


def _attachments(names: list[str], start: int) -> list[Block]:
    """附件说明 (§7.3.4): 空一行, 左空二字 "附件：1.名称", later items and wrapped lines under the first name."""
    if not names:
        return []
    blocks = _blank()
    number = 1 if len(names) > 1 else 0  # "1." is one character wide
    for i, name in enumerate(names, start=1):
        text = ("附件：" if i == 1 else "") + (f"{i}." if number else "") + name
        # Wrapped lines align with the first name: left = 2 + 3 (附件：) + the number, the first line hangs back.
        first = -(3 + number) if i == 1 else -number
        blocks.append(
            Block([Run(text)], "attachment", "left", first=first, left=5 + number, index=start + i - 1)
        )
    return blocks


def _signature(report: Report, plan: PagePlan, sealed: bool) -> tuple[list[Block], list[str]]:
    date = format_cn_date(report.date) if report.date else ""
    blocks: list[Block] = []
    if not (report.signature or date):
        return blocks, []
    line = plan.closing_line
    if sealed:  # §7.3.5.1: room for the seal; 署名 centred over the 成文日期, 日期 右空四字
        blocks += _blank(plan.seal_gap if report.signature else 1, line, "gap")
        if report.signature:
            shift = 4 + (g.text_width(date) - g.text_width(report.signature)) / 2 if date else 4
            blocks.append(
                Block([Run(report.signature)], "signature", "right", right=max(shift, 0), line=line)
            )
        if date:
            blocks.append(Block([Run(date)], "date", "right", right=4, line=line))
    else:  # §7.3.5.2: 空一行, 署名 右空二字, 日期 首字比署名首字右移二字 (or 右空二字 when it is longer)
        blocks += _blank(1, line, "gap")
        sign_w, date_w = g.text_width(report.signature), g.text_width(date)
        date_right = sign_w - date_w if report.signature else 2
        sign_right = 2 + max(2 - date_right, 0) if date else 2
        if report.signature:
            blocks.append(Block([Run(report.signature)], "signature", "right", right=sign_right, line=line))
        if date:
            blocks.append(Block([Run(date)], "date", "right", right=max(date_right, 2), line=line))
    return blocks, [b.text for b in blocks if b.runs]


def _record(report: Report) -> list[str]:
    rows = []
    if report.cc:
        rows.append("抄送：" + report.cc.rstrip("。") + "。")
    if report.printer or report.print_date:
        printed = format_cn_date(report.print_date) + "印发" if report.print_date else ""
        rows.append(report.printer + "\t" + printed)
    return rows


def _carry(blocks: list[Block], closing: int) -> None:
    """Keep the 附件说明, the last 正文 paragraph and a heading right above it with the 署名 block (PagePlan.carry)."""
    before = closing - 1
    while before >= 0 and blocks[before].kind in ("attachment", "blank"):
        blocks[before].keep = True
        before -= 1
    if before >= 0 and blocks[before].kind == "body":
        blocks[before].keep = True
        above = blocks[before - 1] if before > 0 else None
        if above is not None and above.kind == "body" and is_pure_heading(above.text):
            above.keep = True  # a heading never ends a page


def build_content(report: Report, plan: PagePlan | None = None, sealed: bool = True) -> Content:
    """The page content of `report` (its fields already filled from the unit profile)."""
    plan = plan or PagePlan()
    blocks = _header(report) + _title(report)
    index = 0
    closing_text = []
    for section in report.sections:
        if section.part == CLOSING:
            closing_text.append(section.text)
            continue
        for line in [section.heading, *section.text.split("\n")]:
            if line.strip():
                blocks.append(body_block(line.strip(), index))
                index += 1
    attachments, notes = closing_parts("\n".join(closing_text))
    blocks += _attachments(attachments, index)
    index += len(attachments)
    signature, closing_texts = _signature(report, plan, sealed)
    blocks += signature
    for (
        note
    ) in notes:  # 附注 (§7.3.6): 居左空二字, in brackets (full-width when we add them), under the 成文日期
        text = note if note[0] in "（(" else f"（{note}）"
        blocks.append(Block([Run(text)], "note", first=2, line=plan.closing_line, index=-1))
        closing_texts.append(blocks[-1].text)
    closing = [b for b in blocks if b.kind in ("gap", "signature", "date", "note")]
    for block in closing[:-1]:
        block.keep = True
    if plan.carry and closing:
        _carry(blocks, blocks.index(closing[0]))
    for block in blocks:
        block.loose = block.index in plan.loose
    return Content(blocks, _record(report), plan, closing_texts)
