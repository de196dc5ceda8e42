"""Runs the rule families over a report and returns one sorted list of Findings.

Report-level rules run every time (they are cheap); section-level rules are cached per section, keyed on all
they can read (its text, heading and part, the report year, the rule data), so a keystroke in one section
re-checks only that section. A checker reads its rule data from `rules` (default: resources/rules; see
desktop.core.rule_data for a region's folder merged over it).
"""

from __future__ import annotations

from types import ModuleType

from desktop.core.model import HEADER, TITLE, Finding, Report, Section, UnitProfile
from desktop.core.rule_data import RuleData, bundled_rules
from desktop.core.rules import (
    Context,
    SectionContext,
    carryover,
    coverage,
    figures,
    first_responsible,
    meta,
    privacy,
    quantity,
    structure,
)
from desktop.core.rules.lang_families import LANGUAGE_FAMILIES
from desktop.core.template import Template, load_template

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
DEFAULT_FAMILIES: list[ModuleType] = [
    structure,
    first_responsible,
    meta,
    coverage,
    privacy,
    quantity,
    carryover,
    figures,
]
DEFAULT_FAMILIES += LANGUAGE_FAMILIES


class Checker:
    """A checker with a per-section cache; one per editor window, or the module default."""

    def __init__(
        self,
        families: list[ModuleType] | None = None,
        template: Template | None = None,
        rules: RuleData | None = None,
    ) -> None:
        self.families = list(families or DEFAULT_FAMILIES)
        self.template = template or load_template()
        self.rules = rules or bundled_rules()
        self._cache: dict[tuple[str, str], tuple[tuple, list[Finding]]] = {}

    def check(
        self, report: Report, profile: UnitProfile | None = None, previous: Report | None = None
    ) -> list[Finding]:
        """All findings; `previous` is last year's report this one was started from (carry-over check)."""
        ctx = Context(report, profile or UnitProfile(), self.template, report.year, self.rules, previous)
        section_ctx = SectionContext(report.year, self.rules)
        found: list[Finding] = []
        for family in self.families:
            if hasattr(family, "check_report"):
                found += family.check_report(ctx)
            if hasattr(family, "check_section"):
                for section in report.sections:
                    found += self._section(family, section_ctx, section)
        order = {s.key: i for i, s in enumerate(report.sections)}
        order.update({TITLE: -2, HEADER: -1})
        return sorted(
            found,
            key=lambda f: (SEVERITY_RANK.get(f.severity, 3), order.get(f.location, len(order)), f.span, f.id),
        )

    def _section(self, family: ModuleType, ctx: SectionContext, section: Section) -> list[Finding]:
        """The family's findings on `section`, reused while everything a section rule can read is the same
        (its findings also carry `section.key`, the other half of the cache key)."""
        signature = (section.text, section.heading, section.part, ctx)
        key = (family.__name__, section.key)
        hit = self._cache.get(key)
        if hit is not None and hit[0] == signature:
            return hit[1]
        result = family.check_section(ctx, section)
        self._cache[key] = (signature, result)
        return result


_default: Checker | None = None


def check(
    report: Report, profile: UnitProfile | None = None, previous: Report | None = None
) -> list[Finding]:
    """Check with the process-wide default checker (all registered families)."""
    global _default
    if _default is None:
        _default = Checker()
    return _default.check(report, profile, previous)
