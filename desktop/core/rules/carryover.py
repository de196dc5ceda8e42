"""carryover.*: paragraphs copied unchanged from last year's report, and last year's campaign written as
this year's (info: "copied from last year?")."""

from __future__ import annotations

import re

from desktop.core.headings import lines_with_offsets
from desktop.core.model import PART_KEYS, Finding, Section
from desktop.core.rules import Context, SectionContext, finding

NAMES = {  # Chinese names of the rules (desktop.core.rule_names)
    "carryover": "沿用上年内容",
    "carryover.campaign": "沿用上年专项活动",
    "carryover.copied": "照搬上年原文",
}


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    if section.part not in PART_KEYS or ctx.year is None:
        return []
    data = ctx.rules["carryover"]
    out = []
    verbs = "|".join(re.escape(v) for v in sorted(data["ongoing"], key=len, reverse=True))
    for campaign in data["campaigns"]:
        if campaign["year"] >= ctx.year:
            continue
        for m in re.finditer(f"(?:{verbs})(?:了)?“?{re.escape(campaign['name'])}", section.text):
            out.append(
                finding(
                    "carryover.campaign",
                    "info",
                    f"“{campaign['name']}”是{campaign['year']}年开展的，这里写成了本年度的工作，"
                    "是否沿用了上年报告的文字？如是巩固成果，可写“巩固拓展……成果”。",
                    section,
                    m.span(),
                )
            )
    return out


def check_report(ctx: Context) -> list[Finding]:
    """Paragraphs that stand word for word in last year's report (needs the report it was started from)."""
    if ctx.previous is None:
        return []
    data = ctx.rules["carryover"]
    minimum = data["min_copied_chars"]
    old = {
        p.strip()
        for s in ctx.previous.body_sections()
        for p in s.text.split("\n")
        if len(p.strip()) >= minimum
    }
    out: list[Finding] = []
    for section in ctx.report.body_sections():
        found = 0
        for start, paragraph in lines_with_offsets(section.text):
            if found < data["max_copied_per_section"] and paragraph.strip() in old:
                found += 1
                out.append(
                    finding(
                        "carryover.copied",
                        "info",
                        "这一段与上年度报告一字不差：请确认写的是本年度的工作和数据。",
                        section,
                        (start, start + len(paragraph)),
                    )
                )
    return out
