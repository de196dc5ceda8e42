"""Where a finding belongs: the section it points into and the part group it is listed under. No Qt.

Shared by the window's checklist and the Excel checklist, so both file a finding under the same part."""

from __future__ import annotations

from desktop.core.model import CLOSING, HEADER, INTRO, PART_KEYS, Finding, Report
from desktop.core.template import short_titles

INDICATORS = "indicators"  # the figures page (figures.* findings about the table point here)


def id_part(finding: Finding) -> str | None:
    """The part a part.* or first_responsible.* finding is about, as its rule set it (Finding.part)."""
    return finding.part if finding.part in PART_KEYS else None


def heading_key(finding: Finding) -> str | None:
    """The section key of a finding about a heading line (Finding.in_heading), else None."""
    if finding.in_heading:
        return finding.section
    return None


def finding_section(report: Report, finding: Finding) -> str | None:
    """The key of the section the finding points into (or is about); None for title/header findings."""
    key = finding.section
    if key == INDICATORS or (key and report.section(key) is not None):
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
    if key == INDICATORS:
        return INDICATORS
    if key is not None:
        section = report.section(key)
        if section is not None and section.part:
            return section.part
        return "measures"
    return HEADER


def group_title(group: str) -> str:
    if group in short_titles():
        return short_titles()[group]
    return {HEADER: "标题与版头", INTRO: "开头", CLOSING: "结尾", INDICATORS: "指标"}.get(group, group)
