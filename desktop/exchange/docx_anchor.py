"""Find where a checker finding sits in a township's own .docx and cut its runs there, text and formatting kept.

    DocParagraphs(document)                      every body paragraph (tables included) with its run text
    .locate(quote, start, stop, nth) -> Hit       the nth occurrence of `quote` in paragraphs[start:stop]
    .locate_start(quote, start, stop, shortest)   a paragraph ending with the start of a re-joined quote
    .heading_index(heading, start) -> int | None  the paragraph holding a section heading
    anchor_runs(paragraph, begin, end) -> [Run]   the runs covering [begin, end), split at the edges
    paragraph_runs(paragraph) -> [Run]            all runs with text, hyperlinks included

Only a paragraph's direct runs (w:r) count; text inside hyperlinks, fields' results in w:fldSimple or text
boxes is not split: such a finding marks its whole paragraph (paragraph_runs).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

W_T, W_TAB, W_BR, W_CR, W_HYPHEN = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
W_RPR = qn("w:rPr")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
SPACES = re.compile(r"\s+")


def _child_len(child) -> int:
    """Characters a run child contributes to the visible text (0 for rPr, drawings, field characters)."""
    if child.tag == W_T:
        return len(child.text or "")
    return 1 if child.tag in (W_TAB, W_BR, W_CR, W_HYPHEN) else 0


def run_text(r) -> str:
    out = []
    for child in r:
        if child.tag == W_T:
            out.append(child.text or "")
        elif _child_len(child):
            out.append("\t" if child.tag == W_TAB else "-" if child.tag == W_HYPHEN else "\n")
    return "".join(out)


def split_run(r, offset: int):
    """Split w:r element `r` at character `offset`; returns the new right-hand element (inserted after `r`)."""
    right = copy.deepcopy(r)
    position = 0
    for left_child, right_child in zip(list(r), list(right), strict=True):
        if left_child.tag == W_RPR:
            continue
        size = _child_len(left_child)
        if (position < offset) if size == 0 else (position + size <= offset):
            right.remove(right_child)
        elif position >= offset:
            r.remove(left_child)
        else:  # a w:t straddling the cut
            cut = offset - position
            text = left_child.text or ""
            left_child.text, right_child.text = text[:cut], text[cut:]
            left_child.set(XML_SPACE, "preserve")
            right_child.set(XML_SPACE, "preserve")
        position += size
    r.addnext(right)
    return right


def anchor_runs(paragraph: Paragraph, begin: int, end: int) -> list[Run]:
    """The paragraph's direct runs exactly covering characters [begin, end), splitting runs at both edges."""
    for cut in (begin, end):
        position = 0
        for r in paragraph._p.findall(qn("w:r")):
            size = len(run_text(r))
            if position < cut < position + size:
                split_run(r, cut - position)
                break
            position += size
    runs, position = [], 0
    for r in paragraph._p.findall(qn("w:r")):
        size = len(run_text(r))
        if size and begin <= position and position + size <= end:
            runs.append(Run(r, paragraph))
        position += size
    return runs


def paragraph_runs(paragraph: Paragraph) -> list[Run]:
    """Every run with text in the paragraph, those inside hyperlinks and fields included (whole-paragraph mark)."""
    return [Run(r, paragraph) for r in paragraph._p.iter(qn("w:r")) if run_text(r)]


def squeeze(text: str) -> str:
    """Text without any whitespace, for comparing headings across layouts."""
    return SPACES.sub("", text)


@dataclass(frozen=True)
class Hit:
    """Where a quote was found: paragraph index and character range in that paragraph's run text."""

    index: int
    begin: int
    end: int


class DocParagraphs:
    """The body paragraphs of a python-docx Document in reading order, with the text of their direct runs."""

    def __init__(self, document) -> None:
        body = document.element.body
        self.paragraphs = [Paragraph(p, document._body) for p in body.iter(qn("w:p"))]
        self.texts = ["".join(run_text(r) for r in p._p.findall(qn("w:r"))) for p in self.paragraphs]
        self._deep: list[str] | None = None

    def deep_index(self, quote: str, start: int, stop: int | None) -> int | None:
        """A paragraph in [start, stop) whose text with hyperlinks and fields included holds `quote`."""
        if self._deep is None:
            self._deep = ["".join(run_text(r) for r in p._p.iter(qn("w:r"))) for p in self.paragraphs]
        for i in range(start, len(self) if stop is None else stop):
            if quote in self._deep[i]:
                return i
        return None

    def __len__(self) -> int:
        return len(self.paragraphs)

    def first_filled(self, start: int = 0, stop: int | None = None, last: bool = False) -> int | None:
        """Index of the first (or last) paragraph with text in [start, stop)."""
        indices = range(start, len(self) if stop is None else stop)
        filled = [i for i in indices if self.texts[i].strip()]
        if not filled:
            return None
        return filled[-1] if last else filled[0]

    def heading_index(self, heading: str, start: int = 0) -> int | None:
        """The first paragraph at or after `start` that is this heading (whitespace and a lead-in ignored)."""
        wanted = squeeze(heading)
        if not wanted:
            return None
        for i in range(start, len(self)):
            have = squeeze(self.texts[i])
            if have and (
                have == wanted or have.startswith(wanted) or (len(have) >= 4 and wanted.endswith(have))
            ):
                return i
        return None

    def locate(self, quote: str, start: int = 0, stop: int | None = None, nth: int = 0) -> Hit | None:
        """The nth occurrence of `quote` inside one paragraph of [start, stop), else the first one, else None."""
        if not quote:
            return None
        stop = len(self) if stop is None else stop
        hits: list[Hit] = []
        for i in range(start, stop):
            pos = self.texts[i].find(quote)
            while pos >= 0:
                hits.append(Hit(i, pos, pos + len(quote)))
                if len(hits) > nth:
                    return hits[nth]
                pos = self.texts[i].find(quote, pos + 1)
        return hits[0] if hits else self._across_breaks(quote, start, stop)

    def _across_breaks(self, quote: str, start: int, stop: int) -> Hit | None:
        """A quote found once the paragraph's line breaks are left out (a title broken into 梯形 lines)."""
        for i in range(start, stop):
            kept = [j for j, ch in enumerate(self.texts[i]) if ch != "\n"]
            pos = "".join(self.texts[i][j] for j in kept).find(quote)
            if pos >= 0 and "\n" in self.texts[i]:
                return Hit(i, kept[pos], kept[pos + len(quote) - 1] + 1)
        return None

    def locate_start(self, quote: str, start: int, stop: int | None, shortest: int) -> Hit | None:
        """The paragraph in [start, stop) that ends with the longest start of `quote` (≥ `shortest` chars)."""
        best: Hit | None = None
        for i in range(start, len(self) if stop is None else stop):
            text = self.texts[i].rstrip()
            for size in range(min(len(quote), len(text)), shortest - 1, -1):
                if best is not None and size <= best.end - best.begin:
                    break
                if text.endswith(quote[:size]):
                    best = Hit(i, len(text) - size, len(text))
                    break
        return best
