"""The input-method environment set before the QApplication (desktop.input_method): no Qt needed."""

from __future__ import annotations

import pytest

from desktop import input_method
from desktop.input_method import (
    has_fcitx_plugin,
    input_method_changes,
    is_fcitx_session,
    prepare_input_method,
)

FCITX5_DESKTOP = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx"}


def test_fcitx_session_without_plugin_asks_for_ibus_through_the_portal():
    assert input_method_changes(FCITX5_DESKTOP, "linux", fcitx_plugin=False) == {
        "QT_IM_MODULES": "fcitx;ibus",
        "IBUS_USE_PORTAL": "1",
    }


def test_the_sessions_own_module_name_is_kept_first():
    env = {"QT_IM_MODULE": "fcitx5"}
    assert input_method_changes(env, "linux", False)["QT_IM_MODULES"] == "fcitx5;ibus"


def test_xmodifiers_alone_marks_a_fcitx_session():
    assert is_fcitx_session({"XMODIFIERS": "@im=fcitx"})
    assert input_method_changes({"XMODIFIERS": "@im=fcitx"}, "linux", False)["QT_IM_MODULES"] == "fcitx;ibus"


@pytest.mark.parametrize(
    "env",
    [
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"},
        {"XMODIFIERS": "@im=ibus"},
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=fcitx"},  # the explicit Qt setting wins
        {},
    ],
)
def test_nothing_changes_outside_fcitx_sessions(env):
    assert input_method_changes(env, "linux", False) == {}


def test_nothing_changes_on_windows_or_when_a_fcitx_plugin_exists():
    assert input_method_changes(FCITX5_DESKTOP, "win32", False) == {}
    assert input_method_changes(FCITX5_DESKTOP, "linux", True) == {}


def test_values_the_user_set_are_kept():
    env = {**FCITX5_DESKTOP, "QT_IM_MODULES": "fcitx", "IBUS_USE_PORTAL": "0"}
    assert input_method_changes(env, "linux", False) == {}


def test_plugin_detection_looks_in_platforminputcontexts(tmp_path):
    contexts = tmp_path / "platforminputcontexts"
    contexts.mkdir()
    (contexts / "libibusplatforminputcontextplugin.so").write_bytes(b"")
    assert not has_fcitx_plugin([tmp_path, tmp_path / "missing"])
    (contexts / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    assert has_fcitx_plugin([tmp_path / "missing", tmp_path])


def test_the_wheel_has_no_fcitx_plugin_so_prepare_sets_the_fallback(tmp_path, monkeypatch):
    monkeypatch.setattr(input_method, "FCITX_PLUGIN_DIR", tmp_path)  # no plugin built here
    env = dict(FCITX5_DESKTOP)
    assert prepare_input_method(env, "linux") == {"QT_IM_MODULES": "fcitx;ibus", "IBUS_USE_PORTAL": "1"}
    assert env["QT_IM_MODULES"] == "fcitx;ibus" and env["QT_IM_MODULE"] == "fcitx"
    (tmp_path / "platforminputcontexts").mkdir()
    (tmp_path / "platforminputcontexts" / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    env = dict(FCITX5_DESKTOP)
    assert prepare_input_method(env, "linux") == {} and "QT_IM_MODULES" not in env


def test_launch_sets_the_environment_first(tmp_path, monkeypatch):
    """Even a start that fails for want of a display has set the variables: they come before anything else."""
    from desktop.launch import EXIT_NO_DISPLAY, launch_gui

    monkeypatch.setattr(input_method, "FCITX_PLUGIN_DIR", tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QT_IM_MODULES", "IBUS_USE_PORTAL"):
        monkeypatch.setenv(name, "")  # so that monkeypatch restores (removes) what launch_gui sets
        monkeypatch.delenv(name)
    monkeypatch.setenv("QT_IM_MODULE", "fcitx")
    monkeypatch.setattr(input_method.sys, "platform", "linux")
    assert launch_gui([]) == EXIT_NO_DISPLAY
    import os

    assert os.environ["QT_IM_MODULES"] == "fcitx;ibus" and os.environ["IBUS_USE_PORTAL"] == "1"
