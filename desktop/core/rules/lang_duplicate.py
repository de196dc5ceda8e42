"""lang.duplicate: a word or phrase repeated back to back (依法行政依法行政; 的的) or across 、 (依法行政、依法行政).

Found from the characters: a repeated unit of two or more characters is a slip by itself (jieba may have glued the
first copy to the word before it: 全面落实落实); jieba confirms only single characters (的的, not 人人) and long units
across 、 whose enumerated items are not the unit itself (抓好法治宣传、法治宣传工作, not 公共法律服务、法律服务所).
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core import text as seg
from desktop.core.model import Finding, Section
from desktop.core.rule_data import RuleData
from desktop.core.rules import SectionContext, finding

NAMES = {"lang.duplicate": "重复内容"}  # desktop.core.rule_names

CONTEXT = 24  # characters of the sentence on each side that jieba sees (segmentation is local)
NUMERALS = set("〇零一二三四五六七八九十百千万")
_CLAUSE_START = "\n，。；：、！？“”（）《》(),;:"


def _candidate_pattern(rules: RuleData) -> re.Pattern[str]:
    """Two copies of a unit of up to max_unit characters, back to back or across a separator (built once per
    RuleData: rules.derived)."""
    data = rules["lang_duplicate"]
    seps = re.escape(data["separators"])
    return re.compile(rf"([\u4e00-\u9fff]{{1,{data['max_unit']}}})([{seps}]?)\1")


def _starts_clause(text: str, pos: int, openers: list[str]) -> bool:
    return pos == 0 or text[pos - 1] in _CLAUSE_START or any(text.endswith(o, 0, pos) for o in openers)


def _item_bounds(text: str, start: int, end: int, openers: list[str]) -> tuple[bool, bool]:
    """Whether text[start:end] begins an enumerated item (after punctuation or an opener) and whether it ends one."""
    begins = _starts_clause(text, start, openers)
    ends = end == len(text) or text[end] in _CLAUSE_START
    return begins, ends


def _deliberate(text: str, m: re.Match[str]) -> bool:
    """学习、学习、再学习: three copies, or a 再 after them, are emphasis, not a slip."""
    unit, sep, after = m.group(1), m.group(2), text[m.end() : m.end() + len(m.group(1)) + 2]
    return bool(sep) and (after.startswith(sep + unit) or after.startswith(sep + "再"))


def _kind(text: str, m: re.Match[str], data: dict[str, Any]) -> str | None:
    """How a repetition is confirmed: "chars" (a slip as it stands), "jieba" (if the copies are whole words), None."""
    unit, sep, start = m.group(1), m.group(2), m.start()
    if len(unit) == 1:
        aabb = start >= 2 and text[start - 1] == text[start - 2]
        return "jieba" if not sep and unit in data["single_chars"] and not aabb else None
    if unit.startswith("一") or len(set(unit)) == 1 or set(unit) <= NUMERALS:
        return None
    if unit * 2 in data["reduplicated"] or _deliberate(text, m):
        return None
    if not sep:
        return "chars"
    if sep == "、":
        first_begins, _ = _item_bounds(text, start, start + len(unit), data["clause_openers"])
        _, second_ends = _item_bounds(text, m.end() - len(unit), m.end(), data["clause_openers"])
        if first_begins or second_ends:
            return "chars"
        return "jieba" if len(unit) >= data["min_enumerated_unit"] else None
    return "jieba" if _starts_clause(text, start, data["clause_openers"]) else None


def _whole_words(text: str, m: re.Match[str]) -> bool:
    unit = m.group(1)
    left, right = seg.sentence_around(text, m.start(), m.end())
    left, right = max(left, m.start() - CONTEXT), min(right, m.end() + CONTEXT)
    cuts = {left + b for b in seg.boundaries(text[left:right])}
    second = m.end() - len(unit)
    return {m.start(), m.start() + len(unit), second, m.end()} <= cuts


def duplicates(text: str, rules: RuleData) -> list[tuple[tuple[int, int], str]]:
    """(span of both copies, the unit) for each repetition that is a slip in `text`."""
    data = rules["lang_duplicate"]
    out = []
    for m in rules.derived(_candidate_pattern).finditer(text):
        kind = _kind(text, m, data)
        if kind == "chars" or (kind == "jieba" and _whole_words(text, m)):
            out.append(((m.start(), m.end()), m.group(1)))
    return out


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    return [
        finding("lang.duplicate", "warning", f"“{unit}”重复出现，请删去一处。", section, span, unit)
        for span, unit in duplicates(section.text, ctx.rules)
    ]
