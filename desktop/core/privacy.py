"""Personal data in report text: mobile and landline numbers, 18-digit 身份证号 (checksum verified)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.rule_data import RuleData, bundled_rules

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def valid_id_number(number: str) -> bool:
    """GB 11643 checksum of an 18-character 公民身份号码."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == number[17].upper()


def find_personal_data(text: str, rules: RuleData | None = None) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) for each phone or ID number in text; kind is 'phone' or 'id_number'. The patterns
    are structure.toml [privacy] of `rules` (default: the bundled rule data)."""
    data = (rules or bundled_rules())["structure"]["privacy"]
    taken: list[tuple[int, int]] = []
    for m in re.finditer(data["id_number"], text):
        if valid_id_number(m.group(0)):
            taken.append(m.span())
            yield "id_number", m.start(), m.end()
    for key in ("mobile", "landline"):
        for m in re.finditer(data[key], text):
            if not any(a <= m.start() < b for a, b in taken):
                yield "phone", m.start(), m.end()


def mask(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text with personal numbers masked (keep the first 3 and last 2 digits) and the list of (kind, original)."""
    spans = sorted(find_personal_data(text), key=lambda item: item[1])
    out, pos, masked = [], 0, []
    for kind, start, end in spans:
        original = text[start:end]
        out.append(text[pos:start])
        out.append(original[:3] + "*" * (len(original) - 5) + original[-2:])
        masked.append((kind, original))
        pos = end
    out.append(text[pos:])
    return "".join(out), masked
