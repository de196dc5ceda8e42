"""Score a checked report against a rubric: the points of each item less its deductions, with reasons. No Qt.

score_report(report, findings, rubric) -> Score
rank(scores) -> [int]          1-based ranks, equal scores share a rank (1, 2, 2, 4)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop.core.model import Finding, Report
from desktop.core.rubric import Item, Rubric, Rule


@dataclass(frozen=True)
class Deduction:
    """Points taken off one item, why, and the text that shows it (may be empty)."""

    item: str
    points: float
    reason: str
    quote: str = ""


@dataclass
class Score:
    total: float
    maximum: float
    items: dict[str, float] = field(default_factory=dict)
    deductions: list[Deduction] = field(default_factory=list)


def _part_text(report: Report, part: str) -> str:
    sections = report.body_sections() if part == "any" else report.sections_of(part)
    return "\n".join(f"{s.heading}\n{s.text}" for s in sections)


def _indicator(report: Report, rule: Rule) -> float | None:
    indicator = report.indicators.get(rule.indicator)
    if indicator is not None and indicator.value is not None:
        return indicator.value
    text = _part_text(report, "any")
    values = [float(m.group(1)) for p in rule.patterns for m in re.finditer(p, text)]
    return max(values) if values else None


def _deadline(report: Report, by: str) -> date | None:
    if len(by) == 10:
        return date.fromisoformat(by)
    if report.year is None:
        return None
    return date.fromisoformat(f"{report.year + 1}-{by}")


def _gist(finding: Finding) -> str:
    """The first sentence of a finding's message, for a deduction that several kinds of finding can cause."""
    sentence = finding.message.split("。")[0]
    head, colon, tail = sentence.partition("：")
    if colon and len(head) <= 12 and len(tail) >= 4:
        sentence = tail  # “第一责任人部分未写到：述法” → “述法”
    return sentence[:40]


def _rule_hits(rule: Rule, report: Report, findings: list[Finding]) -> list[tuple[str, str]]:
    """(reason, quote) for each time the rule takes points off."""
    if rule.kind == "finding":
        several = len(rule.findings) > 1 or rule.findings[0].endswith("*")
        hits = [
            (f"{rule.reason}：{_gist(f)}" if several else rule.reason, f.quote.strip())
            for f in findings
            if rule.matches(f.id)
        ]
        return hits[:1] if rule.once else hits
    if rule.kind == "indicator":
        value = _indicator(report, rule)
        if value is None:
            return [(f"{rule.reason}（报告未写明）", "")]
        return [(f"{rule.reason}（报告为 {value:g}）", "")] if value < rule.minimum else []
    if rule.kind == "content":
        text = _part_text(report, rule.part)
        return [] if any(word in text for word in rule.words) else [(rule.reason, "")]
    deadline = _deadline(report, rule.by)
    if not report.date:
        return [(f"{rule.reason}（未写成文日期）", "")]
    try:
        written = date.fromisoformat(report.date)
    except ValueError:
        return [(f"{rule.reason}（成文日期无法识别）", report.date)]
    if deadline is not None and written > deadline:
        return [(f"{rule.reason}（成文日期 {written:%Y年%m月%d日}，应不晚于 {deadline:%Y年%m月%d日}）", "")]
    return []


def _score_item(item: Item, report: Report, findings: list[Finding]) -> list[Deduction]:
    out: list[Deduction] = []
    left = item.points
    for rule in item.rules:
        budget = min(rule.cap if rule.cap is not None else item.points, left)
        for reason, quote in _rule_hits(rule, report, findings):
            points = min(rule.deduct, budget)
            if points <= 0:
                break
            out.append(Deduction(item.name, points, reason, quote))
            budget -= points
            left -= points
    return out


def score_report(report: Report, findings: list[Finding], rubric: Rubric) -> Score:
    """Every item starts at its points; its rules take points off, never below zero."""
    score = Score(total=0.0, maximum=rubric.total)
    for item in rubric.items:
        lost = _score_item(item, report, findings)
        score.deductions += lost
        score.items[item.key] = item.points - sum(d.points for d in lost)
    score.total = round(sum(score.items.values()), 2)
    return score


def rank(scores: list[float]) -> list[int]:
    """Competition ranking: the highest score is 1, equal scores share a rank."""
    return [1 + sum(other > mine for other in scores) for mine in scores]
