"""The layouts real reports arrive in, made from a report's own text (for layout-independence tests).

Each function takes the text as the writer typed it (one paragraph a line) and returns it as a clerk gets it
from elsewhere: one line from a web archive, hard-wrapped from a PDF (with or without page-number lines), pasted
from a web page (blank lines, full-width indents), or with Windows line ends.
"""

from __future__ import annotations

import unicodedata


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of `text`, stripped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [p.strip(" \t\u3000\xa0") for p in lines if p.strip(" \t\u3000\xa0")]


def width(text: str) -> int:
    """Display width: CJK and full-width characters count 2, others 1 (as a PDF line is filled)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def one_line(text: str, joiner: str = "") -> str:
    """Every paragraph run together on one line, as web archives and some PDF text layers give it."""
    return joiner.join(paragraphs(text))


def one_line_raw(text: str) -> str:
    """Line ends removed and nothing else: indents and the padding of a right-aligned 署名 stay in the line."""
    return text.replace("\r\n", "\n").replace("\n", "")


def wrap(paragraph: str, columns: int) -> list[str]:
    """A paragraph broken into lines at `columns` full-width characters (72 display units for 36)."""
    limit = columns * 2
    lines, current, used = [], [], 0
    for ch in paragraph:
        w = width(ch)
        if used + w > limit:
            lines.append("".join(current))
            current, used = [], 0
        current.append(ch)
        used += w
    if current:
        lines.append("".join(current))
    return lines


def pdf_wrapped(text: str, columns: int = 36, page_numbers: bool = False, lines_per_page: int = 28) -> str:
    """Text copied out of a PDF: each paragraph hard-wrapped, no blank lines, optionally '— N —' every page."""
    out: list[str] = []
    page = 1
    for paragraph in paragraphs(text):
        for line in wrap(paragraph, columns):
            out.append(line)
            if page_numbers and len(out) % (lines_per_page + 1) == lines_per_page:
                out.append(f"— {page} —")
                page += 1
    if page_numbers:
        out.append(f"— {page} —")
    return "\n".join(out)


def web_paste(text: str) -> str:
    """Text pasted from a web page: paragraphs indented with two full-width spaces, blank lines between."""
    return "\n\n".join("\u3000\u3000" + p for p in paragraphs(text)) + "\n"


def crlf(text: str) -> str:
    """The same text with Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


LAYOUTS = {
    "one_line": one_line,
    "one_line_spaced": lambda t: one_line(t, " "),
    "one_line_raw": one_line_raw,
    "pdf_wrapped": pdf_wrapped,
    "pdf_wrapped_pages": lambda t: pdf_wrapped(t, page_numbers=True),
    "pdf_wrapped_30": lambda t: pdf_wrapped(t, columns=30, page_numbers=True),
    "web_paste": web_paste,
    "crlf": crlf,
}
