"""Store figures on a generated store of 1,000 reports (each a reshuffled seed or demo report).

Targets from issue 5: open + list ≤ 0.3 s, save one section ≤ 10 ms, search ≤ 100 ms; each beside a
same-run baseline done with bare sqlite3 on the same file.
"""

from __future__ import annotations

import copy
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from desktop.bench import Figure, median_seconds
from desktop.bench.corpus import source_reports
from desktop.core.model import Report
from desktop.store import Store
from desktop.store.db import DB_NAME

REPORTS = 1000


def generated_reports(count: int = REPORTS, seed: int = 5) -> list[Report]:
    """`count` reports: a source report per unit and year, paragraphs shuffled within each section."""
    rng = random.Random(seed)
    sources = source_reports()
    out = []
    for n in range(count):
        report = copy.deepcopy(sources[n % len(sources)])
        report.unit = f"第{n // 7 + 1}镇"
        report.year = 2019 + n % 7
        report.title = f"{report.unit}人民政府关于{report.year}年度法治政府建设情况的报告"
        for section in report.sections:
            paragraphs = section.text.split("\n")
            rng.shuffle(paragraphs)
            section.text = "\n".join(paragraphs)
        out.append(report)
    return out


def build_store(directory: Path, count: int = REPORTS) -> float:
    """Fill a store with `count` reports (100 per transaction); returns seconds taken."""
    start = time.perf_counter()
    with Store.open(directory, backup_on_open=False) as store:
        reports = generated_reports(count)
        for first in range(0, count, 100):
            with store.transaction():
                for report in reports[first : first + 100]:
                    store.reports.add(report)
        store.backups.take()  # today's backup exists, as on any open after the first of the day
    return time.perf_counter() - start


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        directory = Path(tmp)
        build = build_store(directory)
        path = directory / DB_NAME
        size_mb = path.stat().st_size / 1e6

        def open_and_list() -> None:
            with Store.open(directory) as store:
                assert len(store.reports.summaries()) == REPORTS

        def bare_open_and_select() -> None:
            conn = sqlite3.connect(path)
            conn.execute("SELECT id, unit, year, title, status FROM reports").fetchall()
            conn.close()

        open_list = median_seconds(open_and_list, runs=5)
        bare_open = median_seconds(bare_open_and_select, runs=5)

        with Store.open(directory) as store:
            rid = store.reports.summaries()[0].id
            section = max(store.reports.load(rid).body_sections(), key=lambda s: len(s.text))
            edits = iter(range(10**6))

            def save() -> None:  # typing: one more character each autosave
                store.reports.save_section(rid, section.key, section.text + "。" * next(edits))

            save_s = median_seconds(save, runs=51, warmup=3)
            raw = store.db.conn

            def bare_update() -> None:  # the same row and text, by hand: no revision, no index
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(
                    "UPDATE sections SET text = ? WHERE report_id = ? AND key = ?",
                    [section.text + "。" * next(edits), rid, section.key],
                )
                raw.execute("COMMIT")

            bare_save = median_seconds(bare_update, runs=51, warmup=3)
            long_text = (section.text + "\n") * (10_000 // len(section.text) + 1)

            def save_long() -> None:
                store.reports.save_section(rid, section.key, long_text + "。" * next(edits))

            save_long_s = median_seconds(save_long, runs=21, warmup=3)
            searches = {
                q: median_seconds(lambda q=q: store.search.find(q), runs=7)
                for q in ("述法", "合法性审查", "法治")
            }

            def save_then_search() -> None:  # the index catches up with the autosave first
                save_long()
                store.search.find("述法")

            catch_up = median_seconds(save_then_search, runs=7)
            like = median_seconds(
                lambda: raw.execute("SELECT id FROM sections WHERE text LIKE '%述法%'").fetchall(), runs=3
            )
            hits = len(store.search.find("述法", limit=10_000))
        start = time.perf_counter()
        with Store.open(directory, backup_on_open=False) as store:
            store.backups.take()
        backup_s = time.perf_counter() - start

    print(
        f"store: built {REPORTS} reports in {build:.1f} s, {size_mb:.1f} MB; "
        f"section saved: {len(section.text)} chars; '述法' in {hits} sections; backup {backup_s:.2f} s"
    )
    return [
        Figure(
            f"store: open + list {REPORTS} reports",
            open_list,
            "s",
            0.3,
            "bare sqlite3 connect+select",
            bare_open,
        ),
        Figure(
            "store: save one section (autosave)",
            save_s * 1000,
            "ms",
            10,
            "bare UPDATE+COMMIT",
            bare_save * 1000,
        ),
        Figure(
            f"store: save a {len(long_text):,}-char section",
            save_long_s * 1000,
            "ms",
            10,
            "bare UPDATE+COMMIT",
            bare_save * 1000,
        ),
        *(
            Figure(f"store: search “{q}” in {REPORTS} reports", t * 1000, "ms", 100, "LIKE scan", like * 1000)
            for q, t in searches.items()
        ),
        Figure(
            "store: search right after saving 12k chars", catch_up * 1000, "ms", 100, "LIKE scan", like * 1000
        ),
        Figure("store: open + backup (first open of a day)", backup_s, "s", 2.0, "open + list", open_list),
    ]
