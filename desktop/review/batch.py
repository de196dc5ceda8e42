"""Reviewed DOCX for any collected report, one file or a whole batch.

    reviewed_name(path) -> str                          “石塘镇报告（审核意见）.docx”
    review_file(source, target, author, include_info) -> ReviewResult
    review_all(paths, folder, ..., progress) -> [BatchItem]

A .docx is reviewed as it is (the township's own file, comments added). A .txt or a report package has no
Word file of its own, so it is first laid out as a 公文 DOCX, then commented the same way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.checker import Checker
from desktop.exchange.errors import ReportFileError
from desktop.exchange.export_docx import export_docx
from desktop.exchange.review_docx import DEFAULT_AUTHOR, ReviewResult, review_docx
from desktop.review.collect import load_any

Progress = Callable[[int, int, Path], None]


@dataclass
class BatchItem:
    """One input of a batch: where its reviewed file went, or why it could not be written."""

    source: Path
    target: Path | None = None
    result: ReviewResult | None = None
    problem: str = ""


def reviewed_name(path: Path) -> str:
    return f"{Path(path).stem}（审核意见）.docx"


def review_file(
    source: str | Path,
    target: str | Path,
    author: str = DEFAULT_AUTHOR,
    include_info: bool = False,
    checker: Checker | None = None,
) -> ReviewResult:
    """Write the reviewed DOCX of `source` to `target` (never over the source itself)."""
    source, target = Path(source), Path(target)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise ReportFileError("审核版不能覆盖原报告文件，请另选保存位置或文件名。", "target is the source")
    if source.suffix.lower() == ".docx":
        return review_docx(source, target, author, include_info, checker)
    report = load_any(source)
    handle, temp = tempfile.mkstemp(
        suffix=".docx", prefix=".审核-", dir=target.parent if target.parent.is_dir() else None
    )
    os.close(handle)
    try:
        export_docx(report, temp)
        return review_docx(temp, target, author, include_info, checker)
    finally:
        Path(temp).unlink(missing_ok=True)


def review_all(
    paths: list[Path],
    folder: str | Path,
    author: str = DEFAULT_AUTHOR,
    include_info: bool = False,
    progress: Progress | None = None,
    checker: Checker | None = None,
) -> list[BatchItem]:
    """Review every file into `folder` (created if missing); a bad file is reported and the batch goes on.
    `checker` (default: the bundled rules) checks them all, e.g. with a region's rule data."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportFileError(
            f"无法建立输出文件夹：{folder}（{exc.strerror}）", "cannot create folder"
        ) from exc
    checker = checker or Checker()
    items: list[BatchItem] = []
    taken: set[str] = set()
    for done, path in enumerate(paths, start=1):
        name = reviewed_name(path)
        if name in taken:  # the same file name in two sub-folders
            name = f"{path.parent.name}-{name}"
        taken.add(name)
        item = BatchItem(path, folder / name)
        try:
            item.result = review_file(path, item.target, author, include_info, checker)
        except ReportFileError as exc:
            item.target, item.problem = None, exc.message
        items.append(item)
        if progress is not None:
            progress(done, len(paths), path)
    return items
