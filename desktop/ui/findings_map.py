"""Where a finding belongs (section, part group) and the status icon of each section. No Qt here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.finding_place import (  # noqa: F401 - re-exported for the widgets
    HEADER,
    INDICATORS,
    finding_group,
    finding_section,
    group_title,
    heading_key,
    id_part,
)
from desktop.core.model import CLOSING, INTRO, PART_KEYS, Finding, Report, Section

if TYPE_CHECKING:
    from desktop.core.template import Template

MARKS = {"error": "●", "warning": "▲", "info": "○", "done": "✓", "optional": "○", "empty": "○"}
COLOURS = {
    "error": "#c62828",
    "warning": "#ef6c00",
    "info": "#1565c0",
    "done": "#2e7d32",
    "optional": "#757575",
    "empty": "#9e9e9e",
}


def section_label(section: Section) -> str:
    """What the navigator shows for a section."""
    if section.heading:
        return section.heading
    return {INTRO: "开头（导语）", CLOSING: "结尾（联系人等）"}.get(section.part or "", "（无标题段落）")


def section_status(report: Report, section: Section, findings: list[Finding], template: Template) -> str:
    """error / warning / done / optional (an optional part still empty) / empty."""
    severities = {f.severity for f in findings if finding_section(report, f) == section.key}
    if "error" in severities:
        return "error"
    if "warning" in severities:
        return "warning"
    if section.chars > 0:
        return "done"
    if section.part in PART_KEYS and template.part(section.part).required:
        return "error"
    return "optional"


def header_status(report: Report, findings: list[Finding]) -> str:
    severities = {f.severity for f in findings if finding_section(report, f) is None and not id_part(f)}
    if "error" in severities:
        return "error"
    return "warning" if "warning" in severities else "done"
