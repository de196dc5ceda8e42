"""THE page geometry of a GB/T 9704-2012 公文, shared by the DOCX writer (twips) and the Qt layout (mm, points).

One source: every length is defined once in twips (1/20 pt, the unit Word stores) and the other units are derived
from it. Why these numbers: docs/gongwen-format.md. Measured in LibreOffice 7.4: 22 lines a page, 28 三号
characters a line.
"""

from __future__ import annotations

TWIPS_PER_PT = 20
PT_PER_MM = 72 / 25.4
TWIPS_PER_MM = TWIPS_PER_PT * PT_PER_MM  # 56.69

# A4 and the margins of §5.2.1: 37 mm top, 35 mm bottom, 28 mm left (binding side), 26 mm right.
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1587, 1474
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 8845 twips = 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM  # 12756 twips = 225 mm
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
LINE = TEXT_H // LINES_PER_PAGE  # 579 twips = 28.95 pt: 22 lines fit, 580 would not
FOOTER_DISTANCE = 1450  # puts the page number's 一字线 7 mm below the type area (measured)
CONDENSE = -5  # run spacing in 1/20 pt: 16 − 0.25 = 15.75 pt a character, 28 fit 156 mm, 29 do not
LOOSE = -4  # a paragraph where LibreOffice would hang a line-final punctuation mark: 27 a line

SIZE_MARK, SIZE_2, SIZE_3, SIZE_4 = (
    36,
    22,
    16,
    14,
)  # 发文机关标志, 2号 (title), 3号 (body), 4号 (版记, page no.)
CHAR = SIZE_3 * TWIPS_PER_PT  # one 三号 character, 320 twips
CHAR_4 = SIZE_4 * TWIPS_PER_PT  # one 4号 character, 280 twips

# 版头 (§7.2): the mark's top 35 mm below the top of the type area, for every document; the red rule 4 mm
# under the 发文字号; the title 空二行 (two blank lines) under the rule.
MARK_TOP_MM = 35
RULE_BELOW_NUMBER_MM = 4
TITLE_GAP_LINES = 2
RECORD_RULE_PT = (1.0, 0.5)  # 版记: thick (first and last) and thin rules, in points
RED_RULE_PT = 1.5  # the red rule's width
RED_RULE_SPACE_PT = (
    10  # between the 发文字号 line's box and the red rule: the rule lies about 4 mm under the glyphs
)
RED_RULE_EXTRA = int((RED_RULE_PT + RED_RULE_SPACE_PT) * TWIPS_PER_PT)  # twips the rule adds under its line

# The font names Word and WPS look for on office PCs (each with its East-Asian attribute in the DOCX).
FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_HEI = "黑体"
FONT_KAI = "楷体_GB2312"
FONT_SONG = "宋体"
# Heading level → (font, bold): 一、黑体, （一）楷体, 1. 仿宋 bold, （1）仿宋 (§7.3.3).
HEADING_FONTS: dict[int, tuple[str, bool]] = {
    1: (FONT_HEI, False),
    2: (FONT_KAI, False),
    3: (FONT_BODY, True),
    4: (FONT_BODY, False),
}
# Where those faces are missing (Linux, a PC without the 方正 fonts) the Qt layout tries these, in order;
# resources/fonts/gongwen-aliases.conf does the same for LibreOffice through fontconfig.
SUBSTITUTES: dict[str, list[str]] = {
    FONT_BODY: ["仿宋", "FangSong", "STFangsong", "FandolFang", "AR PL UMing CN", "Noto Serif CJK SC"],
    FONT_KAI: ["楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "FandolKai", "Noto Serif CJK SC"],
    FONT_HEI: ["SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"],
    FONT_SONG: ["SimSun", "Noto Serif CJK SC", "AR PL UMing CN"],
    FONT_TITLE: ["方正小标宋_GBK", "华文中宋", "STZhongsong", "Noto Serif CJK SC"],
}


def pt(twips: float) -> float:
    return twips / TWIPS_PER_PT


def mm(twips: float) -> float:
    return twips / TWIPS_PER_MM


def twips_of_mm(value: float) -> int:
    return int(round(value * TWIPS_PER_MM))


LINE_PT = pt(LINE)  # 28.95
TYPE_TOP_MM, TYPE_LEFT_MM = mm(MARGIN_TOP), mm(MARGIN_LEFT)
TYPE_BOTTOM_MM = mm(PAGE_H - MARGIN_BOTTOM)  # 262 mm from the paper's top edge
TEXT_W_MM, TEXT_H_MM = mm(TEXT_W), mm(TEXT_H)
PAGE_W_MM, PAGE_H_MM = mm(PAGE_W), mm(PAGE_H)
CHAR_PT = pt(CHAR) + CONDENSE / TWIPS_PER_PT  # 15.75 pt: the advance of one condensed 三号 character


def text_width(text: str) -> float:
    """Width in 三号 characters: ASCII counts half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)
