"""The public version (公开版) of a report: personal data masked; the page stays the same (版头 and 版记 included),
and a masked item keeps its length, so lines and pages do not move.

Phone numbers and 身份证号 are found by `desktop.core.privacy.mask`; names of private persons are masked
only where the user marked them (`names`), because no rule can tell a private person from an official.
Every masked item is returned so the user can confirm it before the file is published.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from desktop.core.model import Report
from desktop.core.privacy import mask

KIND_LABELS = {"phone": "电话号码", "id_number": "身份证号", "name": "个人姓名"}
CONTEXT_CHARS = 12


@dataclass(frozen=True)
class MaskedItem:
    """One masked piece of personal data: what it was, what it became and where it stood."""

    kind: str  # phone, id_number or name
    original: str
    masked: str
    where: str  # section heading, 标题 or 开头
    context: str  # a few characters either side, already masked

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***: keep the family name's first character."""
    return name[:1] + "*" * (len(name) - 1) if len(name) > 1 else "*"


def _mask_text(text: str, where: str, names: tuple[str, ...]) -> tuple[str, list[MaskedItem]]:
    masked_text, found = mask(text)
    items: list[MaskedItem] = []
    search_from = 0
    for kind, original in found:
        replacement = original[:3] + "*" * (len(original) - 5) + original[-2:]
        pos = masked_text.find(replacement, search_from)
        search_from = max(pos, 0) + len(replacement)
        context = masked_text[max(pos - CONTEXT_CHARS, 0) : pos + len(replacement) + CONTEXT_CHARS]
        items.append(MaskedItem(kind, original, replacement, where, context))
    for name in names:
        if not name or name not in masked_text:
            continue
        replacement = mask_name(name)
        pos = masked_text.find(name)
        masked_text = masked_text.replace(name, replacement)
        context = masked_text[max(pos - CONTEXT_CHARS, 0) : pos + len(replacement) + CONTEXT_CHARS]
        items.append(MaskedItem("name", name, replacement, where, context))
    return masked_text, items


def public_version(
    report: Report, names: list[str] | tuple[str, ...] = ()
) -> tuple[Report, list[MaskedItem]]:
    """A copy of `report` fit to publish, and the list of what was masked (the original is untouched)."""
    public = copy.deepcopy(report)
    marked = tuple(sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True))
    items: list[MaskedItem] = []
    public.title, found = _mask_text(public.title, "标题", marked)
    items += found
    for section in public.sections:
        where = section.heading or {"intro": "开头", "closing": "结尾"}.get(section.part or "", "正文")
        section.heading, found = _mask_text(section.heading, where, marked)
        items += found
        section.text, found = _mask_text(section.text, where, marked)
        items += found
    return public, items


def describe(items: list[MaskedItem]) -> list[str]:
    """One Chinese line per masked item, for a confirmation dialog or the CLI."""
    return [f"{i.label}：{i.original} → {i.masked}（{i.where}：…{i.context}…）" for i in items]
