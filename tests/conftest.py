"""Shared test set-up: headless Qt, isolated user folders, the seed reports, the store every test opens.

Reports for a test are built with tests/builders.py."""

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


class Clock:
    """A settable clock for the store, so revision coalescing and backup ages are tested without sleeping."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    """The clock the `store` and `open_store` stores run on: move it with clock.now += seconds."""
    return Clock()


@pytest.fixture
def open_store(tmp_path, clock):
    """open_store(name="data", **options) opens a real store in tmp_path/name on the test's clock, without the
    daily and closing backups unless backup_on_open=True is given; every store it opened is closed after the
    test. For a second store (a county's) or for reopening the same folder (`with open_store() as store:`)."""
    from desktop.store import Store

    opened = []

    def open_(name: str = "data", **options):
        options.setdefault("clock", clock)
        options.setdefault("backup_on_open", False)
        store = Store.open(tmp_path / name, **options)
        opened.append(store)
        return store

    yield open_
    for store in reversed(opened):
        store.close()


@pytest.fixture
def store(open_store):
    """The one store a test works on: a new, empty store in tmp_path/"data" (see open_store)."""
    return open_store()


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
