"""Start this year's report from last year's: same structure, last year's figures, prompts from its plan.

The new report keeps a link to its source (reports.source_report_id) so the carry-over check can
compare the two texts (`previous_report`). Nothing of last year's text is copied into the new body:
it goes into per-section prompts, so an unchanged copy can never slip into this year's report.
"""

from __future__ import annotations

from desktop.core.model import Indicator, Report, Section
from desktop.core.template import load_template
from desktop.store.database import Database, guarded
from desktop.store.records import DRAFT
from desktop.store.reports import Reports
from desktop.store.units import Units

# Prompts shown beside each part of the new report ({last} = last year, {year} = this year).
PROMPTS = {
    "measures": "{last}年报告安排了以下工作，请逐项写明{year}年的完成情况和成效（尽量写数字）：\n{text}",
    "shortcomings": "{last}年报告指出的不足如下，请写明整改情况，并如实分析{year}年的不足和原因：\n{text}",
    "first_responsible": "{last}年的写法仅供参考，请换成{year}年的事实和数字，不要照抄：\n{text}",
    "next_year": "请写明{next}年度的安排，与{year}年的不足逐条对应。",
}
# Which of last year's parts feeds each prompt: this year's measures answer last year's plan.
PROMPT_SOURCE = {
    "measures": "next_year",
    "shortcomings": "shortcomings",
    "first_responsible": "first_responsible",
    "next_year": None,
}
CARRIED_HEADER = ("unit", "level", "signer", "addressee", "issuer_mark", "signature", "cc", "printer")


def _shift_years(heading: str, old: int, new: int) -> str:
    """Move every year in a heading forward: 2025年度安排 in a 2024 report → 2026年度 in a 2025 one."""
    marked = heading.replace(str(old + 1), "\0NEXT\0").replace(str(old), str(new))
    return marked.replace("\0NEXT\0", str(new + 1))


def carry_over(last: Report, year: int, template_heading) -> tuple[Report, dict[str, str]]:
    """The new report (empty sections, same keys, parts, order and headings with years moved on) and
    its prompts, from `last`. `template_heading(part, year)` heads sections that had no heading."""
    new = Report(year=year, **{f: getattr(last, f) for f in CARRIED_HEADER})
    prompted: set[str] = set()
    prompts: dict[str, str] = {}
    for section in last.sections:
        if section.heading:
            heading = _shift_years(section.heading, last.year, year) if last.year else section.heading
        else:
            heading = template_heading(section.part, year) or ""
        new.sections.append(Section(section.key, heading, "", section.part, section.part_chosen))
        if section.part in PROMPTS and section.part not in prompted:
            prompted.add(section.part)
            source = PROMPT_SOURCE[section.part]
            text = "\n".join(s.text for s in last.sections_of(source)).strip() if source else ""
            if source and not text:
                continue
            prompts[section.key] = PROMPTS[section.part].format(
                last=last.year or "上", year=year, next=year + 1, text=text
            )
    new.indicators = {
        k: Indicator(key=k, value=None, last_year=i.value, note="") for k, i in last.indicators.items()
    }
    return new, prompts


class CarryOver:
    """store.carryover: this year's report started from last year's, and the way back to it."""

    def __init__(self, db: Database, reports: Reports, units: Units) -> None:
        self.db = db
        self.reports = reports
        self.units = units

    @guarded
    def start_from_last_year(self, report_id: int, year: int | None = None) -> int:
        """A new 草稿 for `year` (default: the source's year + 1) built from report `report_id`:
        its structure and headings (years moved on), indicators with last year's values in
        `last_year`, and prompts (see `prompts`) made from last year's plan and shortcomings."""
        last = self.reports.load(report_id)
        if year is None:
            if last.year is None:
                raise ValueError("the source report has no year; pass year=")
            year = last.year + 1
        profile = self.units.of_report(report_id)
        template = load_template()
        parts = {p.key for p in template.parts}

        def template_heading(part: str | None, y: int) -> str:
            return template.part(part).heading(y) if part in parts else ""

        new, prompts = carry_over(last, year, template_heading)
        for field in ("signer", "addressee", "cc", "printer"):
            setattr(new, field, getattr(profile, field) or getattr(new, field))
        new.unit = new.unit or profile.name
        new.title = template.title_for(new.unit, year)
        with self.db.transaction():
            return self.reports.insert(
                new, DRAFT, note="从上年报告开始", source_id=report_id, prompts=prompts
            )

    @guarded
    def previous_report(self, report_id: int) -> Report | None:
        """The report this one was started from (for the carry-over check), if it still exists."""
        source = self.reports.summary(report_id).source_report_id
        return self.reports.load(source) if source is not None else None
