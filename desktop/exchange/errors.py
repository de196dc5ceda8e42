"""The one error type that import/export code raises for the user: a Chinese message plus an English one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import UserFacingError


class ReportFileError(UserFacingError):
    """A file could not be read or written; `message` says what to do, in Chinese, `english` for logs/CLI."""


@contextlib.contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn the OS errors of reading `path` into ReportFileError with a message the clerk can act on."""
    try:
        yield
    except FileNotFoundError as exc:
        raise ReportFileError(f"找不到文件：{path}", "file not found") from exc
    except IsADirectoryError as exc:
        raise ReportFileError(f"这是一个文件夹，不是报告文件：{path}", "is a directory") from exc
    except PermissionError as exc:
        raise ReportFileError(f"没有权限读取文件：{path}", "permission denied") from exc
    except OSError as exc:
        raise ReportFileError(f"读取文件失败：{path}（{exc.strerror}）", "read error") from exc
