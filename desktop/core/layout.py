"""Recover a report's paragraphs whatever layout its text came in (docs/parsing.md).

Text reaches the parser one paragraph a line (typed, .docx), hard-wrapped with page numbers (copied from a PDF),
with blank lines and full-width indents (pasted from a web page), with Windows line ends, or as one single line
(web archives, some PDF text layers). `recover_lines` turns each into the same list of paragraphs:

1. line ends, indents and blank lines normalised; page-number lines, image leftovers and running headers dropped;
2. hard wraps re-joined when most lines end at the same width (the page's line length);
3. headings run into the text (…如下：一、…（一）…) put on lines of their own, checked against the numbering
   sequence so that 第一、二季度 or a stray （1） inside a sentence stays where it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from desktop.core.dates import DATE_LINE, DATE_TEXT
from desktop.core.headings import TERMINAL, cn_number, ends_sentence, heading_level, heading_match

PAGE_NUMBER = re.compile(
    r"^(?:[—－\-–~～]+\s*\d{1,3}\s*[—－\-–~～]+|第\s*\d{1,3}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})$"
)
ARTIFACT = re.compile(r"^image\d+\.(?:wmf|emf|png|jpe?g|gif|bmp)$", re.IGNORECASE)
# the same leftovers inside a line (text flattened to one line): "— 3 —", "image1.wmf"
INLINE_LEFTOVER = re.compile(
    r"(?<![—－\d])[—－–-]\s+\d{1,3}\s+[—－–-](?![—－\d])|image\d+\.(?:wmf|emf|png|jpe?g|gif|bmp)",
    re.IGNORECASE,
)
CLOSING_START = re.compile(r"^(?:抄\s*送|印\s*发|主\s*送|附\s*件|[（(]?\s*联\s*系\s*人|联系电话)")
INDENT = " \t\u3000\u2002\u2003\u2009\x0b\x0c"
# a heading number anywhere in a line: 一、 （一） 1. （1） — not after 第/a digit (第一、二季度, 12、13)
INLINE_MARK = re.compile(
    r"(?<![第\d一二三四五六七八九十百])(?P<l1>[一二三四五六七八九十]{1,3})\s*、"
    r"|[（(]\s*(?P<l2>[一二三四五六七八九十]{1,3})\s*[）)]"
    r"|(?<![\d.．第])(?P<l3>\d{1,2})\s*(?:[．、]|\.(?!\d))(?!\d)"
    r"|[（(]\s*(?P<l4>\d{1,2})\s*[）)]"
)
BOUNDARY = set(TERMINAL) | set("”’」』）)》 \t\u3000")
MIN_WRAPPED_LINES = 5
WRAPPED_SHARE = 0.25  # of the long lines end at the page width (short paragraphs wrap once or twice)
WRAP_SLACK = 4  # display units a wrapped line may fall short of the page width (kinsoku, half-width digits)
INDENT_SLACK = 4  # and a paragraph's first line, by its two-character indent
RUNNING_HEADER_REPEATS = 3


def display_width(text: str) -> int:
    """Width as on a page: CJK and full-width characters 2, others 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clean_lines(raw: str) -> list[str]:
    """Non-empty lines, stripped, without page numbers, image leftovers or repeated running headers."""
    text = raw.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    lines: list[str] = []
    at_page_edge: list[bool] = []  # next to a page number or a page break (form feed)
    edge = False
    for raw_line in text.split("\n"):
        line = raw_line.strip(INDENT)
        if PAGE_NUMBER.match(line) or (not line and "\f" in raw_line):
            edge = True
            if at_page_edge:
                at_page_edge[-1] = True
            continue
        line = INLINE_LEFTOVER.sub("", line).strip(INDENT)
        if line and not ARTIFACT.match(line):
            lines.append(line)
            at_page_edge.append(edge)
            edge = False
    return _drop_running_headers(lines, at_page_edge)


def _drop_running_headers(lines: list[str], at_page_edge: list[bool]) -> list[str]:
    """A short line repeated at page edges (unit name or title above or below each page's text) is kept only
    where it first appears. Repeats away from page edges (the 署名 repeating the 发文机关) are text."""
    counts = Counter(
        line for line, edge in zip(lines, at_page_edge, strict=True) if edge and _header_like(line)
    )
    repeated = {line for line, n in counts.items() if n >= RUNNING_HEADER_REPEATS - 1}
    seen: set[str] = set()
    out = []
    for line, edge in zip(lines, at_page_edge, strict=True):
        if line in repeated and edge:
            if line in seen:
                continue
            seen.add(line)
        elif line in repeated:
            seen.add(line)
        out.append(line)
    return out


