"""Where each required part is written: a top-level section, or a sub-part at any heading level (docs/parsing.md).

A report may put 党政主要负责人履行第一责任人职责 as （一） under 一、, or 存在的不足 as （五） under 一、. Such a
sub-part counts as the part (it is not missing), and is reported as nested. Sub-headings are matched with the
strict phrases of structure.toml [nested] (a measures sub-heading 补齐短板 is not the 不足 part), and the title of a
regulation cited in 《》 is never taken as what a section is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.headings import heading_end, heading_level, lines_with_offsets, strip_number
from desktop.core.model import PART_KEYS, Report, Section
from desktop.core.rule_data import RuleData, bundled_rules

CITATION = re.compile(r"《[^《》\n]{1,80}》")
HEADING_WORDS = (
    40  # what a heading is about is said in its first words; later ones are the text run on after it
)


def mask_citations(text: str) -> str:
    """`text` with every 《…》 title blanked out (same length, so spans still index the original)."""
    return CITATION.sub(lambda m: "《" + "\u3000" * (len(m.group()) - 2) + "》", text)


@dataclass(frozen=True)
class PartBlock:
    """The stretch of a section that is one required part: the whole section, or a sub-part inside it."""

    part: str
    section: Section
    heading: str
    start: int = 0
    end: int = -1
    nested: bool = False

    @property
    def text(self) -> str:
        end = len(self.section.text) if self.end < 0 else self.end
        return self.section.text[self.start : end]

    @property
    def chars(self) -> int:
        return sum(1 for ch in self.text if not ch.isspace())


def heading_topic(heading: str) -> str:
    """The words of a heading that say what it is about: no number, no cited 《…》, no text run on after it."""
    return mask_citations(strip_number(heading[: heading_end(heading)]))[:HEADING_WORDS]


def nested_part(heading: str, phrases: dict[str, list[str]]) -> str | None:
    """The part a sub-heading names by the strict `phrases` of each part (structure.toml [nested]), or None."""
    text = heading_topic(heading)
    for part in ("first_responsible", "other", "shortcomings", "next_year", "measures"):
        if any(phrase in text for phrase in phrases.get(part, ())):
            return part
    return None


def _sub_parts(section: Section, phrases: dict[str, list[str]]) -> list[PartBlock]:
    """Sub-parts of `section` that name a different part than the section itself."""
    heads = [(offset, line, heading_level(line)) for offset, line in lines_with_offsets(section.text)]
    heads = [(offset, line, level) for offset, line, level in heads if level is not None]
    out = []
    for i, (offset, line, level) in enumerate(heads):
        part = nested_part(line, phrases)
        if part is None or part == section.part:
            continue
        end = next((o for o, _, lv in heads[i + 1 :] if lv <= level), len(section.text))
        out.append(PartBlock(part, section, line[: heading_end(line)], offset, end, nested=True))
    return out


def part_blocks(report: Report, rules: RuleData | None = None) -> list[PartBlock]:
    """Every place a required part is written, top-level sections first, in report order (sub-parts found
    with the [nested] phrases of `rules`, default the bundled rule data)."""
    phrases = (rules or bundled_rules())["structure"]["nested"]
    blocks = [PartBlock(s.part, s, s.heading) for s in report.body_sections() if s.part in PART_KEYS]
    for section in report.body_sections():
        blocks += _sub_parts(section, phrases)
    return blocks


def blocks_of(report: Report, part: str, rules: RuleData | None = None) -> list[PartBlock]:
    """The blocks of one part with some text (or a heading that is the part and nothing else)."""
    return [b for b in part_blocks(report, rules) if b.part == part and b.chars > 0]
