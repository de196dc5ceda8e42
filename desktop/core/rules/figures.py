"""figures.*: figures that agree. The indicators table against the text (both quoted), the same figure
stated differently in two sections, rates above 100%, more 出庭应诉 than 行政诉讼 cases."""

from __future__ import annotations

import re

from desktop.core.model import Finding, Section
from desktop.core.rules import Context

NAMES = {  # Chinese names of the rules (desktop.core.rule_names)
    "figures": "数字一致",
    "figures.mismatch": "指标与正文数字不一致",
    "figures.rate": "比率超过100%",
    "figures.appearance": "出庭应诉件数多于案件数",
    "figures.conflict": "各部分数字不一致",
}

INDICATORS = "indicators"  # findings about the indicators table point at its page
TEXT_RATE = re.compile(r"[\u4e00-\u9fff]{0,8}率(?:达到?|为)?\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]")
APPEARANCES = re.compile(r"出庭应诉(?:案件)?\s*([0-9]+)\s*[件次起]")
LITIGATION = re.compile(r"行政诉讼(?:案件)?\s*([0-9]+)\s*[件起]")


def _hits(ctx: Context, patterns) -> list[tuple[Section, re.Match]]:
    """Matches in the text about this year (next year's plan states targets, not results)."""
    out = []
    for section in ctx.report.body_sections():
        if section.part == "next_year":
            continue
        for pattern in patterns:
            out += [(section, m) for m in re.finditer(pattern, section.text)]
    return out


def _at(fid: str, severity: str, message: str, section: Section, match: re.Match) -> Finding:
    return Finding(fid, severity, message, section.key, match.span(), match.group(0))


def _value(v: float) -> str:
    return f"{v:g}"


def check_report(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for spec in ctx.template.indicators:
        hits = _hits(ctx, spec.patterns)
        values = {float(m.group(1)) for _s, m in hits}
        entered = ctx.report.indicators.get(spec.key)
        if entered is not None and entered.value is not None:
            if spec.unit == "%" and entered.value > 100:
                message = f"指标表中“{spec.label}”填的是{_value(entered.value)}%，比率不能超过100%。"
                out.append(Finding("figures.rate", "error", message, INDICATORS, quote=_value(entered.value)))
            if hits and entered.value not in values:
                section, match = hits[0]
                message = (f"指标表中“{spec.label}”填的是{_value(entered.value)}{spec.unit}，"
                           f"正文写的是“{match.group(0)}”，请核对后改成一致。")  # fmt: skip
                out.append(_at("figures.mismatch", "warning", message, section, match))
        sections = {s.key for s, _m in hits}
        if len(values) > 1 and len(sections) > 1:
            section, match = hits[-1]
            quotes = "”“".join(dict.fromkeys(m.group(0) for _s, m in hits))
            message = f"正文不同部分的“{spec.label}”数字不一致：“{quotes}”，请核对。"
            out.append(_at("figures.conflict", "warning", message, section, match))
    for section, match in _hits(ctx, [TEXT_RATE]):
        if float(match.group(1)) > 100:
            message = f"“{match.group(0)}”：比率不能超过100%，请核对。"
            out.append(_at("figures.rate", "error", message, section, match))
    out += _appearances(ctx)
    return out


def _appearances(ctx: Context) -> list[Finding]:
    """出庭应诉 can only happen in a case: their number is at most the 行政诉讼 cases."""
    cases = [float(m.group(1)) for _s, m in _hits(ctx, [LITIGATION])]
    entered = ctx.report.indicators.get("litigation_cases")
    if entered is not None and entered.value is not None:
        cases.append(entered.value)
    if not cases:
        return []
    out = []
    for section, match in _hits(ctx, [APPEARANCES]):
        if float(match.group(1)) > max(cases):
            message = (f"“{match.group(0)}”多于行政诉讼案件数（{_value(max(cases))}件）："
                       "负责人出庭应诉不会多于案件数，请核对。")  # fmt: skip
            out.append(_at("figures.appearance", "warning", message, section, match))
    return out
