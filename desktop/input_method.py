"""The input-method environment, set before Qt starts (this module never imports Qt).

Chinese is typed through an input method framework: ibus, fcitx5, or fcitx 4 (Kylin V10's family). Qt picks its
input-context plugin from QT_IM_MODULE when the QApplication is created. The PySide6 wheel ships only the compose,
ibus and virtual-keyboard plugins, so on a fcitx desktop (QT_IM_MODULE=fcitx) Qt silently falls back to compose and
pinyin is typed literally. Unless a fcitx plugin is in the Qt plugin folder (none is bundled today), we ask Qt
for the fcitx plugin first and then ibus (QT_IM_MODULES, Qt >= 6.8), and let the ibus plugin talk to fcitx5's ibus
frontend through the portal (IBUS_USE_PORTAL=1; without it the plugin counts itself usable only when
ibus-daemon is on PATH). fcitx 4 speaks neither protocol and only a fcitx Qt plugin could serve it, so when the
desktop runs fcitx 4 the window tells the clerk how to switch the framework (fcitx4_without_plugin, below).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

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
    """The Qt plugin folder this process loads from: the bundle's or the PySide6 wheel's."""
    roots = []
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
    environ: MutableMapping[str, str] | None = None,
    platform: str | None = None,
    plugin_roots: Iterable[Path] | None = None,
) -> dict[str, str]:
    """Set the input-method environment (call before the QApplication exists); returns what was set."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or not is_fcitx_session(environ):
        return {}
    roots = qt_plugin_roots() if plugin_roots is None else plugin_roots
    changes = input_method_changes(environ, platform, has_fcitx_plugin(roots))
    environ.update(changes)
    return changes


# The daemons' process names (/proc/<pid>/comm): fcitx 4 is "fcitx" (Kylin V10, UOS 20 and Debian 11's fcitx 4.2;
# 搜狗输入法 for Linux runs inside it), fcitx5 is "fcitx5".
FCITX4_COMM = "fcitx"
FCITX5_COMM = "fcitx5"


def running_daemons(proc_root: Path = Path("/proc"), uid: int | None = None) -> set[str]:
    """Names of the input-method daemons among this user's processes (read from <proc_root>/<pid>/comm)."""
    uid = os.getuid() if uid is None and hasattr(os, "getuid") else uid
    found = set()
    try:
        entries = list(Path(proc_root).iterdir())
    except OSError:
        return found
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            if uid is not None and entry.stat().st_uid != uid:
                continue  # another user's session
            name = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue  # the process ended while we looked
        if name in (FCITX4_COMM, FCITX5_COMM):
            found.add(name)
    return found


def fcitx4_without_plugin(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    proc_root: Path = Path("/proc"),
    plugin_roots: Iterable[Path] | None = None,
) -> bool:
    """True when the desktop types Chinese through fcitx 4 and this program has no fcitx plugin to receive it.

    That is: Linux, the session does not ask Qt for another input method (QT_IM_MODULE empty or fcitx*), a fcitx 4
    daemon runs for this user and no fcitx5 one does, and no fcitx input-context plugin is in Qt's plugin folders."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    module = environ.get("QT_IM_MODULE", "").strip().lower()
    if module and not module.startswith("fcitx"):
        return False
    daemons = running_daemons(proc_root)
    if FCITX4_COMM not in daemons or FCITX5_COMM in daemons:
        return False
    return not has_fcitx_plugin(qt_plugin_roots() if plugin_roots is None else plugin_roots)
