"""App settings in an INI file under the user config dir (injectable for tests), never pickled."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop import APP_NAME

APP_DIR = APP_NAME


def config_dir() -> Path:
    """The user config folder: $XDG_CONFIG_HOME/ReportDesk (or ~/.config) on Linux, %APPDATA%\\ReportDesk on
    Windows; read at call time so tests can point it elsewhere. (No platformdirs import: start-up.)"""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_DIR


def app_settings(path: Path | None = None) -> QSettings:
    """The settings file: `path`, else <config dir>/settings.ini."""
    target = path or config_dir() / "settings.ini"
    target.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(target), QSettings.Format.IniFormat)


def read_int(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
