"""lang.stray: Latin words inside Chinese running text, backticks, tildes, control characters, markup."""

from __future__ import annotations

import re

from desktop.core.model import Finding, Section
from desktop.core.rule_data import RuleData
from desktop.core.rules import SectionContext, finding

NAMES = {"lang.stray": "多余文字"}  # desktop.core.rule_names

CN_CHAR = re.compile(r"[\u4e00-\u9fff，。、；：！？“”（）《》]")
LATIN_RUN = re.compile(r"[a-z]{2,}(?: [a-z]{2,})*")
MARKS = re.compile(
    r"(?P<tick>`+)"
    r"|(?P<tilde>(?<![0-9])[~～](?![0-9]))"
    r"|(?P<control>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\ufffd])"
    r"|(?P<markup></?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,60})?/?>|&(?:nbsp|amp|lt|gt|quot);|\*\*|^#{1,6} )",
    re.MULTILINE,
)
# Candidates are found with a plain character class (fast); MARKS is then matched only at those places.
ANY_MARK = re.compile("[`~～<&*#\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\ufffd]")
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


def latin_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of lower-case Latin runs between Chinese characters or marks; the span takes in
    one space on each side when there is one (资料 and 张贴 → " and ")."""
    out = []
    for m in LATIN_RUN.finditer(text):
        left = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == " " else m.start()
        right = m.end() + 1 if m.end() < len(text) and text[m.end()] == " " else m.end()
        if left > 0 and right < len(text) and CN_CHAR.match(text[left - 1]) and CN_CHAR.match(text[right]):
            out.append((left, right, m.group()))
    return out


def stray_hits(text: str, rules: RuleData) -> list[tuple[tuple[int, int], str, str]]:
    """(span, message, suggestion) for every stray mark or Latin word in `text`."""
    data = rules["lang_stray"]
    allowed, translate = set(data["allowed_words"]), data.get("translate", {})
    out = []
    done = 0
    for hit in ANY_MARK.finditer(text):
        m = MARKS.match(text, hit.start()) if hit.start() >= done else None
        if m is None:
            continue
        done = m.end()
        span, suggestion = _deletion(text, m.start(), m.end())
        out.append((span, f"{_LABELS[m.lastgroup or 'markup']}，请删除。", suggestion))
    for start, end, word in latin_words(text):
        if word in allowed:
            continue
        if word in translate:
            message = f"中文正文中夹有英文“{word}”，应为“{translate[word]}”。"
            out.append(((start, end), message, translate[word]))
        else:
            span, suggestion = _deletion(text, start, end)
            out.append((span, f"中文正文中夹有英文“{word}”，请改为中文或删除。", suggestion))
    return sorted(out)


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    return [
        finding("lang.stray", "warning", message, section, span, suggestion)
        for span, message, suggestion in stray_hits(section.text, ctx.rules)
    ]
