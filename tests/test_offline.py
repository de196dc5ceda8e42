"""Offline guarantee: no module imports a network library, and real runs make no connection attempt."""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
NETWORK_MODULES = {
    "socket",
    "ssl",
    "urllib.request",
    "urllib3",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc.client",
    "websocket",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
}

SITECUSTOMIZE = """
import socket
_real = socket.socket.connect
def _blocked(self, address, *a, **k):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise SystemExit("NETWORK ATTEMPT: %r" % (address,))
    return _real(self, address, *a, **k)
socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
"""


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_imports_a_network_library():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        bad = {
            m
            for m in imported_modules(path)
            if m in NETWORK_MODULES or m.split(".")[0] in {"requests", "httpx"}
        }
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_suite_blocks_connections():
    from tests.conftest import NetworkBlocked

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlocked):
        sock.connect(("127.0.0.1", 9))


def test_cli_and_window_run_with_sockets_blocked(tmp_path, seed_path):
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    for args in (["check", str(seed_path("004"))], ["--smoke-test"]):
        proc = subprocess.run(
            [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=120
        )
        assert "NETWORK ATTEMPT" not in proc.stderr + proc.stdout
        assert proc.returncode in (0, 1), proc.stderr
