"""first_responsible.*: the 党政主要负责人's duties get a part of their own, with the expected evidence."""

from __future__ import annotations

from desktop.core.model import Finding
from desktop.core.parts import PartBlock, blocks_of, mask_citations
from desktop.core.rules import Context, finding, first_hit
from desktop.core.rules.structure import nested_finding

NAMES = {  # Chinese names of the rules (desktop.core.rule_names); first_responsible.<depth key> by the family
    "first_responsible": "第一责任人履职要素",
    "first_responsible.not_dedicated": "第一责任人职责未单列",
    "first_responsible.nested": "第一责任人职责写在其他部分之下",
}


def check_report(ctx: Context) -> list[Finding]:
    data = ctx.rules["structure"]["first_responsible"]
    dedicated = blocks_of(ctx.report, "first_responsible", ctx.rules)
    if dedicated:
        out = _depth(dedicated, data["depth"])
        if all(block.nested for block in dedicated):
            out.insert(
                0,
                nested_finding(
                    "first_responsible.nested",
                    dedicated[0],
                    ctx.template.part("first_responsible").title,
                    "first_responsible",
                ),
            )
        return out
    for section in ctx.report.body_sections() + ctx.report.sections_of("intro"):
        span = first_hit(mask_citations(section.text), data["markers"])  # a cited 《…规定》 is not content
        if span:
            return [
                finding(
                    "first_responsible.not_dedicated",
                    "warning",
                    "党政主要负责人履行第一责任人职责的情况只在其他部分顺带提及，应单列一部分，写明具体履职情况。",
                    section,
                    span,
                    suggestion=ctx.template.part("first_responsible").heading(ctx.year),
                )
            ]
    return [
        finding(
            "part.first_responsible",
            "error",
            "缺少“党政主要负责人履行推进法治建设第一责任人职责情况”：全文没有相关内容，这是规定必须报告的内容。",
            suggestion=ctx.template.part("first_responsible").heading(ctx.year),
            part="first_responsible",
        )
    ]


def _depth(blocks: list[PartBlock], depth: dict) -> list[Finding]:
    text = "\n".join(b.heading + "\n" + b.text for b in blocks)
    out = []
    for key, item in depth.items():
        if first_hit(text, item["words"]) is None:
            out.append(
                finding(
                    f"first_responsible.{key}",
                    "warning",
                    f"第一责任人部分未写到：{item['label']}。",
                    blocks[0].section,
                    (blocks[0].start, blocks[0].start) if blocks[0].nested else (0, 0),
                    part="first_responsible",
                )
            )
    return out
