"""Generated benchmark data: long reports recombined from the seed and demo sections (fixed random seed)."""

from __future__ import annotations

import random
from pathlib import Path

from desktop.core.model import Report, Section
from desktop.core.parser import parse_text
from desktop.core.resources import resources_dir

SEED_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"


def source_reports() -> list[Report]:
    """The five seeds (when the tests folder is there) and the bundled demo report."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("0*_*.txt"))]
    texts.append((resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8"))
    return [parse_text(t) for t in texts]


def long_report(chars: int = 30_000, seed: int = 7) -> Report:
    """A report of about `chars` characters: each part filled with paragraphs drawn from real sections."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    for report in source_reports():
        for section in report.body_sections():
            pools.setdefault(section.part or "measures", []).extend(p for p in section.text.split("\n") if p)
    base = source_reports()[-1]
    report = Report(
        title=base.title,
        unit=base.unit,
        level=base.level,
        year=base.year,
        addressee=base.addressee,
        signature=base.signature,
        date=base.date,
        doc_number=base.doc_number,
        signer=base.signer,
    )
    report.sections = [Section(key="intro", part="intro", text=base.sections[0].text)]
    share = {
        "measures": 0.6,
        "shortcomings": 0.12,
        "first_responsible": 0.1,
        "next_year": 0.15,
        "other": 0.03,
    }
    for number, (part, fraction) in enumerate(share.items(), start=1):
        pool = pools.get(part) or pools["measures"]
        paragraphs: list[str] = []
        while sum(len(p) for p in paragraphs) < chars * fraction:
            paragraphs.append(rng.choice(pool))
        report.sections.append(
            Section(
                key=str(number),
                heading=base.body_sections()[number - 1].heading,
                text="\n".join(paragraphs),
                part=part,
            )
        )
    return report
