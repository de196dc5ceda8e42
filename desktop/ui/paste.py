"""Text pasted from Word/WPS or a web page: keep the words and paragraphs, drop the junk. No Qt here."""

from __future__ import annotations

import re

from desktop.core.parser import normalize_lines, rejoin_paragraphs

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f]")


def clean_pasted(text: str) -> str:
    """Plain paragraphs: no zero-width or control characters, no page numbers, no indent spaces,
    no empty lines, and paragraphs broken mid-sentence joined again."""
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    text = _INVISIBLE.sub("", text).replace("\t", " ")
    lines = [re.sub(r" {2,}", " ", line) for line in normalize_lines(text)]
    return "\n".join(rejoin_paragraphs(lines))
