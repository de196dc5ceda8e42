"""lang.numbering: heading numbers that skip or repeat (一、二、四、), mixed （一）/(二), and number styles.

GB/T 9704-2012 §7.3.3: levels are "一、", "（一）", "1.", "（1）", with full-width brackets. Top-level numbers are
read from the section headings (findings with in_heading); lower levels from lines in the section text.
"""

from __future__ import annotations

import re

from desktop.core.headings import cn_number, heading_match, lines_with_offsets
from desktop.core.model import Finding, Section
from desktop.core.rules import Context, SectionContext, finding
from desktop.core.rules.lang_common import heading_finding

NAMES = {"lang.numbering": "标题序号"}  # desktop.core.rule_names

DIGITS = "零一二三四五六七八九"
BRACKETED = re.compile(r"\s*([（(])\s*([一二三四五六七八九十\d]{1,3})\s*([）)])(\s*[、．.])?")
LEVEL_NAMES = {1: "“一、”", 2: "“（一）”", 3: "“1.”", 4: "“（1）”"}


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (up to 99)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def _number_text(level: int, n: int) -> str:
    return cn_numeral(n) if level in (1, 2) else str(n)


def heading_items(line: str) -> tuple[int, int, tuple[int, int], bool, str] | None:
    """(level, number, span of the number mark, half-width?, style problem) for a heading line, else None."""
    found = heading_match(line)
    if found is None:
        return None
    level, digits, m = found
    number = cn_number(digits)
    if level in (2, 4):
        b = BRACKETED.match(line)
        span = (b.start(1), b.end(4) if b.group(4) else b.end(3))
        half = "(" in (b.group(1), b.group(3)) or ")" in (b.group(1), b.group(3))
        style = "括号后不加“、”或“.”" if b.group(4) else ""
        return level, number, span, half, style
    mark = m.group(0).rstrip()
    span = (m.start(1), m.start(1) + len(mark.lstrip()))
    style = ""
    if level == 1 and not mark.endswith("、"):
        style = "一级标题序号应为“一、”"
    elif level == 3 and not mark.endswith("."):
        style = "三级标题序号应为“1.”"
    return level, number, span, False, style


def _check_sequence(items: list[tuple[int, int, tuple[int, int], bool, str, int]]) -> list[tuple]:
    """(line index, span, severity, message, suggestion) for skips, repeats and width mixes."""
    out = []
    last: dict[int, int] = {}
    widths: dict[tuple[int, int], set[bool]] = {}
    parent = {0: 0}
    for level, number, span, half, _style, idx in items:
        for deeper in [lv for lv in last if lv > level]:
            del last[deeper]
        parent[level] = idx
        expected = last.get(level, 0) + 1
        if number > expected:
            missing = _number_text(level, expected)
            out.append((idx, span, "warning", f"标题序号跳号：此处应为“{missing}”。", ""))
        elif number == expected - 1 and level in last:
            out.append((idx, span, "warning", "标题序号重复。", ""))
        last[level] = number
        if level in (2, 4):
            widths.setdefault((level, parent.get(level - 1, 0)), set()).add(half)
    for level, number, span, half, _style, idx in items:
        mixed = widths.get((level, parent.get(level - 1, 0)), set())
        if half and len(mixed) == 2:
            mark = f"（{_number_text(level, number)}）"
            out.append((idx, span, "warning", "同级标题序号全角、半角括号混用。", mark))
    return out


def _style_notes(items, name: str) -> list[tuple]:
    """One info note per block for half-width brackets or a wrong delimiter (the first occurrence)."""
    for level, number, span, half, style, idx in items:
        if half or style:
            what = style or f"{LEVEL_NAMES[level]}级序号应使用全角括号"
            mark = f"（{_number_text(level, number)}）" if half else ""
            return [(idx, span, "info", f"{name}{what}（GB/T 9704）。", mark)]
    return []


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    starts, lines = zip(*lines_with_offsets(section.text), strict=True)
    own = heading_match(section.heading) if section.heading else None
    top = own[0] if own else 1  # a line at the section heading's own level starts the next section
    items = []
    for idx, line in enumerate(lines):
        found = heading_items(line)
        if found and found[0] > top:
            items.append((*found, idx))
    hits = _check_sequence(items)
    reported = {(h[0], h[1]) for h in hits}
    hits += [h for h in _style_notes(items, "本节") if (h[0], h[1]) not in reported]
    return [
        finding("lang.numbering", sev, msg, section, (starts[i] + a, starts[i] + b), sug)
        for i, (a, b), sev, msg, sug in hits
    ]


def check_report(ctx: Context) -> list[Finding]:
    """Top-level heading numbers across the sections."""
    sections: list[Section] = []
    items = []
    for section in ctx.report.sections:
        found = heading_items(section.heading) if section.heading else None
        if found:
            items.append((*found, len(sections)))
            sections.append(section)
    hits = _check_sequence(items)
    reported = {(h[0], h[1]) for h in hits}
    hits += [h for h in _style_notes(items, "") if (h[0], h[1]) not in reported]
    return [
        heading_finding("lang.numbering", sev, msg, sections[i], span, sug) for i, span, sev, msg, sug in hits
    ]