def _header_like(line: str) -> bool:
    return len(line) <= 40 and heading_level(line) is None and not ends_sentence(line)


def wrap_width(lines: list[str]) -> int | None:
    """The page's line width when the text is hard-wrapped (most long lines end near one width), else None."""
    widths = [display_width(line) for line in lines if len(line) >= 10]
    if len(widths) < MIN_WRAPPED_LINES:
        return None
    best, best_count = 0, 0
    for width in set(widths):
        count = sum(width - WRAP_SLACK <= w <= width for w in widths)
        if count > best_count or (count == best_count and width > best):
            best, best_count = width, count
    over = sum(w > best + 2 for w in widths)
    if best_count >= max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(widths)) and over <= 0.05 * len(widths):
        return best
    return None


def _starts_new_paragraph(line: str) -> bool:
    if heading_level(line) is not None or DATE_LINE.match(line) or CLOSING_START.match(line):
        return True
    return ADDRESSEE.fullmatch(line) is not None


def unwrap(lines: list[str], width: int) -> list[str]:
    """Re-join lines that run to the page width without ending a sentence (a hard wrap, not a paragraph end).
    A paragraph's first line may stop two characters short: its indent is lost when text is taken from a PDF."""
    out: list[str] = []
    joinable = False
    for line in lines:
        first = not (out and joinable and not _starts_new_paragraph(line))
        if first:
            out.append(line)
        else:
            out[-1] += line
        slack = WRAP_SLACK + (INDENT_SLACK if first and heading_level(line) is None else 0)
        joinable = display_width(line) >= width - slack and not ends_sentence(line)
    return out


class _Numbering:
    """The last heading number seen at each level, to tell a run-in heading from a number in a sentence."""

    def __init__(self) -> None:
        self.last = [0, 0, 0, 0, 0]

    def expects(self, level: int, number: int) -> bool:
        return number == self.last[level] + 1

    def see(self, level: int, number: int) -> None:
        self.last[level] = number
        for deeper in range(level + 1, len(self.last)):
            self.last[deeper] = 0


def _heading_number(text: str) -> tuple[int, int] | None:
    found = heading_match(text)
    return (found[0], cn_number(found[1])) if found else None


def _heading_like(segment: str) -> bool:
    """A heading with no full stop that the next heading runs straight into (…体制(一) 强化…)."""
    return (
        heading_level(segment) is not None
        and len(segment) <= 50
        and not any(c in segment for c in "。！？；")
    )


def split_inline_headings(lines: list[str]) -> list[str]:
    """Put headings that run on inside a line (一、…（一）…1.…) on lines of their own."""
    numbering = _Numbering()
    out: list[str] = []
    for line in lines:
        start = 0
        first = _heading_number(line)
        if first:
            numbering.see(*first)
        for mark in INLINE_MARK.finditer(line):
            pos = mark.start()
            if pos == 0 or pos < start:
                continue
            level = int(mark.lastgroup[1])
            found = (level, cn_number(mark.group(mark.lastgroup)))
            if not numbering.expects(*found):
                continue
            if line[pos - 1] not in BOUNDARY and not (pos - start <= 50 and _heading_like(line[start:pos])):
                continue
            out.append(line[start:pos].strip(INDENT))
            start = pos
            numbering.see(*found)
        out.append(line[start:].strip(INDENT))
    return [line for line in out if line]


def recover_lines(raw: str) -> list[str]:
    """The report's paragraphs, one a line, whatever layout `raw` came in."""
    lines = clean_lines(raw)
    width = wrap_width(lines)
    if width:
        lines = unwrap(lines, width)
    return split_inline_headings(lines)


