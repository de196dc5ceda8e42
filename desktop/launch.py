"""Start the GUI safely: no display or missing Qt libraries give one clear line and a non-zero exit."""

from __future__ import annotations

import os
import sys

EXIT_NO_DISPLAY = 3
# Files the window opens when given on the command line or by a file manager's 打开方式 (old formats get
# the importer's message saying how to convert them).
OPENABLE = (".docx", ".txt", ".rdpkg", ".odt", ".pdf", ".rtf", ".doc", ".wps")


def is_report_file(arg: str) -> bool:
    """True for `python -m desktop 报告.docx`: a report file to open in the window, not a sub-command."""
    return arg.lower().endswith(OPENABLE) and not arg.startswith("-")


def display_problem() -> str | None:
    """Why a window cannot be shown here, or None when it can."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "无法启动图形界面：没有可用的显示器（未设置 DISPLAY/WAYLAND_DISPLAY）。"
            "请在桌面环境中运行，或用 `python -m desktop check 文件` 使用命令行。"
            " (no display: run from a desktop session, or use the command line)"
        )
    return None


def launch_gui(argv: list[str]) -> int:
    """Run the desktop app; returns the process exit code."""
    from desktop.input_method import prepare_input_method

    prepare_input_method()  # before anything creates the QApplication
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    try:
        from desktop.app import run_app
    except ImportError as exc:
        print(
            f"无法加载 Qt 图形库（{exc}）。在 Debian/Ubuntu 上请运行 `bash build/system-deps.sh` 安装所需系统库。"
            " (Qt libraries missing)",
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    return run_app(argv)
