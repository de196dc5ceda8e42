"""Read indicator figures from a report's text (调解矛盾纠纷126件 → mediation_cases = 126).

Used when a report comes from a file, so the indicators form and the county summary start filled in.
A figure is taken only when the text gives exactly one value for it; each is marked for the clerk to check.
"""

from __future__ import annotations

import re

from desktop.core.model import Indicator, Report
from desktop.core.template import Template

NOTE = "从正文识别，请核对"


def figures_in_text(text: str, template: Template) -> dict[str, float]:
    """Indicator key → value for each indicator whose patterns find exactly one distinct value in `text`."""
    found: dict[str, float] = {}
    for spec in template.indicators:
        values = {float(m.group(1)) for pattern in spec.patterns for m in re.finditer(pattern, text)}
        if len(values) == 1:
            found[spec.key] = values.pop()
    return found


def fill_indicators(report: Report, template: Template) -> list[str]:
    """Set indicators that have no value yet from the report's body text; returns the keys filled."""
    text = "\n".join(s.text for s in report.body_sections())
    filled = []
    for key, value in figures_in_text(text, template).items():
        current = report.indicators.get(key)
        if current is None or current.value is None:
            last_year = current.last_year if current else None
            report.indicators[key] = Indicator(key=key, value=value, last_year=last_year, note=NOTE)
            filled.append(key)
    return filled
