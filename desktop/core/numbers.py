"""Numbers as clerks type them: 126, １２６, 1,260, 98.4%, 一百, 一百二十六, 两千零五, 九十八点四. No Qt."""

from __future__ import annotations

import re

DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "壹": 1, "贰": 2, "叁": 3}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10_000, "亿": 100_000_000}
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
CHINESE = re.compile(f"^[{''.join(DIGITS)}{''.join(UNITS)}]+(?:点[{''.join(DIGITS)}]+)?$")


def chinese_integer(text: str) -> int:
    """一百二十六 → 126, 两千零五 → 2005, 十二 → 12, 三万五千 → 35000."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in ("万", "亿"):
            section = (section + (digit or 0)) * UNITS[ch]
            total, section, digit = total + section, 0, None
        else:
            section += (1 if digit is None else digit) * UNITS[ch]
            digit = None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """The value of a typed figure, or None when it is empty or not a number. A trailing unit (件, 人, %)
    is ignored."""
    text = text.strip().translate(FULL_WIDTH).replace(",", "")
    text = re.sub(r"\s*(?:[%％]|[件人次场名起个项])$", "", text)
    if not text:
        return None
    if CHINESE.match(text):
        whole, _, decimals = text.partition("点")
        value = float(chinese_integer(whole)) if whole else 0.0
        if decimals:
            value += float("0." + "".join(str(DIGITS[c]) for c in decimals))
        return value
    try:
        return float(text)
    except ValueError:
        return None
