"""The closing block of a 公文 as typed (GB/T 9704 §7.3.4–7.3.6, §7.4): 附件说明, 署名, 成文日期, 附注, 抄送 and
the 印发 line, recognised at the end of a report's paragraphs.

    split_closing(lines) -> (index where the closing block starts, Closing)
    record_from_table(rows) -> Closing      (a 版记 table of one or two cells a row, from a .docx)
    Closing.apply(report)                   (header fields and a CLOSING section)
    closing_parts(text) -> (attachments, notes)   (a CLOSING section's text read back by the exporter)

Typed forms it accepts: 印发机关 and 印发日期 on one line separated by spaces, tabs or a full-width space, or on
two lines; 附件说明 as "附件：1.…" followed by "2.…" items; 附注 in half- or full-width brackets, with or without
"附注："; a 署名 and 成文日期 on two lines or on one line separated by spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.dates import DATE_LINE, DATE_TEXT, parse_cn_date
from desktop.core.headings import ends_sentence, heading_level
from desktop.core.model import CLOSING, Report, Section

_GAP = r"[\s\u3000]+"
PRINT_LINE = re.compile(rf"^(?P<org>\S.*?){_GAP}(?P<date>{DATE_TEXT})\s*(?:印发|印)\s*$")
NAME_DATE = re.compile(rf"^(?P<name>\S.*?){_GAP}(?P<date>{DATE_TEXT})\s*$")
CC = re.compile(r"^抄\s*送\s*[:：]\s*(.+)$")
NOTE = re.compile(r"^[（(]\s*(?:附注\s*[:：]\s*)?((?:联\s*系\s*人|联系电话|电\s*话|此件|本件).*?)\s*[）)]?$")
BARE_NOTE = re.compile(r"^(?:附注\s*[:：]\s*)?((?:联\s*系\s*人|联系电话)\s*[:：].*)$")
ATTACHMENT_HEAD = re.compile(r"^附\s*件\s*[:：]\s*(?:(\d{1,2})\s*[.．、]\s*)?(.*)$")
ATTACHMENT_ITEM = re.compile(r"^(\d{1,2})\s*[.．、]\s*(.+)$")
MAX_NAME = 30  # a 署名 or 印发机关 is a short line, not a sentence
MAX_ATTACHMENT = 60


@dataclass
class Closing:
    """What the closing block holds; empty fields were not found."""

    attachments: list[str] = field(default_factory=list)  # 附件说明 items, numbers stripped
    signature: str = ""
    date: str = ""  # 成文日期, ISO
    notes: list[str] = field(default_factory=list)  # 附注, brackets stripped
    cc: str = ""
    printer: str = ""
    print_date: str = ""  # ISO
    typed: list[str] = field(default_factory=list)  # the 附件说明 and 附注 lines exactly as typed

    def section_text(self) -> str:
        """The CLOSING section's text: the 附件说明 and 附注 lines as typed (the page draws their standard form;
        a checker may still point at a half-width bracket in them)."""
        if self.typed:
            return "\n".join(self.typed)
        lines = [("附件：" if i == 1 else "") + (f"{i}." if len(self.attachments) > 1 else "") + name
                 for i, name in enumerate(self.attachments, start=1)]  # fmt: skip
        return "\n".join(lines + [f"（{note}）" for note in self.notes])

    def apply(self, report: Report) -> None:
        """Set the report's 署名, dates and 版记 fields, and append the CLOSING section when there is one."""
        for name in ("signature", "date", "cc", "printer", "print_date"):
            if getattr(self, name):
                setattr(report, name, getattr(self, name))
        text = self.section_text()
        if text:
            report.sections = [s for s in report.sections if s.part != CLOSING]
            report.sections.append(Section(key=CLOSING, text=text, part=CLOSING))


def _short_name(line: str) -> bool:
    return (
        len(line) <= MAX_NAME and not ends_sentence(line) and heading_level(line) is None and "：" not in line
    )


def _take_record(lines: list[str], end: int, found: Closing) -> int:
    """One 版记 item taken off lines[:end]; returns the new end (unchanged when lines[end-1] is none)."""
    line = lines[end - 1]
    printed = PRINT_LINE.match(line)
    if printed and not found.print_date:
        found.printer, found.print_date = printed.group("org").strip(), parse_cn_date(printed.group("date"))
        return end - 1
    date = DATE_LINE.match(line)
    if date and date.group(1) and not found.print_date:
        found.print_date = parse_cn_date(line)
        if end >= 2 and _short_name(lines[end - 2]):
            found.printer = lines[end - 2]
            return end - 2
        return end - 1
    cc = CC.match(line)
    if cc and not found.cc:
        found.cc = cc.group(1).rstrip("。").strip()
        return end - 1
    return end


