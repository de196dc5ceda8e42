"""The pieces of a desktop session the IME harness starts: Xvfb, a private D-Bus session and an input method daemon.

Every process is started here and stopped by its own id when its session ends; nothing is looked up by name.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

FRAMEWORKS = ("ibus", "fcitx5", "fcitx4")
LABELS = {
    "ibus": "ibus + libpinyin (QT_IM_MODULE=ibus)",
    "fcitx5": "fcitx5 + pinyin (QT_IM_MODULE=fcitx)",
    "fcitx4": "fcitx 4 + pinyin (QT_IM_MODULE=fcitx)",
}
FCITX4_ROOT = Path(os.environ.get("FCITX4_ROOT", "/var/tmp/reportdesk-fcitx4-bullseye"))
# The app gets only these from the harness's own environment; the input method settings come from the framework.
PASSED = ("PATH", "LANG", "LC_ALL", "TZ")


def wait_for(probe: Callable[[], object], seconds: float, what: str) -> object:
    """Call probe until it returns something true; RuntimeError naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.3)
    raise RuntimeError(f"timed out waiting for {what}")


def stop(process: subprocess.Popen) -> None:
    """End a process this harness started (its whole process group: daemons fork helpers)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


@contextlib.contextmanager
def xvfb(display: str, work: Path) -> Iterator[None]:
    work.mkdir(parents=True, exist_ok=True)
    socket = Path("/tmp/.X11-unix") / f"X{display.lstrip(':')}"
    if socket.exists():
        raise SystemExit(f"ime-test: display {display} is in use; choose another with --display")
    with open(work / "xvfb.log", "w") as log:
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"], stdout=log, stderr=log,
            start_new_session=True,
        )  # fmt: skip
    try:
        wait_for(socket.exists, 15, f"Xvfb on {display}")
        yield
    finally:
        stop(server)


class Session:
    """A fresh home, runtime folder and D-Bus session bus under `folder`; stops what it started on exit."""

    def __init__(self, folder: Path, display: str) -> None:
        self.dir = folder
        self.display = display
        self.processes: list[subprocess.Popen] = []
        self.cleanups: list[Callable[[], None]] = []
        self.home = folder / "home"
        self.bus = folder / "bus"

    def __enter__(self) -> Session:
        runtime = self.dir / "run"
        for path in (self.home, runtime):
            path.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        self.env = {k: os.environ[k] for k in PASSED if k in os.environ}
        self.env.setdefault("LANG", "C.UTF-8")
        self.env.update(
            HOME=str(self.home), XDG_RUNTIME_DIR=str(runtime), DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=f"unix:path={self.bus}", REPORT_DESK_DATA=str(self.dir / "data"),
        )  # fmt: skip
        self.start(["dbus-daemon", "--session", "--nofork", f"--address=unix:path={self.bus}"], "dbus")
        wait_for(self.bus.exists, 10, "the D-Bus session")
        return self

    def start(
        self, command: list[str], name: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.Popen:
        with open(self.dir / f"{name}.log", "w") as log:
            process = subprocess.Popen(
                command,
                env=env or self.env,
                cwd=cwd,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self.own(process)

    def own(self, process: subprocess.Popen) -> subprocess.Popen:
        self.processes.append(process)
        return process

    def run(self, command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(command, env=env or self.env, capture_output=True, text=True, timeout=20)

    def __exit__(self, *exc) -> None:
        for process in reversed(self.processes):
            stop(process)
        for cleanup in reversed(self.cleanups):
            cleanup()


def start(framework: str, session: Session) -> dict[str, str]:
    """Start the framework's daemon with pinyin active; returns the environment its desktop gives applications."""
    return {"ibus": start_ibus, "fcitx5": start_fcitx5, "fcitx4": start_fcitx4}[framework](session)


