"""Reading the reports a county collects: Word files, text files and report packages, one loader for all.

collect_reports(inputs) -> [Path]      files named directly plus every report file inside named folders
load_any(path) -> Report               ReportFileError (Chinese message) when it cannot be read
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop.core.model import Report
from desktop.errors import UserFacingError
from desktop.exchange.errors import ReportFileError
from desktop.exchange.importer import load_report
from desktop.exchange.summary import collect_paths
from desktop.store.package import SUFFIX as PACKAGE_SUFFIX
from desktop.store.package import read_package

REVIEW_SUFFIXES = (".docx", ".txt", PACKAGE_SUFFIX)


def collect_reports(inputs: Iterable[str | Path]) -> list[Path]:
    """Report files (.docx/.txt/.rdpkg) named or found in folders, sorted per folder, no duplicates."""
    return list(dict.fromkeys(collect_paths(inputs, suffixes=REVIEW_SUFFIXES)))


def load_any(path: Path) -> Report:
    """The report in a .docx/.txt file or a report package; the package's unit fills a missing unit name."""
    path = Path(path)
    if path.suffix.lower() != PACKAGE_SUFFIX:
        return load_report(path)
    try:
        package = read_package(path)
    except UserFacingError as exc:
        raise ReportFileError(exc.message, exc.english) from exc
    report = package.report
    if not report.unit and package.unit.name:
        report.unit = package.unit.name
    return report
