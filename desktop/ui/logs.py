"""The log file in the user data dir: traces go there, the user sees a Chinese message instead."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "reportdesk.log"
_handler: RotatingFileHandler | None = None


def log_path(directory: Path) -> Path:
    return directory / LOG_NAME


def setup_logging(directory: Path) -> Path:
    """Log INFO and above to <directory>/reportdesk.log (rotated at 1 MB, 3 kept)."""
    global _handler
    directory.mkdir(parents=True, exist_ok=True)
    path = log_path(directory)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(show) -> None:
    """Unexpected errors are logged with their trace and shown through show(message) in Chinese."""

    def hook(kind, value, tb) -> None:
        logging.getLogger("desktop").error(
            "unhandled: %s", "".join(traceback.format_exception(kind, value, tb))
        )
        message = getattr(value, "message", "") or f"程序遇到意外错误：{value}。"
        show(message + "\n详细信息已写入日志文件，可发给技术人员。")

    sys.excepthook = hook
