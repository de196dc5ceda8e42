"""Safe mechanical fixes: punctuation only, never a word (the 全部修正 list and `python -m desktop fix`).

- half-width brackets around Chinese text, and mixed pairs （…) / (…）, become （…）;
- a heading number in half-width brackets at a line start, (一) or (1), becomes （一） / （1）;
- a comma, colon or semicolon between Chinese characters becomes ，：； (spaces around it go too).

`fixable(finding)` says whether a checker finding's suggestion is a literal replacement of its quote
(采用建议 applies it in one click)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.model import HEADER, TITLE, Finding, Report

HAN = r"\u4e00-\u9fff"
HEADING_NUMBER = re.compile(
    r"^([ \t\u3000]*)[(（]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]", re.MULTILINE
)
BRACKETS = re.compile(rf"[(（]([^()（）\n]*[{HAN}][^()（）\n]*)[)）]")
MARK = re.compile(rf"(?<=[{HAN}）”》])[ \t]*([,;:])[ \t]*(?=[{HAN}（“《])")
FULL = {",": "，", ";": "；", ":": "："}
REPLACEABLE_FAMILIES = ("lang",)  # their suggestion is the corrected text of the quote
WHOLE_TITLE = ("meta.title", "meta.title_form", "meta.title_year")  # their suggestion is the whole title


@dataclass(frozen=True)
class Change:
    """One replacement: offsets in the text, 1-based line, the text before and after."""

    start: int
    end: int
    before: str
    after: str
    line: int
    kind: str


def _candidates(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in HEADING_NUMBER.finditer(text):
        start = m.start() + len(m.group(1))
        out.append((start, m.end(), f"（{m.group(2)}）", "heading"))
    for m in BRACKETS.finditer(text):
        if m.group(0)[0] + m.group(0)[-1] != "（）":
            out.append((m.start(), m.end(), f"（{m.group(1)}）", "brackets"))
    for m in MARK.finditer(text):
        out.append((m.start(), m.end(), FULL[m.group(1)], "mark"))
    return out


def changes_in(text: str) -> list[Change]:
    """The mechanical fixes of `text`, in order, none overlapping (a heading number wins over a bracket)."""
    chosen: list[tuple[int, int, str, str]] = []
    for start, end, after, kind in sorted(_candidates(text), key=lambda c: (c[0], c[3] != "heading")):
        if chosen and start < chosen[-1][1]:
            continue
        if text[start:end] != after:
            chosen.append((start, end, after, kind))
    return [
        Change(start, end, text[start:end], after, text.count("\n", 0, start) + 1, kind)
        for start, end, after, kind in chosen
    ]


def apply_changes(text: str, changes: list[Change]) -> str:
    for change in sorted(changes, key=lambda c: c.start, reverse=True):
        text = text[: change.start] + change.after + text[change.end :]
    return text


def fix_text(text: str) -> tuple[str, list[Change]]:
    """The corrected text and what changed."""
    changes = changes_in(text)
    return apply_changes(text, changes), changes


@dataclass(frozen=True)
class SectionFix:
    key: str
    label: str  # the heading, or the part's name
    heading: str
    text: str
    changes: list[Change]  # in the heading (line 0) and the text (line 1 …)


def report_fixes(report: Report) -> list[SectionFix]:
    """The fixes section by section (sections with nothing to fix left out)."""
    out = []
    for section in report.sections:
        heading, in_heading = fix_text(section.heading)
        text, in_text = fix_text(section.text)
        in_heading = [Change(c.start, c.end, c.before, c.after, 0, c.kind) for c in in_heading]
        if in_heading or in_text:
            label = section.heading or section.part or section.key
            out.append(SectionFix(section.key, label, heading, text, in_heading + in_text))
    return out


def fixable(finding: Finding) -> bool:
    """True when the finding's suggestion can replace its quote as it stands, or the whole title (采用建议)."""
    if finding.id in WHOLE_TITLE:
        return bool(finding.suggestion) and "\n" not in finding.suggestion
    family = finding.id.partition(".")[0]
    if finding.section == TITLE:
        return family in REPLACEABLE_FAMILIES and bool(finding.quote) and bool(finding.suggestion)
    return (
        family in REPLACEABLE_FAMILIES
        and bool(finding.quote)
        and bool(finding.suggestion)
        and finding.suggestion != finding.quote
        and "\n" not in finding.suggestion
        and finding.section not in ("", HEADER, TITLE)
    )
