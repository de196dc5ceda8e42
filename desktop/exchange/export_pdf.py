"""Print-ready PDF of a report: LibreOffice renders our 公文 DOCX when it is installed, else the Qt layout
(gongwen_layout, QtGui only) draws the same page from the same content and geometry.

API:
    export_pdf(report, path, profile=None, public=False, names=(), engine="auto", sealed=True) -> list[MaskedItem]
    docx_to_pdf(docx_path, out_dir, soffice) -> Path
    find_soffice() -> str | None
engine: "auto" (LibreOffice when found, else Qt), "libreoffice" or "qt". Either way the end of the document is
fitted to its pages (fit_page): 版记 on the bottom edge of an even last page, §7.3.5.5 adjustments.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.core.model import Report, UnitProfile
from desktop.core.resources import resources_dir
from desktop.exchange.child_env import child_environment
from desktop.exchange.errors import ReportFileError
from desktop.exchange.export_docx import with_profile
from desktop.exchange.redact import MaskedItem, public_version
from desktop.exchange.safe_write import write_atomically

SOFFICE_TIMEOUT = 180
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


def docx_to_pdf(docx_path: Path, out_dir: Path, soffice: str, aliases: bool = True) -> Path:
    """Convert with a private LibreOffice profile (works while the user's LibreOffice is open); `aliases`
    adds our 公文 font aliases (Linux), else the fonts are whatever this machine's LibreOffice finds."""
    env = child_environment()
    if aliases and sys.platform.startswith("linux"):
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


def export_pdf(
    report: Report,
    path: str | Path,
    profile: UnitProfile | None = None,
    public: bool = False,
    names: list[str] | tuple[str, ...] = (),
    engine: str = "auto",
    sealed: bool = True,
) -> list[MaskedItem]:
    """Write the report (上报版 or 公开版) as a PDF at `path` atomically; returns what was masked."""
    soffice = find_soffice() if engine in ("auto", "libreoffice") else None
    if engine == "libreoffice" and soffice is None:
        raise ReportFileError("没有找到 LibreOffice，无法用它生成 PDF。", "soffice not found")
    source = with_profile(report, profile)
    masked: list[MaskedItem] = []
    if public:
        source, masked = public_version(source, names)
    with tempfile.TemporaryDirectory(prefix="report-desk-pdf-") as tmp:
        if soffice:
            from desktop.exchange.fit_page import fit_with_libreoffice

            pdf = fit_with_libreoffice(source, Path(tmp), soffice, sealed)[1]
            write_atomically(Path(path), lambda target: shutil.copyfile(pdf, target))
            return masked
    from desktop.exchange.gongwen_layout import ensure_gui_app, render_pdf  # QtGui only when it is needed

    ensure_gui_app()
    write_atomically(Path(path), lambda target: render_pdf(source, target, sealed))
    return masked
