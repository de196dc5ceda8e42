"""Precision: the hand-written clean domain sentences yield no lang.typo / lang.formulation findings."""

from __future__ import annotations

from pathlib import Path

from desktop.core.checker import Checker
from desktop.core.model import Report, Section
from desktop.core.rules.lang_families import LANGUAGE_FAMILIES

CLEAN = Path(__file__).parents[1] / "data" / "clean_sentences.txt"


def sentences() -> list[str]:
    lines = CLEAN.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def report_of(texts: list[str], level: str = "镇") -> Report:
    sections = [Section(key=str(i), text=t, part="measures") for i, t in enumerate(texts)]
    return Report(
        title="青山镇2024年法治政府建设年度报告", unit="青山镇", level=level, year=2024, sections=sections
    )


def test_corpus_is_large_enough():
    assert len(sentences()) >= 100
    assert len(set(sentences())) == len(sentences())


def test_each_clean_sentence_yields_no_typo_or_formulation():
    found = Checker(LANGUAGE_FAMILIES).check(report_of(sentences()))
    bad = [(f.id, f.quote) for f in found if f.id in ("lang.typo", "lang.formulation")]
    assert bad == []


def test_clean_sentences_as_one_text_yield_no_language_findings():
    """Run together as one body (neighbours across sentences), for a 镇 and for a 街道 unit."""
    for level in ("镇", "街道"):
        found = Checker(LANGUAGE_FAMILIES).check(report_of(["".join(sentences())], level))
        assert [(f.id, f.quote) for f in found if f.id.startswith("lang.")] == []
