"""Export figures: 公文 DOCX of a 20,000-character report, the report workbook, and a 200-report county summary.

Baselines measured in the same run: a bare python-docx document with the same paragraphs, a bare openpyxl
workbook with the same cells, and reading + parsing the same 200 files without checking or writing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
from openpyxl import Workbook

from desktop.bench import Figure, median_seconds
from desktop.bench.corpus import long_report
from desktop.core.checker import Checker
from desktop.exchange.export_docx import body_lines, export_docx
from desktop.exchange.export_xlsx import export_report_workbook
from desktop.exchange.importer import load_report
from desktop.exchange.summary import export_summary, summarize

SUMMARY_FILES = 200


def _bare_docx(lines: list[str], path: Path) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def _bare_xlsx(rows: list[list], path: Path) -> None:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(str(path))


def _summary_corpus(folder: Path) -> list[Path]:
    """200 report files: generated reports of 3,000–12,000 characters, every fifth one as .docx."""
    paths = []
    for i in range(SUMMARY_FILES):
        report = long_report(3_000 + (i % 10) * 1_000, seed=i)
        if i % 5 == 0:
            path = folder / f"r{i:03}.docx"
            export_docx(report, path)
        else:
            path = folder / f"r{i:03}.txt"
            path.write_text(report.full_text(), encoding="utf-8")
        paths.append(path)
    return paths


def run() -> list[Figure]:
    report = long_report(20_000)
    findings = Checker().check(report)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = body_lines(report)
        ours = median_seconds(lambda: export_docx(report, folder / "ours.docx"))
        bare = median_seconds(lambda: _bare_docx(lines, folder / "bare.docx"))
        cells = [[i, f.severity, f.id, f.message, f.quote, f.suggestion] for i, f in enumerate(findings)]
        cells += [[s.key, s.part, s.heading, s.chars] for s in report.sections]
        book = median_seconds(lambda: export_report_workbook(report, findings, folder / "ours.xlsx"))
        bare_book = median_seconds(lambda: _bare_xlsx(cells, folder / "bare.xlsx"))
        corpus = folder / "corpus"
        corpus.mkdir()
        paths = _summary_corpus(corpus)
        read_only = median_seconds(lambda: [load_report(p) for p in paths], runs=1, warmup=0)
        whole = median_seconds(
            lambda: export_summary(summarize(paths), folder / "汇总.xlsx"), runs=1, warmup=1
        )
    chars = sum(s.chars for s in report.sections)
    return [
        Figure(
            f"DOCX export, {chars:,}-char report", ours, "s", 0.5, "bare python-docx, same paragraphs", bare
        ),
        Figure(
            f"report workbook, {len(findings)} findings",
            book,
            "s",
            0.3,
            "bare openpyxl, same cells",
            bare_book,
        ),
        Figure(f"county summary, {SUMMARY_FILES} reports", whole, "s", 5.0, "read+parse only", read_only),
    ]
