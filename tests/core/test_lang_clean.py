"""Precision: the hand-written clean domain sentences yield no lang.typo / lang.formulation findings."""

from __future__ import annotations

from pathlib import Path

from desktop.core.checker import Checker
from desktop.core.rules.lang_families import LANGUAGE_FAMILIES
from tests.builders import make_report

CLEAN = Path(__file__).parents[1] / "data" / "clean_sentences.txt"


def sentences() -> list[str]:
    lines = CLEAN.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_corpus_is_large_enough():
    assert len(sentences()) >= 100
    assert len(set(sentences())) == len(sentences())


def test_each_clean_sentence_yields_no_typo_or_formulation():
    found = Checker(LANGUAGE_FAMILIES).check(make_report(*sentences()))
    bad = [(f.id, f.quote) for f in found if f.id in ("lang.typo", "lang.formulation")]
    assert bad == []


def test_clean_sentences_as_one_text_yield_no_language_findings():
    """Run together as one body (neighbours across sentences), for a 镇 and for a 街道 unit."""
    for level in ("镇", "街道"):
        found = Checker(LANGUAGE_FAMILIES).check(make_report("".join(sentences()), level=level))
        assert [(f.id, f.quote) for f in found if f.id.startswith("lang.")] == []
