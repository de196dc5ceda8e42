"""meta.year_*: title year vs. report year vs. body year, plan year = year+1, 成文日期 and 发文字号 years."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from desktop.core.model import CLOSING, HEADER, INTRO, Finding, Section
from desktop.core.rule_data import RuleData
from desktop.core.rules import Context, finding
from desktop.core.rules.lang_common import heading_finding, title_finding

NAMES = {  # Chinese names of the rules (desktop.core.rule_names)
    "meta.year_title": "年度一致",
    "meta.year_body": "年度一致",
    "meta.year_plan": "年度一致",
    "meta.year_date": "年度一致",
    "meta.year_doc_number": "年度一致",
}

YEAR = re.compile(r"(?<![\d〔\[（(])((?:19|20)\d{2})\s*年(?![—–\-－~～至到]|\d)")
SUMMARY = re.compile(r"现[将就把][\u4e00-\u9fff]{0,10}?((?:19|20)\d{2})\s*年?")
BODY_PARTS = (INTRO, "measures", "first_responsible", "shortcomings")


def _inside_book_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


# year_mentions runs on every check, so its results are cached, keyed by the text's hash and length: an
# lru_cache keyed by the text itself kept a copy of every version of a section typed (+1.6 MB per check
# of a 2 MB section). Python caches a str's hash in the object, so the key costs nothing after the first.
_MENTIONS: dict[tuple[int, int], tuple[tuple[int, tuple[int, int]], ...]] = {}
_MENTIONS_MAX = 256


def year_mentions(text: str) -> tuple[tuple[int, tuple[int, int]], ...]:
    """(year, span) of each "2024年" in `text` outside 《book titles》 (cached without keeping `text`)."""
    key = (hash(text), len(text))
    hit = _MENTIONS.get(key)
    if hit is None:
        hit = tuple(
            (int(m.group(1)), m.span(1))
            for m in YEAR.finditer(text)
            if not _inside_book_title(text, m.start())
        )
        if len(_MENTIONS) >= _MENTIONS_MAX:
            _MENTIONS.pop(next(iter(_MENTIONS)))  # the oldest entry
        _MENTIONS[key] = hit
    return hit


def _plan_pattern(rules: RuleData) -> re.Pattern[str]:
    """A year with a plan word after it (2025年工作计划), from years.toml [plan] (once per RuleData)."""
    words = rules["years"]["plan"]["words"]
    return re.compile(rf"((?:19|20)\d{{2}})\s*年?度?\s*(?:[\u4e00-\u9fff]{{0,12}}?工作)?\s*(?:{words})")


def check_report(ctx: Context) -> list[Finding]:
    if ctx.year is None:
        return []
    return _title(ctx) + _body(ctx) + _plan(ctx) + _dates(ctx)


def _title(ctx: Context) -> list[Finding]:
    title = ctx.report.title
    m = YEAR.search(title)
    if m and int(m.group(1)) != ctx.year:
        message = f"标题写的是{m.group(1)}年，报告年度却是{ctx.year}年，请核对。"
        return [title_finding("meta.year_title", "error", message, title, m.span(1), str(ctx.year))]
    return []


def _body(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    counts: Counter[int] = Counter()
    first: dict[int, tuple[Section, tuple[int, int]]] = {}
    for section in ctx.report.sections:
        if section.part not in BODY_PARTS:
            continue
        for year, span in year_mentions(section.text):
            counts[year] += 1
            first.setdefault(year, (section, span))
        if section.part == INTRO:
            for m in SUMMARY.finditer(section.text):
                if int(m.group(1)) not in (ctx.year, ctx.year + 1):
                    message = f"开头说“现将{m.group(1)}年……报告如下”，但报告年度是{ctx.year}年。"
                    out.append(
                        finding("meta.year_body", "warning", message, section, m.span(1), str(ctx.year))
                    )
    if counts and not out:
        year, n = counts.most_common(1)[0]
        if year != ctx.year and n >= ctx.rules["years"]["body"]["min_mentions"] and counts[ctx.year] * 2 < n:
            section, span = first[year]
            message = f"正文主要写的是{year}年的工作（{n}处），与报告年度{ctx.year}年不一致。"
            out.append(finding("meta.year_body", "warning", message, section, span, str(ctx.year)))
    return out


def _plan(ctx: Context) -> list[Finding]:
    want = ctx.year + 1
    pattern = ctx.rules.derived(_plan_pattern)
    out: list[Finding] = []
    message = f"下一年度工作安排应是{want}年的。"
    for section in ctx.report.sections:
        if section.part == "next_year":
            for m in pattern.finditer(section.heading):
                if int(m.group(1)) != want:
                    out.append(
                        heading_finding("meta.year_plan", "warning", message, section, m.span(1), str(want))
                    )
            for m in pattern.finditer(section.text):
                if int(m.group(1)) != want and not _inside_book_title(section.text, m.start()):
                    out.append(finding("meta.year_plan", "warning", message, section, m.span(1), str(want)))
        elif section.part == INTRO:
            for m in pattern.finditer(section.text):
                joined = section.text[max(0, m.start() - 2) : m.start()]
                if int(m.group(1)) != want and re.search("[及和与]", joined):
                    out.append(finding("meta.year_plan", "warning", message, section, m.span(1), str(want)))
    return out


def _dates(ctx: Context) -> list[Finding]:
    report, out = ctx.report, []
    closing = report.section(CLOSING)
    key = closing.key if closing else CLOSING
    if report.date:
        written = dt.date.fromisoformat(report.date)
        earliest = dt.date(ctx.year, ctx.rules["years"]["dates"]["earliest_month"], 1)
        if written < earliest:
            message = f"成文日期{written:%Y-%m-%d}早于{ctx.year}年年末：年度报告应在年度工作结束后成文。"
            out.append(Finding("meta.year_date", "warning", message, key))
    number = report.doc_number
    m = re.search(r"[〔\[【(（［]\s*((?:19|20)\d{2})\s*[〕\]】)）］]", number)
    if m and report.date and int(m.group(1)) != int(report.date[:4]):
        message = f"发文字号年份{m.group(1)}与成文日期{report.date[:4]}年不一致。"
        out.append(Finding("meta.year_doc_number", "warning", message, HEADER, (0, len(number)), number))
    return out
