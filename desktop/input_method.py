"""The input-method environment, set before Qt starts (this module never imports Qt).

Chinese is typed through an input method framework: ibus, fcitx5, or fcitx 4 (Kylin V10's family). Qt picks its
input-context plugin from QT_IM_MODULE when the QApplication is created. The PySide6 wheel ships only the compose,
ibus and virtual-keyboard plugins, so on a fcitx desktop (QT_IM_MODULE=fcitx) Qt silently falls back to compose and
pinyin is typed literally. Unless a fcitx plugin is available (see FCITX_PLUGIN_DIR), we ask Qt for the fcitx
plugin first and then ibus (QT_IM_MODULES, Qt >= 6.8), and let the ibus plugin talk to fcitx5's ibus frontend
through the portal (IBUS_USE_PORTAL=1; without it the plugin counts itself usable only when ibus-daemon is on PATH).
fcitx 4 speaks neither protocol: only the fcitx5-qt plugin (build/fcitx5_qt_plugin.sh) serves it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

# Where build/fcitx5_qt_plugin.sh leaves the plugin for source runs: <repo>/.cache/qt-plugins/platforminputcontexts/.
# The app adds this folder to Qt's library paths before the QApplication exists (desktop.app.create_app); the
# package carries the plugin next to the wheel's own plugins (build/report_desk.spec).
FCITX_PLUGIN_DIR = Path(__file__).resolve().parent.parent / ".cache" / "qt-plugins"
PLUGIN_SUBDIR = "platforminputcontexts"
FCITX_PLUGIN_PREFIX = "libfcitx"


def is_fcitx_session(environ: Mapping[str, str]) -> bool:
    """True when the desktop asks for fcitx (fcitx5 or fcitx 4) through QT_IM_MODULE or XMODIFIERS."""
    module = environ.get("QT_IM_MODULE", "").strip().lower()
    if module:
        return module.startswith("fcitx")
    return "@im=fcitx" in environ.get("XMODIFIERS", "").replace(" ", "").lower()


def has_fcitx_plugin(plugin_roots: Iterable[Path]) -> bool:
    """Whether any of these Qt plugin folders holds a fcitx input-context plugin."""
    for root in plugin_roots:
        folder = Path(root) / PLUGIN_SUBDIR
        try:
            if any(p.name.startswith(FCITX_PLUGIN_PREFIX) for p in folder.iterdir()):
                return True
        except OSError:
            continue
    return False


def qt_plugin_roots() -> list[Path]:
    """Qt plugin folders this process will search: the bundle's or the wheel's, and the source-run extra folder."""
    roots = [FCITX_PLUGIN_DIR]
    if getattr(sys, "frozen", False):
        roots.append(
            Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6" / "Qt" / "plugins"
        )
    else:
        from importlib.util import find_spec

        spec = find_spec("PySide6")  # locates the package without importing Qt
        for location in (spec.submodule_search_locations or []) if spec else []:
            roots.append(Path(location) / "Qt" / "plugins")
    return roots


def input_method_changes(environ: Mapping[str, str], platform: str, fcitx_plugin: bool) -> dict[str, str]:
    """The variables to add so Chinese input works: nothing on Windows, on ibus, or when a fcitx plugin exists."""
    if not platform.startswith("linux") or fcitx_plugin or not is_fcitx_session(environ):
        return {}
    changes = {}
    if not environ.get("QT_IM_MODULES"):
        first = environ.get("QT_IM_MODULE", "").strip() or "fcitx"
        changes["QT_IM_MODULES"] = f"{first};ibus"
    if not environ.get("IBUS_USE_PORTAL"):
        changes["IBUS_USE_PORTAL"] = "1"
    return changes


def prepare_input_method(
    environ: MutableMapping[str, str] | None = None, platform: str | None = None
) -> dict[str, str]:
    """Set the input-method environment (call before the QApplication exists); returns what was set."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or not is_fcitx_session(environ):
        return {}
    changes = input_method_changes(environ, platform, has_fcitx_plugin(qt_plugin_roots()))
    environ.update(changes)
    return changes
