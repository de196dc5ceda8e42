"""Open any supported report file by its type: .txt, .docx (also Strict OOXML and WPS), .pdf with a text layer,
and .doc/.wps/.rtf/.odt through LibreOffice (docs/parsing.md "Formats").

    read_report(path) -> ImportedText            text + notices (what was left out or changed, for the clerk)
    read_reports(paths) -> {path: ImportedText | ReportFileError}   many files, one LibreOffice run
    import_report(path, year) -> (Report, notices)
    load_report(path, year) -> Report
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.model import Report
from desktop.core.parser import parse_text
from desktop.exchange.errors import ReportFileError
from desktop.exchange.import_office import read_office, read_office_files
from desktop.exchange.import_pdf import read_pdf
from desktop.exchange.import_text import ImportedText, read_text_file


def _plain(path: Path) -> ImportedText:
    return ImportedText(read_text_file(path))


def _docx(path: Path) -> ImportedText:
    """A .docx; an old Word file renamed to .docx (a common mistake) goes through LibreOffice like a .doc."""
    return read_office(path)


# suffix → function(path) returning the report's text and notices
READERS: dict[str, Callable[[Path], ImportedText]] = {
    ".txt": _plain,
    ".text": _plain,
    ".docx": _docx,
    ".docm": _docx,
    ".pdf": read_pdf,
    ".doc": read_office,
    ".wps": read_office,
    ".rtf": read_office,
    ".odt": read_office,
}
SUFFIXES = tuple(READERS)


def read_report(path: Path) -> ImportedText:
    """The text of a report file with notices, or ReportFileError saying what to do."""
    path = Path(path)
    return READERS.get(path.suffix.lower(), _plain)(path)


def read_reports(paths: list[Path]) -> dict[Path, ImportedText | ReportFileError]:
    """Many files at once (a county's folder): all that need LibreOffice are converted in one run."""
    paths = [Path(p) for p in paths]
    office = [p for p in paths if READERS.get(p.suffix.lower()) in (read_office, _docx)]
    results = read_office_files(office) if office else {}
    for path in paths:
        if path not in results:
            try:
                results[path] = read_report(path)
            except ReportFileError as exc:
                results[path] = exc
    return results


def read_report_text(path: Path) -> str:
    """The plain text of a report file."""
    return read_report(path).text


def import_report(path: Path, year: int | None = None) -> tuple[Report, list[str]]:
    """Read and parse a report file: the report and the notices to show the clerk."""
    content = read_report(path)
    return parse_text(content.text, year=year), content.notices


def load_report(path: Path, year: int | None = None) -> Report:
    """Read and parse a report file; `year` overrides the detected year."""
    return import_report(path, year)[0]
