"""Plain dataclasses for a report, its sections, the unit's profile and checker findings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

# The five required parts of docs/domain.md §1, in report order, plus the two framing pseudo-parts.
PART_KEYS: tuple[str, ...] = ("measures", "shortcomings", "first_responsible", "next_year", "other")
INTRO = "intro"
CLOSING = "closing"
# Pseudo-sections a finding may point at besides a section key: the title line and the 版头 fields.
TITLE = "title"
HEADER = "header"
HEADING_PREFIX = "heading:"  # serialized form only: Finding.in_heading is the typed field
LEVELS: tuple[str, ...] = ("镇", "乡", "街道")


class Severity(StrEnum):
    """How much a finding matters; the values are what JSON, TOML and the store hold."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass
class Section:
    """One top-level part of a report: its heading line and its body text (sub-headings included).

    `part` is one of PART_KEYS, INTRO (text before the first heading), CLOSING (trailing notes)
    or None for a section that maps to no required part. Finding spans index into `text`.
    `part_chosen` is True when the clerk said which part this is (这是哪一部分): parsers and checkers keep
    such a part as it is instead of deciding it again from the heading or the text.
    """

    key: str
    heading: str = ""
    text: str = ""
    part: str | None = None
    part_chosen: bool = False

    @property
    def chars(self) -> int:
        """Characters of body text, not counting line breaks and spaces."""
        return sum(1 for ch in self.text if not ch.isspace())


@dataclass
class Indicator:
    """A measured figure of the year (合法性审查件数, 出庭应诉率 …), defined in the template."""

    key: str
    value: float | None = None
    last_year: float | None = None
    note: str = ""


@dataclass
class Report:
    """A township's annual report: header fields, ordered sections and indicator values."""

    title: str = ""
    unit: str = ""
    level: str = ""
    year: int | None = None
    copy_number: str = ""  # 份号, six digits (GB/T 9704 §7.2.1)
    secrecy: str = ""  # 密级和保密期限, e.g. 秘密★1年 (§7.2.2)
    urgency: str = ""  # 紧急程度: 特急 or 加急 (§7.2.3)
    doc_number: str = ""
    signer: str = ""
    addressee: str = ""
    issuer_mark: str = ""
    signature: str = ""
    date: str = ""  # 成文日期, ISO yyyy-mm-dd
    cc: str = ""  # 抄送
    printer: str = ""  # 印发机关
    print_date: str = ""  # 印发日期, ISO
    sections: list[Section] = field(default_factory=list)
    indicators: dict[str, Indicator] = field(default_factory=dict)

    def section(self, key: str) -> Section | None:
        """The section with this key, or None."""
        return next((s for s in self.sections if s.key == key), None)

    def sections_of(self, part: str) -> list[Section]:
        """All sections mapped to `part`, in order."""
        return [s for s in self.sections if s.part == part]

    def body_sections(self) -> list[Section]:
        """Sections between the opening paragraphs and the closing notes."""
        return [s for s in self.sections if s.part not in (INTRO, CLOSING)]

    def full_text(self) -> str:
        """All section text, headings included, separated by line breaks."""
        chunks = [self.title]
        for s in self.sections:
            if s.heading:
                chunks.append(s.heading)
            if s.text:
                chunks.append(s.text)
        return "\n".join(c for c in chunks if c)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (used by packages and tests)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Inverse of to_dict; unknown keys are ignored."""
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known and k not in ("sections", "indicators")}
        report = cls(**values)
        report.sections = [Section(**s) for s in data.get("sections", [])]
        report.indicators = {k: Indicator(**v) for k, v in data.get("indicators", {}).items()}
        return report


@dataclass
class UnitProfile:
    """The township's own details, entered once and reused for every report."""

    name: str = ""
    level: str = "镇"
    county: str = ""
    doc_prefix: str = ""  # e.g. 石府 → 石府〔2025〕16号
    signer: str = ""
    addressee: str = ""
    cc: str = ""
    printer: str = ""
    contact: str = ""
    deadline: str = ""  # county's own submission date for the report, ISO; empty = only the 3月31日 rule


@dataclass(frozen=True)
class Finding:
    """One checklist item: a stable id, severity, Chinese message and where it points."""

    id: str
    severity: Severity
    message: str
    section: str = ""
    span: tuple[int, int] = (0, 0)
    quote: str = ""
    suggestion: str = ""
    part: str = ""  # the template part the finding is about (part.*, first_responsible.*), set by its rule
    in_heading: bool = False  # the span indexes the section's heading line, not its text

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity(self.severity))
        if self.section.startswith(HEADING_PREFIX):  # the stored / JSON form of a heading finding
            object.__setattr__(self, "section", self.section[len(HEADING_PREFIX) :])
            object.__setattr__(self, "in_heading", True)

    @property
    def location(self) -> str:
        """Where it points as the JSON and the store write it: a section key, title, header or heading:<key>."""
        return HEADING_PREFIX + self.section if self.in_heading else self.section

    def to_dict(self) -> dict[str, Any]:
        """The finding as the CLI's JSON gives it (its part is shown by where it is listed, not as a key)."""
        data = asdict(self)
        data["severity"] = str(self.severity)
        data["section"] = self.location
        data["span"] = list(self.span)
        del data["part"], data["in_heading"]
        return data
