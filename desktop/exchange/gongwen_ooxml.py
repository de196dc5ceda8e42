"""Low-level OOXML helpers for GB/T 9704-2012 公文 pages built with python-docx: run and paragraph
properties in schema order, page set-up, page-number footers, the 版记 table and a clean document skeleton.
All lengths are twips; the numbers come from gongwen_geometry (docs/gongwen-format.md explains them).
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from desktop.exchange.gongwen_geometry import (
    CHAR,
    CHAR_4,
    CONDENSE,
    FONT_BODY,
    FONT_HEI,
    FONT_KAI,
    FONT_SONG,
    FONT_TITLE,
    FOOTER_DISTANCE,
    LINE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_W,
    SIZE_3,
    SIZE_4,
    TEXT_W,
)

RED = RGBColor(0xFF, 0x00, 0x00)

# Schema order of the pPr and rPr children we touch (ECMA-376 §17.3.1.26, §17.3.2.28).
_PPR_NAMES = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
    "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
    "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
_RPR_NAMES = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
    "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
_PPR_ORDER, _RPR_ORDER = _PPR_NAMES.split(), _RPR_NAMES.split()


def child_in_order(parent, tag: str, order: list[str]):
    """The `w:tag` child of parent, created at its schema position when missing."""
    found = parent.find(qn(f"w:{tag}"))
    if found is not None:
        return found
    element = OxmlElement(f"w:{tag}")
    later = set(order[order.index(tag) + 1 :])
    for child in parent:
        if child.tag.split("}")[-1] in later:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


def ppr_child(paragraph: Paragraph, tag: str):
    return child_in_order(paragraph._p.get_or_add_pPr(), tag, _PPR_ORDER)


def rpr_child(rpr, tag: str):
    return child_in_order(rpr, tag, _RPR_ORDER)


def set_fonts(rpr, name: str, latin: str | None = None) -> None:
    """Name the font for all four scripts (eastAsia included) and drop theme-font attributes."""
    fonts = rpr_child(rpr, "rFonts")
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attr}"), latin or name)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:hint"), "eastAsia")


def set_size(rpr, points: float) -> None:
    half = str(int(round(points * 2)))
    rpr_child(rpr, "sz").set(qn("w:val"), half)
    rpr_child(rpr, "szCs").set(qn("w:val"), half)


def set_condense(rpr, twentieths: int = CONDENSE) -> None:
    rpr_child(rpr, "spacing").set(qn("w:val"), str(twentieths))


def style_run(run: Run, font: str, points: float, bold: bool = False, color: RGBColor | None = None) -> Run:
    """Font (with eastAsia), size, bold and colour of one run."""
    rpr = run._r.get_or_add_rPr()
    set_fonts(rpr, font)
    run.font.size = Pt(points)
    run.font.bold = bold or None
    if color is not None:
        run.font.color.rgb = color
    return run


def no_grid_snap(paragraph: Paragraph) -> None:
    """Large type (title, 机关标志, 4号 lines) is not stretched to whole grid cells."""
    ppr_child(paragraph, "snapToGrid").set(qn("w:val"), "0")


def exact_spacing(paragraph: Paragraph, line: int = LINE, before: int = 0, after: int = 0) -> None:
    spacing = ppr_child(paragraph, "spacing")
    spacing.set(qn("w:before"), str(before))
    spacing.set(qn("w:after"), str(after))
    spacing.set(qn("w:line"), str(line))
    spacing.set(qn("w:lineRule"), "exact")


def indent(
    paragraph: Paragraph, first_chars: int = 0, right_chars: int = 0, left_chars: int = 0, char: int = CHAR
) -> None:
    """Indents in characters, written both as *Chars (Word) and twips (other readers)."""
    ind = ppr_child(paragraph, "ind")
    for attr, chars in (("firstLine", first_chars), ("right", right_chars), ("left", left_chars)):
        if chars:
            ind.set(qn(f"w:{attr}Chars"), str(int(round(chars * 100))))
            ind.set(qn(f"w:{attr}"), str(int(round(chars * char))))


def bottom_rule(paragraph: Paragraph, color: str = "FF0000", eighths: int = 12, space: int = 4) -> None:
    """A full-width rule under the paragraph (the red line under 发文字号)."""
    border = ppr_child(paragraph, "pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", str(eighths)), ("space", str(space)), ("color", color)):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)


def setup_page(doc: Document) -> None:
    """A4, GB/T 9704 margins, footer distance and a 22-line grid; odd/even footers on."""
    section = doc.sections[0]
    section.page_width, section.page_height = Twips(PAGE_W), Twips(PAGE_H)
    section.top_margin, section.bottom_margin = Twips(MARGIN_TOP), Twips(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Twips(MARGIN_LEFT), Twips(MARGIN_RIGHT)
    section.header_distance = Twips(851)
    section.footer_distance = Twips(FOOTER_DISTANCE)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.attrib.pop(qn("w:charSpace"), None)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE))
    doc.settings.odd_and_even_pages_header_footer = True


def setup_defaults(doc: Document, overflow_punct: str = "0") -> None:
    """docDefaults and Normal: 仿宋_GB2312 三号, exact 579-twip lines, zh-CN, no theme fonts.

    `overflow_punct` "0" keeps line-final punctuation inside the type area in Word and WPS (ECMA-376
    §17.3.1.21); LibreOffice 7.4 reads the value inverted, so the copy it renders gets "1"."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, FONT_BODY)
    set_size(rpr, SIZE_3)
    rpr_child(rpr, "lang").set(qn("w:eastAsia"), "zh-CN")
    ppr_default = defaults.find(qn("w:pPrDefault"))
    ppr = ppr_default.find(qn("w:pPr"))
    spacing = child_in_order(ppr, "spacing", _PPR_ORDER)
    for key, value in (("before", "0"), ("after", "0"), ("line", str(LINE)), ("lineRule", "exact")):
        spacing.set(qn(f"w:{key}"), value)
    normal = doc.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), FONT_BODY)
    set_condense(normal.element.get_or_add_rPr())
    normal.font.size = Pt(SIZE_3)
    fmt = normal.paragraph_format
    fmt.line_spacing = Twips(LINE)
    fmt.space_before = fmt.space_after = Twips(0)
    fmt.widow_control = False
    npr = normal.element.get_or_add_pPr()
    # No gaps between CJK and digits, and no punctuation hanging past the margin (28 cells a line at most).
    for tag, value in (("overflowPunct", overflow_punct), ("autoSpaceDE", "0"), ("autoSpaceDN", "0")):
        child_in_order(npr, tag, _PPR_ORDER).set(qn("w:val"), value)
    jc = child_in_order(npr, "jc", _PPR_ORDER)
    jc.set(qn("w:val"), "both")


