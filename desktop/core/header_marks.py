"""The marks above the 发文机关标志 (GB/T 9704 §7.2.1–7.2.3): 份号, 密级和保密期限, 紧急程度, as typed in a source.

header_marks(line) -> dict[field, value] | None   (None when the line is something else)
"""

from __future__ import annotations

import re

COPY_NUMBER = re.compile(r"^(?:份\s*号\s*[:：]?\s*)?(\d{6})$")
SECRECY = re.compile(r"^(绝密|机密|秘密)(?:\s*[★☆*＊]\s*(\S{1,8}))?$")
URGENCY = re.compile(r"^(特急|加急)$")


def header_marks(line: str) -> dict[str, str] | None:
    """{'copy_number': '000123', 'secrecy': '秘密★1年', 'urgency': '特急'} for the marks a line holds."""
    found: dict[str, str] = {}
    for piece in re.sub(r"\s*([★☆*＊])\s*", r"\1", line.replace("\u3000", " ")).split():
        if m := COPY_NUMBER.match(piece):
            found["copy_number"] = m.group(1)
        elif m := SECRECY.match(piece):
            found["secrecy"] = m.group(1) + (f"★{m.group(2)}" if m.group(2) else "")
        elif m := URGENCY.match(piece):
            found["urgency"] = m.group(1)
        else:
            return None
    return found or None
