"""The one error type that import/export code raises for the user: a Chinese message plus an English one."""

from __future__ import annotations


class ReportFileError(Exception):
    """A file could not be read or written; `message` says what to do, in Chinese, `english` for logs/CLI."""

    def __init__(self, message: str, english: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.english = english

    def __str__(self) -> str:
        return f"{self.message} ({self.english})" if self.english else self.message
