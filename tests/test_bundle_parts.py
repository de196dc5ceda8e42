"""The packaging rules (build/bundle_parts.py): what the one-folder build keeps and leaves out."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
from bundle_parts import keep_binary, keep_data  # noqa: E402


def test_desktop_libraries_are_left_to_the_desktop():
    for name in ("libX11.so.6", "libxcb-icccm.so.4", "libGL.so.1", "libEGL.so.1", "libfontconfig.so.1",
                 "libfreetype.so.6", "libglib-2.0.so.0", "libdbus-1.so.3", "libcups.so.2", "libstdc++.so.6",
                 "libgcc_s.so.1", "libssl.so.1.1", "libgtk-3.so.0", "libzstd.so.1", "libxcb-icccm.so.4"):  # fmt: skip
        assert not keep_binary(name), name


def test_the_programs_own_libraries_are_kept():
    for name in ("libpython3.11.so.1.0", "libsqlite3.so.0", "libffi.so.7", "PySide6/Qt/lib/libQt6Core.so.6",
                 "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libicudata.so.73", "PySide6/QtWidgets.abi3.so",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "lxml/etree.cpython-311-x86_64-linux-gnu.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "libxcb-cursor.so.0", "PySide6/Qt6Core.dll", "PySide6/Qt6Widgets.dll", "PySide6/QtCore.pyd",
                 "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/styles/qmodernwindowsstyle.dll",
                 "PySide6/pyside6.abi3.dll", "PySide6/msvcp140.dll", "libffi-8.dll"):  # fmt: skip
        assert keep_binary(name), name


def test_unused_qt_parts_are_left_out():
    for name in ("PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
                 "PySide6/Qt/lib/libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
                 "PySide6/Qt/plugins/platforms/libqwayland-egl.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
                 "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/QtNetwork.abi3.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 "PySide6/opengl32sw.dll", "PySide6/Qt6Network.dll"):  # fmt: skip
        assert not keep_binary(name), name


def test_only_the_jieba_dictionary_and_chinese_english_qt_translations_are_data():
    assert keep_data("jieba/dict.txt")
    assert not keep_data("jieba/posseg/prob_emit.p")
    assert not keep_data("jieba/lac_small/model_baseline/crfw")
    assert not keep_data("jieba/analyse/idf.txt")
    assert keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_data("resources/rules/privacy.toml")
    assert keep_data("docx/templates/default-footer.xml")


def test_windows_version_resource_compiles(tmp_path):
    """PyInstaller turns build/windows/version_info.py's text into a VS_VERSIONINFO resource (checked here on
    Linux, with the Windows-only imports of PyInstaller's module stubbed)."""
    import importlib
    import types

    pytest.importorskip("PyInstaller")
    sys.modules.setdefault("pefile", types.ModuleType("pefile"))
    compat = importlib.import_module("PyInstaller.compat")
    if not hasattr(compat, "win32api"):
        compat.win32api = None
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build" / "windows"))
    from version_info import version_info

    path = tmp_path / "v.txt"
    path.write_text(version_info("1.2.3"), encoding="utf-8")
    info = load_version_info_from_text_file(str(path))
    assert (info.ffi.fileVersionMS >> 16, info.ffi.fileVersionMS & 0xFFFF) == (1, 2)
    assert "法治报告助手".encode("utf-16-le") in info.toRaw()


def test_the_windows_lock_pins_every_dependency_within_pyprojects_ranges():
    """build/windows/requirements-win.lock (+ jieba.lock) must satisfy pyproject.toml: a bumped range fails here."""
    import tomllib
    from packaging.requirements import Requirement

    root = Path(__file__).resolve().parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = {}
    for lock in ("requirements-win.lock", "jieba.lock"):
        for line in (root / "build" / "windows" / lock).read_text(encoding="utf-8").splitlines():
            if "==" in line and not line.startswith("#"):
                name, version = line.split(" ")[0].split("==")
                pinned[name.lower().replace("_", "-")] = version
    for spec in project["dependencies"] + project["optional-dependencies"]["build"]:
        requirement = Requirement(spec)
        if requirement.marker and not requirement.marker.evaluate({"python_version": "3.11"}):
            continue
        name = requirement.name.lower().replace("_", "-")
        redo = "run `bash build/windows/make_lock.sh` (needs PyPI) and commit build/windows/requirements-win.lock"
        assert name in pinned, f"{name} is not in the Windows lock: {redo}"
        assert requirement.specifier.contains(pinned[name]), (
            f"{name}=={pinned[name]} is outside {spec}: {redo}"
        )
