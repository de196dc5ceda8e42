"""The one way a test builds a core Report by hand (without parsing text): a township's report with the header
fields and the sections the test names. For a report as the template starts it, use load_template().new_report();
for a real report, the seeds (tests/data, the seed_text fixture)."""

from __future__ import annotations

from desktop.core.model import Report, Section

UNIT = "青山镇"
YEAR = 2024


def make_section(text: str = "", *, part: str = "measures", heading: str = "", key: str = "") -> Section:
    """A section of the report; make_report() gives it a key when it has none."""
    return Section(key=key, heading=heading, text=text, part=part)


def make_report(
    *sections: Section | str,
    unit: str = UNIT,
    level: str = "镇",
    year: int | None = YEAR,
    title: str | None = None,
    **header: str,
) -> Report:
    """A Report of `unit` for `year`, titled "<unit><year>年法治政府建设年度报告" unless a title is given, with the
    header fields given by name (date=, doc_number=, addressee=, ...) and the sections in order. A plain string is
    a measures section with that text; sections without a key are keyed "1", "2", ... in order."""
    built = [s if isinstance(s, Section) else make_section(s) for s in sections]
    keyless = (s for s in built if not s.key)
    for number, section in enumerate(keyless, 1):
        section.key = str(number)
    if title is None:
        title = f"{unit}{year}年法治政府建设年度报告" if year is not None else f"{unit}法治政府建设年度报告"
    return Report(title=title, unit=unit, level=level, year=year, sections=built, **header)
