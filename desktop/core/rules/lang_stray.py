"""lang.stray: Latin words inside Chinese running text, backticks, tildes, control characters, markup."""

from __future__ import annotations

import re

from desktop.core.model import Finding, Section
from desktop.core.resources import rules
from desktop.core.rules import Context, finding

FAMILY = "lang.stray"
_CN = r"\u4e00-\u9fff，。、；：！？“”（）《》"
LATIN_WORD = re.compile(rf"(?<=[{_CN}])( ?)([a-z]{{2,}}(?: [a-z]{{2,}})*)( ?)(?=[{_CN}])")
MARKS = re.compile(
    r"(?P<tick>`+)"
    r"|(?P<tilde>(?<![0-9])[~～](?![0-9]))"
    r"|(?P<control>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\ufffd])"
    r"|(?P<markup></?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,60})?/?>|&(?:nbsp|amp|lt|gt|quot);|\*\*|^#{1,6} )",
    re.MULTILINE,
)
_LABELS = {
    "tick": "多余的反引号“`”",
    "tilde": "多余的波浪号",
    "control": "不可见的控制字符或乱码",
    "markup": "残留的网页或排版标记",
}


def _deletion(text: str, start: int, end: int) -> tuple[tuple[int, int], str]:
    """A span one character wider on each side (within the line) and the text with the stray part removed."""
    left = start - 1 if start > 0 and text[start - 1] != "\n" else start
    right = end + 1 if end < len(text) and text[end] != "\n" else end
    return (left, right), text[left:start] + text[end:right]


def stray_hits(text: str) -> list[tuple[tuple[int, int], str, str]]:
    """(span, message, suggestion) for every stray mark or Latin word in `text`."""
    data = rules("lang_stray")
    allowed, translate = set(data["allowed_words"]), data.get("translate", {})
    out = []
    for m in MARKS.finditer(text):
        kind = m.lastgroup or "markup"
        span, suggestion = _deletion(text, m.start(), m.end())
        out.append((span, f"{_LABELS[kind]}，请删除。", suggestion))
    for m in LATIN_WORD.finditer(text):
        word = m.group(2)
        if word in allowed:
            continue
        if word in translate:
            out.append(
                (
                    (m.start(), m.end()),
                    f"中文正文中夹有英文“{word}”，应为“{translate[word]}”。",
                    translate[word],
                )
            )
        else:
            span, suggestion = _deletion(text, m.start(), m.end())
            out.append((span, f"中文正文中夹有英文“{word}”，请改为中文或删除。", suggestion))
    return sorted(out)


def check_section(ctx: Context, section: Section) -> list[Finding]:
    return [
        finding("lang.stray", "warning", message, section, span, suggestion)
        for span, message, suggestion in stray_hits(section.text)
    ]
