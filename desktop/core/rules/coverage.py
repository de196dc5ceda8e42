"""coverage.*: which task areas of 《法治政府建设实施纲要（2021—2025年）》 the measures do not touch (info)."""

from __future__ import annotations

from desktop.core.model import Finding
from desktop.core.rules import Context, finding, first_hit

NAMES = {"coverage": "纲要任务覆盖"}  # coverage.<area key>: named by the family (desktop.core.rule_names)


def check_report(ctx: Context) -> list[Finding]:
    sections = [s for s in ctx.report.sections_of("measures") if s.chars > 0]
    if not sections:
        return []
    text = "\n".join(s.heading + "\n" + s.text for s in sections)
    return [
        finding(
            f"coverage.{area['key']}",
            "info",
            f"主要举措未涉及纲要任务：{area['label']}。如有相关工作，建议补写。",
            sections[0],
        )
        for area in ctx.rules["coverage"]["areas"]
        if first_hit(text, area["words"]) is None
    ]
