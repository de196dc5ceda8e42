"""Write an output file all-or-nothing: into a temporary file next to it, then rename over the target."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.exchange.errors import ReportFileError

try:  # python-docx serialises with lxml, which reports a full disk as its own error type (IO_ENOSPC, IO_EFBIG)
    from lxml.etree import SerialisationError
except ImportError:  # pragma: no cover - lxml comes with python-docx
    SerialisationError = OSError


def check_target(path: Path) -> Path:
    """The target path made absolute; ReportFileError when its folder is missing or it is a folder."""
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise ReportFileError(f"“{path}”是一个文件夹，请给出要保存的文件名。", "target is a directory")
    if not path.parent.is_dir():
        raise ReportFileError(
            f"保存位置不存在：{path.parent}，请先建立该文件夹或另选位置。", "no such folder"
        )
    return path


@contextlib.contextmanager
def temp_beside(path: Path) -> Iterator[Path]:
    """A temporary file name in the target's folder, removed afterwards unless it was renamed away."""
    fd, name = tempfile.mkstemp(prefix=".~" + path.stem[:20], suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _umask() -> int:
    """The process's file-creation mask (read from /proc where it can be, without changing it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no /proc: read by setting it, then put it back at once
    os.umask(mask)
    return mask


def _output_mode(path: Path) -> int:
    """The permission bits the finished file gets: the replaced file's, else what a plain open() would give.

    mkstemp makes its file private (0600); an exported report is an ordinary document that the clerk may share.
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call write(tmp) and rename tmp over `path`; on any OS error the target stays as it was."""
    path = check_target(path)
    try:
        with temp_beside(path) as tmp:
            write(tmp)
            if os.name != "nt":  # Windows has no permission bits beyond read-only, which mkstemp does not set
                os.chmod(tmp, _output_mode(path))
            os.replace(tmp, path)
    except PermissionError as exc:
        raise ReportFileError(
            f"无法写入“{path.name}”：文件可能正在 Word、WPS 或 Excel 中打开，请关闭后重试，或另存为其他文件名。",
            "permission denied",
        ) from exc
    except (OSError, SerialisationError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ReportFileError(
            f"保存“{path.name}”失败（{reason}），请检查磁盘空间或另选保存位置。", "write failed"
        ) from exc
    return path
