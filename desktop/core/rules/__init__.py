"""Rule families of the checklist. Each module exposes check_report(ctx: Context) and/or
check_section(ctx: SectionContext, section), pure functions returning Findings (see desktop.core.checker).
Rule data comes only from `ctx.rules`; a section rule sees its section, the report year and the rule data, nothing
else, because the checker reuses its findings while those stay the same."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import Finding, Report, Section, UnitProfile
from desktop.core.rule_data import RuleData
from desktop.core.template import Template


@dataclass(frozen=True)
class Context:
    """What a report rule may look at: the report, the unit's profile, the template, the report year, the rule
    data and, when known, the report this one was started from (last year's)."""

    report: Report
    profile: UnitProfile
    template: Template
    year: int | None
    rules: RuleData
    previous: Report | None = None


@dataclass(frozen=True)
class SectionContext:
    """What a section rule may look at besides the section: the report year and the rule data. The checker's
    section cache keys on exactly these and the section's text, heading and part (Checker._section)."""

    year: int | None
    rules: RuleData


def finding(
    fid: str,
    severity: str,
    message: str,
    section: Section | None = None,
    span: tuple[int, int] = (0, 0),
    suggestion: str = "",
    part: str = "",
) -> Finding:
    """A Finding whose quote is cut from the section text at `span`; `part` is the template part it is about."""
    quote = section.text[span[0] : span[1]] if section is not None else ""
    return Finding(fid, severity, message, section.key if section else "", span, quote, suggestion, part)


def first_hit(text: str, words: list[str] | tuple[str, ...]) -> tuple[int, int] | None:
    """Span of the earliest occurrence of any of `words` in `text`."""
    best: tuple[int, int] | None = None
    for word in words:
        pos = text.find(word)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, pos + len(word))
    return best
