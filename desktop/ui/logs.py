"""The log file in the user data dir: traces go there, the user sees a Chinese message instead."""

from __future__ import annotations

import contextlib
import logging
import sys
import tempfile
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import APP_NAME

LOG_NAME = "reportdesk.log"
PENDING_MAX = 500


class ResilientFileHandler(RotatingFileHandler):
    """A log file that survives the disk filling up: records that cannot be written (the same full disk
    that made the autosave fail) are kept in memory and written, in order, with the next record that
    can be — so every failure reaches the log once space is back. At most PENDING_MAX are kept."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pending: list[logging.LogRecord] = []
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.pending) < PENDING_MAX:
            self.pending.append(record)
        while self.pending:
            self._failed = False
            super().emit(self.pending[0])  # calls handleError when the write fails
            if self._failed:
                return  # no space yet: the record waits with the others
            self.pending.pop(0)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging API
        self._failed = True
        stream, self.stream = self.stream, None  # reopened on the next write
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


_handler: ResilientFileHandler | None = None


def log_path(directory: Path) -> Path:
    return directory / LOG_NAME


def setup_logging(directory: Path) -> Path | None:
    """Log INFO and above to <directory>/reportdesk.log (rotated at 1 MB, 3 kept).

    The log can never stop the app from starting: where the folder cannot be written (read-only,
    full), the log goes to the per-user temp folder instead, or to stderr only; None then means no file."""
    global _handler
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    for folder in (directory, Path(tempfile.gettempdir()) / APP_NAME):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = ResilientFileHandler(
                log_path(folder), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _handler = handler
        root.addHandler(handler)
        if folder != directory:
            logging.getLogger(__name__).warning(
                "data folder %s not writable: logging to %s", directory, folder
            )
        return log_path(folder)
    return None


def install_excepthook(show) -> None:
    """Unexpected errors are logged with their trace and shown through show(message) in Chinese."""

    def hook(kind, value, tb) -> None:
        logging.getLogger("desktop").error(
            "unhandled: %s", "".join(traceback.format_exception(kind, value, tb))
        )
        message = getattr(value, "message", "") or f"程序遇到意外错误：{value}。"
        show(message + "\n详细信息已写入日志文件，可发给技术人员。")

    sys.excepthook = hook
