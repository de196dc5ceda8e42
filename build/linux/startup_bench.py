"""Start-up of the packaged program against a bare PySide6 window bundled the same way, in one run.

    python3 build/linux/startup_bench.py [dist/ReportDesk/ReportDesk] [dist/BareWindow/BareWindow]   (make dist-startup)

Each run execs the program and reads the wall-clock time it prints at its window's first paint
(REPORT_DESK_FIRST_PAINT=1 for ReportDesk; the bare window always prints it), then ends it. One untimed run
each first (page cache, the data folder's first start), then RUNS alternating timed runs; medians and ratio.
QT_QPA_PLATFORM is used as set (offscreen when unset and there is no DISPLAY).
"""

from __future__ import annotations

import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
TIMEOUT = 60


def exec_to_first_paint(exe: str, env: dict) -> float:
    start = time.time()
    proc = subprocess.Popen([exe], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    waiting = selectors.DefaultSelector()
    waiting.register(proc.stderr, selectors.EVENT_READ)
    try:
        while waiting.select(timeout=max(0.0, start + TIMEOUT - time.time())):
            line = proc.stderr.readline()
            if not line:
                break
            if line.startswith("first-paint "):
                return float(line.split()[1]) - start
        raise SystemExit(f"startup_bench: {exe} did not report its first paint within {TIMEOUT} s")
    finally:
        proc.kill()
        proc.wait()


def main(app: str, bare: str) -> None:
    data = tempfile.mkdtemp(prefix="rd-startup-")
    env = dict(os.environ, REPORT_DESK_DATA=data, REPORT_DESK_FIRST_PAINT="1")
    if not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for exe in (app, bare):
        exec_to_first_paint(exe, env)
    times: dict[str, list[float]] = {app: [], bare: []}
    for _ in range(RUNS):
        for exe in (app, bare):
            times[exe].append(exec_to_first_paint(exe, env))
    ours, base = statistics.median(times[app]), statistics.median(times[bare])
    platform = env.get("QT_QPA_PLATFORM") or f"xcb on {env['DISPLAY']}"
    print(f"startup ({platform}, median of {RUNS}, exec → first paint):")
    print(f"  ReportDesk  {ours * 1000:6.0f} ms   runs: {', '.join(f'{t * 1000:.0f}' for t in times[app])}")
    print(f"  BareWindow  {base * 1000:6.0f} ms   runs: {', '.join(f'{t * 1000:.0f}' for t in times[bare])}")
    print(f"  ratio {ours / base:.2f}× a bare PySide6 window bundled the same way")


if __name__ == "__main__":
    args = sys.argv[1:] + ["dist/ReportDesk/ReportDesk", "dist/BareWindow/BareWindow"][len(sys.argv) - 1 :]
    main(*args[:2])
