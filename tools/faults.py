"""`make faults`: the real window under Xvfb, typed into without pause, SIGKILLed at random moments.

Each trial starts `python -m desktop` on a private data folder (REPORT_DESK_DATA) and a private
settings folder, opens the stored report from the start page (Return), clicks into the section
editor and types numbered words with xdotool, one after another with no pause. At a random moment
between MIN_TYPING_S and MAX_TYPING_S of typing the app is SIGKILLed. The store is then reopened
(as the next start would, through Store.open: damage would show here) and the typing found in the
section tells how much typing was lost: the time from when the last stored character was typed to
the kill (keys are spread evenly over each word's xdotool call). Every
trial must lose at most LIMIT_S seconds. The next trial continues on the same, crashed, store.

    python tools/faults.py [--trials 12] [--display :99] [--seed N] [--keep DIR]

Needs Xvfb and xdotool (installed by `make faults` via apt when missing). Prints a table and exits
1 when any trial lost more than LIMIT_S seconds (2 when the harness could not run).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LIMIT_S = 3.0
MIN_TYPING_S, MAX_TYPING_S = 4.0, 16.0
KEY_DELAY_MS = 40  # between keystrokes inside a word: a fast typist (25 keys a second)
SECTION = "measures"


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def free_display() -> str:
    """The first X display number from 90 up that no server (or its lock file) holds."""
    for n in range(90, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return f":{n}"
    raise SystemExit("faults: no free X display between :90 and :199")


def start_xvfb(display: str) -> subprocess.Popen:
    if run(["xdpyinfo", "-display", display]).returncode == 0:
        raise SystemExit(f"faults: display {display} is already in use; choose another with --display")
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    for _ in range(100):
        if run(["xdpyinfo", "-display", display]).returncode == 0:
            return proc
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"Xvfb {display} did not start")


def seed_store(data: Path) -> int:
    """One report, as a clerk would have it before the session: the trials type into its section."""
    from desktop.store import Store

    with Store.open(data) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, SECTION, "开头。")
    return rid


def window_id(env: dict, timeout: float = 60) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = run(["xdotool", "search", "--onlyvisible", "--name", "法治报告助手"], env=env).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.2)
    raise RuntimeError("the app window did not appear")


def wait_title(env: dict, wid: str, wanted, timeout: float) -> bool:
    """Wait until the window title satisfies `wanted` (the title says whether a report is open, "*" dirty)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if wanted(run(["xdotool", "getwindowname", wid], env=env).stdout.strip()):
            return True
        time.sleep(0.1)
    return False


def open_editor(env: dict) -> str:
    """Start page → the report (Down, Return) → click into the section editor → end of its text.
    Returns the window id; RuntimeError when the report did not open."""
    wid = window_id(env)
    run(["xdotool", "windowactivate", "--sync", wid], env=env)
    time.sleep(2.0)  # the start page lists the reports in the next event-loop turns
    for _attempt in range(3):
        run(["xdotool", "key", "--window", wid, "Down", "Return"], env=env)
        if wait_title(env, wid, lambda title: "—" in title, 5):  # "法治报告助手 — <report title>"
            break
    else:
        raise RuntimeError("the report did not open from the start page")
    time.sleep(1.5)  # the editor page is built on first use
    geometry = run(["xdotool", "getwindowgeometry", "--shell", wid], env=env).stdout
    values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
    x, y = int(values["X"]) + int(values["WIDTH"]) // 2, int(values["Y"]) + int(values["HEIGHT"]) * 2 // 3
    run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], env=env)
    run(["xdotool", "key", "ctrl+End", "Return"], env=env)
    return wid


def saved_chars(data: Path, rid: int, typed: str) -> int:
    """How many characters of `typed` (this trial's typing) the store holds, read through Store.open."""
    from desktop.store import Store

    with Store.open(data, backup_on_open=False) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        text = store.reports.load(rid).section(SECTION).text
    at = text.find(typed[:9])
    if at < 0:
        return 0
    n = 0
    for a, b in zip(text[at:], typed, strict=False):
        if a != b:
            break
        n += 1
    return n


