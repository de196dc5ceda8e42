"""Old and other office formats (.doc, .wps, .rtf, .odt) read through LibreOffice when it is installed.

The file is converted to .docx with a private LibreOffice profile in a temporary folder (so it works while the
user has LibreOffice open) and read by import_docx, so numbering, text boxes, notes and tracked changes are handled
the same way. The file's content decides what it is, not its name: a ".doc" that is really a .docx, RTF or a web
page (as some websites serve them) is read as what it is. Without LibreOffice the message names what to install.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.exchange.errors import ReportFileError, reading
from desktop.exchange.export_pdf import find_soffice
from desktop.exchange.import_docx import read_docx
from desktop.exchange.import_text import ImportedText

CONVERT_TIMEOUT = 120
MAX_BYTES = 50 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
KIND_NAMES = {
    ".doc": "Word 97-2003（.doc）",
    ".wps": "WPS（.wps）",
    ".rtf": "RTF",
    ".odt": "OpenDocument（.odt）",
}


def sniff(head: bytes, suffix: str) -> str | None:
    """What the bytes are: .docx (a zip with word/), .odt (a zip), .rtf, .doc (OLE), .html — else None."""
    if head.startswith(b"PK"):
        return ".docx" if b"word/" in head or suffix == ".docx" else ".odt"
    if head.lstrip().startswith(b"{\\rtf"):
        return ".rtf"
    if head.startswith(OLE_MAGIC):
        return ".doc"  # Word 97-2003 and WPS 2013+ .wps share the binary layout LibreOffice reads as Word
    if b"<html" in head[:1024].lower() or b"<!doctype html" in head[:1024].lower():
        return ".html"
    return None


def find_libreoffice() -> str | None:
    """soffice on PATH, else in the usual install folders (Windows Program Files, per-user, /opt on Linux)."""
    found = find_soffice()
    if found:
        return found
    if sys.platform == "win32":
        bases = [os.environ.get(v, "") for v in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        bases.append(os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs"))
        candidates = [os.path.join(b, "LibreOffice", "program", "soffice.exe") for b in bases if b]
    else:
        candidates = sorted(glob.glob("/opt/libreoffice*/program/soffice"), reverse=True)
    return next((c for c in candidates if os.path.isfile(c)), None)


def missing_libreoffice(kind: str) -> ReportFileError:
    """The message when LibreOffice is needed and not found."""
    return ReportFileError(
        f"读取 {kind} 文件需要 LibreOffice（免费办公软件），本机没有找到。请安装 LibreOffice（统信 UOS、"
        "麒麟系统可在应用商店安装；Windows 请安装到默认位置）后重试，或在 Word/WPS 中把文件“另存为” .docx 再导入。",
        "LibreOffice (soffice) not found",
    )


def convert_to_docx(sources: list[Path], folder: Path, soffice: str) -> tuple[Path, str]:
    """Convert `sources` with one LibreOffice run into `folder`/out (report-N.docx); (out folder, its stderr)."""
    out = folder / "out"
    out.mkdir()
    profile = (folder / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to",
               "docx:MS Word 2007 XML", "--outdir", str(out), *map(str, sources)]  # fmt: skip
    timeout = CONVERT_TIMEOUT + 10 * len(sources)
    try:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window flashes up
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=timeout,
            env=dict(os.environ),
            check=False,
            creationflags=flags,
        )
    except subprocess.TimeoutExpired as exc:
        raise ReportFileError(
            "LibreOffice 转换文件超时。请在 Word/WPS 中把文件另存为 .docx 再导入。", "timeout"
        ) from exc
    except OSError as exc:
        raise ReportFileError(
            f"无法启动 LibreOffice（{exc.strerror}），请检查其安装。", "soffice failed"
        ) from exc
    return out, done.stderr.decode("utf-8", "replace")[-300:]


def _checked(path: Path) -> str:
    """The kind of file `path` really is (by content); ReportFileError when it is empty or too large."""
    with reading(path):
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    if size == 0:
        raise ReportFileError("文件是空的（0 字节），没有报告内容。", "empty file")
    if size > MAX_BYTES:
        raise ReportFileError(
            f"文件过大（{size // 1024 // 1024} MB），报告文件不应超过 50 MB。", "file too large"
        )
    kind = sniff(head[:4096], path.suffix.lower())
    name = KIND_NAMES.get(path.suffix.lower(), path.suffix)
    if kind is None:
        raise ReportFileError(
            f"这个文件不是有效的 {name} 文档（内容与扩展名不符或已损坏）。请在 Word/WPS 中打开后另存为 .docx 再导入。",
            "unknown content",
        )
    if kind == ".doc" and "EncryptionInfo".encode("utf-16-le") in head:
        raise ReportFileError(
            "此文档设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中取消密码后另存为 .docx 再导入。",
            "encrypted document",
        )
    return kind


def _is_ole(path: Path) -> bool:
    with reading(path), path.open("rb") as fh:
        return fh.read(8) == OLE_MAGIC


def read_office_files(paths: list[Path]) -> dict[Path, ImportedText | ReportFileError]:
    """Each file's text, or the error that stopped it; every file needing LibreOffice goes in one run."""
    results: dict[Path, ImportedText | ReportFileError] = {}
    pending: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        try:
            named_docx = path.suffix.lower() in (".docx", ".docm")
            kind = ".docx" if named_docx and not _is_ole(path) else _checked(path)
            if kind == ".docx":
                results[path] = read_docx(path)  # its own checks and messages for a .docx that is not one
            else:
                pending.append((path, kind))
        except ReportFileError as exc:
            results[path] = exc
    if pending:
        results |= _convert_all(pending)
    return results


def _convert_all(pending: list[tuple[Path, str]]) -> dict[Path, ImportedText | ReportFileError]:
    soffice = find_libreoffice()
    if soffice is None:
        return {
            path: missing_libreoffice(KIND_NAMES.get(path.suffix.lower(), kind)) for path, kind in pending
        }
    results: dict[Path, ImportedText | ReportFileError] = {}
    with tempfile.TemporaryDirectory(prefix="report-desk-import-") as tmp:
        folder = Path(tmp)
        sources = []
        for i, (path, kind) in enumerate(pending):
            source = folder / f"report-{i}{kind}"
            with reading(path):
                shutil.copyfile(path, source)
            sources.append(source)
        try:
            out, detail = convert_to_docx(sources, folder, soffice)
        except ReportFileError as exc:
            return {path: exc for path, _ in pending}
        for i, (path, kind) in enumerate(pending):
            result = out / f"report-{i}.docx"
            name = KIND_NAMES.get(path.suffix.lower()) or KIND_NAMES.get(kind, kind)
            if not result.exists() or result.stat().st_size == 0:
                results[path] = ReportFileError(
                    "LibreOffice 无法打开这个文件（可能已损坏、加密，或不是文档）。请在 Word/WPS 中打开后另存为 .docx 再导入。",
                    f"soffice conversion failed: {detail}",
                )
                continue
            try:
                content = read_docx(result)
            except ReportFileError as exc:
                results[path] = exc
                continue
            content.notices.insert(0, f"已用 LibreOffice 读取 {name} 文件，请核对分段和编号。")
            results[path] = content
    return results


def read_office(path: Path) -> ImportedText:
    """The report text of a .doc/.wps/.rtf/.odt (or a misnamed .docx/web page) file."""
    result = read_office_files([path])[Path(path)]
    if isinstance(result, ReportFileError):
        raise result
    return result
