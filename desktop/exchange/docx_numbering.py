"""Word's automatic list numbering (numbering.xml) written out as text: 一、 （一） 1. （1）.

Word stores "一、" of an auto-numbered heading only as a numbering definition, not as text; the importer
needs the label so the parser can find the headings. Supports the formats Chinese reports use.
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn

_CN = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip
_PLACEHOLDER = re.compile(r"%([1-9])")


def chinese_number(n: int, digits: str = _CN) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三, 100+ → digit by digit."""
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        ten = "十" if digits is _CN else "拾"
        return (digits[tens] if tens > 1 else "") + ten + (digits[ones] if ones else "")
    return "".join(digits[int(d)] for d in str(n))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a w:numFmt format."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return chinese_number(n)
    if fmt == "chineseLegalSimplified":
        return chinese_number(n, _CN_LEGAL)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10]
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """Counters for each list of a document, advanced paragraph by paragraph in reading order."""

    def __init__(self, abstract: dict[str, dict[int, tuple[str, str, int]]], nums: dict[str, tuple]) -> None:
        self.abstract = abstract  # abstractNumId → ilvl → (numFmt, lvlText, start)
        self.nums = nums  # numId → (abstractNumId, {ilvl: start override})
        self.counters: dict[str, list[int]] = {}
        self.style_cache: dict[str, tuple[str, int] | None] = {}

    @classmethod
    def from_document(cls, document) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, ValueError):
            return cls({}, {})
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0") or 0)
                fmt = _val(lvl, "w:numFmt") or "decimal"
                text = _val(lvl, "w:lvlText") or ""
                start = _val(lvl, "w:start")
                levels[ilvl] = (fmt, text, int(start) if start and start.isdigit() else 1)
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        nums = {}
        for node in root.findall(qn("w:num")):
            overrides = {}
            for override in node.findall(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start and start.isdigit():
                    overrides[int(override.get(qn("w:ilvl"), "0") or 0)] = int(start)
            nums[node.get(qn("w:numId"), "")] = (_val(node, "w:abstractNumId") or "", overrides)
        return cls(abstract, nums)

    def _style_numbering(self, style_id: str, document) -> tuple[str, int] | None:
        """(numId, ilvl) a paragraph style gives, following basedOn a few steps."""
        if style_id in self.style_cache:
            return self.style_cache[style_id]
        found, current, seen = None, style_id, 0
        styles = document.styles.element
        while current and seen < 8 and found is None:
            seen += 1
            style = next(
                (s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == current), None
            )
            if style is None:
                break
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                num_id = _val(num_pr, "w:numId")
                ilvl = _val(num_pr, "w:ilvl")
                found = (num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0) if num_id else None
            current = _val(style, "w:basedOn")
        self.style_cache[style_id] = found
        return found

    def label(self, ppr, style_id: str, document) -> str:
        """The number text Word shows before this paragraph ('' when it is not numbered or is a bullet)."""
        num_id, ilvl = None, 0
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId")
            level = _val(num_pr, "w:ilvl")
            ilvl = int(level) if level and level.isdigit() else 0
        elif style_id:
            from_style = self._style_numbering(style_id, document)
            if from_style:
                num_id, ilvl = from_style
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels or levels[ilvl][0] == "bullet":
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if counters[ilvl] == 0:
            counters[ilvl] = overrides.get(ilvl, levels[ilvl][2])
        else:
            counters[ilvl] += 1
        for upper in range(ilvl):  # a level shown before its parent was used starts the parent at its start
            if counters[upper] == 0:
                counters[upper] = levels.get(upper, ("decimal", "", 1))[2]

        def fill(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            return format_number(counters[k], levels.get(k, ("decimal", "", 1))[0])

        return _PLACEHOLDER.sub(fill, levels[ilvl][1]).strip()


def _val(node, tag: str) -> str | None:
    child = node.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None