def typed_at(words: list[tuple[str, float, float]], chars: int) -> float:
    """When character number `chars` was typed (each word's keys evenly spread over its typing time)."""
    offset = 0
    for word, start, end in words:
        if chars <= offset + len(word):
            return start + (chars - offset) / len(word) * (end - start)
        offset += len(word)
    return words[-1][2]


def trial(n: int, data: Path, rid: int, env: dict, rng: random.Random, shots: Path | None) -> dict:
    log = (data.parent / f"app-{n:02d}.log").open("w")
    app = subprocess.Popen([sys.executable, "-m", "desktop"], cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        try:
            wid = open_editor(env)
        except RuntimeError as exc:
            log.flush()
            raise SystemExit(
                f"faults: trial {n}: {exc}\n{(data.parent / f'app-{n:02d}.log').read_text()}"
            ) from exc
        typing_for = rng.uniform(MIN_TYPING_S, MAX_TYPING_S)
        words: list[tuple[str, float, float]] = []  # (word, typing started, typing ended)
        started = time.monotonic()
        while time.monotonic() - started < typing_for:
            word = f"t{n:02d}w{len(words) + 1:04d} "
            begin = time.monotonic()
            run(["xdotool", "type", "--delay", str(KEY_DELAY_MS), word], env=env)
            words.append((word, begin, time.monotonic()))
            if len(words) == 1 and not wait_title(env, wid, lambda title: title.startswith("*"), 0.3):
                raise SystemExit(
                    f"faults: trial {n}: typing did not reach the report (title not marked unsaved)"
                )
        if shots is not None and n == 1:
            run(["import", "-window", "root", str(shots / "faults-typing.png")], env=env)
        killed_at = time.monotonic()
        os.kill(app.pid, signal.SIGKILL)
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        log.close()
    typed = "".join(w for w, _, _ in words)
    saved = saved_chars(data, rid, typed)
    last_saved_at = typed_at(words, saved) if saved else started
    return {
        "trial": n,
        "typed_s": round(killed_at - started, 1),
        "chars": len(typed),
        "saved": saved,
        "lost_s": round(killed_at - last_saved_at, 2),
    }


def ensure_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool", "xdpyinfo") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(
            f"faults: missing {', '.join(missing)} (make faults installs xvfb xdotool x11-utils)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=12)
    parser.add_argument(
        "--display", default=os.environ.get("FAULTS_DISPLAY") or None, help="default: a free one"
    )
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", help="keep the data folder here (default: a temp folder, removed)")
    parser.add_argument("--screenshots", help="folder for a screenshot of the first trial's typing")
    args = parser.parse_args(argv)
    ensure_tools()
    args.display = args.display or free_display()
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    rng = random.Random(seed)
    work = Path(args.keep or tempfile.mkdtemp(prefix="faults-"))
    data = work / "data"
    env = dict(os.environ, DISPLAY=args.display, REPORT_DESK_DATA=str(data), QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=str(work / "config"), HOME=str(work / "home"), PYTHONPATH=str(ROOT))  # fmt: skip
    env.pop("QT_IM_MODULE", None)
    (work / "home").mkdir(parents=True, exist_ok=True)
    xvfb = start_xvfb(args.display)
    rows = []
    try:
        rid = seed_store(data)
        for n in range(1, args.trials + 1):
            rows.append(trial(n, data, rid, env, rng, Path(args.screenshots) if args.screenshots else None))
            r = rows[-1]
            print(f"trial {r['trial']:2}: typed {r['typed_s']:5.1f} s, {r['chars']:4} chars, saved {r['saved']:4}, "
                  f"lost {r['lost_s']:4.2f} s", flush=True)  # fmt: skip
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    worst = max(r["lost_s"] for r in rows)
    print(f"\nseed {seed}; limit {LIMIT_S} s\n")
    print("| trial | typing before kill (s) | characters typed | characters saved | typing lost (s) |")
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['trial']} | {r['typed_s']} | {r['chars']} | {r['saved']} | {r['lost_s']} |")
    print(f"\nworst: {worst} s lost; {'PASS' if worst <= LIMIT_S else 'FAIL'}")
    return 0 if worst <= LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())
