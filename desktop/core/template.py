"""The report template: required parts with guidance and examples, and indicator definitions."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from desktop.core.model import Indicator, Report, Section
from desktop.core.resources import load_toml

DEFAULT_TEMPLATE = "templates/township_annual.toml"


@dataclass(frozen=True)
class SubItem:
    title: str
    guidance: str = ""
    example: str = ""


@dataclass(frozen=True)
class PartSpec:
    """One required (or optional) part of the report as the template describes it."""

    key: str
    number: str
    title: str
    short: str  # the part's name in lists: 主要举措和成效
    required: bool
    aliases: tuple[str, ...]
    guidance: str
    example: str
    items: tuple[SubItem, ...] = field(default_factory=tuple)

    def heading(self, year: int | None) -> str:
        """The numbered heading for a report of `year`, e.g. 一、2024年度推进…主要举措和成效."""
        y = year or 0
        title = (
            self.title.format(year=y, next_year=y + 1)
            if year
            else self.title.replace("{year}", "本").replace("{next_year}年度", "下一年度")
        )
        return f"{self.number}、{title}"


@dataclass(frozen=True)
class IndicatorSpec:
    key: str
    label: str
    unit: str
    group: str
    patterns: tuple[str, ...] = ()  # regexes reading the figure from report text (group 1 = the number)


@dataclass(frozen=True)
class Template:
    name: str
    title_pattern: str
    parts: tuple[PartSpec, ...]
    indicators: tuple[IndicatorSpec, ...]

    def part(self, key: str) -> PartSpec:
        return next(p for p in self.parts if p.key == key)

    def title_for(self, unit: str, year: int) -> str:
        return self.title_pattern.format(unit=unit, year=year)

    def new_report(self, unit: str, year: int, level: str = "镇") -> Report:
        """An empty report of `year` with one section per part, headed as the template says."""
        report = Report(title=self.title_for(unit, year), unit=unit, level=level, year=year)
        report.sections = [Section(key="intro", heading="", text="", part="intro")]
        report.sections += [
            Section(key=p.key, heading=p.heading(year), text="", part=p.key) for p in self.parts
        ]
        report.indicators = {i.key: Indicator(key=i.key) for i in self.indicators}
        return report


@functools.cache
def load_template(relative: str = DEFAULT_TEMPLATE) -> Template:
    """Build a Template from its TOML resource (once per process: a Template is frozen)."""
    data = load_toml(relative)
    parts = tuple(
        PartSpec(
            key=p["key"],
            number=p["number"],
            title=p["title"],
            short=p["short"],
            required=bool(p.get("required", True)),
            aliases=tuple(p.get("aliases", ())),
            guidance=p.get("guidance", ""),
            example=p.get("example", ""),
            items=tuple(SubItem(**i) for i in p.get("items", ())),
        )
        for p in data["parts"]
    )
    indicators = tuple(
        IndicatorSpec(**{**i, "patterns": tuple(i.get("patterns", ()))}) for i in data.get("indicators", ())
    )
    return Template(data["name"], data["title_pattern"], parts, indicators)


@functools.cache
def short_titles() -> dict[str, str]:
    """Part key → its numbered short name (一、主要举措和成效), from the default template: the one list of them."""
    return {p.key: f"{p.number}、{p.short}" for p in load_template().parts}
