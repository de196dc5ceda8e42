"""The environment LibreOffice and pdftotext get: the desktop's, never the bundle's library and plugin paths."""

from desktop.exchange.child_env import child_environment

BUNDLE = {
    "LD_LIBRARY_PATH": "/opt/app/_internal",
    "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
    "QT_PLUGIN_PATH": "/opt/app/_internal/PySide6/Qt/plugins",
    "QML2_IMPORT_PATH": "/opt/app/_internal/PySide6/Qt/qml",
    "HOME": "/home/clerk",
    "LANG": "zh_CN.UTF-8",
}


def test_bundle_paths_are_replaced_by_the_desktops():
    env = child_environment(BUNDLE, frozen=True)
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert "QT_PLUGIN_PATH" not in env and "QML2_IMPORT_PATH" not in env
    assert env["HOME"] == "/home/clerk" and env["LANG"] == "zh_CN.UTF-8"


def test_a_path_the_desktop_did_not_set_is_removed():
    env = child_environment({"LD_LIBRARY_PATH": "/opt/app/_internal", "PATH": "/usr/bin"}, frozen=True)
    assert "LD_LIBRARY_PATH" not in env
    assert env["PATH"] == "/usr/bin"


def test_unchanged_when_run_from_source():
    assert child_environment(BUNDLE, frozen=False) == BUNDLE
