"""Dates in Chinese documents: 2025年1月21日 and 二〇二五年一月二十一日 ↔ ISO yyyy-mm-dd."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core.headings import cn_number
from desktop.core.rule_data import RuleData, bundled_rules

_ARABIC = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CHINESE = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
# A date as written in a 公文: 2025年1月21日 or 二〇二五年一月二十一日 (the pattern text, for other patterns to use).
DATE_TEXT = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)"
)
DATE_LINE = re.compile(rf"^\s*{DATE_TEXT}\s*(印发|印)?\s*$")


def publication_deadline(year: int, rules: RuleData | None = None) -> dt.date:
    """The last day a report of `year` may be published: structure.toml [dates] of year + 1 (3月31日), from
    `rules` (default: the bundled rule data)."""
    limit = (rules or bundled_rules())["structure"]["dates"]
    return dt.date(year + 1, limit["publish_by_month"], limit["publish_by_day"])


def published_before(year: int, rules: RuleData | None = None) -> str:
    """The day a report of `year` must be published before, as written: 4月1日."""
    day = publication_deadline(year, rules) + dt.timedelta(days=1)
    return f"{day.month}月{day.day}日"


def parse_cn_date(text: str) -> str:
    """The first date in `text` as ISO yyyy-mm-dd, or '' when there is none or it is impossible."""
    m = _ARABIC.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _CHINESE.search(text)
        if not m:
            return ""
        y = int("".join(_DIGIT[c] for c in m.group(1)))
        mo, d = cn_number(m.group(2)), cn_number(m.group(3))
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return ""


def format_cn_date(iso: str) -> str:
    """2025-01-21 → 2025年1月21日 (GB/T 9704: Arabic numerals, no leading zeros)."""
    if not iso:
        return ""
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"
