"""`make ime-test`: type pinyin into the real window under each Linux input method and read back what was committed.

For each framework (ibus + libpinyin, fcitx5 + pinyin, fcitx 4 + pinyin) and each build (the source tree, and
dist/ReportDesk when it exists) it starts, on a private X display and a private D-Bus session: the input method
daemon, then the app as a new user would (empty data folder: the demo report opens with the unit-profile dialog).
It closes the dialog, clicks into the section editor, types `nihao` and a space with xdotool, takes screenshots of
the preedit and of the committed text, lets autosave run, quits with Ctrl+Q and reads the section text back from the
store. The desktop's own setting is used (QT_IM_MODULE=ibus or fcitx, XMODIFIERS): the app must cope with it.
The app cannot receive fcitx 4 input (no fcitx Qt plugin is bundled): there the expected result is the pinyin
typed literally AND the app's message on how to type Chinese, seen both as a line in the app's log and as its
window on the display (a screenshot is taken of it). Under ibus and fcitx5 the message must not appear.

    .venv/bin/python -m tools.ime.harness [--display 20] [--work /tmp/rd-ime] [--only fcitx5] [--shots DIR]

Needs root for fcitx 4 (a chroot; see tools/ime/deps.sh, which `make ime-test` runs first).
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from desktop.ui.dialogs.input_notice import LOG_LINE
from desktop.ui.logs import LOG_NAME
from tools.ime import daemons
from tools.ime.daemons import Session, wait_for

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "ReportDesk" / "ReportDesk"
WINDOW_TITLE = "法治报告助手"
TYPED = "nihao"
EXPECTED = "你好"
AUTOSAVE_WAIT = 4.5  # desktop.ui.session.AUTOSAVE_MS is 3 s
NOTICE_TITLE = (
    "输入中文：请切换输入法框架"  # the fcitx 4 notice's title in the zh_CN UI (a test keeps it in step)
)
EXPECT_NOTICE = {"fcitx4"}  # frameworks whose users the app must tell how to type Chinese


def app_command(build: str) -> list[str]:
    return [sys.executable, "-m", "desktop"] if build == "source" else [str(BUNDLE)]


def xdo(session: Session, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], env=session.env, capture_output=True, text=True, timeout=30)
    return result.stdout.strip()


def screenshot(session: Session, path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], env=session.env, check=False, timeout=30)


def find_window(session: Session, app: subprocess.Popen) -> str:
    def visible() -> str:
        if app.poll() is not None:
            raise RuntimeError(f"the app exited ({app.returncode}); see {session.dir / 'app.log'}")
        return xdo(session, "search", "--onlyvisible", "--name", WINDOW_TITLE).split("\n")[0]

    return wait_for(visible, 60, "the main window")


def click_section_editor(session: Session, window: str) -> None:
    """The profile dialog of a first start is closed; then a click into the body of the open section."""
    xdo(session, "key", "Escape")
    time.sleep(0.8)
    geometry = dict(
        line.split("=", 1)
        for line in xdo(session, "getwindowgeometry", "--shell", window).splitlines()
        if "=" in line
    )
    x = int(geometry["X"]) + int(int(geometry["WIDTH"]) * 0.44)
    y = int(geometry["Y"]) + int(
        int(geometry["HEIGHT"]) * 0.85
    )  # below the last paragraph: the caret goes to its end
    xdo(session, "mousemove", str(x), str(y), "click", "1")
    time.sleep(0.8)


def committed_text(data: Path) -> str:
    """What the store holds beyond the demo report's text: the characters the input method committed."""
    from desktop.core.parser import parse_text
    from desktop.core.resources import resources_dir
    from desktop.store import Store

    demo = parse_text((resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8"))
    before = "\n".join(s.text for s in demo.sections)
    store = Store.open(data, backup_on_open=False)
    try:
        reports = store.reports.summaries()
        after = "\n".join(s.text for s in store.reports.load(reports[0].id).sections) if reports else ""
    finally:
        store.close()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return "".join(
        after[j1:j2] for op, _i1, _i2, j1, j2 in matcher.get_opcodes() if op in ("insert", "replace")
    )


def notice_seen(session: Session) -> str:
    """How the fcitx 4 notice showed itself: "log", "window", both ("log+window") or "" for not at all."""
    log = session.dir / "data" / LOG_NAME
    logged = log.exists() and LOG_LINE in log.read_text(encoding="utf-8", errors="replace")
    window = xdo(session, "search", "--onlyvisible", "--name", NOTICE_TITLE).split("\n")[0]
    if window:  # the message alone, as the clerk reads it
        subprocess.run(
            ["import", "-window", window, str(session.dir / "notice.png")], env=session.env, timeout=30
        )
    return "+".join(name for name, seen in (("log", logged), ("window", window)) if seen)


def run_case(framework: str, build: str, work: Path, display: str, shots: Path | None) -> tuple[str, str]:
    """One framework × build: the committed text (or why there is none) and how the fcitx 4 notice showed."""
    folder = work / f"{framework}-{build}"
    shutil.rmtree(folder, ignore_errors=True)
    with Session(folder, display) as session:
        app_env = daemons.start(framework, session)
        app = session.start(app_command(build), "app", app_env, cwd=ROOT)
        window = find_window(session, app)
        time.sleep(3)  # the store opens after the window shows; the demo report and the profile dialog follow
        screenshot(session, folder / "start.png")
        click_section_editor(session, window)
        notice = notice_seen(session)  # the profile dialog is closed now: the message is not covered
        xdo(session, "type", "--delay", "120", TYPED)
        time.sleep(1.5)
        screenshot(session, folder / "preedit.png")
        xdo(session, "key", "space")
        time.sleep(1.5)
        screenshot(session, folder / "committed.png")
        time.sleep(AUTOSAVE_WAIT)
        xdo(session, "key", "ctrl+q")
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.terminate()
            app.wait(10)
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        for name in ("start", "notice", "preedit", "committed"):
            if (folder / f"{name}.png").exists():
                shutil.copy(folder / f"{name}.png", shots / f"ime_{framework}_{build}_{name}.png")
    return committed_text(folder / "data"), notice


def verdict(framework: str, text: str, notice: str) -> bool:
    """ibus and fcitx5 commit 你好 and say nothing; fcitx 4 cannot reach the app: letters, and the message."""
    if framework in EXPECT_NOTICE:
        return TYPED in text and notice == "log+window"
    return text.strip() == EXPECTED and not notice


def describe(text: str) -> str:
    if text.strip() == EXPECTED:
        return EXPECTED
    return f"**{text.strip() or 'nothing'}**" + (" (typed literally)" if TYPED in text else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--display", default=os.environ.get("IME_DISPLAY", "20"), help="X display number to use"
    )
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("IME_WORK", "/tmp/rd-ime")))
    parser.add_argument("--only", action="append", choices=daemons.FRAMEWORKS, help="frameworks to try")
    parser.add_argument("--builds", default="source,bundle", help="source, bundle or both (comma separated)")
    parser.add_argument("--shots", type=Path, help="copy the screenshots here")
    args = parser.parse_args(argv)
    display = f":{args.display.lstrip(':')}"
    rows, failed = [], False
    with daemons.xvfb(display, args.work):
        for framework in args.only or daemons.FRAMEWORKS:
            for build in args.builds.split(","):
                if build == "bundle" and not BUNDLE.exists():
                    rows.append((framework, build, "not built (make dist)", "", "—"))
                    continue
                try:
                    text, notice = run_case(framework, build, args.work, display, args.shots)
                    result, ok = describe(text), verdict(framework, text, notice)
                except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                    result, notice, ok = f"**not run**: {exc}", "", False
                print(f"ime-test: {framework} {build}: {result}, message: {notice or 'none'}", flush=True)
                failed |= not ok
                rows.append(
                    (framework, build, result, notice or "none", "as expected" if ok else "**FAILED**")
                )
    print(
        f"\n| input method | build | `{TYPED}` + space committed | fcitx 4 message | |\n| --- | --- | --- | --- | --- |"
    )
    for framework, build, result, notice, ok in rows:
        print(f"| {daemons.LABELS[framework]} | {build} | {result} | {notice} | {ok} |")
    print(f"\nscreenshots and logs: {args.work}/<framework>-<build>/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
