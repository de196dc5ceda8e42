"""The 汇总审核 page's background jobs, Qt-free: each takes progress(percent, note) as the last argument.

summarize_job(paths, rubric, progress) -> [SummaryRow]
export_job(rows, folder, author, progress) -> (workbook path, [BatchItem])
second_round_job(reviewed, revised) -> SecondRound
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.rubric import Rubric
from desktop.exchange.errors import ReportFileError
from desktop.exchange.summary import SummaryRow, export_summary, summarize
from desktop.review.batch import BatchItem, review_all
from desktop.review.collect import load_any
from desktop.review.second_round import SecondRound, compare_rounds

Percent = Callable[[int, str], None]
WORKBOOK_NAME = "汇总审核.xlsx"
REVIEWED_FOLDER = "审核版"


def _steps(progress: Percent | None, start: int = 0, span: int = 100):
    def step(done: int, total: int, path: Path) -> None:
        if progress is not None:
            progress(start + int(span * done / max(total, 1)), path.name)

    return step


def summarize_job(paths: list[Path], rubric: Rubric, progress: Percent | None = None) -> list[SummaryRow]:
    return summarize(paths, _steps(progress), rubric=rubric, loader=load_any)


def export_job(
    rows: list[SummaryRow],
    folder: Path,
    author: str,
    include_info: bool = False,
    progress: Percent | None = None,
) -> tuple[Path, list[BatchItem]]:
    """The summary workbook, then one reviewed DOCX per readable report in folder/审核版."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportFileError(f"无法建立文件夹：{folder}（{exc.strerror}）", "cannot create folder") from exc
    workbook = export_summary(rows, Path(folder) / WORKBOOK_NAME)
    if progress is not None:
        progress(5, WORKBOOK_NAME)
    readable = [row.path for row in rows if not row.problem]
    items = review_all(
        readable, Path(folder) / REVIEWED_FOLDER, author, include_info, _steps(progress, 5, 95)
    )
    return workbook, items


def second_round_job(reviewed: Path, revised: Path) -> SecondRound:
    return compare_rounds(reviewed, revised)
