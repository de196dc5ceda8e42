"""Plain text of a report → Report: header fields, sections by heading, parts, year, closing fields."""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.closing import split_closing
from desktop.core.dates import DATE_LINE
from desktop.core.figures import fill_indicators
from desktop.core.header_marks import header_marks
from desktop.core.headings import (
    TERMINAL,
    ends_sentence,
    heading_end,
    heading_level,
    heading_match,
    is_pure_heading,
)
from desktop.core.layout import (
    ADDRESSEE,
    clean_lines,
    recover_lines,
    split_run_in_closing,
    split_run_in_header,
)
from desktop.core.model import INTRO, Report, Section
from desktop.core.parts import heading_topic
from desktop.core.template import Template, load_template

DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号"
)
SIGNER = re.compile(r"^签\s*发\s*人\s*[:：]\s*(.+)$")
SIGNER_AFTER = re.compile(r"\s+(?=签\s*发\s*人\s*[:：])")  # 石府〔2025〕16号　签发人：… on one line
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
UNIT = re.compile(
    r"([\u4e00-\u9fff]{2,24}?(?:镇|乡|街道))(?=人民政府|党委|委|办事处|政府|法治|关于|[0-9 ]|$)"
)
MAX_HEADER_LINES = 10
RUN_IN_HEADING = 40  # a heading longer than this without a full stop has its text run on after it
# the words that close a part heading after its part name (…的不足|和原因, …第一责任人|职责情况)
HEADING_END_WORD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:情况|原因|成效|安排|打算|计划|思路|举措)")


def normalize_lines(raw: str) -> list[str]:
    """Non-empty lines without page numbers, image leftovers and running headers (layout.clean_lines)."""
    return clean_lines(raw)


def is_addressee(line: str) -> bool:
    """县委、县人民政府： — organ names ending in a colon (not 现将有关情况报告如下：)."""
    return len(line) <= 60 and ADDRESSEE.fullmatch(line.replace(" ", "")) is not None


def _is_body_start(line: str) -> bool:
    """The opening starts at a heading, a long line, or any sentence (a short 现将…如下。 is not the title)."""
    if heading_level(line) is not None or len(line) > 60:
        return True
    return ends_sentence(line) and not is_addressee(line)


def _split_header(lines: list[str], report: Report) -> int:
    """Fill title, doc number, signer, addressee and issuer mark; return the index where the body starts."""
    lines[:MAX_HEADER_LINES] = [p for line in lines[:MAX_HEADER_LINES] for p in SIGNER_AFTER.split(line)]
    end = 0
    while end < len(lines) and end < MAX_HEADER_LINES and not _is_body_start(lines[end]):
        end += 1
    if end == MAX_HEADER_LINES:
        end = 0
    title_parts: list[str] = []
    before_number: list[str] = []
    for line in lines[:end]:
        signer = SIGNER.match(line)
        if marks := header_marks(line):  # 份号, 密级, 紧急程度: never part of the title
            for name, value in marks.items():
                setattr(report, name, value)
        elif signer:
            report.signer = signer.group(1).strip()
        elif DOC_NUMBER.fullmatch(line.replace(" ", "")):
            report.doc_number = line.replace(" ", "")
            before_number, title_parts = title_parts, []
        elif is_addressee(line):
            report.addressee = line.rstrip("：: ").strip()
        else:
            title_parts.append(line)
    report.issuer_mark = "".join(before_number)
    report.title = "".join(title_parts)
    return end


def rejoin_paragraphs(lines: list[str]) -> list[str]:
    """Join paragraphs broken mid-sentence (建\\n\\n设，…) while keeping headings and short lines apart."""
    groups: list[list[str]] = []
    for line in lines:
        if groups:
            prev = groups[-1][-1]
            first = groups[-1][0]
            broken = not ends_sentence(prev) and (len(groups[-1]) > 1 or not is_pure_heading(first))
            broken = broken and (len(prev) > 25 or "，" in prev or len(groups[-1]) > 1)
            if broken and heading_level(line) is None and not DATE_LINE.match(line):
                groups[-1].append(line)
                continue
        groups.append([line])
    return ["".join(group) for group in groups]


def classify_heading(heading: str, template: Template) -> str | None:
    """The part a top-level heading names, by the template's aliases (most specific parts first)."""
    text = heading_topic(heading)
    for key in ("other", "first_responsible", "shortcomings", "next_year", "measures"):
        if any(alias in text for alias in template.part(key).aliases):
            return key
    return None


