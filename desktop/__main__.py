"""`python -m desktop`: the GUI with no arguments, otherwise the command line (see desktop.cli)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "gui" or argv[0].startswith("--smoke"):
        from desktop.launch import launch_gui

        return launch_gui(argv[1:] if argv and argv[0] == "gui" else argv)
    from desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
