"""Fuzzing the text path: ≥200 generated malformed inputs never crash or hang the reader, parser or checker."""

from __future__ import annotations

import codecs
import random
import time

import pytest

from desktop.core.checker import Checker
from desktop.core.parser import parse_text
from desktop.exchange.errors import ReportFileError
from desktop.exchange.import_text import read_text_file

HANG_LIMIT_S = 5.0
PIECES = [
    "一、",
    "（一）",
    "(二)",
    "1.",
    "（1）",
    "二、存在的不足",
    "原因",
    "第一责任人",
    "。",
    "，",
    "\n",
    "\r\n",
    "\t",
    "〔2025〕",
    "签发人：",
    "：",
    "2025年1月21日",
    "13800001111",
    "`",
    " and ",
    "\u3000",
    "\x00",
    "\ufeff",
    "—1—",
]


def generated_inputs(seed: int = 20261125) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    cases: list[tuple[str, bytes]] = []
    for i in range(60):
        cases.append((f"random-bytes-{i}", rng.randbytes(rng.randint(1, 5000))))
    for i in range(60):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 400)))
        encoding = rng.choice(["utf-8", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
        cases.append((f"pieces-{encoding}-{i}", codecs.encode(text, encoding, errors="ignore")))
    for i in range(30):
        mixed = "法治政府建设".encode() + "存在的不足".encode("gbk") + "下一步".encode("utf-16-le")
        cases.append((f"mixed-encodings-{i}", mixed * rng.randint(1, 200)))
    for i in range(20):
        depth = rng.randint(10, 2000)
        nested = "".join(f"{'（' * (k % 7)}{k}{'）' * (k % 5)}、\n" for k in range(depth))
        cases.append((f"deep-nesting-{i}", nested.encode()))
    for i in range(20):
        line = rng.choice(["法", "一、", "，", "（", "a"]) * rng.randint(10_000, 200_000)
        cases.append((f"huge-line-{i}", line.encode()))
    for i in range(10):
        controls = bytes(rng.choice([0, 1, 7, 8, 11, 12, 27, 127]) for _ in range(2000))
        cases.append((f"controls-{i}", controls + "正文。".encode()))
    paste = ("一、主要举措和成效\n" + "全年开展学法活动，审查合同若干件。" * 60_000 + "\n").encode()
    cases.append(("paste-2MB", paste))
    return cases


CASES = generated_inputs()


def test_there_are_at_least_200_cases():
    assert len(CASES) >= 200


@pytest.mark.parametrize("batch", range(4))
def test_reader_parser_checker_survive(tmp_path, batch):
    checker = Checker()
    for name, data in CASES[batch::4]:
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            report = parse_text(read_text_file(path))
        except ReportFileError as exc:
            assert exc.message and any("\u4e00" <= ch <= "\u9fff" for ch in exc.message), name
            continue
        findings = checker.check(report)
        elapsed = time.perf_counter() - start
        assert elapsed < HANG_LIMIT_S, f"{name} took {elapsed:.1f} s"
        for f in findings:
            section = report.section(f.section)
            if section is not None:
                source = section.heading if f.in_heading else section.text
                assert source[f.span[0] : f.span[1]] == f.quote, (name, f.id)
