"""meta.*: title form and year, header and closing fields, the publication deadline."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core.dates import publication_deadline, published_before
from desktop.core.model import CLOSING, HEADER, TITLE, Finding
from desktop.core.rules import Context, first_hit

NAMES = {  # Chinese names of the rules (desktop.core.rule_names); meta.deadline is named with its date there
    "meta": "标题与版头",
    "meta.title": "标题",
    "meta.title_form": "标题格式",
    "meta.title_year": "标题年度",
    "meta.addressee": "主送机关",
    "meta.signature": "落款",
    "meta.date": "成文日期",
    "meta.deadline_county": "县里规定的报送时间",
    "meta.year": "年度一致",
}

_YEAR = re.compile(r"(?:19|20)\d{2}")


def _title_finding(fid: str, severity: str, message: str, title: str, span=None, suggestion="") -> Finding:
    span = span or (0, len(title))
    return Finding(fid, severity, message, TITLE, span, title[span[0] : span[1]], suggestion)


def check_report(ctx: Context) -> list[Finding]:
    report, data = ctx.report, ctx.rules["structure"]
    out: list[Finding] = []
    if ctx.year is None:
        out.append(
            Finding(
                "meta.year",
                "error",
                "无法确定报告年度：请在标题中写明年度，例如“关于2024年度法治政府建设情况的报告”。",
            )
        )
    suggestion = ctx.template.title_for(report.unit or "XX镇", ctx.year) if ctx.year else ""
    title = report.title
    if not title:
        out.append(Finding("meta.title", "error", "缺少标题。", TITLE, suggestion=suggestion))
    else:
        if not _YEAR.search(title):
            out.append(
                _title_finding(
                    "meta.title_year",
                    "warning",
                    "标题中没有写明年度（如“2024年度”）。",
                    title,
                    suggestion=suggestion,
                )
            )
        wrong = first_hit(title, data["title"]["wrong_words"])
        if wrong or first_hit(title, data["title"]["report_words"]) is None:
            out.append(
                _title_finding(
                    "meta.title_form",
                    "warning",
                    "标题应为“关于××年度法治政府建设情况的报告”形式，不宜用“工作总结”等。",
                    title,
                    wrong,
                    suggestion,
                )
            )
    if not report.addressee:
        out.append(Finding("meta.addressee", "warning", "缺少主送机关（如“县委、县人民政府：”）。", HEADER))
    if not report.signature and not report.printer:
        out.append(Finding("meta.signature", "warning", "缺少落款（发文机关署名）。", CLOSING))
    if not report.date:
        written = (ctx.year or 2024) + 1  # a year's report is written early the next year
        out.append(Finding("meta.date", "warning", f"缺少成文日期（如“{written}年1月21日”）。", CLOSING))
    else:
        out += _deadline(ctx)
    return out


def _deadline(ctx: Context) -> list[Finding]:
    if ctx.year is None:
        return []
    written = dt.date.fromisoformat(ctx.report.date)
    limit = publication_deadline(ctx.year, ctx.rules)
    out = []
    if written > limit:
        out.append(
            Finding(
                "meta.deadline",
                "warning",
                f"成文日期{written:%Y-%m-%d}晚于{limit:%Y-%m-%d}：年度报告应在{ctx.year + 1}年{published_before(ctx.year, ctx.rules)}前向社会公开。",
                CLOSING,
            )
        )
    if ctx.profile.deadline:
        county = dt.date.fromisoformat(ctx.profile.deadline)
        if written > county:
            out.append(
                Finding(
                    "meta.deadline_county",
                    "warning",
                    f"成文日期晚于县里规定的报送期限{county:%Y-%m-%d}。",
                    CLOSING,
                )
            )
    return out
