"""Each seed saved by LibreOffice as .pdf .doc .odt .rtf .docx (and .wps, a .doc renamed as WPS saves them), and
as a 公文 page printed to PDF (gongwen.pdf: our DOCX export through LibreOffice, with page numbers and 版记), read
back by the importer and compared with its .txt on the structural findings and year.

    .venv/bin/python -m tests.format_matrix          # prints the matrix as a Markdown table

tests/exchange/test_formats.py uses `saved_by_libreoffice` (conversions are cached under .cache/format-fixtures/ by the
seeds' content, so only the first run on a machine pays for them).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from desktop.core.checker import check
from desktop.core.model import Report
from desktop.core.parser import parse_text
from desktop.exchange.errors import ReportFileError
from desktop.exchange.import_office import find_libreoffice
from desktop.exchange.importer import read_reports

FORMATS = ("pdf", "doc", "odt", "rtf", "docx")
STRUCTURAL = ("part.", "first_responsible.not_dedicated", "meta.date", "meta.signature", "meta.addressee")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "data").glob("0*_*.txt"))


def structure(report: Report) -> tuple[int | None, list[str]]:
    """The year and the structural finding ids the format matrix compares."""
    return report.year, sorted({f.id for f in check(report) if f.id.startswith(STRUCTURAL)})


def _convert(soffice: str, seeds: list[Path], fmt: str, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        infilter = ["--infilter=Text (encoded):UTF8"] if seeds[0].suffix == ".txt" else []
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   *infilter, "--convert-to", fmt, "--outdir", str(out), *map(str, seeds)]  # fmt: skip
        subprocess.run(command, capture_output=True, timeout=300, check=True)


def saved_by_libreoffice(seeds: list[Path] = SEEDS) -> dict[tuple[str, str], Path]:
    """(seed number, format) → the seed saved by LibreOffice in that format; {} when LibreOffice is missing."""
    soffice = find_libreoffice()
    if soffice is None:
        return {}
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in seeds)).hexdigest()[:16]
    cache = ROOT / ".cache" / "format-fixtures" / digest
    wanted = {(p.name[:3], fmt): cache / fmt / f"{p.stem}.{fmt}" for p in seeds for fmt in FORMATS}
    missing = sorted({fmt for (_, fmt), path in wanted.items() if not path.exists()})
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda fmt: _convert(soffice, seeds, fmt, cache / fmt), missing))
    gongwen = (
        cache / "gongwen"
    )  # the seed as a 公文 page (our DOCX export) printed to PDF: — N — page numbers,
    if not all((gongwen / f"{p.stem}.pdf").exists() for p in seeds):  # 28 characters a line, 版记
        from desktop.exchange.export_docx import export_docx

        gongwen.mkdir(parents=True, exist_ok=True)
        docs = []
        for p in seeds:
            export_docx(parse_text(p.read_text(encoding="utf-8")), gongwen / f"{p.stem}.docx")
            docs.append(gongwen / f"{p.stem}.docx")
        _convert(soffice, docs, "pdf", gongwen)
    for p in seeds:
        wanted[(p.name[:3], "gongwen.pdf")] = gongwen / f"{p.stem}.pdf"
    for p in seeds:  # WPS 2013+ writes .wps in the Word 97 binary layout
        wps = cache / "wps" / f"{p.stem}.wps"
        wps.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(wanted[(p.name[:3], "doc")], wps)
        wanted[(p.name[:3], "wps")] = wps
    return wanted


def matrix() -> list[tuple[str, str, str]]:
    """(seed, format, verdict) for every seed and format."""
    files = saved_by_libreoffice()
    if not files:
        return [("-", "-", "LibreOffice not installed")]
    contents = read_reports(list(files.values()))
    rows = []
    for (number, fmt), path in sorted(files.items()):
        original = structure(
            parse_text(next(p for p in SEEDS if p.name.startswith(number)).read_text("utf-8"))
        )
        content = contents[path]
        if isinstance(content, ReportFileError):
            rows.append((number, fmt, f"error: {content.message}"))
            continue
        got = structure(parse_text(content.text))
        verdict = "same" if got == original else f"differs: {got} vs {original}"
        rows.append((number, fmt, verdict))
    return rows


def main() -> None:
    rows = matrix()
    formats = sorted({fmt for _, fmt, _ in rows})
    print("| seed | " + " | ".join(formats) + " |")
    print("|---" * (len(formats) + 1) + "|")
    for number in sorted({n for n, _, _ in rows}):
        cells = {fmt: verdict for n, fmt, verdict in rows if n == number}
        print(f"| {number} | " + " | ".join(cells.get(fmt, "") for fmt in formats) + " |")
    same = sum(v == "same" for _, _, v in rows)
    print(f"\n{same}/{len(rows)} conversions give the .txt's structural findings and year")


if __name__ == "__main__":
    main()
