"""Errors the store raises for the user: a Chinese message saying what to do, plus English for logs."""

from __future__ import annotations

from pathlib import Path

from desktop import APP_TITLE
from desktop.errors import UserFacingError


class StoreError(UserFacingError):
    """Base of every store error; `message` is Chinese and user-facing, `english` is for logs and the CLI."""


class StoreLockedError(StoreError):
    """Another window, program or PC holds the database; nothing was changed."""


class StoreCorruptError(StoreError):
    """The database file is damaged or not a database; `backups` lists copies it can be restored from."""

    def __init__(self, message: str, english: str = "", path: Path | None = None, backups=()) -> None:
        super().__init__(message, english)
        self.path = path
        self.backups = list(backups)


class StoreReadOnlyError(StoreError):
    """The data folder or the database file cannot be written: say so before the clerk types."""


class StoreVersionError(StoreError):
    """The database was written by a newer version of the app."""


class ReportNotFoundError(StoreError):
    """No report (or section) with that id or key."""


class PackageError(StoreError):
    """A report package could not be read or written; the store was left untouched."""


def locked_error(path: Path | str) -> StoreLockedError:
    return StoreLockedError(
        f"报告库正被另一个程序使用（可能已打开另一个“{APP_TITLE}”窗口，或文件位于网络共享上）。"
        "请关闭其他窗口后重试；如在网络盘上，请把数据目录改到本机磁盘。",
        f"database is locked: {path}",
    )