def _field_run(paragraph: Paragraph, kind: str | None = None, text: str = "") -> Run:
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    set_fonts(rpr, FONT_SONG)
    set_size(rpr, SIZE_4)
    if kind in ("begin", "separate", "end"):
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)
    elif kind == "instr":
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = text
        run._r.append(instr)
    else:
        run.text = text
    return run


def page_number(paragraph: Paragraph, odd: bool) -> None:
    """“— PAGE —” in 4号宋体: odd pages right with 空一字, even pages left with 空一字."""
    exact_spacing(paragraph, line=CHAR_4)
    no_grid_snap(paragraph)
    jc = ppr_child(paragraph, "jc")
    jc.set(qn("w:val"), "right" if odd else "left")
    if odd:
        indent(paragraph, right_chars=1, char=CHAR_4)
    else:
        indent(paragraph, left_chars=1, char=CHAR_4)
    _field_run(paragraph, text="— ")
    _field_run(paragraph, "begin")
    _field_run(paragraph, "instr", " PAGE ")
    _field_run(paragraph, "separate")
    _field_run(paragraph, text="1")
    _field_run(paragraph, "end")
    _field_run(paragraph, text=" —")


def setup_footers(doc: Document) -> None:
    section = doc.sections[0]
    page_number(section.footer.paragraphs[0], odd=True)
    page_number(section.even_page_footer.paragraphs[0], odd=False)


def table_borders(table, top: int = 8, inside: int = 4, bottom: int = 8) -> None:
    """版记 table: full type-area width, fixed layout, no cell side margins, rules above, between, below."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for child in list(tbl_pr):
        if child.tag.split("}")[-1] not in ("tblStyle",):
            tbl_pr.remove(child)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(TEXT_W))
    width.set(qn("w:type"), "dxa")
    borders = OxmlElement("w:tblBorders")
    for side, size in (("top", top), ("left", 0), ("bottom", bottom), ("right", 0), ("insideH", inside)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if size else "nil")
        if size:
            edge.set(qn("w:sz"), str(size))
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
        borders.append(edge)
    inside_v = OxmlElement("w:insideV")
    inside_v.set(qn("w:val"), "nil")
    borders.append(inside_v)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    for element in (width, borders, layout, margins):
        tbl_pr.append(element)
    for col in tbl.tblGrid.findall(qn("w:gridCol")):
        col.set(qn("w:w"), str(TEXT_W))  # WPS reads widths from gridCol
    for row in table.rows:
        for cell in row.cells:
            cell.width = Twips(TEXT_W)


def drop_thumbnail(doc: Document) -> None:
    """The default template carries a stale thumbnail image and a Word 2010 copy of its 164 styles
    (stylesWithEffects, theme fonts and all); remove both relationships, so neither part is written."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rel_id]


def drop_unused_styles(doc: Document) -> None:
    """Keep only the styles the body, footers and tables use, and the document defaults (w:default="1")."""
    styles = doc.styles.element
    used = set()
    parts = [doc.element] + [
        rel.target_part.element for rel in doc.part.rels.values() if "footer" in rel.reltype
    ]
    for element in parts:
        for tag in ("pStyle", "rStyle", "tblStyle"):
            used.update(e.get(qn("w:val")) for e in element.iter(qn(f"w:{tag}")))
    for style in styles.findall(qn("w:style")):
        based = style.find(qn("w:basedOn"))
        kept = style.get(qn("w:default")) == "1" or style.get(qn("w:styleId")) in used
        if kept and based is not None:
            used.add(based.get(qn("w:val")))
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:default")) != "1" and style.get(qn("w:styleId")) not in used:
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)


def chinese_settings(doc: Document) -> None:
    """Theme language zh-CN (the template says ja-JP: CJK text without a font would fall back to a Japanese face)."""
    settings = doc.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")


def core_properties(doc: Document, title: str, author: str, keywords: str) -> None:
    """Title, author (the unit), current dates; nothing from the template."""
    props = doc.core_properties
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.title, props.author, props.last_modified_by = title, author, author
    props.comments, props.subject, props.category, props.keywords = "", "", "", keywords
    props.created = props.modified = now
    props.revision = 1


def font_table(doc: Document) -> None:
    """The fonts the document uses, with the GB2312 character set (the template lists Japanese faces)."""
    names = (FONT_BODY, FONT_TITLE, FONT_HEI, FONT_KAI, FONT_SONG)
    entries = "".join(
        f'<w:font w:name="{n}"><w:charset w:val="86"/><w:family w:val="auto"/></w:font>' for n in names
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="'
        'http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + entries + "</w:fonts>"
    )
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            rel.target_part._blob = xml.encode("utf-8")
