"""Shared test set-up: headless Qt, isolated user folders, the seed reports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
SEEDS = {p.name[:3]: p for p in sorted(DATA.glob("0*_*.txt"))}


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test touches the real user data/config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "localappdata"))
    yield


@pytest.fixture
def seed_text():
    """Seed report text by its three-digit number."""

    def read(number: str) -> str:
        return SEEDS[number].read_text(encoding="utf-8")

    return read


@pytest.fixture
def seed_path():
    return lambda number: SEEDS[number]


class NetworkBlocked(RuntimeError):
    """Raised when code under test tries to reach the network (the app must never do so)."""


@pytest.fixture(autouse=True, scope="session")
def block_network():
    """Offline guarantee: any IPv4/IPv6 connection attempt during the suite fails loudly."""
    import socket

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real):
        def connect(self, address, *args, **kwargs):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                raise NetworkBlocked(f"network access attempted: {address!r}")
            return real(self, address, *args, **kwargs)

        return connect

    socket.socket.connect = guarded(real_connect)
    socket.socket.connect_ex = guarded(real_connect_ex)
    yield
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window on a real store in tmp_path (see tests/ui_helpers.stored_window)."""
    from tests.ui_helpers import stored_window

    with stored_window(qtbot, tmp_path) as win:
        yield win
