"""Heading levels of Chinese official documents: 一、 / （一） / 1. / （1）, full- or half-width."""

from __future__ import annotations

import re
from collections.abc import Iterator

_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[、．.]\s*")),
    (2, re.compile(r"^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、．.]?\s*")),
    (3, re.compile(r"^\s*(\d{1,2})\s*(?:[．、]|\.(?!\d))\s*")),
    (4, re.compile(r"^\s*[（(]\s*(\d{1,2})\s*[）)]\s*")),
)
TERMINAL = "。！？；!?;：:…"
CLOSERS = "”’」』）)》"


def heading_match(line: str) -> tuple[int, str, re.Match[str]] | None:
    """(level, number text, match) when the line starts with a heading number, else None."""
    for level, pattern in _LEVELS:
        m = pattern.match(line)
        if m:
            return level, m.group(1), m
    return None


def heading_level(line: str) -> int | None:
    """1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; None for running text."""
    found = heading_match(line)
    return found[0] if found else None


def cn_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23 (up to 99); Arabic digits pass through."""
    if text.isdigit():
        return int(text)
    values = {c: i for i, c in enumerate("零一二三四五六七八九")}
    values["〇"] = 0
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (values.get(tens, 1) if tens else 1) * 10 + (values.get(ones, 0) if ones else 0)
    return values.get(text, 0)


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence (。！？；： possibly followed by a closing quote or bracket)."""
    stripped = line.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def is_pure_heading(line: str) -> bool:
    """A heading line that carries no running text after it (short, no full stop inside)."""
    if heading_level(line) is None:
        return False
    inner = line.rstrip().rstrip("。")
    return len(inner) <= 45 and "。" not in inner


def heading_end(line: str) -> int:
    """Where a heading that runs on into its text ends: its first full stop, or where 一是… begins."""
    ends = [line.index("。") + 1] if "。" in line else [len(line)]
    enumerated = line.find("一是", 4)
    if enumerated > 0 and "。" not in line[:enumerated]:
        ends.append(enumerated)
    return min(ends)


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    """(offset of the line's first character in `text`, line) for every line of `text`."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def strip_number(line: str) -> str:
    """The heading text without its number: 二、存在的问题 → 存在的问题."""
    found = heading_match(line)
    return line[found[2].end() :].strip() if found else line.strip()
