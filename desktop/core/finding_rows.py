"""Checklist rows: identical findings folded into one row with a count, the coverage advice of a part in
one row. No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.model import Finding, Report

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
FOLDED_FAMILIES = ("coverage",)  # one row per part for these, whatever their messages
_AREA = re.compile(r"：(.+?)(?:（|。|$)")


@dataclass
class Row:
    """One checklist row: its group (part), the findings it stands for (in text order) and a label."""

    group: str
    findings: list[Finding] = field(default_factory=list)
    folded: str = ""  # the family folded into this row ("coverage"), or "" for identical findings

    @property
    def severity(self) -> str:
        return min((f.severity for f in self.findings), key=lambda s: SEVERITY_RANK.get(s, 3))

    @property
    def count(self) -> int:
        return len(self.findings)

    def areas(self) -> list[str]:
        """The short names a folded coverage row lists (政府机构职能体系, …)."""
        out = []
        for f in self.findings:
            match = _AREA.search(f.message)
            out.append(match.group(1) if match else f.message)
        return out


def row_key(finding: Finding) -> tuple:
    family = finding.id.partition(".")[0]
    if family in FOLDED_FAMILIES:
        return (family,)
    return (finding.id, finding.severity, finding.message, finding.suggestion)


def build_rows(report: Report, findings: list[Finding], group_of) -> list[Row]:
    """Rows in checker order of first appearance; `group_of(report, finding)` names a finding's group."""
    rows: dict[tuple, Row] = {}
    for f in findings:
        group = group_of(report, f)
        key = (group, *row_key(f))
        row = rows.get(key)
        if row is None:
            family = f.id.partition(".")[0]
            row = rows[key] = Row(group, folded=family if family in FOLDED_FAMILIES else "")
        row.findings.append(f)
    return list(rows.values())
