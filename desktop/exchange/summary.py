"""County summary (汇总表): one row per township report with the five parts ✓/✗, finding counts and key figures.

API:
    collect_paths(inputs) -> list[Path]                 folders are searched for .txt and .docx reports
    summarize(paths, progress=None, rubric=None, loader=load_report) -> list[SummaryRow]
                                                        progress(done, total, path) after each file; with a
                                                        rubric each row has its score, rank and deductions
    export_summary(rows, path) -> Path                   汇总 (ranked, coloured) and 扣分明细, A4 landscape ≥ 9 pt
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.checker import Checker
from desktop.core.model import PART_KEYS, Finding, Report
from desktop.core.rubric import Rubric
from desktop.core.scoring import Deduction, rank, score_report
from desktop.exchange.errors import ReportFileError
from desktop.exchange.importer import load_report
from desktop.exchange.safe_write import write_atomically

REPORT_SUFFIXES = (".txt", ".docx")
PART_LABELS = {
    "measures": "举措和成效",
    "shortcomings": "不足",
    "first_responsible": "第一责任人",
    "next_year": "下年安排",
    "other": "其他情况",
}
# Figures the county compares across townships (docs/domain-regional.md §4); keys of the template's indicators.
KEY_INDICATORS = ("legality_review", "court_appearance_rate", "mediation_cases", "publicity_events")
Progress = Callable[[int, int, Path], None]
Loader = Callable[[Path], Report]


@dataclass
class SummaryRow:
    """One report's line in the summary; `problem` is set when the file could not be read."""

    path: Path
    unit: str = ""
    year: int | None = None
    title: str = ""
    parts: dict[str, bool] = field(default_factory=dict)
    causes: bool = False
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    indicators: dict[str, float | None] = field(default_factory=dict)
    problem: str = ""
    score: float | None = None
    rank: int | None = None
    deductions: list[Deduction] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list, repr=False)
    report: Report | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return self.unit or self.path.stem

    def sort_key(self) -> tuple:
        """Unreadable files last; scored rows by rank, else most errors first, then warnings; then unit."""
        by_rank = self.rank if self.rank is not None else 0
        return (bool(self.problem), by_rank, -self.errors, -self.warnings, self.label)


def collect_paths(inputs: Iterable[str | Path], suffixes: tuple[str, ...] = REPORT_SUFFIXES) -> list[Path]:
    """Report files named directly, plus every file with one of `suffixes` inside named folders (sorted, Word
    lock files skipped)."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith(("~$", ".~"))
            )
        else:
            found.append(path)
    return found


def summary_row(path: Path, report: Report, checker: Checker, rubric: Rubric | None = None) -> SummaryRow:
    findings = checker.check(report)
    ids = {f.id for f in findings}
    row = SummaryRow(path=path, unit=report.unit, year=report.year, title=report.title)
    row.findings, row.report = findings, report
    row.parts = {key: f"part.{key}" not in ids for key in PART_KEYS}
    row.causes = "part.causes" not in ids and row.parts["shortcomings"]
    row.errors = sum(f.severity == "error" for f in findings)
    row.warnings = sum(f.severity == "warning" for f in findings)
    row.infos = len(findings) - row.errors - row.warnings
    row.indicators = {
        key: report.indicators[key].value if key in report.indicators else None for key in KEY_INDICATORS
    }
    if rubric is not None:
        score = score_report(report, findings, rubric)
        row.score, row.deductions = score.total, score.deductions
    return row


def rank_rows(rows: list[SummaryRow]) -> list[SummaryRow]:
    """Set each scored row's rank (equal scores share one) and return the rows in summary order."""
    scored = [r for r in rows if r.score is not None and not r.problem]
    for row, place in zip(scored, rank([r.score for r in scored]), strict=True):
        row.rank = place
    return sorted(rows, key=SummaryRow.sort_key)


def summarize(
    paths: list[Path],
    progress: Progress | None = None,
    checker: Checker | None = None,
    rubric: Rubric | None = None,
    loader: Loader = load_report,
) -> list[SummaryRow]:
    """Read, check (and score) every file; unreadable files become rows with `problem` set (nothing aborts)."""
    checker = checker or Checker()
    rows: list[SummaryRow] = []
    for done, path in enumerate(paths, start=1):
        try:
            rows.append(summary_row(path, loader(path), checker, rubric))
        except ReportFileError as exc:
            rows.append(SummaryRow(path=path, problem=exc.message))
        if progress is not None:
            progress(done, len(paths), path)
    return rank_rows(rows)


def export_summary(rows: list[SummaryRow], path: str | Path) -> Path:
    """Write the summary workbook atomically; ReportFileError when it cannot be written."""
    from desktop.exchange.summary_book import build_summary_workbook

    book = build_summary_workbook(rows)
    return write_atomically(Path(path), lambda tmp: book.save(str(tmp)))