def run_in_heading_end(line: str, template: Template) -> int:
    """Where a top-level heading ends when its text runs on after it (one-line text): its full stop or 一是…,
    else a space, else after the part name it gives and the heading word that closes it
    (二、存在的不足和原因|我镇…, 五、其他需要报告的情况|无其他需要报告的情况。)."""
    cut = heading_end(line)
    found = heading_match(line)
    if found is None:
        return cut
    start = found[2].end()
    if cut > RUN_IN_HEADING and not is_pure_heading(line):
        space = re.search(r"\s", line[start + 4 : start + RUN_IN_HEADING])
        if space:
            return start + 4 + space.start()
    head = line[start : start + RUN_IN_HEADING]
    ends = [head.find(a) + len(a) for part in template.parts for a in part.aliases if head.find(a) >= 0]
    if not ends:
        return cut
    end = start + max(ends)
    closer = HEADING_END_WORD.match(line, end)
    end = closer.end() if closer else end
    if end >= cut or line[end] in TERMINAL + "，、,（(和及与并的":
        return cut
    if closer:
        return end
    return end if cut > RUN_IN_HEADING and not is_pure_heading(line) else cut


def _split_sections(body: list[str], template: Template) -> list[Section]:
    levels = [heading_level(line) for line in body]
    present = [lv for lv in levels if lv is not None]
    top = min(present) if present else None
    sections: list[Section] = [Section(key=INTRO, part=INTRO)]
    chunks: list[list[str]] = [[]]
    for line, level in zip(body, levels, strict=True):
        if top is not None and level == top:
            cut = run_in_heading_end(line, template)
            heading, rest = line[:cut].rstrip(), line[cut:].strip()
            sections.append(Section(key=str(len(sections)), heading=heading))
            chunks.append([rest] if rest else [])
        else:
            chunks[-1].append(line)
    for section, chunk in zip(sections, chunks, strict=True):
        section.text = "\n".join(chunk)
    _assign_parts(sections[1:], template)
    return sections


def _assign_parts(sections: list[Section], template: Template) -> None:
    """Parts by heading; unnamed sections before the first non-measures part count as measures."""
    seen_other_part = False
    for section in sections:
        section.part = classify_heading(section.heading, template)
        if section.part not in (None, "measures"):
            seen_other_part = True
        elif section.part is None and not seen_other_part:
            section.part = "measures"


def detect_year(report: Report) -> int | None:
    """The year reported on: title, then a measures heading, then the opening, then 成文日期, then the body."""
    found = YEAR.search(report.title)
    if found:
        return int(found.group(1))
    for section in report.sections_of("measures")[:1]:
        found = YEAR.search(section.heading)
        if found:
            return int(found.group(1))
    intro = report.section(INTRO)
    if intro and intro.text:
        found = YEAR.search(intro.text.split("\n")[0][:80])
        if found:
            return int(found.group(1))
    if report.date:
        year, month = int(report.date[:4]), int(report.date[5:7])
        return year - 1 if month <= 6 else year
    counts = Counter(int(y) for y in YEAR.findall(report.full_text()))
    return counts.most_common(1)[0][0] if counts else None


def detect_unit(report: Report) -> tuple[str, str]:
    """(unit name, level 镇/乡/街道) from the title, issuer mark or signature."""
    for text in (report.title, report.issuer_mark, report.signature):
        m = UNIT.search(text.replace("中共", "").replace(" ", ""))
        if m:
            name = m.group(1)
            level = "街道" if name.endswith("街道") else name[-1]
            return name, level
    return "", ""


def parse_text(raw: str, year: int | None = None, template: Template | None = None) -> Report:
    """Parse a plain-text report in any layout (docs/parsing.md). `year` overrides the detected report year."""
    template = template or load_template()
    lines = split_run_in_closing(split_run_in_header(recover_lines(raw)))
    report = Report()
    start = _split_header(lines, report)
    end, closing = split_closing(lines[start:])  # 附件说明, 署名, 成文日期, 附注, 版记 (core/closing.py)
    body = rejoin_paragraphs(lines[start : start + end])
    report.sections = _split_sections(body, template)
    closing.apply(report)
    report.year = year or detect_year(report)
    report.unit, report.level = detect_unit(report)
    fill_indicators(report, template)
    return report