# ---- one-line text: the header and the closing block run into the body ----------------------------------------
ORG = r"[\u4e00-\u9fff]{1,20}?(?:委员会办公室|委员会|人民政府|政府|党委|党工委|办公室|办事处|委|办|局|组|院|部|厅|处|中心)"
ADDRESSEE = re.compile(rf"({ORG}(?:[、，,]{ORG}){{0,4}})\s*[:：]")
TITLE_END = re.compile(r"(?:报告|总结|汇报|情况)(?!如下)")
DOC_NUMBER_RUN = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d{1,4}\s*号")
ISSUER_MARK = re.compile(r"^.{2,30}?(?:人民政府|委员会|党工委|党委|办事处|政府|镇委|乡委|街道工委)(?:文件)?")
SIGNER_RUN = re.compile(r"签\s*发\s*人\s*[:：]\s*([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})")
RUN_IN_DATE = re.compile(rf"{DATE_TEXT}\s*(?:印发|印)?")
CLOSING_ITEM = re.compile(
    r"抄\s*送\s*[:：]|[（(]\s*联\s*系\s*人|(?<![；;，,])联系电话\s*[:：]|附\s*件\s*[:：]"
)
RUN_IN_LENGTH = 80
CLOSING_TAIL = 300


def split_run_in_header(lines: list[str]) -> list[str]:
    """When the first paragraph carries the header (发文字号, 签发人, title, 主送) before the opening, split it."""
    if not lines or len(lines[0]) < RUN_IN_LENGTH or ends_sentence(lines[0][:40]):
        return lines
    line, head = lines[0], []
    number = DOC_NUMBER_RUN.search(line[:120])
    if number:
        mark = ISSUER_MARK.match(line[: number.end()])
        cut = mark.end() if mark and mark.end() <= number.start() + 6 else number.start()
        head += [line[:cut]] if cut else []
        head.append(line[cut : number.end()])
        line = line[number.end() :].lstrip(INDENT)
    signer = SIGNER_RUN.match(line)
    if signer:
        name = _signer_name(signer.group(1), head[0] if head else "", line[signer.end() :])
        end = signer.start(1) + len(name)
        head.append(line[:end])
        line = line[end:].lstrip(INDENT)
    first_clause = re.split(r"[，。,：:]", line, maxsplit=1)[0]
    title_ends = list(TITLE_END.finditer(first_clause))
    if title_ends:
        cut = title_ends[-1].end()
        head.append(line[:cut])
        line = line[cut:].lstrip(INDENT)
        addressee = ADDRESSEE.match(line)
        if addressee:
            head.append(line[: addressee.end()])
            line = line[addressee.end() :]
    head = [piece.strip(INDENT) for piece in head if piece.strip(INDENT)]
    return head + [line.strip(INDENT)] + lines[1:] if head else lines


def _signer_name(candidate: str, issuer: str, after: str) -> str:
    """签发人's name when the title follows without a break: stop where the title starts (the issuer's name
    again, or its unit without the county: 示范县青山镇人民政府 → 青山…; 中共…; 关于…)."""
    rest = candidate + after
    unit = re.split(r"[省市县区州旗]", issuer)[-1] if issuer else ""
    stops = [s for s in (issuer[:3], unit[:2], "中共", "关于") if len(s) >= 2]
    found = [pos for pos in (rest.find(stop, 2) for stop in stops) if 2 <= pos <= len(candidate)]
    if found:
        return rest[: min(found)]
    return candidate if len(candidate.replace(" ", "")) <= 3 else candidate[:3]


def split_run_in_closing(lines: list[str]) -> list[str]:
    """When the last paragraph ends with 署名, 成文日期, 抄送 or 联系人 run on after the text, split them off."""
    if not lines or DATE_LINE.match(lines[-1]):
        return lines
    line = lines[-1]
    offset = max(0, len(line) - CLOSING_TAIL)
    for date in RUN_IN_DATE.finditer(line, offset):
        stop = max(line.rfind(ch, 0, date.start()) for ch in "。！？；")
        signature = line[stop + 1 : date.start()]
        after = line[date.end() :].strip(INDENT)
        closes = not after or CLOSING_ITEM.match(after) or RUN_IN_DATE.search(after)
        signer_chars = len("".join(signature.split()))  # a right-aligned 署名 keeps its padding on one line
        if stop >= 0 and closes and signer_chars <= 40 and "，" not in signature:
            tail = line[stop + 1 :]
            pieces = re.split(rf"({RUN_IN_DATE.pattern})|(?={CLOSING_ITEM.pattern})|(?<=。)", tail)
            parts = [p.strip(INDENT) for p in pieces if p and p.strip(INDENT)]
            return lines[:-1] + [line[: stop + 1]] + parts
    return lines
