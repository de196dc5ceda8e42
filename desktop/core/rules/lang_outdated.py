"""lang.outdated: wording that is out of date for the report's year (resources/rules/lang_outdated.toml)."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.model import Finding, Section
from desktop.core.rules import Context, SectionContext, finding
from desktop.core.rules.lang_common import heading_finding, title_finding

NAMES = {"lang.outdated": "过时提法"}  # desktop.core.rule_names

PLENUMS = re.compile(r"二十届((?:[一二三四五六七八九]中(?:(?:、|和|及)[一二三四五六七八九]中)*)|历次)全会")
_PERIOD_TAIL = r"\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d{2})\s*年?\s*[)）]"


def text_year(ctx: SectionContext, section: Section) -> int | None:
    """The year a section speaks of: the report year, or year+1 inside the next-year plan."""
    if ctx.year is None:
        return None
    return ctx.year + 1 if section.part == "next_year" else ctx.year


def by_year(value: str | dict[str, str], year: int) -> str:
    """A plain value, or the entry of a year table with the greatest year ≤ `year`."""
    if isinstance(value, str):
        return value
    keys = sorted(int(k) for k in value if int(k) <= year)
    return value[str(keys[-1])] if keys else ""


def _presented_as_current(text: str, m: re.Match[str], term: dict[str, Any]) -> bool:
    window = term.get("window", 12)
    before, after = text[max(0, m.start() - window) : m.start()], text[m.end() : m.end() + window]
    if term.get("skip_after") and re.search(term["skip_after"], text[m.end() : m.end() + 12]):
        return False
    if term.get("skip_before") and re.search(term["skip_before"], text[max(0, m.start() - 12) : m.start()]):
        return False
    needs = [(term.get("need_before"), before), (term.get("need_after"), after)]
    needs = [(pattern, part) for pattern, part in needs if pattern]
    return not needs or any(re.search(pattern, part) for pattern, part in needs)


def term_hits(text: str, year: int, data: dict[str, Any]) -> list[tuple[tuple[int, int], str, str]]:
    """(span, message, suggestion) for every outdated term and plan title in `text` for `year`."""
    out = []
    for term in data.get("term", []):
        if year < term["from_year"]:
            continue
        for m in re.finditer(term["pattern"], text):
            if _presented_as_current(text, m, term):
                suggestion = by_year(term.get("suggestion", ""), year)
                if suggestion and "\\" in suggestion:
                    suggestion = m.expand(suggestion)
                out.append(((m.start(), m.end()), term["message"], suggestion))
    for plan in data.get("period", []):
        out += _period_hits(text, year, plan)
    return out


def _period_hits(text: str, year: int, plan: dict[str, Any]) -> list[tuple[tuple[int, int], str, str]]:
    periods = [tuple(p) for p in plan["periods"]]
    current = [p for p in periods if p[0] <= year]
    out = []
    for m in re.finditer(re.escape(plan["name"]) + _PERIOD_TAIL, text):
        given = (int(m.group(1)), int(m.group(2)))
        name = plan["name"]
        if given not in periods:
            best = next((p for p in periods if given[0] == p[0] or given[1] == p[1]), None)
            best = best or (current[-1] if current else periods[-1])
            message = f"《{name}》的期限写错了：没有（{given[0]}—{given[1]}年）这一版。"
        elif current and given != current[-1] and given[1] < year:
            best = current[-1]
            message = (
                f"《{name}（{given[0]}—{given[1]}年）》已到期，{year}年应引用（{best[0]}—{best[1]}年）版。"
            )
        else:
            continue
        out.append(((m.start(), m.end()), message, f"{name}（{best[0]}—{best[1]}年）"))
    return out


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    year = text_year(ctx, section)
    if year is None:
        return []
    data = ctx.rules["lang_outdated"]
    out = [
        finding("lang.outdated", "warning", message, section, span, suggestion)
        for span, message, suggestion in term_hits(section.text, year, data)
    ]
    out += [
        heading_finding("lang.outdated", "warning", message, section, span, suggestion)
        for span, message, suggestion in term_hits(section.heading, year, data)
    ]
    return out


def check_report(ctx: Context) -> list[Finding]:
    """Outdated terms in the title (it speaks of the report year too) and a missing newest plenum."""
    if ctx.year is None:
        return []
    out = [
        title_finding("lang.outdated", "warning", message, ctx.report.title, span, suggestion)
        for span, message, suggestion in term_hits(ctx.report.title, ctx.year, ctx.rules["lang_outdated"])
    ]
    return out + _latest_plenum(ctx)


def _latest_plenum(ctx: Context) -> list[Finding]:
    latest = by_year(ctx.rules["lang_outdated"].get("latest_plenum", {}), ctx.year)
    first: tuple[Section, re.Match[str]] | None = None
    for section in ctx.report.sections:
        if "二十届" not in section.text:
            continue
        for m in PLENUMS.finditer(section.text):
            if m.group(1) == "历次" or latest in m.group(1):
                return []
            first = first or (section, m)
    if not latest or first is None:
        return []
    section, m = first
    message = f"{ctx.year}年度报告可写到最新的二十届{latest}全会精神（此处未提及）。"
    return [finding("lang.outdated", "info", message, section, m.span(), f"二十届{m.group(1)}、{latest}全会")]
