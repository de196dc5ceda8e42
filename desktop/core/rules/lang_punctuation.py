"""lang.punctuation: half-width marks in Chinese text, unmatched brackets and quotes, 〔〕 in 发文字号.

公文 (GB/T 9704-2012, GB/T 15834-2011 标点符号用法) uses full-width marks in Chinese text and 六角括号 〔〕 around
the year of a document number. Heading numbers at a line start ((一), (1)) are left to lang.numbering.
"""

from __future__ import annotations

import re

from desktop.core.headings import heading_match, lines_with_offsets
from desktop.core.model import HEADER, Finding, Section
from desktop.core.rules import Context, SectionContext, finding
from desktop.core.rules.lang_common import heading_finding

NAMES = {"lang.punctuation": "标点符号"}  # desktop.core.rule_names

HAN = re.compile(r"[\u4e00-\u9fff]")
# A half-width mark between Chinese text and Chinese brackets, quotes or book-title marks (…》,要求 / 要求:“…”).
# A full stop only between Chinese on both sides or at a line end after Chinese (1.会前学法 is a heading number).
HALF_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff》”’）」』〕】])([,;:?!])(?=[\u4e00-\u9fff“‘《（「『〔【])"
    r"|(?<=[\u4e00-\u9fff》”）])(\.)(?=[\u4e00-\u9fff“《（]|\s*$)",
    re.MULTILINE,
)
ANY_HALF = re.compile("[,;:?!.]")
FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
# Straight double quotes around Chinese text: “” in a Chinese text (GB/T 15834-2011 §4.1).
ASCII_QUOTES = re.compile(r'"([^"\n]{0,40}[\u4e00-\u9fff][^"\n]{0,40})"')
# The bracketed year and serial of a 发文字号 after its issuer's abbreviation (石府[2025]16号 → 〔2025〕16号).
DOC_NUMBER = re.compile(r"[\[【(（［〔]\s*((?:19|20)\d{2})\s*[\]】)）］〕]\s*(\d{1,4})\s*号")
PAIRS = {"（": "）", "(": ")", "《": "》", "“": "”", "【": "】", "〔": "〕"}
CLOSERS = {v: k for k, v in PAIRS.items()}
KIND = {"（": "(", "(": "(", "）": ")", ")": ")"}
MAX_PER_LINE = 20  # a line with more bracket problems than this is reported in part (pasted garbage)
MAX_NESTING = 8  # how far back an opening bracket is looked for
BRACKET = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")


def _proper(doc_number: str) -> bool:
    return doc_number.startswith("〔") and "〕" in doc_number


def _same_kind(opener: str, closer: str) -> bool:
    round_pair = KIND.get(opener) == "(" and KIND.get(closer) == ")"
    return round_pair or PAIRS.get(opener) == closer


def bracket_hits(line: str, offset: int) -> list[tuple[str, tuple[int, int], str, str]]:
    """(severity, span, message, suggestion) for unmatched, mixed-width and half-width pairs in one line."""
    out = []
    skip = 0
    found = heading_match(line)
    if found and found[0] in (2, 4):
        skip = found[2].end()  # the heading number itself: lang.numbering
    stack: list[int] = []
    for mark in BRACKET.finditer(line, skip):
        i, ch = mark.start(), mark.group()
        if ch in PAIRS:
            stack.append(i)
        elif ch in CLOSERS or ch == ")":
            near = range(len(stack) - 1, max(-1, len(stack) - 1 - MAX_NESTING), -1)
            match = next((j for j in near if _same_kind(line[stack[j]], ch)), None)
            if match is None:
                out.append(
                    ("warning", (offset + i, offset + i + 1), f"“{ch}”没有对应的前半个括号或引号。", "")
                )
                continue
            start = stack[match]
            del stack[match:]
            out += _width_hits(line, start, i, offset)
    for j in stack:
        out.append(("warning", (offset + j, offset + j + 1), f"“{line[j]}”没有对应的后半个括号或引号。", ""))
    return out[:MAX_PER_LINE]


def _width_hits(line: str, start: int, end: int, offset: int) -> list[tuple[str, tuple[int, int], str, str]]:
    opener, closer, inner = line[start], line[end], line[start + 1 : end]
    if (opener, closer) == ("(", ")"):
        if HAN.search(inner):
            span = (offset + start, offset + end + 1)
            return [("info", span, "中文括号应使用全角“（）”。", f"（{inner}）")]
    elif KIND.get(opener) and opener + closer in ("（)", "(）"):
        span = (offset + start, offset + end + 1)
        return [("info", span, "括号前后全角、半角混用。", f"（{inner}）")]
    return []


def line_hits(text: str) -> list[tuple[str, tuple[int, int], str, str]]:
    """All punctuation findings of `text`, line by line."""
    out = []
    for offset, line in lines_with_offsets(text):
        out += bracket_hits(line, offset)
    for m in HALF_MARK.finditer(text) if ANY_HALF.search(text) else ():
        group = 1 if m.group(1) else 2
        mark = m.group(group)
        out.append(("info", m.span(group), f"中文正文中应使用全角“{FULL[mark]}”。", FULL[mark]))
    for m in ASCII_QUOTES.finditer(text) if '"' in text else ():
        out.append(("info", m.span(), "中文正文中的引号应使用全角“”。", f"“{m.group(1)}”"))
    for m in DOC_NUMBER.finditer(text):
        if _proper(m.group(0)) or m.start() == 0 or not HAN.match(text[m.start() - 1]):
            continue
        right = f"〔{m.group(1)}〕{m.group(2)}号"
        out.append(("warning", m.span(), "发文字号中的年份应使用六角括号“〔〕”。", right))
    return sorted(out, key=lambda h: h[1])


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    out = [
        finding("lang.punctuation", severity, message, section, span, suggestion)
        for severity, span, message, suggestion in line_hits(section.text)
    ]
    out += [
        heading_finding("lang.punctuation", severity, message, section, span, suggestion)
        for severity, span, message, suggestion in line_hits(section.heading)
    ]
    return out


def check_report(ctx: Context) -> list[Finding]:
    number = ctx.report.doc_number
    m = DOC_NUMBER.search(number)
    if not number or m is None or _proper(m.group(0)):
        return []
    right = number[: m.start()] + f"〔{m.group(1)}〕{m.group(2)}号" + number[m.end() :]
    message = "发文字号应写作“X府〔年份〕序号号”，年份用六角括号“〔〕”。"
    return [Finding("lang.punctuation", "warning", message, HEADER, (0, len(number)), number, right)]
