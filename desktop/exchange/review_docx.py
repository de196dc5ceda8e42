"""The reviewed DOCX (审核版): the township's own file, untouched except for one Word comment (批注) per finding.

    review_docx(source, target, author=..., include_info=False, checker=None) -> ReviewResult
    comment_text(finding) -> str       the comment's paragraphs: severity and message, suggestion, finding id
    read_comments(path) -> [ReviewComment]   the comments of a reviewed file (used by the second round)

Each error and warning (and info with include_info) becomes a comment anchored on its quoted text — the runs
are split at the quote's edges, their text and formatting kept — or, when the finding has no quote or the
quote cannot be found in one paragraph, on the heading of its part (the title for missing parts and header
fields, the last paragraph for the closing block). Comments use python-docx's comments part
(word/comments.xml with commentRangeStart/End and a commentReference run).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop import APP_TITLE
from desktop.core.checker import Checker
from desktop.core.finding_place import finding_group, finding_section, heading_key
from desktop.core.model import CLOSING, Finding, Report
from desktop.core.parser import parse_text
from desktop.core.rule_names import rule_name
from desktop.exchange.docx_anchor import DocParagraphs, Hit, anchor_runs, paragraph_runs
from desktop.exchange.import_docx import BodyReader, _open
from desktop.exchange.safe_write import write_atomically
from desktop.exchange.xlsx_style import SEVERITY_LABELS

DEFAULT_AUTHOR = APP_TITLE
ID_LINE = re.compile(r"^编号：([a-z_]+\.[a-z_.]+)$", re.MULTILINE)
MIN_PREFIX = 4  # shortest start of a re-joined quote still worth marking at a paragraph's end


@dataclass
class PlacedComment:
    """One written comment: its finding, the paragraph it sits in and whether it marks the quoted text."""

    finding: Finding
    paragraph: int
    on_quote: bool


@dataclass
class ReviewResult:
    path: Path
    report: Report
    findings: list[Finding]
    comments: list[PlacedComment] = field(default_factory=list)

    @property
    def on_quote(self) -> int:
        return sum(c.on_quote for c in self.comments)


@dataclass(frozen=True)
class ReviewComment:
    """A comment read back from a reviewed file: author, text, the marked text and our finding id (if ours)."""

    author: str
    text: str
    marked: str
    finding_id: str = ""


def comment_text(finding: Finding) -> str:
    severity = SEVERITY_LABELS.get(finding.severity, finding.severity)
    lines = [f"【{severity}·{rule_name(finding.id)}】{finding.message}"]
    if finding.suggestion:
        lines.append(f"建议：{finding.suggestion}")
    lines.append(f"编号：{finding.id}")
    return "\n".join(lines)


class _Placer:
    """Maps a report's sections onto the document's paragraphs and finds a place for each finding."""

    def __init__(self, doc: DocParagraphs, report: Report) -> None:
        self.doc, self.report = doc, report
        self.title = doc.heading_index(report.title) if report.title else None
        if self.title is None:
            self.title = doc.first_filled() or 0
        self.starts: dict[str, int] = {}
        cursor = self.title + 1
        for section in report.sections:
            found = doc.heading_index(section.heading, cursor) if section.heading else None
            self.starts[section.key] = cursor if found is None else found
            cursor = self.starts[section.key] + (found is not None)
        self.stops: dict[str, int] = {}
        keys = [s.key for s in report.sections]
        for number, key in enumerate(keys):
            later = [self.starts[k] for k in keys[number + 1 :] if self.starts[k] > self.starts[key]]
            self.stops[key] = min(later) if later else len(doc)

    def quote_hit(self, finding: Finding) -> Hit | None:
        quote = finding.quote.strip()
        if not quote:
            return None
        in_heading = heading_key(finding)
        section = self.report.section(in_heading or finding.section)
        start, stop, nth = 0, None, 0
        if section is not None:
            start, stop = self.starts[section.key], self.stops[section.key]
            text = section.heading if in_heading else section.text
            nth = text[: finding.span[0]].count(finding.quote)
        hit = self.doc.locate(quote, start, stop, nth) or self.doc.locate(quote)
        first_line = quote.split("\n")[0].strip()
        if hit is None and first_line != quote:
            hit = self.doc.locate(first_line, start, stop)
        if hit is None:  # a quote the reader re-joined across paragraphs: its start ends a paragraph
            hit = self.doc.locate_start(first_line, start, stop, MIN_PREFIX)
        return hit

    def deep_hit(self, finding: Finding) -> int | None:
        quote = finding.quote.strip()
        if not quote:
            return None
        section = self.report.section(heading_key(finding) or finding.section)
        start, stop = (
            (self.starts[section.key], self.stops[section.key]) if section is not None else (0, None)
        )
        return self.doc.deep_index(quote, start, stop)

    def fallback(self, finding: Finding) -> int:
        """The paragraph of the finding's part: its heading, the closing block's last line, else the title."""
        group = finding_group(self.report, finding)
        key = finding_section(self.report, finding)
        if key is not None and key in self.starts:
            last = group == CLOSING
            found = self.doc.first_filled(self.starts[key], self.stops[key], last=last)
            if found is not None:
                return found
        if group == CLOSING or finding.section == CLOSING:
            return self.doc.first_filled(last=True) or self.title
        return self.title  # title, 版头 fields and missing parts


def _report_of(document) -> Report:
    return parse_text(BodyReader(document).read().text)


def review_docx(
    source: str | Path,
    target: str | Path,
    author: str = DEFAULT_AUTHOR,
    include_info: bool = False,
    checker: Checker | None = None,
) -> ReviewResult:
    """Check `source` and write it to `target` with a comment per finding; ReportFileError on bad files."""
    document = _open(Path(source))
    report = _report_of(document)
    findings = (checker or Checker()).check(report)
    wanted = [f for f in findings if include_info or f.severity in ("error", "warning")]
    doc = DocParagraphs(document)
    placer = _Placer(doc, report)
    result = ReviewResult(Path(target), report, findings)
    for finding in wanted:
        hit = placer.quote_hit(finding)
        deep = placer.deep_hit(finding) if hit is None else None
        if hit is not None:
            runs = anchor_runs(doc.paragraphs[hit.index], hit.begin, hit.end)
            index = hit.index
        elif deep is not None:  # the quote is inside a hyperlink or field: mark its whole paragraph
            index = deep
            runs = paragraph_runs(doc.paragraphs[index])
        else:
            index = placer.fallback(finding)
            runs = paragraph_runs(doc.paragraphs[index])
        if not runs:  # an empty document body: nothing to hang a comment on
            continue
        document.add_comment(runs, comment_text(finding), author=author or DEFAULT_AUTHOR, initials="审")
        result.comments.append(PlacedComment(finding, index, hit is not None))
    write_atomically(Path(target), lambda tmp: document.save(str(tmp)))
    return result


def read_comments(path: str | Path) -> list[ReviewComment]:
    """The comments of a .docx with the text each one marks (empty list when it has none)."""
    document = _open(Path(path))
    marked: dict[str, list[str]] = {}
    open_ids: list[str] = []
    body = document.element.body
    for node in body.iter():
        tag = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""
        if tag == "commentRangeStart":
            open_ids.append(node.get(_W_ID))
            marked.setdefault(node.get(_W_ID), [])
        elif tag == "commentRangeEnd" and node.get(_W_ID) in open_ids:
            open_ids.remove(node.get(_W_ID))
        elif tag == "t" and open_ids and node.getparent().tag.endswith("}r"):
            for comment_id in open_ids:
                marked[comment_id].append(node.text or "")
    out = []
    for comment in document.comments:
        text = "\n".join(p.text for p in comment.paragraphs)
        found = ID_LINE.search(text)
        out.append(
            ReviewComment(
                comment.author or "", text, "".join(marked.get(str(comment.comment_id), [])),
                found.group(1) if found else "",
            )
        )  # fmt: skip
    return out


_W_ID = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id"
