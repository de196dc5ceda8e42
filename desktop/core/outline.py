"""The clerk's structure edits on a Report in memory: which part a section is (这是哪一部分), add, delete,
split, merge and move sections, and a whole pasted report spread over the parts. No Qt here.

Every function changes `report.sections` in place; callers that offer undo keep a copy first.
"""

from __future__ import annotations

import dataclasses
import uuid

from desktop.core.headings import heading_level, lines_with_offsets
from desktop.core.model import CLOSING, INTRO, PART_KEYS, Report, Section
from desktop.core.parser import classify_heading
from desktop.core.template import Template

# What the clerk may say a section is: the five parts, the opening, the closing notes, or none of them.
PART_CHOICES: tuple[str | None, ...] = (*PART_KEYS, INTRO, CLOSING, None)
_ORDER = {INTRO: -1, **{p: i for i, p in enumerate(PART_KEYS)}, None: len(PART_KEYS), CLOSING: 99}
HEADER_FILLED = ("doc_number", "signer", "addressee", "signature", "date", "cc", "printer", "print_date")


def copy_sections(report: Report) -> list[Section]:
    """A copy of the sections that later edits do not touch (for undo)."""
    return [dataclasses.replace(s) for s in report.sections]


def new_key(report: Report) -> str:
    """A section key no section of the report uses (nor a deleted one in the store: keys are random)."""
    keys = {s.key for s in report.sections}
    while True:
        key = "s" + uuid.uuid4().hex[:8]
        if key not in keys:
            return key


def index_of(report: Report, key: str) -> int:
    return next(i for i, s in enumerate(report.sections) if s.key == key)


def set_part(report: Report, key: str, part: str | None) -> None:
    """The clerk says which part the section is; checks and re-checks keep it (part_chosen)."""
    if part not in PART_CHOICES:
        raise ValueError(f"unknown part {part!r}")
    section = report.sections[index_of(report, key)]
    section.part, section.part_chosen = part, True


def heading_part(heading: str, template: Template) -> str | None:
    """The required part a heading names (二、存在的问题 → shortcomings), or None."""
    return classify_heading(heading, template) if heading.strip() else None


def follow_heading(section: Section, template: Template) -> bool:
    """After the clerk edited a heading: a part the clerk did not choose follows a heading that now names
    another part. True when the part changed."""
    if section.part_chosen or section.part in (INTRO, CLOSING):
        return False
    named = heading_part(section.heading, template)
    if named is None or named == section.part:
        return False
    section.part = named
    return True


def _slot(report: Report, part: str | None) -> int:
    """Where a new section of `part` goes: after the last section of the same or an earlier part."""
    rank = _ORDER.get(part, len(PART_KEYS))
    at = 0
    for i, s in enumerate(report.sections):
        if _ORDER.get(s.part, len(PART_KEYS)) <= rank and s.part != CLOSING:
            at = i + 1
    return at


def insert_section(report: Report, section: Section, after_key: str | None = None) -> Section:
    """Insert `section` after the section `after_key`, or where its part belongs when None."""
    at = index_of(report, after_key) + 1 if after_key else _slot(report, section.part)
    report.sections.insert(at, section)
    return section


def add_section(
    report: Report, after_key: str | None, template: Template, part: str | None = None
) -> Section:
    """A new empty section: of `part` with the template's heading where it belongs, or (part None) of the
    same part as `after_key`, right after it."""
    if part is None:
        after = report.sections[index_of(report, after_key)] if after_key else None
        inherited = after.part if after is not None and after.part in PART_KEYS else "measures"
        return insert_section(report, Section(new_key(report), "", "", inherited), after_key)
    heading = template.part(part).heading(report.year) if part in PART_KEYS else ""
    return insert_section(report, Section(new_key(report), heading, "", part, part_chosen=True))


def delete_section(report: Report, key: str) -> Section:
    """Remove the section from the report (the store keeps it, marked deleted)."""
    return report.sections.pop(index_of(report, key))


