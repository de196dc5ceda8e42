"""Where resource data lives (source tree or a frozen bundle) and cached TOML loading (the template; rule data
is loaded by desktop.core.rule_data)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The resources/ folder: next to the package in a checkout, under _MEIPASS in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file (tomllib is imported here, when first needed, not before the first paint).

    Raises OSError, or ValueError for bytes that are not UTF-8 or text that is not TOML."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    with path.open("rb") as fh:
        return tomllib.load(fh)


@functools.cache
def load_toml(relative: str) -> dict[str, Any]:
    """Parse resources/<relative> once per process."""
    return read_toml(resources_dir() / relative)
