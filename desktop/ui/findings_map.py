"""Where a finding belongs (section, part group) and the status icon of each section. No Qt here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.model import CLOSING, INTRO, PART_KEYS, Finding, Report, Section

if TYPE_CHECKING:
    from desktop.core.template import Template

HEADER = "header"  # the title and 版头 fields page
INDICATORS = "indicators"
MARKS = {"error": "●", "warning": "▲", "info": "○", "done": "✓", "optional": "○", "empty": "○"}
COLOURS = {
    "error": "#c62828",
    "warning": "#ef6c00",
    "info": "#1565c0",
    "done": "#2e7d32",
    "optional": "#757575",
    "empty": "#9e9e9e",
}
_ID_PART = {"causes": "shortcomings"}
# Short part names for checklist groups (domain text, shown as is).
SHORT_TITLES = {
    "measures": "一、主要举措和成效",
    "shortcomings": "二、存在的不足和原因",
    "first_responsible": "三、第一责任人职责",
    "next_year": "四、下一年度主要安排",
    "other": "五、其他需要报告的情况",
}


def id_part(finding: Finding) -> str | None:
    """The part a part.* or first_responsible.* finding is about, from its id."""
    family, _, name = finding.id.partition(".")
    if family == "part":
        name = _ID_PART.get(name, name)
        return name if name in PART_KEYS else None
    if family == "first_responsible" and name != "not_dedicated":
        return "first_responsible"
    return None


HEADING_PREFIX = "heading:"  # findings whose span indexes a section's heading line, not its text


def heading_key(finding: Finding) -> str | None:
    """The section key of a finding about a heading line ("heading:<key>"), else None."""
    if finding.section.startswith(HEADING_PREFIX):
        return finding.section[len(HEADING_PREFIX) :]
    return None


def finding_section(report: Report, finding: Finding) -> str | None:
    """The key of the section the finding points into (or is about); None for title/header findings."""
    key = heading_key(finding) or finding.section
    if key and report.section(key) is not None:
        return key
    part = id_part(finding)
    if part:
        sections = report.sections_of(part)
        if sections:
            return sections[0].key
    return None


def finding_group(report: Report, finding: Finding) -> str:
    """The checklist group: a part key, INTRO/CLOSING, or HEADER for title and header findings."""
    part = id_part(finding)
    if part:
        return part
    key = finding_section(report, finding)
    if key is not None:
        section = report.section(key)
        if section is not None and section.part:
            return section.part
        return "measures"
    return HEADER


def group_title(group: str) -> str:
    if group in SHORT_TITLES:
        return SHORT_TITLES[group]
    return {HEADER: "标题与版头", INTRO: "开头", CLOSING: "结尾"}.get(group, group)


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
