"""`python -m desktop [FILE]`: the GUI (opening FILE when given), otherwise the command line (desktop.cli)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from desktop.launch import is_report_file, launch_gui

    if not argv or argv[0] == "gui" or argv[0].startswith("--smoke") or is_report_file(argv[0]):
        return launch_gui(argv[1:] if argv and argv[0] == "gui" else argv)
    from desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