def split_section(report: Report, key: str, offset: int, template: Template) -> Section:
    """Split the section at `offset` of its text; the line there becomes the new section's heading when it
    is a heading line (一、… （一）…), else the new section has no heading. Returns the new section."""
    section = report.sections[index_of(report, key)]
    text = section.text
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    cut = line_start if heading_level(text[line_start:line_end]) is not None else offset
    before, after = text[:cut].rstrip("\n"), text[cut:].lstrip("\n")
    heading = ""
    first, _, rest = after.partition("\n")
    if heading_level(first) is not None:
        heading, after = first.strip(), rest
    part = heading_part(heading, template) or section.part
    if part == INTRO:
        part = "measures" if heading else INTRO
    section.text = before
    new = Section(new_key(report), heading, after, part)
    report.sections.insert(index_of(report, key) + 1, new)
    return new


def merge_with_next(report: Report, key: str) -> Section | None:
    """Append the next section (its heading as a line, then its text) to this one; returns the merged-away
    section, or None when this is the last one."""
    i = index_of(report, key)
    if i + 1 >= len(report.sections):
        return None
    section, following = report.sections[i], report.sections.pop(i + 1)
    chunks = [c for c in (section.text, following.heading, following.text) if c]
    section.text = "\n".join(chunks)
    return following


def move_section(report: Report, key: str, to: int) -> bool:
    """Move the section to index `to` (clamped); False when it stays where it is."""
    i = index_of(report, key)
    to = max(0, min(to, len(report.sections) - 1))
    if to == i:
        return False
    report.sections.insert(to, report.sections.pop(i))
    return True


def top_level(report: Report) -> int:
    """The heading level of the report's sections (1 for 一、), from their headings; 1 when none has one."""
    levels = [heading_level(s.heading) for s in report.sections if s.heading]
    return min((lv for lv in levels if lv is not None), default=1)


def section_breaks(report: Report, section: Section) -> list[int]:
    """Offsets of lines in the section's text that are headings of the report's own top level (a clerk
    typed 六、… inside a part): each starts a section of its own."""
    top = top_level(report)
    return [o for o, line in lines_with_offsets(section.text) if (heading_level(line) or 99) <= top]


# --- a whole report pasted or imported into one part -------------------------------------------------
def spans_parts(parsed: Report) -> bool:
    """True when the parsed text is a report of its own: its headings name two or more required parts."""
    named = {s.part for s in parsed.body_sections() if s.part in PART_KEYS and s.heading}
    return len(named) >= 2


def merge_parsed(report: Report, parsed: Report) -> list[str]:
    """Spread the parsed report's sections over `report` by their parts: an empty section of the same part
    takes the first of them (heading and text), the others are inserted after their part; the opening and
    closing notes go to the report's own (appended). Empty header fields are filled from the parsed
    header. Returns the keys of the sections that received text."""
    touched: list[str] = []
    filled: set[str] = set()
    previous: str | None = None
    for piece in parsed.sections:
        if not piece.text and not piece.heading:
            continue
        same = report.sections_of(piece.part)
        if piece.part in (INTRO, CLOSING) and same:
            target = same[0]
            target.text = "\n".join(c for c in (target.text, piece.text) if c)
        elif same and not any(s.text for s in same) and same[0].key not in filled:
            target = same[0]
            target.heading, target.text = piece.heading or target.heading, piece.text
            target.part_chosen = target.part_chosen or piece.part_chosen
        else:
            after = previous if piece.part is None else (same[-1].key if same else None)
            target = Section(new_key(report), piece.heading, piece.text, piece.part, piece.part_chosen)
            insert_section(report, target, after)
        filled.add(target.key)
        touched.append(target.key)
        previous = target.key
    for name in HEADER_FILLED:
        if not getattr(report, name) and getattr(parsed, name):
            setattr(report, name, getattr(parsed, name))
    return touched
