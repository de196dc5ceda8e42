"""Review-desk figures on a county's batch: 30 township reports made from the seeds (renamed units, every third
one a .docx, every third a report package, one paragraph dropped here and there so the scores differ).

    python -m desktop.bench review       summary with the default rubric, and the 30 reviewed DOCX
    seed_batch(folder, count) -> [Path]  the batch itself (also used for the screenshots of the page)
"""

from __future__ import annotations

import random
import re
import tempfile
import time
from pathlib import Path

import docx

from desktop.bench import Figure, median_seconds
from desktop.bench.corpus import SEED_DIR
from desktop.core.model import UnitProfile
from desktop.core.parser import parse_text
from desktop.core.rubric import load_rubric
from desktop.exchange.summary import export_summary, summarize
from desktop.review.batch import review_all
from desktop.review.collect import load_any
from desktop.store.package import Package, write_package

BATCH = 30
TOWN = re.compile(r"(?:.*[市县区州旗])?(.+?)(镇|乡|街道)$")  # the township name after the county
NAMES = [
    "东城",
    "西河",
    "南山",
    "北岭",
    "清水",
    "白马",
    "金沙",
    "石门",
    "龙泉",
    "青林",
    "柳江",
    "桃源",
    "松溪",
    "梅岭",
    "杏花",
]


def seed_batch(folder: Path, count: int = BATCH, seed: int = 18) -> list[Path]:
    """`count` report files in `folder` made from the five seeds; returns their paths."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("0*_*.txt"))]
    paths = []
    for i in range(count):
        text = texts[i % len(texts)]
        unit = parse_text(text).unit
        found = TOWN.search(unit)
        old_town = found.group(1) + found.group(2) if found else unit
        suffix = found.group(2) if found else "镇"
        town = f"{NAMES[i % len(NAMES)]}{'' if i < len(NAMES) else '二'}{suffix}"
        text = text.replace(old_town, town) if old_town else text
        lines = text.split("\n")
        if i % 2:  # drop one body paragraph
            long_lines = [n for n, line in enumerate(lines) if len(line) > 80]
            if long_lines:
                del lines[rng.choice(long_lines)]
        text = "\n".join(lines)
        if i % 3 == 0:
            path = folder / f"{town}.docx"
            document = docx.Document()
            for line in text.splitlines():
                document.add_paragraph(line)
            document.save(str(path))
        elif i % 3 == 1:
            path = folder / f"{town}.txt"
            path.write_text(text, encoding="utf-8")
        else:
            path = folder / f"{town}.rdpkg"
            report = parse_text(text)
            write_package(Package(report, UnitProfile(name=report.unit or town)), path)
        paths.append(path)
    return paths


def run() -> list[Figure]:
    rubric = load_rubric()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = seed_batch(folder)
        read_only = median_seconds(lambda: [load_any(p) for p in paths], runs=1, warmup=0)
        steps: list[float] = []
        start = time.perf_counter()

        def summary() -> None:
            rows = summarize(
                paths, lambda *_: steps.append(time.perf_counter() - start), rubric=rubric, loader=load_any
            )
            export_summary(rows, folder / "汇总.xlsx")

        whole = median_seconds(summary, runs=1, warmup=0)
        reviewed = median_seconds(lambda: review_all(paths, folder / "审核版"), runs=1, warmup=0)
    gaps = [b - a for a, b in zip([0.0, *steps], steps, strict=False)]
    return [
        Figure(f"county summary + scores, {BATCH} reports", whole, "s", 10.0, "read+parse only", read_only),
        Figure("  first progress step (loads the word dictionary)", gaps[0], "s", 3.0),
        Figure("  longest wait between later progress steps", max(gaps[1:]), "s", 1.0),
        Figure(
            f"reviewed DOCX with comments, {BATCH} reports", reviewed, "s", 20.0, "read+parse only", read_only
        ),
    ]
