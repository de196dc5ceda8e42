"""part.*: the five required parts of 厅字〔2019〕28号 are present, substantial, and 不足 come with 原因."""

from __future__ import annotations

from desktop.core.model import Finding
from desktop.core.resources import rules
from desktop.core.rules import Context, finding, first_hit

FAMILY = "part"

_MISSING = {
    "measures": "缺少“主要举措和成效”部分：应写明本年度推进法治政府建设的主要举措和取得的成效。",
    "shortcomings": "缺少“存在的不足和原因”部分：应如实写明本年度存在的不足。",
    "first_responsible": "缺少“党政主要负责人履行推进法治建设第一责任人职责情况”：这是规定必须报告的内容。",
    "next_year": "缺少“下一年度推进法治政府建设的主要安排”部分。",
}


def filled(ctx: Context, part: str) -> bool:
    """True when some section of this part has body text."""
    return any(s.chars > 0 for s in ctx.report.sections_of(part))


def check_report(ctx: Context) -> list[Finding]:
    data = rules("structure")
    out: list[Finding] = []
    for part, message in _MISSING.items():
        if part == "first_responsible":
            continue  # decided with its content markers in rules/first_responsible.py
        if not filled(ctx, part):
            out.append(finding(f"part.{part}", "error", message))
    out += _causes(ctx, data["causes"]["markers"])
    out += _other(ctx, data["other"]["markers"])
    out += _too_short(ctx, data["thresholds"]["min_part_chars"])
    return out


def _causes(ctx: Context, markers: list[str]) -> list[Finding]:
    sections = [s for s in ctx.report.sections_of("shortcomings") if s.chars > 0]
    if not sections or any(first_hit(s.text, markers) for s in sections):
        return []
    section = sections[0]
    return [
        finding(
            "part.causes",
            "error",
            "“存在的不足”只列了问题，没有分析原因：应逐条写明产生不足的主观、客观原因（如“主要原因是……”）。",
            section,
            (0, min(len(section.text), 40)),
        )
    ]


def _other(ctx: Context, markers: list[str]) -> list[Finding]:
    if filled(ctx, "other") or any(first_hit(s.text, markers) for s in ctx.report.sections):
        return []
    return [
        finding(
            "part.other",
            "warning",
            "缺少“其他需要报告的情况”：如没有，也应写明“无其他需要报告的情况”。",
            suggestion="五、其他需要报告的情况\n无其他需要报告的情况。",
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
