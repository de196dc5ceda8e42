"""part.*: the five required parts of 厅字〔2019〕28号 are present, substantial, and 不足 come with 原因."""

from __future__ import annotations

from desktop.core.model import Finding
from desktop.core.parts import PartBlock, blocks_of
from desktop.core.rules import Context, finding, first_hit

NAMES = {  # Chinese names of the rules (desktop.core.rule_names); part.<part> is named from the template
    "part": "必备部分",
    "part.causes": "不足未分析原因",
    "part.too_short": "部分内容过短",
    "part.nested_shortcomings": "不足和原因写在其他部分之下",
    "part.nested_next_year": "下一年度安排写在其他部分之下",
    "part.nested_other": "其他情况写在其他部分之下",
}

_MISSING = {
    "measures": "缺少“主要举措和成效”部分：应写明本年度推进法治政府建设的主要举措和取得的成效。",
    "shortcomings": "缺少“存在的不足和原因”部分：应如实写明本年度存在的不足。",
    "first_responsible": "缺少“党政主要负责人履行推进法治建设第一责任人职责情况”：这是规定必须报告的内容。",
    "next_year": "缺少“下一年度推进法治政府建设的主要安排”部分。",
}


def filled(ctx: Context, part: str) -> bool:
    """True when the part is written somewhere: a section with text, or a sub-part at any heading level."""
    return bool(blocks_of(ctx.report, part, ctx.rules))


def check_report(ctx: Context) -> list[Finding]:
    data = ctx.rules["structure"]
    out: list[Finding] = []
    for part, message in _MISSING.items():
        if part == "first_responsible":
            continue  # decided with its content markers in rules/first_responsible.py
        if not filled(ctx, part):
            out.append(finding(f"part.{part}", "error", message, part=part))
    out += _nested(ctx)
    out += _causes(ctx, data["causes"]["markers"])
    out += _other(ctx, data["other"]["markers"])
    out += _too_short(ctx, data["thresholds"]["min_part_chars"])
    return out


def _nested(ctx: Context) -> list[Finding]:
    """A part written only as a sub-part of another (not 第一责任人: rules/first_responsible.py says that)."""
    out = []
    for part in ("shortcomings", "next_year", "other"):
        blocks = blocks_of(ctx.report, part, ctx.rules)
        if blocks and all(b.nested for b in blocks):
            out.append(nested_finding(f"part.nested_{part}", blocks[0], ctx.template.part(part).title, part))
    return out


def nested_finding(fid: str, block: PartBlock, title: str, part: str) -> Finding:
    """Info: the part is there, but as a sub-part of another; the regulation's outline gives it a part of its own."""
    title = title.replace("{year}", "").replace("{next_year}", "下一")
    return finding(
        fid,
        "info",
        f"“{block.heading}”写在“{block.section.heading}”之下；按年度报告的规定格式，宜单列为一部分（“{title}”）。",
        block.section,
        (block.start, block.start + len(block.heading)),
        part=part,
    )


def _causes(ctx: Context, markers: list[str]) -> list[Finding]:
    blocks = blocks_of(ctx.report, "shortcomings", ctx.rules)
    if not blocks or any(first_hit(b.text, markers) for b in blocks):
        return []
    block = blocks[0]
    return [
        finding(
            "part.causes",
            "error",
            "“存在的不足”只列了问题，没有分析原因：应逐条写明产生不足的主观、客观原因（如“主要原因是……”）。",
            block.section,
            (block.start, block.start + min(len(block.text), 40)),
            part="shortcomings",
        )
    ]


def _other(ctx: Context, markers: list[str]) -> list[Finding]:
    if filled(ctx, "other") or any(first_hit(s.text, markers) for s in ctx.report.sections):
        return []
    other = ctx.template.part("other")
    return [
        finding(
            "part.other",
            "warning",
            "缺少“其他需要报告的情况”：如没有，也应写明“无其他需要报告的情况”。",
            suggestion=f"{other.heading(ctx.year)}\n{other.example}",  # 五、其他需要报告的情况 / 无其他…
            part="other",
        )
    ]


def _too_short(ctx: Context, minimum: int) -> list[Finding]:
    out = []
    for section in ctx.report.body_sections():
        if (
            section.part in ("measures", "shortcomings", "first_responsible", "next_year")
            and 0 < section.chars < minimum
        ):
            out.append(
                finding(
                    "part.too_short",
                    "warning",
                    f"“{section.heading}”内容过少（{section.chars}字），请补充具体做法、数据或原因。",
                    section,
                    (0, len(section.text)),
                )
            )
    return out
