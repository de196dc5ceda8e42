"""The log file in the user data dir: traces go there, the user sees a Chinese message instead."""

from __future__ import annotations

import logging
import sys
import tempfile
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "reportdesk.log"
_handler: RotatingFileHandler | None = None


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
    for folder in (directory, Path(tempfile.gettempdir()) / "ReportDesk"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
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
