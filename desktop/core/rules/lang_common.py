"""Helpers shared by the lang_* rule families: findings on headings and the title, pattern scans."""

from __future__ import annotations

from desktop.core.model import TITLE, Finding, Section

HAN = r"\u4e00-\u9fff"


def heading_finding(
    fid: str, severity: str, message: str, section: Section, span: tuple[int, int], suggestion: str = ""
) -> Finding:
    """A finding in a section's heading line (in_heading, span into `section.heading`)."""
    quote = section.heading[span[0] : span[1]]
    return Finding(fid, severity, message, section.key, span, quote, suggestion, in_heading=True)


def title_finding(fid: str, severity: str, message: str, title: str, span: tuple[int, int], suggestion=""):
    """A finding in the report title: section "title", span into the title."""
    return Finding(fid, severity, message, TITLE, span, title[span[0] : span[1]], suggestion)


def literal_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Every (non-overlapping) occurrence of `word` in `text`."""
    out, pos = [], text.find(word)
    while pos >= 0 and word:
        out.append((pos, pos + len(word)))
        pos = text.find(word, pos + len(word))
    return out