def _take_note(lines: list[str], end: int, found: Closing) -> int:
    line = lines[end - 1]
    note = NOTE.match(line) or BARE_NOTE.match(line)
    if note and len(line) <= 80:
        found.notes.insert(0, note.group(1).strip())
        found.typed.insert(0, line)
        return end - 1
    return end


def _take_date(lines: list[str], end: int, found: Closing) -> int:
    line = lines[end - 1]
    if found.date:
        return end
    joined = NAME_DATE.match(line)
    if joined and _short_name(joined.group("name")) and not DATE_LINE.match(line):
        found.signature, found.date = joined.group("name").strip(), parse_cn_date(joined.group("date"))
        return end - 1
    date = DATE_LINE.match(line)
    if not date or date.group(1):
        return end
    found.date = parse_cn_date(line)
    if end >= 2 and _short_name(lines[end - 2]):
        found.signature = lines[end - 2]
        return end - 2
    return end - 1


def _take_attachments(lines: list[str], end: int, found: Closing) -> int:
    """附件说明 right above the 署名: "附件：1.名称" then "2.名称"…, or one "附件：名称"."""
    start = end
    while start > 0 and ATTACHMENT_ITEM.match(lines[start - 1]) and len(lines[start - 1]) <= MAX_ATTACHMENT:
        start -= 1
    if start == 0:
        return end
    head = ATTACHMENT_HEAD.match(lines[start - 1])
    if not head or len(lines[start - 1]) > MAX_ATTACHMENT:
        return end
    items = [head.group(2).strip()] if head.group(2).strip() else []  # "附件：" may stand on its own line
    numbers = [int(head.group(1))] if head.group(1) else []
    for line in lines[start:end]:
        item = ATTACHMENT_ITEM.match(line)
        numbers.append(int(item.group(1)))
        items.append(item.group(2).strip())
    if not items or (len(items) > 1 and numbers != list(range(1, len(items) + 1))):
        return end  # not a numbered list of attachments: leave it to the body
    found.attachments = [item.rstrip("。；;") for item in items]
    found.typed[:0] = lines[start - 1 : end]
    return start - 1


def split_closing(lines: list[str]) -> tuple[int, Closing]:
    """(index of the first closing-block line in `lines`, what the block holds); len(lines) when none."""
    found = Closing()
    end = len(lines)
    while end > 0:
        before = end
        for take in (_take_record, _take_note, _take_date):
            end = take(lines, end, found)
            if end != before or end == 0:
                break
        if end == before:
            break
    if found.date or found.signature or end < len(lines):
        end = _take_attachments(lines, end, found)
    return end, found


def record_from_table(rows: list[list[str]]) -> Closing:
    """A 版记 table as cell texts per row: an 抄送 row, and 印发机关 | 印发日期 in one or two cells."""
    found = Closing()
    lines = [" ".join(cell.strip() for cell in row if cell.strip()) for row in rows]
    end = len(lines)
    while end > 0:
        before = end
        end = _take_record(lines, end, found)
        if end == before:
            break
    return found


def closing_parts(text: str) -> tuple[list[str], list[str]]:
    """(附件说明 items, 附注 lines) of a CLOSING section's text. A 附注 typed in brackets comes back as typed
    (a half-width bracket is the checker's to point out, not ours to change); one typed without comes back bare."""
    attachments: list[str] = []
    notes: list[str] = []
    listing = False  # after "附件：", numbered items are attachments
    for line in (ln.strip() for ln in text.split("\n") if ln.strip()):
        head, item = ATTACHMENT_HEAD.match(line), ATTACHMENT_ITEM.match(line)
        note = NOTE.match(line) or BARE_NOTE.match(line)
        if head and not notes:
            listing = True
            attachments += [head.group(2).strip()] if head.group(2).strip() else []
        elif item and listing and not notes:
            attachments.append(item.group(2).strip())
        else:
            listing = False
            notes.append(line if not note or line[0] in "（(" else note.group(1).strip())
    return attachments, notes