def start_ibus(session: Session) -> dict[str, str]:
    env = dict(session.env, GSETTINGS_BACKEND="memory")
    memconf = next(
        (p for p in ("/usr/libexec/ibus-memconf", "/usr/lib/ibus/ibus-memconf") if Path(p).exists()), ""
    )
    # ibus-daemon quits when its parent does unless it daemonizes; it then writes its pid into its address file.
    session.run(["ibus-daemon", "--daemonize", "--replace", "--xim", "--panel=disable", "--emoji-extension=disable",
                 f"--config={memconf or 'disable'}"], env)  # fmt: skip
    session.cleanups.append(lambda: stop_ibus(session, env))

    def libpinyin_set() -> bool:  # `ibus engine NAME` exits 1 even when it worked: read the engine back
        session.run(["ibus", "engine", "libpinyin"], env)
        return session.run(["ibus", "engine"], env).stdout.strip() == "libpinyin"

    wait_for(libpinyin_set, 20, "ibus + libpinyin")
    return dict(session.env, QT_IM_MODULE="ibus", XMODIFIERS="@im=ibus", GTK_IM_MODULE="ibus")


def stop_ibus(session: Session, env: dict[str, str]) -> None:
    for address in (session.home / ".config" / "ibus" / "bus").glob("*"):
        for line in address.read_text(encoding="utf-8").splitlines():
            if line.startswith("IBUS_DAEMON_PID="):
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(line.split("=", 1)[1]), signal.SIGTERM)


FCITX5_PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""  # pinyin as the group's only (so always active) input method


def start_fcitx5(session: Session) -> dict[str, str]:
    config = session.home / ".config" / "fcitx5"
    config.mkdir(parents=True, exist_ok=True)
    (config / "profile").write_text(FCITX5_PROFILE, encoding="utf-8")
    session.start(["fcitx5", "--replace"], "fcitx5")
    wait_for(lambda: session.run(["fcitx5-remote"]).returncode == 0, 20, "fcitx5")
    return dict(session.env, QT_IM_MODULE="fcitx", XMODIFIERS="@im=fcitx", GTK_IM_MODULE="fcitx")


FCITX4_CONFIG = "[Program]\nDefaultInputMethodState=Active\nShareStateAmongWindow=All\n"
FCITX4_PROFILE = "[Profile]\nIMName=pinyin\nEnabledIMList=fcitx-keyboard-us:True,pinyin:True\n"


def start_fcitx4(session: Session) -> dict[str, str]:
    """fcitx 4 cannot be installed beside fcitx5: it runs in its own Debian root, sharing /tmp (the X socket,
    the bus and the home folder all live there) with the host."""
    if not (FCITX4_ROOT / "usr" / "bin" / "fcitx").exists():
        raise RuntimeError(f"no fcitx 4 root at {FCITX4_ROOT} (run tools/ime/deps.sh)")
    config = session.home / ".config" / "fcitx"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config").write_text(FCITX4_CONFIG, encoding="utf-8")
    (config / "profile").write_text(FCITX4_PROFILE, encoding="utf-8")
    for target, mount in (
        ("proc", ["-t", "proc", "proc"]),
        ("dev", ["--bind", "/dev"]),
        ("tmp", ["--bind", "/tmp"]),
    ):
        point = FCITX4_ROOT / target
        if not os.path.ismount(point):
            subprocess.run(["mount", *mount, str(point)], check=True)
            session.cleanups.append(lambda p=point: subprocess.run(["umount", "-l", str(p)], check=False))
    inside = ["chroot", str(FCITX4_ROOT), "/usr/bin/env", "-i", *(f"{k}={v}" for k, v in session.env.items())]
    session.start([*inside, "PATH=/usr/bin:/bin", "/usr/bin/fcitx", "-D"], "fcitx4")
    wait_for(lambda: session.run([*inside, "/usr/bin/fcitx-remote"]).returncode == 0, 20, "fcitx 4")
    session.run([*inside, "/usr/bin/fcitx-remote", "-o"])
    return dict(session.env, QT_IM_MODULE="fcitx", XMODIFIERS="@im=fcitx", GTK_IM_MODULE="fcitx")
