"""The one error type that import/export code raises for the user: a Chinese message plus an English one."""

from __future__ import annotations

from desktop.errors import UserFacingError


class ReportFileError(UserFacingError):
    """A file could not be read or written; `message` says what to do, in Chinese, `english` for logs/CLI."""
