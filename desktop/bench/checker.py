"""Checker figures: full check of a 30,000-character report, cold (first run) and warm (cache primed)."""

from __future__ import annotations

import time

from desktop.bench import Figure, median_seconds
from desktop.bench.corpus import long_report
from desktop.core.checker import Checker
from desktop.core.parser import parse_text


def run() -> list[Figure]:
    report = long_report(30_000)
    text = report.full_text()
    parse = median_seconds(lambda: parse_text(text))
    checker = Checker()
    start = time.perf_counter()
    checker.check(report)
    cold = time.perf_counter() - start
    warm = median_seconds(lambda: checker.check(report))
    fresh = median_seconds(lambda: Checker().check(report))
    keystroke_section = report.sections[1]

    def one_keystroke() -> None:
        keystroke_section.text += "。"
        checker.check(report)

    keystroke = median_seconds(one_keystroke)
    return [
        Figure("parse 30k-char text → report", parse * 1000, "ms", 50, "full check warm", warm * 1000),
        Figure("check 30k chars, cold (first run)", cold * 1000, "ms", 500, "parse", parse * 1000),
        Figure("check 30k chars, warm", warm * 1000, "ms", 50, "parse", parse * 1000),
        Figure("check 30k chars, new checker (no cache)", fresh * 1000, "ms", 50, "parse", parse * 1000),
        Figure("re-check after one keystroke", keystroke * 1000, "ms", 100, "check warm", warm * 1000),
    ]
