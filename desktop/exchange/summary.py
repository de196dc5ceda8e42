"""County summary (汇总表): one row per township report with the five parts ✓/✗, finding counts and key figures.

API:
    collect_paths(inputs) -> list[Path]                 folders are searched for .txt and .docx reports
    summarize(paths, progress=None) -> list[SummaryRow]  progress(done, total, path) after each file
    export_summary(rows, path) -> Path                   sorted, coloured, A4 landscape workbook
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from desktop.core.checker import Checker
from desktop.core.model import PART_KEYS, Report
from desktop.core.template import load_template
from desktop.exchange import xlsx_style as xs
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
# Figures the county compares across townships (domain-regional.md §4); keys of the template's indicators.
KEY_INDICATORS = ("legality_review", "court_appearance_rate", "mediation_cases", "publicity_events")
Progress = Callable[[int, int, Path], None]


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

    def sort_key(self) -> tuple:
        """Unreadable files last; otherwise most errors first, then warnings, then unit name."""
        return (bool(self.problem), -self.errors, -self.warnings, self.unit or self.path.name)


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


def summary_row(path: Path, report: Report, checker: Checker) -> SummaryRow:
    findings = checker.check(report)
    ids = {f.id for f in findings}
    row = SummaryRow(path=path, unit=report.unit, year=report.year, title=report.title)
    row.parts = {key: f"part.{key}" not in ids for key in PART_KEYS}
    row.causes = "part.causes" not in ids and row.parts["shortcomings"]
    row.errors = sum(f.severity == "error" for f in findings)
    row.warnings = sum(f.severity == "warning" for f in findings)
    row.infos = len(findings) - row.errors - row.warnings
    row.indicators = {
        key: report.indicators[key].value if key in report.indicators else None for key in KEY_INDICATORS
    }
    return row


def summarize(
    paths: list[Path], progress: Progress | None = None, checker: Checker | None = None
) -> list[SummaryRow]:
    """Read and check every file; unreadable files become rows with `problem` set (nothing aborts)."""
    checker = checker or Checker()
    rows: list[SummaryRow] = []
    for done, path in enumerate(paths, start=1):
        try:
            rows.append(summary_row(path, load_report(path), checker))
        except ReportFileError as exc:
            rows.append(SummaryRow(path=path, problem=exc.message))
        if progress is not None:
            progress(done, len(paths), path)
    return sorted(rows, key=SummaryRow.sort_key)


def build_summary_workbook(rows: list[SummaryRow]) -> Workbook:
    template = load_template()
    labels = {spec.key: f"{spec.label}（{spec.unit}）" for spec in template.indicators}
    titles = ["序号", "单位", "年度", *PART_LABELS.values(), "原因分析", "错误", "提示", "建议"]
    titles += [labels.get(key, key) for key in KEY_INDICATORS] + ["标题", "文件", "说明"]
    widths = [6, 22, 7, *[9] * len(PART_LABELS), 9, 6, 6, 6, *[12] * len(KEY_INDICATORS), 40, 30, 30]
    book = Workbook()
    sheet = book.active
    sheet.title = "汇总"
    xs.header(sheet, titles, widths)
    first_part_col = 4
    for number, row in enumerate(sorted(rows, key=SummaryRow.sort_key), start=1):
        if row.problem:
            marks = [""] * (len(PART_LABELS) + 1)
            counts = [None, None, None]
        else:
            marks = ["✓" if row.parts.get(k) else "✗" for k in PART_KEYS] + ["✓" if row.causes else "✗"]
            counts = [row.errors, row.warnings, row.infos]
        figures = [row.indicators.get(k) for k in KEY_INDICATORS]
        sheet.append([number, row.unit or "（未识别）", row.year, *marks, *counts, *figures, row.title,
                      row.path.name, row.problem])  # fmt: skip
        excel_row = sheet.max_row
        for offset, mark in enumerate(marks):
            cell = sheet.cell(row=excel_row, column=first_part_col + offset)
            cell.alignment = xs.CENTER
            if mark:
                cell.fill = xs.OK_FILL if mark == "✓" else xs.BAD_FILL
        error_cell = sheet.cell(row=excel_row, column=first_part_col + len(marks))
        if row.errors:
            error_cell.fill = xs.SEVERITY_FILLS["error"]
        if row.problem:
            sheet.cell(row=excel_row, column=len(titles)).fill = xs.SEVERITY_FILLS["warning"]
    xs.finish(sheet, landscape=True)
    book.properties.title = "法治政府建设年度报告汇总"
    book.properties.creator = "法治报告助手"
    return book


def export_summary(rows: list[SummaryRow], path: str | Path) -> Path:
    """Write the summary workbook atomically; ReportFileError when it cannot be written."""
    book = build_summary_workbook(rows)
    return write_atomically(Path(path), lambda tmp: book.save(str(tmp)))
