"""Rule families of the checklist. Each module exposes check_report(ctx) and/or
check_section(ctx, section), pure functions returning Findings (see desktop.core.checker)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import Finding, Report, Section, UnitProfile
from desktop.core.template import Template


@dataclass(frozen=True)
class Context:
    """What every rule may look at: the report, the unit's profile, the template and the report year."""

    report: Report
    profile: UnitProfile
    template: Template
    year: int | None
    previous: Report | None = None  # the report this one was started from (last year's), when known


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
