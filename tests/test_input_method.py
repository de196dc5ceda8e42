"""The input-method environment set before the QApplication (desktop.input_method): no Qt needed."""

from __future__ import annotations

import os

import pytest

from desktop import input_method
from desktop.input_method import (
    fcitx4_without_plugin,
    has_fcitx_plugin,
    input_method_changes,
    is_fcitx_session,
    prepare_input_method,
    qt_plugin_roots,
    running_daemons,
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


def test_the_wheel_has_no_fcitx_plugin_so_prepare_sets_the_fallback():
    assert not has_fcitx_plugin(qt_plugin_roots())  # the PySide6 wheel: compose, ibus, virtual keyboard
    env = dict(FCITX5_DESKTOP)
    assert prepare_input_method(env, "linux") == {"QT_IM_MODULES": "fcitx;ibus", "IBUS_USE_PORTAL": "1"}
    assert env["QT_IM_MODULES"] == "fcitx;ibus" and env["QT_IM_MODULE"] == "fcitx"


def test_a_fcitx_plugin_in_the_plugin_folder_needs_no_fallback(tmp_path):
    (tmp_path / "platforminputcontexts").mkdir()
    (tmp_path / "platforminputcontexts" / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    env = dict(FCITX5_DESKTOP)
    assert prepare_input_method(env, "linux", plugin_roots=[tmp_path]) == {} and "QT_IM_MODULES" not in env


def test_launch_sets_the_environment_first(tmp_path, monkeypatch):
    """Even a start that fails for want of a display has set the variables: they come before anything else."""
    from desktop.launch import EXIT_NO_DISPLAY, launch_gui

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QT_IM_MODULES", "IBUS_USE_PORTAL"):
        monkeypatch.setenv(name, "")  # so that monkeypatch restores (removes) what launch_gui sets
        monkeypatch.delenv(name)
    monkeypatch.setenv("QT_IM_MODULE", "fcitx")
    monkeypatch.setattr(input_method.sys, "platform", "linux")
    assert launch_gui([]) == EXIT_NO_DISPLAY
    assert os.environ["QT_IM_MODULES"] == "fcitx;ibus" and os.environ["IBUS_USE_PORTAL"] == "1"


def proc_tree(root, *names):
    """A /proc-like folder: one <pid>/comm per process name (plus the non-process entries /proc has)."""
    (root / "self").mkdir(parents=True, exist_ok=True)
    (root / "uptime").write_text("1.0 1.0\n")
    for pid, name in enumerate(names, start=100):
        (root / str(pid)).mkdir()
        (root / str(pid) / "comm").write_text(name + "\n")
    return root


@pytest.mark.parametrize(
    ("processes", "fcitx4"),
    [
        (("systemd", "bash", "fcitx", "sogoupinyin-ser"), True),  # fcitx 4 (Kylin V10 with 搜狗)
        (("bash", "fcitx5"), False),
        (("fcitx", "fcitx5"), False),  # fcitx5 answers; its ibus front end works
        (("bash", "ibus-daemon"), False),
        ((), False),
    ],
)
def test_fcitx4_is_told_apart_from_fcitx5_on_a_proc_tree(tmp_path, processes, fcitx4):
    proc = proc_tree(tmp_path / "proc", *processes)
    env = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx"}
    assert fcitx4_without_plugin(env, "linux", proc, plugin_roots=[tmp_path / "plugins"]) is fcitx4


def test_no_fcitx4_notice_with_a_plugin_on_ibus_sessions_or_on_windows(tmp_path):
    proc = proc_tree(tmp_path / "proc", "fcitx")
    plugins = tmp_path / "plugins" / "platforminputcontexts"
    plugins.mkdir(parents=True)
    env = {"QT_IM_MODULE": "fcitx"}
    assert fcitx4_without_plugin({}, "linux", proc, plugin_roots=[])  # nothing set: Qt would use plain keys
    assert not fcitx4_without_plugin({"QT_IM_MODULE": "ibus"}, "linux", proc, plugin_roots=[])
    assert not fcitx4_without_plugin(env, "win32", proc, plugin_roots=[])
    (plugins / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    assert not fcitx4_without_plugin(env, "linux", proc, plugin_roots=[plugins.parent])
    assert not fcitx4_without_plugin(env, "linux", tmp_path / "no-proc", plugin_roots=[])


def test_another_users_fcitx4_does_not_count(tmp_path):
    proc = proc_tree(tmp_path / "proc", "fcitx")
    assert running_daemons(proc) == {"fcitx"}
    assert running_daemons(proc, uid=os.getuid() + 1) == set()
