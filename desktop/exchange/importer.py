"""Open any supported report file by its type: .txt (and .docx once its reader is registered)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.model import Report
from desktop.core.parser import parse_text
from desktop.exchange.errors import ReportFileError
from desktop.exchange.import_docx import read_docx_text
from desktop.exchange.import_text import read_text_file

# suffix → function(path) returning the report's plain text
READERS: dict[str, Callable[[Path], str]] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".docx": read_docx_text,
}
OLD_FORMATS = {".doc", ".wps", ".rtf", ".pdf"}


def read_report_text(path: Path) -> str:
    """The plain text of a report file, or ReportFileError saying what to do."""
    suffix = path.suffix.lower()
    if suffix in OLD_FORMATS:
        raise ReportFileError(
            f"不支持 {suffix} 格式：请在 Word 或 WPS 中“另存为” .docx 格式后再导入。",
            f"{suffix} is not supported",
        )
    reader = READERS.get(suffix, read_text_file)
    return reader(path)


def load_report(path: Path, year: int | None = None) -> Report:
    """Read and parse a report file; `year` overrides the detected year."""
    return parse_text(read_report_text(path), year=year)
