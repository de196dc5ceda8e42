"""Print-ready PDF of a report: LibreOffice renders our 公文 DOCX when it is installed, else Qt's layout.

API:
    export_pdf(report, path, profile=None, public=False, names=(), engine="auto") -> list[MaskedItem]
    fit_record(report, profile=None) -> int     empty lines that put the 版记 at the bottom of the last page
    find_soffice() -> str | None
engine: "auto" (LibreOffice when found, else Qt), "libreoffice" or "qt". With LibreOffice and poppler's
pdftotext the 版记 is moved to the bottom of the last page (GB/T 9704 §7.4) by a second, padded rendering.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.core.model import Report, UnitProfile
from desktop.core.resources import resources_dir
from desktop.exchange.child_env import child_environment
from desktop.exchange.errors import ReportFileError
from desktop.exchange.export_docx import export_docx, with_profile
from desktop.exchange.redact import MaskedItem, public_version
from desktop.exchange.safe_write import write_atomically

SOFFICE_TIMEOUT = 180
PT_PER_MM = 72 / 25.4
TYPE_AREA_BOTTOM_PT = (297 - 35) * PT_PER_MM
LINE_PT = 579 / 20  # the export's grid line, 28.95 pt
_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The LibreOffice command on this machine, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((p for p in _WINDOWS_SOFFICE if Path(p).exists()), None)
    return None


def fontconfig_file(folder: Path) -> Path:
    """A fonts.conf that loads the system set-up plus our 公文 font aliases (Linux, LibreOffice child only)."""
    aliases = resources_dir() / "fonts" / "gongwen-aliases.conf"
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f'  <include ignore_missing="yes">{aliases}</include>\n</fontconfig>\n',
        encoding="utf-8",
    )
    return conf


def docx_to_pdf(docx_path: Path, out_dir: Path, soffice: str) -> Path:
    """Convert with a private LibreOffice profile (works while the user's LibreOffice is open)."""
    env = child_environment()
    if sys.platform.startswith("linux"):
        env["FONTCONFIG_FILE"] = str(fontconfig_file(out_dir))
    profile = (out_dir / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(out_dir), str(docx_path)]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, timeout=SOFFICE_TIMEOUT, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ReportFileError("LibreOffice 转换 PDF 超时，请稍后重试。", "soffice timeout") from exc
    except OSError as exc:
        raise ReportFileError(
            f"无法启动 LibreOffice（{exc.strerror}），请检查其安装。", "soffice failed"
        ) from exc
    pdf = out_dir / (docx_path.stem + ".pdf")
    if done.returncode != 0 or not pdf.exists():
        detail = done.stderr.decode("utf-8", "replace")[-300:]
        raise ReportFileError("LibreOffice 未能生成 PDF，请用 Word/WPS 打开导出的 DOCX 另存为 PDF。", detail)
    return pdf


def last_page_bottom(pdf: Path) -> tuple[int, float] | None:
    """(page count, lowest text line bottom inside the type area of the last page) via pdftotext, or None."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "-bbox-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            timeout=60,
            env=child_environment(),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    pages = done.stdout.split("<page ")[1:]
    if done.returncode != 0 or not pages:
        return None
    bottoms = [float(y) for y in re.findall(r'<line [^>]*yMax="([0-9.]+)"', pages[-1])]
    inside = [y for y in bottoms if y <= TYPE_AREA_BOTTOM_PT + 2]
    return (len(pages), max(inside)) if inside else None


def _has_record(report: Report) -> bool:
    return bool(report.cc or report.printer or report.print_date)


def _padding(pdf: Path) -> int:
    measured = last_page_bottom(pdf)
    if measured is None:
        return 0
    return max(int((TYPE_AREA_BOTTOM_PT - measured[1] - 1) // LINE_PT), 0)


def _fit(report: Report, profile, folder: Path, soffice: str, first: Path) -> tuple[int, Path | None]:
    """(padding lines, padded PDF) that move the 版记 to the bottom of the last page, or (0, None)."""
    padding = _padding(first)
    before = last_page_bottom(first) if padding else None
    for attempt, lines in enumerate((padding, padding - 1) if before else ()):
        if lines <= 0:
            break
        padded_dir = folder / f"padded{attempt}"
        padded_dir.mkdir()
        padded_docx = padded_dir / "report.docx"
        export_docx(report, padded_docx, profile=profile, record_padding=lines)
        padded = docx_to_pdf(padded_docx, padded_dir, soffice)
        after = last_page_bottom(padded)
        if after and after[0] == before[0]:  # same page count: the padding fitted
            return lines, padded
    return 0, None


def fit_record(report: Report, profile: UnitProfile | None = None) -> int:
    """Empty lines that put the 版记 at the bottom of the last page, for export_docx(record_padding=…).

    Measured with LibreOffice and pdftotext (a few seconds); 0 when either is missing or there is no 版记.
    """
    soffice = find_soffice()
    if soffice is None or shutil.which("pdftotext") is None or not _has_record(with_profile(report, profile)):
        return 0
    with tempfile.TemporaryDirectory(prefix="report-desk-fit-") as tmp:
        folder = Path(tmp)
        export_docx(report, folder / "report.docx", profile=profile)
        return _fit(report, profile, folder, soffice, docx_to_pdf(folder / "report.docx", folder, soffice))[0]


def _render_with_libreoffice(report, folder: Path, soffice: str, profile, public, names) -> tuple[Path, list]:
    """Render once; when a 版记 ends above the bottom of the last page, render again with padding."""
    docx_path = folder / "report.docx"
    masked = export_docx(report, docx_path, profile=profile, public=public, names=names)
    pdf = docx_to_pdf(docx_path, folder, soffice)
    if not public and _has_record(with_profile(report, profile)):
        padded = _fit(report, profile, folder, soffice, pdf)[1]
        pdf = padded or pdf
    return pdf, masked


def export_pdf(
    report: Report,
    path: str | Path,
    profile: UnitProfile | None = None,
    public: bool = False,
    names: list[str] | tuple[str, ...] = (),
    engine: str = "auto",
) -> list[MaskedItem]:
    """Write the report (上报版 or 公开版) as a PDF at `path` atomically; returns what was masked."""
    soffice = find_soffice() if engine in ("auto", "libreoffice") else None
    if engine == "libreoffice" and soffice is None:
        raise ReportFileError("没有找到 LibreOffice，无法用它生成 PDF。", "soffice not found")
    with tempfile.TemporaryDirectory(prefix="report-desk-pdf-") as tmp:
        folder = Path(tmp)
        if soffice:
            pdf, masked = _render_with_libreoffice(report, folder, soffice, profile, public, names)
            write_atomically(Path(path), lambda target: shutil.copyfile(pdf, target))
            return masked
        from desktop.ui.print_layout import ensure_gui_app, render_pdf  # Qt only when it is needed

        source = with_profile(report, profile)
        masked = []
        if public:
            source, masked = public_version(source, names)
        ensure_gui_app()
        write_atomically(Path(path), lambda target: render_pdf(source, target))
        return masked
