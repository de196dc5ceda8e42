"""first_responsible.*: the 党政主要负责人's duties get a part of their own, with the expected evidence."""

from __future__ import annotations

from desktop.core.model import Finding
from desktop.core.resources import rules
from desktop.core.rules import Context, finding, first_hit

FAMILY = "first_responsible"


def check_report(ctx: Context) -> list[Finding]:
    data = rules("structure")["first_responsible"]
    dedicated = [s for s in ctx.report.sections_of("first_responsible") if s.chars > 0]
    if dedicated:
        return _depth(dedicated, data["depth"])
    for section in ctx.report.body_sections() + ctx.report.sections_of("intro"):
        span = first_hit(section.text, data["markers"])
        if span:
            return [
                finding(
                    "first_responsible.not_dedicated",
                    "warning",
                    "党政主要负责人履行第一责任人职责的情况只在其他部分顺带提及，应单列一部分，写明具体履职情况。",
                    section,
                    span,
                    suggestion="三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                )
            ]
    return [
        finding(
            "part.first_responsible",
            "error",
            "缺少“党政主要负责人履行推进法治建设第一责任人职责情况”：全文没有相关内容，这是规定必须报告的内容。",
            suggestion="三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
        )
    ]


def _depth(sections, depth: dict) -> list[Finding]:
    text = "\n".join(s.text for s in sections)
    out = []
    for key, item in depth.items():
        if first_hit(text, item["words"]) is None:
            out.append(
                finding(
                    f"first_responsible.{key}",
                    "warning",
                    f"第一责任人部分未写到：{item['label']}。",
                    sections[0],
                )
            )
    return out
