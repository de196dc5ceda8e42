"""Chinese names of the checker's rules, for what the clerk reads (the Excel checklist, the window).

The ids (`privacy.phone`, `coverage.rules`) stay stable for tools and tests; people see these names. Each rule
family names its own rules in its module's NAMES: exact ids, and its id prefix for ids made from data
(`coverage.<area>`, `first_responsible.<item>`). Only the names made from other data are made here."""

from __future__ import annotations

import functools

from desktop.core.dates import published_before
from desktop.core.model import PART_KEYS
from desktop.core.template import load_template


@functools.cache
def declared_names() -> dict[str, str]:
    """Every family's NAMES in one table (the rule modules are imported on first use, not with this one)."""
    from desktop.core.checker import DEFAULT_FAMILIES

    names: dict[str, str] = {}
    for family in DEFAULT_FAMILIES:
        names.update(family.NAMES)
    return names


def rule_name(finding_id: str) -> str:
    """The Chinese name of a rule id: its own name, else the part's or the deadline's, else its family's."""
    names = declared_names()
    if finding_id in names:
        return names[finding_id]
    family, _, name = finding_id.partition(".")
    if family == "part" and name in PART_KEYS:  # the part's name from the template
        return "缺少必备部分：" + load_template().part(name).short
    if (
        finding_id == "meta.deadline"
    ):  # the date comes from structure.toml (any year: only month and day show)
        return f"公开时限（{published_before(2000)}前）"
    return names.get(family, finding_id)
