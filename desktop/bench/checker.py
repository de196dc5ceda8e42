"""Checker figures: full check of a 30,000-character report, cold (first run) and warm (cache primed),
and jieba's start-up (in fresh processes: first ever, with the model cache built, and with it present)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from desktop.bench import Figure, median_seconds
from desktop.bench.corpus import long_report
from desktop.core.checker import Checker
from desktop.core.parser import parse_text
from desktop.core.text import warm_up

_JIEBA_PROBE = """
import json, os, sys, time
t0 = time.perf_counter()
import desktop.core.checker
t1 = time.perf_counter()
bare = 0.0
if sys.argv[1] == "bare":
    import jieba
    jieba.setLogLevel(40)
    plain = jieba.Tokenizer()
    plain.tmp_dir = os.environ["XDG_CACHE_HOME"]
    s = time.perf_counter()
    plain.initialize()
    bare = time.perf_counter() - s
from desktop.core import text
t2 = time.perf_counter()
text.warm_up()
t3 = time.perf_counter()
print(json.dumps({"import_checker": t1 - t0, "bare": bare, "ours": t3 - t2}))
"""


def jieba_start(cache_home: str, bare: bool) -> dict[str, float]:
    """Seconds to import the checker and to build our jieba tokenizer (after a bare jieba, when asked)."""
    env = dict(os.environ, XDG_CACHE_HOME=cache_home, LOCALAPPDATA=cache_home)
    argv = [sys.executable, "-c", _JIEBA_PROBE, "bare" if bare else "-"]
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def jieba_figures() -> list[Figure]:
    """jieba's start in fresh processes: ours with an empty cache folder, then ours vs. bare jieba."""
    with tempfile.TemporaryDirectory() as cache_home:
        first = jieba_start(cache_home, bare=False)  # builds the model cache in the empty folder
        again = jieba_start(cache_home, bare=True)  # bare jieba.initialize() from that cache, then ours
    return [
        Figure(
            "jieba start, no model cache (first ever)",
            first["ours"] * 1000,
            "ms",
            3000,
            "import checker",
            first["import_checker"] * 1000,
        ),
        Figure(
            "jieba start, model cache present",
            again["ours"] * 1000,
            "ms",
            1.3,
            "bare jieba.initialize()",
            again["bare"] * 1000,
            ratio_target=True,
        ),
    ]


def run() -> list[Figure]:
    report = long_report(30_000)
    text = report.full_text()
    parse = median_seconds(lambda: parse_text(text))
    figures = jieba_figures()
    warm_up()  # as the GUI does on a worker thread at start-up; jieba's own start is measured above
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
    return figures + [
        Figure("parse 30k-char text → report", parse * 1000, "ms", 50, "full check warm", warm * 1000),
        Figure(
            "check 30k chars, cold (first run, jieba ready)", cold * 1000, "ms", 500, "parse", parse * 1000
        ),
        Figure("check 30k chars, warm", warm * 1000, "ms", 50, "parse", parse * 1000),
        Figure("check 30k chars, new checker (no cache)", fresh * 1000, "ms", 50, "parse", parse * 1000),
        Figure("re-check after one keystroke", keystroke * 1000, "ms", 100, "check warm", warm * 1000),
    ]
