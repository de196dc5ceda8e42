"""lang.duplicate: a word or phrase repeated back to back (依法行政、依法行政; 的的), confirmed by jieba."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from desktop.core import text as seg
from desktop.core.model import Finding, Section
from desktop.core.resources import rules
from desktop.core.rules import Context, finding

FAMILY = "lang.duplicate"
CONTEXT = 24  # characters of the sentence on each side that jieba sees (segmentation is local)
_CLAUSE_START = "\n，。；：、！？“”（）《》(),;:"


@lru_cache(maxsize=1)
def _candidate_pattern() -> re.Pattern[str]:
    data = rules("lang_duplicate")
    seps = re.escape(data["separators"])
    return re.compile(rf"([\u4e00-\u9fff]{{1,{data['max_unit']}}})([{seps}]?)\1")


def _starts_clause(text: str, pos: int, openers: list[str]) -> bool:
    return pos == 0 or text[pos - 1] in _CLAUSE_START or any(text.endswith(o, 0, pos) for o in openers)


def _plausible(text: str, m: re.Match[str], data: dict[str, Any]) -> bool:
    """The cheap filters (no jieba): which repetitions can be slips at all."""
    unit, sep, start = m.group(1), m.group(2), m.start()
    if sep:
        return len(unit) >= 2 and _starts_clause(text, start, data["clause_openers"])
    if len(unit) == 1:
        aabb = start >= 2 and text[start - 1] == text[start - 2]
        return unit in data["single_chars"] and not aabb
    return not unit.startswith("一") and len(set(unit)) > 1  # 法法法法 is noise, not a phrase


def duplicates(text: str) -> list[tuple[tuple[int, int], str]]:
    """(span of both copies, the unit) for each confirmed back-to-back repetition in `text`."""
    data = rules("lang_duplicate")
    out = []
    for m in _candidate_pattern().finditer(text):
        if not _plausible(text, m, data):
            continue
        unit = m.group(1)
        left, right = seg.sentence_around(text, m.start(), m.end())
        left, right = max(left, m.start() - CONTEXT), min(right, m.end() + CONTEXT)
        cuts = {left + b for b in seg.boundaries(text[left:right])}
        second = m.end() - len(unit)
        if {m.start(), m.start() + len(unit), second, m.end()} <= cuts:
            out.append(((m.start(), m.end()), unit))
    return out


def check_section(ctx: Context, section: Section) -> list[Finding]:
    return [
        finding("lang.duplicate", "warning", f"“{unit}”重复出现，请删去一处。", section, span, unit)
        for span, unit in duplicates(section.text)
    ]
