"""The environment for programs we start (LibreOffice, pdftotext): the desktop's, not the bundle's.

A PyInstaller bundle runs with LD_LIBRARY_PATH pointing into its own folder (the original value kept in
LD_LIBRARY_PATH_ORIG) and with QT_PLUGIN_PATH / QML2_IMPORT_PATH set to its Qt. A child that inherits them loads
our libraries instead of its own: on an older desktop even bash then fails. API:
    child_environment(environ=None, frozen=None) -> dict[str, str]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# Variables the bootloader rewrites and keeps the desktop's value of in NAME_ORIG.
RESTORED = ("LD_LIBRARY_PATH", "LIBPATH", "DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH", "SHLIB_PATH")
# Variables only the bundle's Python run-time hooks set: a desktop child never needs ours.
DROPPED = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "PYTHONHOME", "PYTHONPATH")


def child_environment(environ: Mapping[str, str] | None = None, frozen: bool | None = None) -> dict[str, str]:
    """A copy of the environment fit for a desktop program; unchanged outside a bundle."""
    env = dict(os.environ if environ is None else environ)
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return env
    for name in RESTORED:
        original = env.pop(name + "_ORIG", None)
        if original is not None:
            env[name] = original
        else:
            env.pop(name, None)
    for name in DROPPED:
        env.pop(name, None)
    return env
